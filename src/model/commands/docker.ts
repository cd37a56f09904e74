/** `docker login` (and the CLIs that copy it): a password given on the command line is written in the Dockerfile and kept in the layer's history. */
import { staticValue } from '../words.js';
import { literalArgument } from './secrets.js';
import type { CommandCall, CommandInterpreter } from './types.js';

export const registryLoginCommand: CommandInterpreter = { interpret: login };

const whole = (value: string): [number, number] | null => (value === '' ? null : [0, value.length]);

function login(call: CommandCall): void {
  const { args, lookup } = call;
  // `docker login`, `helm registry login`: the subcommand comes first.
  const at = args.findIndex((w) => staticValue(w, lookup) === 'login');
  if (at === -1) return;
  const label = `password given to ${call.base} login`;
  for (let i = at + 1; i < args.length; i++) {
    const v = staticValue(args[i]!, lookup);
    if (v === null) continue;
    if (v === '-p' || v === '--password') {
      if (args[i + 1]) literalArgument(call, args[++i]!, label, whole);
    } else if (v.startsWith('--password=')) {
      literalArgument(call, args[i]!, label, (value) => (value.length > 11 ? [11, value.length] : null));
    } else if (/^-p./.test(v)) {
      literalArgument(call, args[i]!, label, (value) => [2, value.length]);
    }
  }
}
