/**
 * Keys and keyrings: `apt-key add`/`adv`, `gpg --dearmor` of a fetched key, and where a download
 * piped into `gpg`, `tee` or `apt-key add -` ends up.
 */
import type { Command, Word } from '../../parse/shell-types.js';
import type { AptKeyFormat, Span } from '../types.js';
import { aptKeyPlace } from '../files.js';
import { keyInstallFact } from '../fact-builders.js';
import type { Lookup } from '../vars.js';
import { commandBase, resolvePath, staticValue } from '../words.js';
import { gates, nextInPipeline, outputsOf, previousInPipeline, unwrap } from './pipeline.js';
import type { CommandCall, CommandInterpreter, RunContext } from './types.js';

export const aptKeyCommand: CommandInterpreter = { interpret: aptKey };
export const gpgCommand: CommandInterpreter = { interpret: gpg };

/**
 * `gpg --verify <signature> <file>` of a downloaded file, when a failed check stops the build: the
 * file is checked against a key the build chose (docker-library's pattern for `.deb` and tarballs),
 * so it counts as verified, as `ADD --checksum` does.
 */
function verifySignature(call: CommandCall): boolean {
  const { ctx, args, lookup } = call;
  const values = args.map((a) => staticValue(a, lookup));
  if (!values.includes('--verify')) return false;
  const operands = values.filter((v, i) => v !== null && !v.startsWith('-') && !GPG_VALUED.has(values[i - 1] ?? ''));
  const file = operands.length >= 2 ? operands.at(-1)! : null;
  if (file === null || !gates(call)) return true;
  const path = resolvePath(call.scope.cwd, file);
  const download = ctx.files.downloadAt(path);
  if (download && !download.checksum) ctx.files.setDownload(path, { ...download, checksum: 'gpg' });
  return true;
}

/** gpg options that take the next word. */
const GPG_VALUED = new Set(['--keyring', '--homedir', '--trustdb-name', '--status-fd', '--logger-fd', '-o', '--output', '--default-key', '-u', '--local-user', '--keyserver']);

/** `apt-key add <file>` (a `-` operand is handled with the download that feeds it) and `apt-key adv --recv-keys`. */
function aptKey(call: CommandCall): void {
  const { ctx, cmd, index, args, lookup, span } = call;
  const cwd = call.scope.cwd;
  const values = args.map((a) => staticValue(a, lookup));
  const sub = values.find((v) => v !== null && !v.startsWith('-'));
  if (sub !== 'add' && sub !== 'adv') return;
  const operand = sub === 'add' ? values[values.indexOf('add') + 1] : undefined;
  if (operand === '-' && cmd.joinedBy === '|') {
    const prev = previousInPipeline(ctx.run, cmd, index);
    const prevName = prev?.name ? commandBase(staticValue(prev.name, lookup) ?? '') : '';
    if (prevName === 'curl' || prevName === 'wget') return;
  }
  const source = operand && operand !== '-' ? resolvePath(cwd, operand) : null;
  const known = source ? ctx.files.keyAt(source) : null;
  const fact = keyInstallFact(ctx.instruction, {
    manager: 'apt',
    path: ctx.policy.deb.trustedFile,
    url: known?.url ?? null,
    contextSource: known?.contextSource ?? null,
    via: 'apt-key',
    span,
    format: 'unknown',
    unbound: 'apt-key',
  });
  if (known) known.movedLater = true;
  ctx.emit(fact);
}

