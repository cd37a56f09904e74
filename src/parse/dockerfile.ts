/**
 * The Dockerfile layer: directives, comments, instruction boundaries, flags and heredocs, read in
 * one linear pass over the lines with BuildKit's rules (PARSING.md). Every value is a slice of the
 * text with its UTF-16 offsets; nothing here is escape-processed except ARG/ENV values, which
 * BuildKit itself unquotes.
 *
 * This replaced dockerfile-ast at run time: its parse and the position conversions behind its
 * getters were a third of a lint, it grew worse than linearly with the file, and half of its values
 * had to be re-sliced from the text anyway. It stays a devDependency as the oracle of a
 * differential test (test/parse/dockerfile.test.ts).
 */
import { LineIndex } from '../text.js';
import type { Span } from './shell-types.js';

export interface RawFlagOption {
  name: string;
  value: string | null;
  span: Span;
  valueSpan: Span | null;
}

export interface RawFlag {
  /** Without the leading `--`. */
  name: string;
  /** After the first `=`, with quotes and escapes removed as BuildKit does; null for a bare `--flag`. */
  value: string | null;
  /** From the leading `--` to the end of the value. */
  span: Span;
  valueSpan: Span | null;
  /** The unquoted value split at commas (`--mount=type=secret,id=x`); spans leave out the quotes around an option. */
  options: RawFlagOption[];
}

export interface RawHeredoc {
  /** The delimiter with quotes removed. */
  name: string;
  /**
   * Whether BuildKit expands variables in the body (COPY/ADD): false when the delimiter has quotes
   * (`<<"EOF"`, `<<E"O"F`); a backslash (`<<\EOF`) does not count, as in BuildKit.
   */
  expand: boolean;
  /** The `<<EOF` marker on the header line. */
  startSpan: Span;
  /** The body, from its first line to the end of its last line; null when empty. */
  contentSpan: Span | null;
  /** Closing delimiter line; null when the heredoc is unterminated. */
  endSpan: Span | null;
}

export interface RawInstruction {
  keyword: string;
  span: Span;
  keywordSpan: Span;
  /** Arguments after the flags, to the end of the instruction. */
  argsSpan: Span | null;
  /**
   * The words after the flags, split at BuildKit's blanks (`[\t\v\f\r ]`) in the joined line: a word
   * continued over an escaped line break is one word, its text without the escape and line break.
   */
  args: { text: string; span: Span }[];
  flags: RawFlag[];
  heredocs: RawHeredoc[];
  /** For ONBUILD, the trigger instruction; the outer instruction keeps keyword ONBUILD. */
  trigger: RawInstruction | null;
}

export interface ParsedDockerfile {
  text: string;
  lines: LineIndex;
  escape: string;
  syntax: string | null;
  instructions: RawInstruction[];
  comments: { span: Span; text: string }[];
}

const FLAGGED = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK', 'ONBUILD']);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD']);
const DIRECTIVES = new Set(['syntax', 'escape', 'check']);
// The name and `=` of a parser directive, after the `#` and its blanks; the value is trimmed by hand
// (a lazy `(.*?)[ \t]*$` backtracks quadratically on a long line of blanks).
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\f\r ]*=(.*)$/;

/**
 * Go's unicode.IsSpace, by UTF-16 code: what BuildKit trims from a line and an instruction, and what
 * makes a continuation line blank. Unlike JS `\s`, it holds U+0085 and not U+FEFF.
 */
export function isUnicodeSpace(code: number): boolean {
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 0x85) return false;
  return code === 0x85 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000;
}

/** BuildKit's reWhitespace `[\t\v\f\r ]`: what ends the keyword and splits FROM, COPY and ADD words. */
function isWordBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 11 || code === 12 || code === 13;
}

/** ASCII white space, which ends a flag word (BuildKit tests each byte with unicode.IsSpace). */
function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** A logical line as BuildKit joins it, with the file offset of each piece. */
export interface JoinedLine {
  text: string;
  /** Piece k is `text[starts[k], starts[k + 1])`, copied from the file at `offsets[k]`. */
  starts: number[];
  offsets: number[];
  /** File offset after the content of the last physical line joined (before its line break). */
  lastLineEnd: number;
  /** Start of the physical line after the logical line (the text's length at its end). */
  next: number;
}

