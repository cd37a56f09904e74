/** How a command is joined to the others: its output redirects, its pipeline neighbours, its wrappers. */
import type { Command, ParsedRun, Word } from '../../parse/shell-types.js';
import type { Span } from '../types.js';
import type { CommandCall } from './types.js';
import type { Lookup } from '../vars.js';
import { commandBase, resolvePath, staticValue } from '../words.js';

const WRITE_OPS = new Set(['>', '>|', '>>', '&>', '&>>']);

export interface Output {
  path: string;
  append: boolean;
  opSpan: Span | null;
  targetSpan: Span | null;
}

export function outputsOf(cmd: Command, lookup: Lookup, cwd: string): Output[] {
  const outs: Output[] = [];
  for (const r of cmd.redirects) {
    if (!WRITE_OPS.has(r.op) || (r.fd !== null && r.fd !== 1) || !r.target) continue;
    const v = staticValue(r.target, lookup);
    if (v === null) continue;
    const opSpan = r.span ? { start: r.span.start, end: r.span.start + (r.fd !== null ? String(r.fd).length : 0) + r.op.length } : null;
    outs.push({ path: resolvePath(cwd, v), append: r.op.endsWith('>>'), opSpan, targetSpan: r.target.span });
  }
  return outs;
}

/** `sudo apk …`, `env A=b apk …`, `command apk` → the real command and its arguments. */
export function unwrap(base: string, args: Word[], lookup: Lookup): { base: string; args: Word[] } {
  let b = base;
  let rest = args;
  for (let guard = 0; guard < 4 && ['sudo', 'env', 'command', 'exec', 'nice', 'time', 'nohup'].includes(b); guard++) {
    let i = 0;
    while (i < rest.length) {
      const v = staticValue(rest[i]!, lookup) ?? '';
      if (v.startsWith('-') || (b === 'env' && /^[A-Za-z_]\w*=/.test(v))) i++;
      else break;
    }
    const next = rest[i];
    if (!next) return { base: b, args: [] };
    b = commandBase(staticValue(next, lookup) ?? '');
    rest = rest.slice(i + 1);
  }
  return { base: b, args: rest };
}

/** The command after `cmd` in its pipeline (`cmd | next`), if any. */
export function nextInPipeline(run: ParsedRun, cmd: Command): Command | undefined {
  return run.commands.find((c) => c.list === cmd.list && c.listIndex === cmd.listIndex + 1 && c.joinedBy === '|');
}

/** The command before the one at `index` in its pipeline (`prev | cmd`), if `cmd` reads a pipe. */
export function previousInPipeline(run: ParsedRun, cmd: Command, index: number): Command | undefined {
  if (cmd.joinedBy !== '|') return undefined;
  return run.commands.slice(0, index).reverse().find((c) => c.list === cmd.list && c.listIndex === cmd.listIndex - 1);
}

/** Does a failed check stop what follows? Followed by `&&`, or nothing after it, or under `set -e`. */
export function gates(call: CommandCall): boolean {
  const { ctx, cmd, index } = call;
  const commands = ctx.run.commands;
  const next = commands.slice(index + 1).find((c) => c.list === cmd.list && c.listIndex === cmd.listIndex + 1 && !c.inSubstitution);
  if (next) return next.joinedBy === '&&' || errexit(commands.slice(0, index), call);
  const later = commands.slice(index + 1).some((c) => !c.inSubstitution);
  return !later || errexit(commands.slice(0, index), call);
}

function errexit(before: Command[], call: CommandCall): boolean {
  return before.some((c) => c.name?.value === 'set' && c.args.some((a) => /^-[a-z]*e/.test(staticValue(a, call.lookup) ?? '')));
}
