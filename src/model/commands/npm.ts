/** `npm config set` (and pnpm's, yarn's): an auth token set on the command line is written in the Dockerfile and kept in the layer's history. */
import { staticValue } from '../words.js';
import { isNpmAuthKey, literalArgument } from './secrets.js';
import type { CommandCall, CommandInterpreter } from './types.js';

export const npmConfigCommand: CommandInterpreter = { interpret: config };

function config(call: CommandCall): void {
  const { args, lookup } = call;
  const words = args.map((w) => staticValue(w, lookup));
  // `npm config set …`, `npm set …`, `yarn config set …`.
  let i = words[0] === 'config' ? 1 : 0;
  if (words[i] !== 'set') return;
  const label = `${call.base} auth token`;
  for (i++; i < args.length; i++) {
    const v = words[i];
    if (v === null || v === undefined || v.startsWith('-')) continue;
    const eq = v.indexOf('=');
    if (eq > 0) {
      // `set key=value`, several at once.
      if (isNpmAuthKey(v.slice(0, eq))) literalArgument(call, args[i]!, label, (value) => (value.length > eq + 1 ? [eq + 1, value.length] : null));
      continue;
    }
    if (isNpmAuthKey(v) && args[i + 1]) literalArgument(call, args[++i]!, label, (value) => (value === '' ? null : [0, value.length]));
  }
}