/**
 * Joins the physical lines of a logical line from `from` (BuildKit's Parse loop): a line whose last
 * non-blank is the escape character, not itself escaped, goes on at the next line, which keeps its
 * indentation; the escape and the spaces and tabs after it are removed, those before it stay
 * (` \` alone on a line leaves its blank). Comment lines and blank lines met while continuing are
 * dropped and end nothing; both are judged with unicode.IsSpace, so a line holding only a no-break
 * space is blank. Lines break at LF; the CRs before it are not content. Nothing at or after `limit`
 * is read.
 */
export function joinLines(text: string, from: number, limit: number, escape: string, onComment?: (start: number, end: number) => void): JoinedLine {
  const parts: string[] = [];
  const starts: number[] = [];
  const offsets: number[] = [];
  let length = 0;
  let pos = from;
  let first = true;
  let lastLineEnd = from;
  for (;;) {
    const nl = text.indexOf('\n', pos);
    const next = nl === -1 ? text.length : nl + 1;
    let end = nl === -1 ? text.length : nl;
    while (end > pos && text.charCodeAt(end - 1) === 13) end--;
    if (!first) {
      let i = pos;
      while (i < end && isUnicodeSpace(text.charCodeAt(i))) i++;
      if (i === end || text[i] === '#') {
        if (i < end) onComment?.(i, end);
        if (next >= text.length || next >= limit) return { text: parts.join(''), starts, offsets, lastLineEnd, next };
        pos = next;
        continue;
      }
    }
    first = false;
    lastLineEnd = end;
    let k = end;
    while (k > pos && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
    const esc = k - 1;
    // BuildKit's `([^\\])\\[ \t]*$|^\\[ \t]*$`: an escaped escape (`echo \\`) ends the line.
    const continues = esc >= pos && text[esc] === escape && text[esc - 1] !== escape;
    // A range that ends inside the line (a word) is cut there; the line is still judged whole.
    const pieceEnd = Math.min(continues ? esc : end, Math.max(limit, pos));
    if (pieceEnd > pos) {
      starts.push(length);
      offsets.push(pos);
      parts.push(text.slice(pos, pieceEnd));
      length += pieceEnd - pos;
    }
    if (!continues || esc >= limit || next >= text.length || next >= limit) return { text: parts.length === 1 ? parts[0]! : parts.join(''), starts, offsets, lastLineEnd, next };
    pos = next;
  }
}

/** File offset of the character at `j` of a joined line; `j` at its end maps after its last character. */
function fileAt(line: JoinedLine, j: number): number {
  const { starts, offsets } = line;
  if (starts.length === 1) return offsets[0]! + j;
  if (starts.length === 0) return line.lastLineEnd;
  let lo = 0;
  let hi = starts.length - 1;
  if (j >= line.text.length) return offsets[hi]! + (line.text.length - starts[hi]!);
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= j) lo = mid;
    else hi = mid - 1;
  }
  return offsets[lo]! + (j - starts[lo]!);
}

/** The file span of the joined text [a, b). */
function spanOf(line: JoinedLine, a: number, b: number): Span {
  return b > a ? { start: fileAt(line, a), end: fileAt(line, b - 1) + 1 } : { start: fileAt(line, a), end: fileAt(line, a) };
}

