/** `apt`/`apt-get` command lines: the subcommand and its packages (trust options are not read yet). */
import type { Command, Word } from '../parse/shell-types.js';
import type { EnvBinding, Span } from './types.js';
import type { Lookup } from './vars.js';
import { staticValue } from './words.js';
import type { RunContext } from './run-facts.js';

/** Options that take the next word as their value. */
const VALUED = new Set(['-o', '--option', '-c', '--config-file', '-t', '--target-release', '-a', '--host-architecture']);

export function parseApt(ctx: RunContext, cmd: Command, args: Word[], lookup: Lookup, env: EnvBinding[], span: Span): void {
  let subcommand: string | null = null;
  const packages: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const w = args[i]!;
    const v = staticValue(w, lookup);
    if (v !== null && v.startsWith('-') && v !== '-') {
      if (VALUED.has(v)) i++;
      continue;
    }
    if (subcommand === null) subcommand = v;
    else packages.push(w);
  }
  ctx.emit({
    kind: 'package-command',
    manager: 'apt',
    subcommand,
    packages,
    extraRepositories: [],
    repositoriesFile: null,
    options: [],
    env,
    repositories: [],
    repositoriesUnknown: true,
    keys: [],
    commandSpan: cmd.name?.span ?? null,
    mounts: ctx.mounts,
    instruction: ctx.instruction,
    span,
  });
}
