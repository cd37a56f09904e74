/** Building fix edits that keep the author's layout: line endings, keyword case, indentation. */
import type { Build, InstructionInfo, MountOption, Span } from '../model/types.js';
import type { Edit } from '../rule.js';
import { detectEol } from '../text.js';

export function replace(span: Span, text: string): Edit {
  return { start: span.start, end: span.end, text };
}

export function remove(span: Span): Edit {
  return { start: span.start, end: span.end, text: '' };
}

export function insertAt(offset: number, text: string): Edit {
  return { start: offset, end: offset, text };
}

/** Remove a word together with the blank before it (`apk add --allow-untrusted x` → `apk add x`). */
export function removeWord(build: Build, span: Span): Edit {
  let start = span.start;
  while (start > 0 && (build.text[start - 1] === ' ' || build.text[start - 1] === '\t')) start--;
  return { start, end: span.end, text: '' };
}

const styleCache = new WeakMap<Build, { lower: boolean; eol: string }>();

/** The file's conventions, computed once per model (fixes are built for every finding). */
function styleOf(build: Build): { lower: boolean; eol: string } {
  let style = styleCache.get(build);
  if (!style) {
    const lower = build.instructions.filter((i) => build.text.slice(i.keywordSpan.start, i.keywordSpan.end) === i.keyword.toLowerCase()).length;
    style = { lower: lower * 2 > build.instructions.length, eol: detectEol(build.text) };
    styleCache.set(build, style);
  }
  return style;
}

/** The file's keyword case: `run` when its instructions are written in lower case. */
export function keywordCase(build: Build, keyword: string): string {
  return styleOf(build).lower ? keyword.toLowerCase() : keyword.toUpperCase();
}

export function lineStartOf(build: Build, offset: number): number {
  let i = offset;
  while (i > 0 && build.text[i - 1] !== '\n' && build.text[i - 1] !== '\r') i--;
  return i;
}

/**
 * Insert whole instructions on their own lines just before `before`, with its indentation, the
 * file's line ending and keyword case. `lines` are instruction texts starting with the keyword.
 */
export function insertInstructionsBefore(build: Build, before: InstructionInfo, lines: string[]): Edit {
  const eol = styleOf(build).eol;
  const escape = build.directives.escape;
  const indent = build.text.slice(lineStartOf(build, before.span.start), before.span.start);
  const start = aboveComments(build, lineStartOf(build, before.span.start));
  const text = lines
    .map((l) => {
      const m = /^([A-Za-z]+)(\s[\s\S]*)$/.exec(l);
      const body = m ? keywordCase(build, m[1]!) + m[2]! : l;
      // Lines continue with a backslash; a file with an escape directive continues them with its own character.
      return indent + body.replace(/\\?\n/g, (nl) => (nl.length === 2 ? escape : '') + eol + indent) + eol;
    })
    .join('');
  return { start, end: start, text };
}

/**
 * The start of the comment lines right above a line (no blank line between): a comment describes
 * the instruction under it (an ignore comment silences it), so what is inserted goes above both.
 * Parser directives at the top of the file stay first.
 */
function aboveComments(build: Build, lineStart: number): number {
  const starts = commentLineStarts(build);
  let line = build.lines.lineOf(lineStart);
  while (line > 0 && starts.has(build.lines.starts[line - 1]!)) line--;
  return build.lines.starts[line]!;
}

const commentStarts = new WeakMap<Build, Set<number>>();

/** Starts of the lines that hold only a comment (not a directive, not inside a heredoc). */
function commentLineStarts(build: Build): Set<number> {
  let set = commentStarts.get(build);
  if (!set) {
    set = new Set();
    for (const c of build.comments) {
      const start = lineStartOf(build, c.span.start);
      if (/^[ \t]*$/.test(build.text.slice(start, c.span.start))) set.add(start);
    }
    commentStarts.set(build, set);
  }
  return set;
}