/** `tick`: called once a line read, to let a time budget stop the read (it throws). */
export function parseDockerfile(text: string, tick: () => void = () => {}): ParsedDockerfile {
  const lines = new LineIndex(text);
  // BuildKit's lines, which break at LF only: a lone CR (a line break to an editor and to `lines`)
  // stays inside its line. Each ends before its LF and the CRs just before it.
  const starts = [0];
  const ends: number[] = [];
  const endBefore = (i: number) => {
    let e = i;
    while (e > starts.at(-1)! && text[e - 1] === '\r') e--;
    return e;
  };
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    ends.push(endBefore(i));
    starts.push(i + 1);
  }
  ends.push(endBefore(text.length));
  const count = starts.length;
  const lineStart = (l: number) => (l === 0 && text.charCodeAt(0) === 0xfeff ? 1 : starts[l]!);
  const comments: { span: Span; text: string }[] = [];
  const instructions: RawInstruction[] = [];
  const lineEnd = (l: number) => ends[l]!;
  let escape = '\\';
  let syntax: string | null = null;
  let line = 0;

  /** Offset of the first character of a line that is not unicode.IsSpace, or its end (BuildKit trims the line first). */
  const firstChar = (l: number) => {
    let i = lineStart(l);
    const end = lineEnd(l);
    while (i < end && isUnicodeSpace(text.charCodeAt(i))) i++;
    return i;
  };
  // BuildKit's directive parser: the line trimmed, a `#`, blanks (unicode.IsSpace, so a no-break space
  // too), a name, `=` and a value between Go's `\s` blanks (`[\t\n\f\r ]`, not `\v`). Directives are read
  // only until the first other line, or the first unknown or empty directive.
  const directiveAt = (l: number) => {
    let i = firstChar(l);
    const end = lineEnd(l);
    if (text[i] !== '#') return null;
    i++;
    while (i < end && isUnicodeSpace(text.charCodeAt(i))) i++;
    const m = DIRECTIVE.exec(text.slice(i, end));
    if (!m) return null;
    const name = m[1]!.toLowerCase();
    const raw = m[2]!;
    let a = 0;
    let b = raw.length;
    while (a < b && '\t\f\r '.includes(raw[a]!)) a++;
    while (b > a && '\t\f\r '.includes(raw[b - 1]!)) b--;
    const value = raw.slice(a, b);
    return DIRECTIVES.has(name) && value !== '' ? { name, value } : null;
  };
  for (let d; line < count && (d = directiveAt(line)); line++) {
    if (d.name === 'escape' && (d.value === '\\' || d.value === '`')) escape = d.value;
    else if (d.name === 'syntax') syntax = d.value;
  }
  // BuildKit's parser ends its directives at a `#!` first line, but its syntax detection skips that
  // line; the lines stay comments.
  if (count > 1 && text.startsWith('#!', lineStart(0))) {
    for (let l = 1, d; l < count && (d = directiveAt(l)); l++) if (d.name === 'syntax') syntax = d.value;
  }
  const addComment = (start: number, end: number) => comments.push({ span: { start, end }, text: text.slice(start, end) });

  while (line < count) {
    tick();
    const first = firstChar(line);
    const end = lineEnd(line);
    if (first === end) {
      line++;
      continue;
    }
    if (text[first] === '#') {
      addComment(first, end);
      line++;
      continue;
    }
    const joined = joinLines(text, first, text.length, escape, addComment);
    let l = line + 1;
    while (l < count && starts[l]! < joined.next) l++;
    line = l;
    const j = joined.text;
    let tail = j.length;
    while (tail > 0 && isUnicodeSpace(j.charCodeAt(tail - 1))) tail--;
    if (tail === 0) continue;
    const head = readHead(joined, 0, tail, escape);
    // A line holding only the escape character continues into the keyword's line.
    head.span.start = first;
    let contentEnd = head.argsSpan?.end ?? head.keywordSpan.end;
    const owner = head.trigger ?? head;
    if (HEREDOC_KEYWORDS.has(owner.keyword) && owner.argsSpan && j.includes('<<')) {
      for (const marker of findHeredocMarkers(joined, 0, tail)) {
        const body = l;
        let close = -1;
        for (; l < count; l++) {
          tick();
          const lineText = text.slice(starts[l], lineEnd(l));
          if ((marker.strip ? lineText.replace(/^\t+/, '') : lineText) === marker.name) {
            close = l;
            break;
          }
        }
        const bodyEnd = close === -1 ? l : close;
        const heredoc: RawHeredoc = {
          name: marker.name,
          expand: marker.expand,
          startSpan: marker.span,
          contentSpan: bodyEnd > body ? { start: starts[body]!, end: lineEnd(bodyEnd - 1) } : null,
          endSpan: close === -1 ? null : { start: starts[close]!, end: lineEnd(close) },
        };
        owner.heredocs.push(heredoc);
        if (owner !== head) head.heredocs.push(heredoc);
        if (close !== -1) l++;
        const last = heredoc.endSpan?.end ?? heredoc.contentSpan?.end;
        if (last !== undefined) contentEnd = Math.max(contentEnd, last);
      }
      line = l;
      if (owner.heredocs.length > 0) {
        // The arguments of a heredoc instruction are on its header; the bodies follow it.
        owner.argsSpan.end = contentEnd;
        if (owner !== head) head.argsSpan!.end = contentEnd;
      }
    }
    // The instruction keeps its trailing blanks; its arguments do not.
    const spanEnd = Math.max(contentEnd, joined.lastLineEnd);
    head.span.end = spanEnd;
    if (head.trigger) head.trigger.span.end = spanEnd;
    instructions.push(head);
  }
  return { text, lines, escape, syntax, instructions, comments };
}