/** `gpg --dearmor [-o out] <file>` (or `< file`) of a key fetched before: the dearmored keyring is that key, and the armoured file only a step. */
function gpg(call: CommandCall): void {
  const { ctx, cmd, args, lookup, span } = call;
  const cwd = call.scope.cwd;
  if (verifySignature(call)) return;
  if (cmd.joinedBy === '|') return;
  const values = args.map((a) => staticValue(a, lookup));
  if (!values.some((v) => v === '--dearmor' || v === '--dearmour')) return;
  const operandAt = values.findIndex((v, i) => v !== null && !v.startsWith('-') && values[i - 1] !== '-o' && values[i - 1] !== '--output');
  const stdin = cmd.redirects.find((r) => r.op === '<' && r.target);
  const input = operandAt !== -1 ? values[operandAt]! : stdin ? staticValue(stdin.target!, lookup) : null;
  if (input === null) return;
  const from = resolvePath(cwd, input);
  const key = ctx.files.keyAt(from);
  const download = key ? null : ctx.files.downloadAt(from);
  if (!key && !download) return;
  const out = dearmorOutput(ctx, cmd, args, values, lookup, cwd, operandAt !== -1 ? from : undefined);
  if (out.dest === null) return;
  if (key) key.movedLater = true;
  const fact = keyInstallFact(ctx.instruction, { manager: 'apt', path: out.dest, url: key?.url ?? download!.url, contextSource: key?.contextSource ?? null, via: 'gpg', checksum: key?.checksum ?? null, destSpan: out.destSpan, span, format: 'binary' });
  const place = aptKeyPlace(ctx.policy, out.dest);
  if (place === 'apt-key' || place === 'trusted.gpg.d') fact.unbound = place;
  ctx.emit(fact);
  ctx.files.setKey(out.dest, fact);
}

/** Where a download sent to stdout goes, when the next pipeline stage saves it: `| gpg --dearmor -o f`, `| tee f`, `| apt-key add -`. */
export function pipedKey(ctx: RunContext, cmd: Command, lookup: Lookup, cwd: string): { dest: string | null; destSpan: Span | null; format: AptKeyFormat; unbound?: 'apt-key'; via: string } | null {
  const next = nextInPipeline(ctx.run, cmd);
  const name = next?.name ? staticValue(next.name, lookup) : null;
  if (!next || !name) return null;
  const { base, args } = unwrap(commandBase(name), next.args, lookup);
  const values = args.map((a) => staticValue(a, lookup));
  if (base === 'gpg' || base === 'gpg2') {
    if (!values.some((v) => v === '--dearmor' || v === '--dearmour')) return null;
    return { ...dearmorOutput(ctx, next, args, values, lookup, cwd), format: 'binary', via: base };
  }
  if (base === 'tee') {
    const i = values.findIndex((v) => v !== null && !v.startsWith('-'));
    return i === -1 ? null : { dest: resolvePath(cwd, values[i]!), destSpan: args[i]!.span, format: 'armoured', via: 'tee' };
  }
  if (base === 'apt-key' && values[0] === 'add') {
    return { dest: ctx.policy.deb.trustedFile, destSpan: null, format: 'unknown', unbound: 'apt-key', via: 'apt-key' };
  }
  return null;
}

/** Where `gpg --dearmor` writes: `-o`/`--output`, a stdout redirect, or the file of a following `| tee`; the operand's name + `.gpg` when it reads a file. */
function dearmorOutput(ctx: RunContext, gpg: Command, args: Word[], values: (string | null)[], lookup: Lookup, cwd: string, operand?: string): { dest: string | null; destSpan: Span | null } {
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v === '-o' || v === '--output') return { dest: values[i + 1] && values[i + 1] !== '-' ? resolvePath(cwd, values[i + 1]!) : null, destSpan: args[i + 1]?.span ?? null };
    if (v?.startsWith('--output=')) return { dest: v === '--output=-' ? null : resolvePath(cwd, v.slice('--output='.length)), destSpan: args[i]!.span };
  }
  const redirect = outputsOf(gpg, lookup, cwd)[0];
  if (redirect) return { dest: redirect.path, destSpan: redirect.targetSpan };
  const next = nextInPipeline(ctx.run, gpg);
  const name = next?.name ? staticValue(next.name, lookup) : null;
  if (next && name && commandBase(name) === 'tee') {
    const i = next.args.findIndex((a) => !(staticValue(a, lookup) ?? '-').startsWith('-'));
    if (i !== -1) return { dest: resolvePath(cwd, staticValue(next.args[i]!, lookup)!), destSpan: next.args[i]!.span };
  }
  return { dest: operand !== undefined ? `${operand}.gpg` : null, destSpan: null };
}