/** Indentation the file uses for continuation lines (from its first continued instruction). */
export function continuationIndent(build: Build): string {
  const m = /\\\r?\n([ \t]+)\S/.exec(build.text);
  return m ? m[1]! : '    ';
}

/**
 * Insert shell lines before a command that starts a line of a plain `RUN <<EOF` script, with
 * that line's indentation. Null when the command is not at the start of a heredoc script line.
 */
export function insertShellLinesBefore(build: Build, instruction: InstructionInfo, commandStart: number, lines: string[]): Edit | null {
  const headerEnd = build.text.slice(instruction.span.start).search(/\r?\n/);
  if (headerEnd === -1) return null;
  const header = build.text.slice(instruction.span.start, instruction.span.start + headerEnd);
  if (!/^\s*RUN\s+<<-?(["']?)\w+\1\s*$/i.test(header)) return null;
  const start = lineStartOf(build, commandStart);
  const indent = build.text.slice(start, commandStart);
  if (start <= instruction.span.start + headerEnd || !/^[ \t]*$/.test(indent)) return null;
  const eol = styleOf(build).eol;
  return { start, end: start, text: lines.map((l) => indent + l + eol).join('') };
}

/** Where a new flag of an instruction goes: after the keyword and its blanks. */
export function flagOffset(build: Build, instruction: InstructionInfo): number {
  let at = instruction.keywordSpan.end;
  while (build.text[at] === ' ' || build.text[at] === '\t') at++;
  return at;
}

/** `RUN …` → `RUN <flag> …`. */
export function insertRunFlag(build: Build, instruction: InstructionInfo, flag: string): Edit {
  return insertAt(flagOffset(build, instruction), `${flag} `);
}

/**
 * Give options of a `--mount=` flag these values in one edit: an option already there (under any
 * of its names) keeps its place and only its value changes; a missing one is appended after the
 * last option. Null when nothing changes.
 */
export function setMountOptions(build: Build, mount: { options: MountOption[] }, set: { names: readonly string[]; value: string }[]): Edit | null {
  const last = mount.options[mount.options.length - 1];
  if (!last) return null;
  const changes: Edit[] = [];
  let appended = '';
  for (const { names, value } of set) {
    const option = mount.options.find((o) => names.includes(o.name));
    if (!option) appended += `,${names[0]}=${value}`;
    else if (option.value !== value) changes.push(option.valueSpan ? replace(option.valueSpan, value) : replace(option.span, `${option.name}=${value}`));
  }
  if (appended) changes.push(insertAt(last.span.end, appended));
  if (changes.length === 0) return null;
  changes.sort((a, b) => a.start - b.start);
  const start = changes[0]!.start;
  const end = Math.max(...changes.map((c) => c.end));
  let text = '';
  let at = start;
  for (const c of changes) {
    text += build.text.slice(at, c.start) + c.text;
    at = c.end;
  }
  return { start, end, text: text + build.text.slice(at, end) };
}

/** Remove a whole instruction with its line break (it must stand on lines of its own). */
export function removeInstruction(build: Build, instruction: InstructionInfo): Edit | null {
  const start = lineStartOf(build, instruction.span.start);
  if (build.text.slice(start, instruction.span.start).trim() !== '') return null;
  const rest = /^[ \t]*(\r?\n|\r|$)/.exec(build.text.slice(instruction.span.end));
  if (!rest) return null;
  return { start, end: instruction.span.end + rest[0].length, text: '' };
}

/** Remove a flag word, or only its letter from a cluster of short options (`-fsSLk` → `-fsSL`); null when the text differs. */
export function removeFlagLetter(build: Build, flag: string, letter: string, span: Span): Edit | null {
  if (build.text.slice(span.start, span.end) !== flag) return null;
  if (flag.startsWith('--') || flag === `-${letter}`) return removeWord(build, span);
  return replace(span, flag.replace(letter, ''));
}