/**
 * Keyword, flags and arguments of the instruction at `[start, end)` of a joined line, trimmed of
 * unicode.IsSpace (BuildKit's splitCommand and extractBuilderFlags).
 */
function readHead(joined: JoinedLine, start: number, end: number, escape: string): RawInstruction {
  const s = joined.text;
  let i = start;
  while (i < end && !isWordBlank(s.charCodeAt(i))) i++;
  const keyword = s.slice(start, i).toUpperCase();
  const head: RawInstruction = {
    keyword,
    span: { start: fileAt(joined, start), end: 0 },
    keywordSpan: spanOf(joined, start, i),
    argsSpan: null,
    args: [],
    flags: [],
    heredocs: [],
    trigger: null,
  };
  let pos = i;
  while (pos < end && isWordBlank(s.charCodeAt(pos))) pos++;
  if (FLAGGED.has(keyword)) pos = readFlags(joined, pos, end, escape, head.flags);
  while (pos < end && isUnicodeSpace(s.charCodeAt(pos))) pos++;
  if (pos < end) {
    head.argsSpan = spanOf(joined, pos, end);
    head.args = wordsOf(joined, pos, end);
    if (keyword === 'ONBUILD') head.trigger = readHead(joined, pos, end, escape);
  }
  return head;
}

/**
 * BuildKit's extractBuilderFlags: words that start with `--`, each read with its quotes and escapes
 * removed, so a quoted or escaped blank does not end it (`--mount="type=secret,id=a b"`). A word
 * `--` ends the flags and is dropped. Returns where the arguments start.
 */
function readFlags(joined: JoinedLine, from: number, end: number, escape: string, flags: RawFlag[]): number {
  const s = joined.text;
  let p = from;
  for (;;) {
    while (p < end && isAsciiSpace(s.charCodeAt(p))) p++;
    if (p + 1 >= end || s[p] !== '-' || s[p + 1] !== '-') return p;
    const wordStart = p;
    // Most flags hold no quote or escape: their word is a slice.
    let plain = p;
    while (plain < end && !isAsciiSpace(s.charCodeAt(plain)) && s[plain] !== '"' && s[plain] !== "'" && s[plain] !== escape) plain++;
    if (plain >= end || isAsciiSpace(s.charCodeAt(plain))) {
      p = plain;
      const word = s.slice(wordStart, p);
      if (word === '--') return p;
      flags.push(makeFlag(joined, word, null, wordStart, p));
      continue;
    }
    let word = '';
    // The index in `s` of each character of `word`.
    const at: number[] = [];
    let quote = '';
    for (; p < end; p++) {
      const c = s[p]!;
      if (quote) {
        if (c === quote) {
          quote = '';
          continue;
        }
        if (c === escape) {
          if (p + 1 === end) {
            quote = '';
            continue;
          }
          p++;
        }
      } else {
        if (isAsciiSpace(s.charCodeAt(p))) break;
        if (c === '"' || c === "'") {
          quote = c;
          continue;
        }
        if (c === escape) {
          if (p + 1 === end) continue;
          p++;
        }
      }
      word += s[p];
      at.push(p);
    }
    if (word === '--') return p;
    flags.push(makeFlag(joined, word, at, wordStart, p));
  }
}

/** A `--name[=value]` word, unquoted; a value with `=` in it is a list of options. */
function makeFlag(joined: JoinedLine, word: string, at: number[] | null, wordStart: number, wordEnd: number): RawFlag {
  const span = spanOf(joined, wordStart, wordEnd);
  const eq = word.indexOf('=');
  if (eq === -1) return { name: word.slice(2), value: null, span, valueSpan: null, options: [] };
  const value = word.slice(eq + 1);
  // `at`: the index in the joined line of each character of `word`; null when it is a slice.
  const index = (k: number) => (at ? at[k]! : wordStart + k);
  const valueSpan = { start: fileAt(joined, index(eq)) + 1, end: span.end };
  // The file span of the characters [a, b) of `word`; an empty one stands after character a - 1.
  const spanIn = (a: number, b: number): Span => {
    if (b > a) return { start: fileAt(joined, index(a)), end: fileAt(joined, index(b - 1)) + 1 };
    const after = fileAt(joined, index(a - 1)) + 1;
    return { start: after, end: after };
  };
  const options: RawFlagOption[] = [];
  if (value.includes('=')) {
    for (let s = eq + 1; s <= word.length; ) {
      let e = word.indexOf(',', s);
      if (e === -1) e = word.length;
      const oeq = word.indexOf('=', s);
      const hasValue = oeq !== -1 && oeq < e;
      if (e > s) {
        options.push({
          name: word.slice(s, hasValue ? oeq : e),
          value: hasValue ? word.slice(oeq + 1, e) : null,
          span: spanIn(s, e),
          valueSpan: hasValue ? spanIn(oeq + 1, e) : null,
        });
      }
      s = e + 1;
    }
  }
  return { name: word.slice(2, eq), value, span, valueSpan, options };
}

