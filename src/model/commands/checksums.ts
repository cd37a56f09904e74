/**
 * `sha256sum -c` (and sha384sum, sha512sum, `shasum -a 256 -c`): a downloaded file checked against
 * a digest the Dockerfile gives pins its bytes, as `ADD --checksum` does, when a failed check stops
 * the build before the file is used.
 */
import type { Word } from '../../parse/shell-types.js';
import type { RepoLine } from '../types.js';
import { resolvePath, staticValue } from '../words.js';
import { gates, previousInPipeline } from './pipeline.js';
import type { CommandCall, CommandInterpreter } from './types.js';
import { stdoutLines } from './writers.js';
import { own } from '../../own.js';

export const checksumCommand: CommandInterpreter = { interpret: checkSums };

const ALGORITHMS: Record<string, string> = { sha256sum: 'sha256', sha384sum: 'sha384', sha512sum: 'sha512' };
const SHASUM_ALGORITHMS: Record<string, string> = { '256': 'sha256', '384': 'sha384', '512': 'sha512' };
const HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

function checkSums(call: CommandCall): void {
  const { ctx, args, lookup } = call;
  let algorithm = own(ALGORITHMS, call.base) ?? null;
  let check = false;
  const operands: Word[] = [];
  for (let i = 0; i < args.length; i++) {
    const v = staticValue(args[i]!, lookup);
    if (v === '-c' || v === '--check') check = true;
    else if (call.base === 'shasum' && (v === '-a' || v === '--algorithm')) algorithm = own(SHASUM_ALGORITHMS, staticValue(args[++i] ?? args[i]!, lookup) ?? '') ?? null;
    else if (v !== null && /^-[a-z]+$/.test(v) && v !== '-') check ||= v.includes('c');
    else if (v !== null && v.startsWith('--')) continue; // --strict, --quiet, --status, --ignore-missing
    else operands.push(args[i]!);
  }
  if (!check || algorithm === null || !gates(call)) return;
  const lines = checkedLines(call, operands);
  for (const line of lines ?? []) {
    const entry = parseSumLine(line.text, algorithm);
    if (!entry) continue;
    const path = resolvePath(call.scope.cwd, entry.file);
    const download = ctx.files.downloadAt(path);
    if (download && !download.checksum) ctx.files.setDownload(path, { ...download, checksum: entry.digest });
  }
}

/** The lines `-c` reads: from its operand files, or from standard input (a pipe, a here-string, a heredoc). */
function checkedLines(call: CommandCall, operands: Word[]): RepoLine[] | null {
  const { ctx, cmd, lookup } = call;
  const files = operands.map((w) => staticValue(w, lookup));
  if (files.length > 0 && !files.includes('-')) {
    const out: RepoLine[] = [];
    for (const f of files) {
      const lines = f === null ? null : ctx.files.linesOf(resolvePath(call.scope.cwd, f));
      if (lines) out.push(...lines);
    }
    return out;
  }
  const prev = previousInPipeline(ctx.run, cmd, call.index);
  const name = prev?.name ? staticValue(prev.name, lookup) : null;
  if (prev && name) return stdoutLines(ctx, prev, name, prev.args, lookup);
  const here = cmd.redirects.find((r) => r.op === '<<<' && r.target);
  if (here?.target) return stdoutLines(ctx, cmd, 'echo', [here.target], lookup);
  const heredoc = cmd.redirects.find((r) => r.heredoc);
  return heredoc?.heredoc ? heredoc.heredoc.body.split('\n').map((text) => ({ text, dynamic: false, releaseFromImage: false, releaseFromBaseArg: false, span: null })) : null;
}

/**
 * `<digest>  <file>` (or `<digest> *<file>`, or BSD's `SHA256 (<file>) = <digest>`). The digest may
 * come from a build argument (`${DEB_SHA256}  /tmp/x.deb`): the builder pins it, and an empty one
 * fails the check. Not from a command substitution, which could fetch it from the same server.
 */
function parseSumLine(text: string, algorithm: string): { file: string; digest: string } | null {
  const line = text.trim();
  const gnu = /^(\S+) [ *]([^\s].*)$/.exec(line);
  const bsd = /^SHA\d+ \((.+)\) = (\S+)$/i.exec(line);
  const digest = gnu ? gnu[1]! : bsd ? bsd[2]! : null;
  const file = gnu ? gnu[2]! : bsd ? bsd[1]! : null;
  if (digest === null || file === null || digest.includes('$(') || digest.includes('`') || /[$`]/.test(file)) return null;
  const hex = new RegExp(`^[0-9a-fA-F]{${HEX_LENGTH[algorithm]}}$`);
  if (!hex.test(digest) && !/^\$\{?[A-Za-z_]\w*\}?$/.test(digest)) return null;
  return { file, digest: `${algorithm}:${digest.toLowerCase()}` };
}
