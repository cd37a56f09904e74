// Rebuilds the text BuildKit hands to `/bin/sh -c` for one RUN instruction, with a map back to the
// Dockerfile text (see /work/shared/PARSING.md and BuildKit's frontend/dockerfile/parser).
//
//   buildRunScript(text, argsStart, instrEnd, escape, heredocs): ShellScript | null
//     text       the whole file text
//     argsStart  file offset where the RUN arguments start (after the flags)
//     instrEnd   file offset where the instruction ends (parseDockerfile's span end)
//     escape     '\\' or '`' (the `# escape=` directive)
//     heredocs   the instruction's heredocs in order: `name` without quotes, and `start`/`end` the
//                file offsets of the `<<EOF` / `<<-'EOF'` operator word (RawHeredoc's
//                name and startSpan)
//   Returns null when the RUN is not POSIX shell: an exec-form array other than
//   ["sh"|"bash"|"/bin/sh"|"/bin/bash", "-c", script], or a `RUN <<EOF` body with a `#!` line for
//   another interpreter.
//
//   shellScriptFromText(text, fileStart = 0): ShellScript
//     a script that is one contiguous stretch of the file (tests, and callers that need no joining)
//
//   subScript(script, start, end): ShellScript
//     a stretch of a script as a script of its own, offsets still mapped to the file (`sh -c '…'`)
//
// All offsets are UTF-16 code units (JS string indices).

import { isUnicodeSpace, joinLines } from './dockerfile.js';
import type { ShellScript, Span } from './shell-types.js';

/** A heredoc of the RUN instruction, in file offsets. */
export interface RunHeredoc {
  /** The delimiter with quotes removed (`EOF` for `<<-'EOF'`). */
  name: string;
  /** Offsets of the operator word (`<<EOF`, `<<-'EOF'`, `3<<EOF`) in the header line. */
  start: number;
  end: number;
}

interface Segment {
  /** Start in the script text. */
  s: number;
  /** Length in the script text. */
  n: number;
  /** Start and end in the file. For an exact segment `fEnd - f === n`. */
  f: number;
  fEnd: number;
  /** False for text that is not a copy of the file (a decoded JSON escape). */
  exact: boolean;
}

class ScriptBuilder {
  private parts: string[] = [];
  private length = 0;
  readonly segments: Segment[] = [];

  /** `origin`: where an empty script stands in the file. */
  constructor(
    private readonly file: string,
    private readonly origin: number,
  ) {}

  /** Appends the file text [from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.parts.push(this.file.slice(from, to));
    const last = this.segments[this.segments.length - 1];
    if (last && last.exact && last.fEnd === from) {
      last.n += to - from;
      last.fEnd = to;
    } else {
      this.segments.push({ s: this.length, n: to - from, f: from, fEnd: to, exact: true });
    }
    this.length += to - from;
  }

  /** Appends text that stands for the file range [from, to) without being a copy of it. */
  substitute(value: string, from: number, to: number): void {
    if (value.length === 0) return;
    this.parts.push(value);
    this.segments.push({ s: this.length, n: value.length, f: from, fEnd: to, exact: false });
    this.length += value.length;
  }

  build(): ShellScript {
    return makeScript(
      this.parts.join(''),
      this.segments.map((seg) => ({ ...seg })),
      this.origin,
    );
  }
}

function makeScript(text: string, segments: Segment[], origin: number): ShellScript {
  const find = (offset: number): Segment | undefined => {
    let lo = 0;
    let hi = segments.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const seg = segments[mid]!;
      if (offset < seg.s) hi = mid - 1;
      else if (offset >= seg.s + seg.n) lo = mid + 1;
      else return seg;
    }
    return undefined;
  };
  const toFile = (offset: number): number => {
    const seg = find(offset);
    if (seg) return seg.exact ? seg.f + (offset - seg.s) : seg.f;
    const last = segments[segments.length - 1];
    if (!last) return origin;
    return offset <= 0 ? segments[0]!.f : last.fEnd;
  };
  const spanToFile = (start: number, end: number): Span | null => {
    if (start < 0 || end > text.length || end < start) return null;
    if (start === end) {
      const at = toFile(start);
      return { start: at, end: at };
    }
    const seg = find(start);
    if (!seg || !seg.exact || end > seg.s + seg.n) return null;
    return { start: seg.f + (start - seg.s), end: seg.f + (end - seg.s) };
  };
  return { text, toFile, spanToFile };
}

export function shellScriptFromText(text: string, fileStart = 0): ShellScript {
  const segments: Segment[] =
    text.length > 0 ? [{ s: 0, n: text.length, f: fileStart, fEnd: fileStart + text.length, exact: true }] : [];
  return makeScript(text, segments, fileStart);
}