/** The words of `[from, end)` of a joined line, split at BuildKit's `[\t\v\f\r ]`. */
function wordsOf(joined: JoinedLine, from: number, end: number): { text: string; span: Span }[] {
  const s = joined.text;
  const words: { text: string; span: Span }[] = [];
  let i = from;
  while (i < end) {
    while (i < end && isWordBlank(s.charCodeAt(i))) i++;
    if (i >= end) break;
    const start = i;
    while (i < end && !isWordBlank(s.charCodeAt(i))) i++;
    words.push({ text: s.slice(start, i), span: spanOf(joined, start, i) });
  }
  return words;
}

interface HeredocMarker {
  name: string;
  strip: boolean;
  expand: boolean;
  span: Span;
}

/**
 * The heredoc markers of a joined header line (BuildKit's heredocsFromLine): a word, outside quotes,
 * that is `<<NAME`, `<<-NAME`, `3<<NAME`, or since dockerfile 1.16 `<< NAME` (blanks after `<<`
 * belong to the word, but not after `<<-`: `<<- EOF` is no heredoc). Words split at
 * unicode.IsSpace; BuildKit's lexer escapes with a backslash whatever the escape directive.
 * `<<<` is a here-string, not a heredoc.
 */
function findHeredocMarkers(joined: JoinedLine, from: number, end: number): HeredocMarker[] {
  const s = joined.text;
  const out: HeredocMarker[] = [];
  let quote: string | null = null;
  let wordStart = true;
  for (let i = from; i < end; i++) {
    const c = s[i]!;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '\\') {
      i++;
      wordStart = false;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      wordStart = false;
      continue;
    }
    if (isUnicodeSpace(s.charCodeAt(i))) {
      wordStart = true;
      continue;
    }
    let k = i;
    if (wordStart) while (k < end && s[k]! >= '0' && s[k]! <= '9') k++;
    if (wordStart && s.startsWith('<<', k) && s[k + 2] !== '<') {
      const marker = readMarker(joined, i, k + 2, end);
      if (marker) {
        out.push(marker.marker);
        i = marker.end - 1;
        wordStart = false;
        continue;
      }
    }
    wordStart = false;
  }
  return out;
}

/**
 * The delimiter after `<<`, `<<-` or `<< `: one word, with its quotes and backslashes removed as the
 * shell (and BuildKit's lexer) does, so `<<"EOF"`, `<<E"O"F` and `<<\EOF` all end at a line `EOF`, and
 * `<<"E OF"` at a line `E OF`. It stops where the shell's word would (`<<EOF>/f`), where BuildKit
 * would take `EOF>/f` as the name and then refuse the file as unterminated.
 */