/** The part [start, end) of a script as a script of its own (`sh -c '…'`), mapped to the same file. */
export function subScript(script: ShellScript, start: number, end: number): ShellScript {
  return {
    text: script.text.slice(start, end),
    toFile: (offset) => script.toFile(start + offset),
    spanToFile: (s, e) => (s < 0 || e > end - start || e < s ? null : script.spanToFile(start + s, start + e)),
  };
}

function lineEndAt(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

/** End of a line's content: BuildKit trims every trailing `\r` and `\n`. */
function contentEnd(text: string, lineStart: number, lineEnd: number): number {
  let end = lineEnd;
  while (end > lineStart && text[end - 1] === '\r') end--;
  return end;
}

interface JoinedLine {
  builder: ScriptBuilder;
  /** File offset of the newline that ends the logical line (or the text end). */
  lineEnd: number;
}

/**
 * The logical Dockerfile line from `from`, joined by the reader's own `joinLines` (so the two agree
 * on continuations, dropped lines and blanks), without the blanks BuildKit trims from its end.
 */
function joinLogicalLine(text: string, from: number, limit: number, escape: string): JoinedLine {
  const builder = new ScriptBuilder(text, from);
  const joined = joinLines(text, from, limit, escape);
  let tail = joined.text.length;
  while (tail > 0 && isUnicodeSpace(joined.text.charCodeAt(tail - 1))) tail--;
  joined.starts.forEach((s, k) => {
    const e = Math.min(joined.starts[k + 1] ?? joined.text.length, tail);
    if (e > s) builder.copy(joined.offsets[k]!, joined.offsets[k]! + (e - s));
  });
  return { builder, lineEnd: text[joined.next - 1] === '\n' ? joined.next - 1 : text.length };
}

const SHELLS = new Set(['sh', 'bash', '/bin/sh', '/bin/bash']);
const SHEBANG_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'ksh', 'mksh']);

export function buildRunScript(
  text: string,
  argsStart: number,
  instrEnd: number,
  escape: string,
  heredocs: readonly RunHeredoc[],
): ShellScript | null {
  const { builder, lineEnd } = joinLogicalLine(text, argsStart, instrEnd, escape);
  const header = builder.build();

  // A JSON array is exec form even when it looks like it holds `<<EOF` (BuildKit reads no heredoc).
  if (header.text.trimStart().startsWith('[')) {
    const exec = execFormScript(text, header, builder.segments);
    if (exec !== undefined) return exec;
  }
  if (heredocs.length === 0) return header;
  return heredocScript(text, header, builder, lineEnd, instrEnd, heredocs);
}

interface Body {
  start: number;
  end: number;
  /** The terminator line's name, or null when the heredoc is not terminated. */
  term: { start: number; end: number; lineEnd: number } | null;
}

function heredocScript(
  text: string,
  header: ShellScript,
  builder: ScriptBuilder,
  headerLineEnd: number,
  instrEnd: number,
  heredocs: readonly RunHeredoc[],
): ShellScript | null {
  const bodies: Body[] = [];
  let pos = Math.min(headerLineEnd + 1, text.length);
  for (const doc of heredocs) {
    const chomp = /^\d*<<-/.test(text.slice(doc.start, doc.end));
    const body: Body = { start: pos, end: pos, term: null };
    while (pos < text.length) {
      const le = lineEndAt(text, pos);
      let nameStart = pos;
      if (chomp) while (text[nameStart] === '\t') nameStart++;
      const ce = contentEnd(text, nameStart, le);
      if (text.slice(nameStart, ce) === doc.name) {
        body.end = pos;
        body.term = { start: nameStart, end: ce, lineEnd: le };
        pos = Math.min(le + 1, text.length);
        break;
      }
      pos = Math.min(le + 1, text.length);
      body.end = pos;
    }
    // Unterminated (BuildKit refuses it): keep what the Dockerfile layer counted as the instruction.
    if (!body.term) body.end = Math.max(body.start, Math.min(body.end, instrEnd));
    bodies.push(body);
  }

  const first = bodies[0]!;
  const firstDoc = heredocs[0]!;
  if (heredocs.length === 1 && isPlainHeredocLine(header.text)) {
    const chomp = /^\d*<<-/.test(text.slice(firstDoc.start, firstDoc.end));
    const plain = new ScriptBuilder(text, first.start);
    for (let ls = first.start; ls < first.end; ) {
      const le = Math.min(lineEndAt(text, ls) + 1, first.end);
      let from = ls;
      if (chomp) while (from < le && text[from] === '\t') from++;
      plain.copy(from, le);
      ls = le;
    }
    const script = plain.build();
    if (script.text.startsWith('#!') && !isShellShebang(script.text)) return null;
    return script;
  }

  // BuildKit reconstitutes header + "\n" + body + name for each heredoc; the shell reads them.
  let newlineAt = headerLineEnd;
  for (let i = 0; i < heredocs.length; i++) {
    const body = bodies[i]!;
    if (newlineAt < text.length) builder.copy(newlineAt, newlineAt + 1);
    else builder.substitute('\n', text.length, text.length);
    builder.copy(body.start, body.end);
    if (!body.term) break;
    builder.copy(body.term.start, body.term.end);
    newlineAt = body.term.lineEnd;
  }
  return builder.build();
}