function readMarker(joined: JoinedLine, start: number, after: number, end: number): { marker: HeredocMarker; end: number } | null {
  const s = joined.text;
  let i = after;
  const strip = s[i] === '-';
  if (strip) i++;
  else while (i < end && (s[i] === ' ' || s[i] === '\t' || s[i] === '\r')) i++;
  let name = '';
  let quoted = false;
  while (i < end && !isUnicodeSpace(s.charCodeAt(i)) && !/[;&|<>()`]/.test(s[i]!)) {
    const c = s[i]!;
    if (c === '"' || c === "'") {
      const close = s.indexOf(c, i + 1);
      if (close === -1 || close >= end) return null;
      name += s.slice(i + 1, close);
      quoted = true;
      i = close + 1;
    } else if (c === '\\' && i + 1 < end && !isUnicodeSpace(s.charCodeAt(i + 1))) {
      name += s[i + 1];
      i += 2;
    } else {
      name += c;
      i++;
    }
  }
  return name ? { marker: { name, strip, expand: !quoted, span: spanOf(joined, start, i) }, end: i } : null;
}

/**
 * The words of a stretch of an instruction (its arguments: FROM, COPY, ADD, …) as the reader splits
 * them: each logical line joined, then split at BuildKit's blanks `[\t\v\f\r ]`. With `headerOnly`,
 * only the first logical line (a heredoc instruction's header).
 */
export function splitWords(text: string, span: Span, escape: string, headerOnly: boolean): { text: string; span: Span }[] {
  const words: { text: string; span: Span }[] = [];
  let pos = span.start;
  while (pos < span.end) {
    const joined = joinLines(text, pos, span.end, escape);
    words.push(...wordsOf(joined, 0, joined.text.length));
    if (headerOnly) break;
    pos = joined.next;
    // A following line is read only if it holds more than blanks or a comment.
    while (pos < span.end) {
      let i = pos;
      while (i < span.end && text[i] !== '\n' && isUnicodeSpace(text.charCodeAt(i))) i++;
      if (i < span.end && text[i] !== '\n' && text[i] !== '#') {
        pos = i;
        break;
      }
      const nl = text.indexOf('\n', i);
      pos = nl === -1 ? span.end : nl + 1;
    }
  }
  return words;
}

export interface RawProperty {
  name: string;
  nameSpan: Span;
  /** Quotes and escapes removed, as BuildKit reads it; variables not yet expanded. */
  value: string | null;
  valueSpan: Span | null;
}

/**
 * The NAME=value pairs of an ARG or ENV, read from the joined line (BuildKit's parseWords and
 * parseNameVal). `ARG A B` declares two ARGs; `ENV A b c` is the legacy form, A = "b c". Words split
 * at unicode.IsSpace outside quotes.
 */
export function readProperties(text: string, raw: RawInstruction, escape: string): RawProperty[] {
  if (!raw.argsSpan) return [];
  const joined = joinLines(text, raw.argsSpan.start, raw.argsSpan.end, escape);
  const j = joined.text;
  const words = quotedWords(j, escape);
  const first = words[0];
  if (raw.keyword === 'ENV' && first && !j.slice(first.start, first.end).includes('=')) {
    // The legacy form: the name up to BuildKit's blanks, and the rest of the line as the value.
    let v = first.start;
    while (v < j.length && !isWordBlank(j.charCodeAt(v))) v++;
    const name = j.slice(first.start, v);
    const nameSpan = spanOf(joined, first.start, v);
    while (v < j.length && isWordBlank(j.charCodeAt(v))) v++;
    if (v >= j.length) return [{ name, nameSpan, value: null, valueSpan: null }];
    return [{ name, nameSpan, value: unescapeValue(j.slice(v), escape), valueSpan: spanOf(joined, v, j.length) }];
  }
  return words.map((w) => {
    const word = j.slice(w.start, w.end);
    const eq = word.indexOf('=');
    const nameSpan = spanOf(joined, w.start, eq === -1 ? w.end : w.start + eq);
    if (eq === -1) return { name: word, nameSpan, value: null, valueSpan: null };
    return { name: word.slice(0, eq), nameSpan, value: unescapeValue(word.slice(eq + 1), escape), valueSpan: spanOf(joined, w.start + eq + 1, w.end) };
  });
}

/** BuildKit's parseWords: words split at unicode.IsSpace outside quotes; an escape takes the next character. */
function quotedWords(s: string, escape: string): { start: number; end: number }[] {
  const words: { start: number; end: number }[] = [];
  let i = 0;
  while (i < s.length) {
    while (i < s.length && isUnicodeSpace(s.charCodeAt(i))) i++;
    if (i >= s.length) break;
    const start = i;
    let quote: string | null = null;
    for (; i < s.length; i++) {
      const c = s[i]!;
      if (quote) {
        if (c === quote) quote = null;
        else if (c === escape && quote === '"') i++;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === escape) i++;
      else if (isUnicodeSpace(s.charCodeAt(i))) break;
    }
    words.push({ start, end: Math.min(i, s.length) });
  }
  return words;
}

/** Removes quotes and escapes the way BuildKit reads a word's value (`"a b"` → `a b`, `a\ b` → `a b`). */
function unescapeValue(raw: string, escape: string): string {
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else out += c;
    } else if (c === escape && i + 1 < raw.length && (quote === null || raw[i + 1] === '"' || raw[i + 1] === escape)) {
      out += raw[++i];
    } else if (quote === '"' && c === '"') quote = null;
    else if (quote === null && (c === '"' || c === "'")) quote = c;
    else out += c;
  }
  return out;
}