/**
 * BuildKit's `^(\d*)<<(-?)\s*([^<]*)$` test on the header, the rest being one word: since dockerfile
 * 1.16 `RUN << EOF` is a plain heredoc too.
 */
function isPlainHeredocLine(header: string): boolean {
  const m = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/.exec(header.trim());
  if (!m) return false;
  return /^\s*(?:'[^']*'|"[^"]*"|[^\s'"])+\s*$/.test(m[3]!);
}

function isShellShebang(script: string): boolean {
  const line = script.slice(2, lineEndAt(script, 0)).trim();
  const words = line.split(/\s+/);
  let interpreter = words[0] ?? '';
  if (interpreter.endsWith('/env')) {
    interpreter = words.slice(1).find((w) => !w.startsWith('-') && !w.includes('=')) ?? '';
  }
  const base = interpreter.slice(interpreter.lastIndexOf('/') + 1);
  return SHEBANG_SHELLS.has(base);
}

interface JsonString {
  /** Offsets in the joined header text of the string's content (inside the quotes). */
  start: number;
  end: number;
  value: string;
}

/**
 * Returns the script for `["sh", "-c", "…"]`, null for any other valid JSON array, and undefined
 * when the text is not a JSON array (BuildKit then runs it as shell).
 */
function execFormScript(
  file: string,
  header: ShellScript,
  segments: readonly Segment[],
): ShellScript | null | undefined {
  const items = scanJsonStringArray(header.text);
  if (items === undefined) {
    try {
      JSON.parse(header.text);
      return null;
    } catch {
      return undefined;
    }
  }
  const [shell, flag, script] = items;
  if (!shell || !flag || !script || !SHELLS.has(shell.value) || flag.value !== '-c') return null;
  const out = new ScriptBuilder(file, header.toFile(script.start));
  const raw = header.text;
  let runStart = script.start;
  let i = script.start;
  while (i < script.end) {
    if (raw[i] !== '\\') {
      i++;
      continue;
    }
    copyThrough(out, segments, runStart, i);
    const len = raw[i + 1] === 'u' ? 6 : 2;
    const decoded = JSON.parse(`"${raw.slice(i, i + len)}"`) as string;
    out.substitute(decoded, header.toFile(i), header.toFile(i + len));
    i += len;
    runStart = i;
  }
  copyThrough(out, segments, runStart, script.end);
  return out.build();
}

/** Copies the script range [from, to) of an all-copy script into `out`, piece by piece. */
function copyThrough(out: ScriptBuilder, segments: readonly Segment[], from: number, to: number): void {
  for (const seg of segments) {
    const a = Math.max(from, seg.s);
    const b = Math.min(to, seg.s + seg.n);
    if (a < b) out.copy(seg.f + (a - seg.s), seg.f + (b - seg.s));
  }
}

/**
 * Scans a JSON array of strings. BuildKit reads the whole rest of the line with json.Unmarshal, so
 * any text after the `]` (`RUN ["sh","-c","x"] && y`, `RUN [] && y`) makes it shell form.
 */
function scanJsonStringArray(text: string): JsonString[] | undefined {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && /[ \t\r\n]/.test(text[i]!)) i++;
  };
  ws();
  if (text[i] !== '[') return undefined;
  i++;
  ws();
  const items: JsonString[] = [];
  const close = (): JsonString[] | undefined => {
    i++;
    ws();
    return i === text.length ? items : undefined;
  };
  if (text[i] === ']') return close();
  for (;;) {
    ws();
    if (text[i] !== '"') return undefined;
    const start = ++i;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) return undefined;
      if (text[i] === '\\') {
        if (text[i + 1] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return undefined;
          i += 6;
        } else if (text[i + 1] !== undefined && '"\\/bfnrt'.includes(text[i + 1]!)) {
          i += 2;
        } else {
          return undefined;
        }
      } else {
        i++;
      }
    }
    if (i >= text.length) return undefined;
    const end = i++;
    items.push({ start, end, value: JSON.parse(text.slice(start - 1, end + 1)) as string });
    ws();
    if (text[i] === ',') {
      i++;
      continue;
    }
    if (text[i] === ']') return close();
    return undefined;
  }
}
