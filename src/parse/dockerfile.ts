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
  /** After the first `=`; null for a bare `--flag`. */
  value: string | null;
  /** From the leading `--` to the end of the value. */
  span: Span;
  valueSpan: Span | null;
  /** The value split at commas (`--mount=type=secret,id=x`). */
  options: RawFlagOption[];
}

export interface RawHeredoc {
  /** The delimiter with quotes removed. */
  name: string;
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
  /** Whitespace-separated arguments after the flags, as sliced from the text. */
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
// BuildKit's parser-directive line (leading blanks allowed, as it trims the line first); directives
// are read only until the first other line, or the first unknown or empty directive.
// The value is trimmed by hand: a lazy `(.*?)[ \t]*$` backtracks quadratically on a long line of blanks.
const DIRECTIVE = /^[ \t]*#[ \t]*([a-zA-Z][a-zA-Z0-9]*)[ \t]*=(.*)$/;
const DIRECTIVES = new Set(['syntax', 'escape', 'check']);

export function parseDockerfile(text: string): ParsedDockerfile {
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

  const directiveAt = (l: number) => {
    const m = DIRECTIVE.exec(text.slice(lineStart(l), lineEnd(l)));
    if (!m) return null;
    const name = m[1]!.toLowerCase();
    const raw = m[2]!;
    const value = raw.slice(0, trimEnd(raw, 0, raw.length)).replace(/^[ \t]+/, '');
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

  /** Offset of the first non-blank of a line, or its end. */
  const firstChar = (l: number) => {
    let i = lineStart(l);
    const end = lineEnd(l);
    while (i < end && (text[i] === ' ' || text[i] === '\t' || text[i] === '\r')) i++;
    return i;
  };
  /** A blank or comment line inside a continuation; its comment is kept. */
  const skippable = (l: number) => {
    const i = firstChar(l);
    const end = lineEnd(l);
    if (i < end && text[i] === '#') comments.push({ span: { start: i, end }, text: text.slice(i, end) });
    return i === end || text[i] === '#';
  };

  while (line < count) {
    const first = firstChar(line);
    const end = lineEnd(line);
    if (first === end) {
      line++;
      continue;
    }
    if (text[first] === '#') {
      comments.push({ span: { start: first, end }, text: text.slice(first, end) });
      line++;
      continue;
    }
    // The logical line: physical lines joined while one ends in the escape character; blank and
    // comment lines inside it are dropped (BuildKit) and end nothing.
    let contentEnd: number;
    let lastLineEnd: number;
    let l = line;
    for (;;) {
      lastLineEnd = lineEnd(l);
      contentEnd = trimEnd(text, lineStart(l), lastLineEnd);
      l++;
      if (!endsInEscape(text, lineStart(l - 1), lastLineEnd, escape)) break;
      while (l < count && skippable(l)) l++;
      if (l >= count) break;
    }
    const head = readHead(text, first, contentEnd, escape);
    const instruction = head;
    if (head.keyword === 'ONBUILD' && head.argsSpan) {
      head.trigger = readHead(text, head.argsSpan.start, contentEnd, escape);
    }
    const heredocKeyword = head.trigger?.keyword ?? head.keyword;
    if (HEREDOC_KEYWORDS.has(heredocKeyword)) {
      const owner = head.trigger ?? head;
      const markers = owner.argsSpan ? findHeredocMarkers(text, owner.argsSpan, escape) : [];
      for (const marker of markers) {
        const body = l;
        let close = -1;
        for (; l < count; l++) {
          const lineText = text.slice(starts[l], lineEnd(l));
          if ((marker.strip ? lineText.replace(/^\t+/, '') : lineText) === marker.name) {
            close = l;
            break;
          }
        }
        const bodyEnd = close === -1 ? l : close;
        const heredoc: RawHeredoc = {
          name: marker.name,
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
      if (owner.heredocs.length > 0) {
        // The arguments of a heredoc instruction are on its header; the bodies follow it.
        owner.args = splitWords(text, owner.argsSpan!, escape, true);
        owner.argsSpan!.end = contentEnd;
        if (owner !== head) head.argsSpan!.end = contentEnd;
      }
    }
    // The instruction keeps its trailing blanks; its arguments do not.
    const end2 = Math.max(contentEnd, lastLineEnd);
    instruction.span.end = end2;
    if (instruction.trigger) instruction.trigger.span.end = end2;
    instructions.push(instruction);
    line = l;
  }
  return { text, lines, escape, syntax, instructions, comments };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  return end;
}

/** Whether a line (without its break) ends in the escape character and optional blanks. */
function endsInEscape(text: string, start: number, end: number, escape: string): boolean {
  const e = trimEnd(text, start, end);
  return e > start && continuesLine(text, e - 1, escape);
}

/** Keyword, flags and arguments of an instruction that starts at `start`. */
function readHead(text: string, start: number, end: number, escape: string): RawInstruction {
  // A line holding only the escape character continues into the keyword's line.
  const keywordStart = skipToArguments(text, start, end, escape);
  let i = keywordStart;
  while (i < end && !isBlank(text[i]!) && !continuesLine(text, i, escape)) i++;
  const keyword = text.slice(keywordStart, i).toUpperCase();
  const head: RawInstruction = {
    keyword,
    span: { start, end },
    keywordSpan: { start: keywordStart, end: i },
    argsSpan: null,
    args: [],
    flags: [],
    heredocs: [],
    trigger: null,
  };
  let pos = skipToArguments(text, i, end, escape);
  if (FLAGGED.has(keyword)) {
    while (pos < end && text.startsWith('--', pos) && pos + 2 < end && !isBlank(text[pos + 2]!)) {
      let wordEnd = pos;
      while (wordEnd < end && !isBlank(text[wordEnd]!) && !continuesLine(text, wordEnd, escape)) wordEnd++;
      head.flags.push(readFlag(text, pos, wordEnd));
      pos = skipToArguments(text, wordEnd, end, escape);
    }
  }
  if (pos < end) {
    head.argsSpan = { start: pos, end };
    head.args = splitWords(text, head.argsSpan, escape, false);
  }
  return head;
}

/** A `--name[=value]` word; a value with `=` in it is a list of options. */
function readFlag(text: string, start: number, end: number): RawFlag {
  // Every search stays inside the word: an unbounded indexOf made a line of value-less flags quadratic.
  const find = (c: string, from: number, to = end) => {
    for (let i = from; i < to; i++) if (text[i] === c) return i;
    return -1;
  };
  const eq = find('=', start);
  if (eq === -1) return { name: text.slice(start + 2, end), value: null, span: { start, end }, valueSpan: null, options: [] };
  const options: RawFlagOption[] = [];
  const second = find('=', eq + 1);
  for (let s = second !== -1 ? eq + 1 : end + 1; s <= end; ) {
    let e = find(',', s);
    if (e === -1) e = end;
    const oeq = find('=', s, e);
    const hasValue = oeq !== -1;
    if (e > s) {
      options.push({
        name: text.slice(s, hasValue ? oeq : e),
        value: hasValue ? text.slice(oeq + 1, e) : null,
        span: { start: s, end: e },
        valueSpan: hasValue ? { start: oeq + 1, end: e } : null,
      });
    }
    s = e + 1;
  }
  return { name: text.slice(start + 2, eq), value: text.slice(eq + 1, end), span: { start, end }, valueSpan: { start: eq + 1, end }, options };
}

interface HeredocMarker {
  name: string;
  strip: boolean;
  span: Span;
}

/**
 * The `<<NAME`, `<<-NAME`, `<<"NAME"` and `3<<NAME` words of a heredoc instruction's header line,
 * outside quotes. `<<<` is a here-string, not a heredoc.
 */
function findHeredocMarkers(text: string, args: Span, escape: string): HeredocMarker[] {
  const out: HeredocMarker[] = [];
  let quote: string | null = null;
  let wordStart = true;
  for (let i = args.start; i < args.end; i++) {
    const c = text[i]!;
    if (continuesLine(text, i, escape)) {
      // BuildKit joins the lines first (dropping blank and comment lines), whatever the quotes: go on
      // at the next line's start, so that its indentation still separates words.
      i = continuedLineStart(text, i, args.end, escape) - 1;
      continue;
    }
    if (c === '\n') break;
    if (quote) {
      if (c === quote) quote = null;
      else if (c === escape && quote === '"') i++;
      continue;
    }
    if (c === escape) {
      i++;
      wordStart = false;
      continue;
    }
    if (c === '"' || c === "'") {
      quote = c;
      wordStart = false;
      continue;
    }
    if (isBlank(c)) {
      wordStart = true;
      continue;
    }
    let j = i;
    if (wordStart) while (j < args.end && text[j]! >= '0' && text[j]! <= '9') j++;
    if (wordStart && text.startsWith('<<', j) && text[j + 2] !== '<') {
      const marker = readMarker(text, i, j + 2, args.end);
      if (marker) {
        out.push(marker);
        i = marker.span.end - 1;
        wordStart = false;
        continue;
      }
    }
    wordStart = false;
  }
  return out;
}

/**
 * The delimiter after `<<` or `<<-`: one word, with its quotes and backslashes removed as the shell
 * (and BuildKit's lexer) does, so `<<"EOF"`, `<<E"O"F` and `<<\\EOF` all end at a line `EOF`.
 */
function readMarker(text: string, start: number, after: number, end: number): HeredocMarker | null {
  let i = after;
  const strip = text[i] === '-';
  if (strip) i++;
  let name = '';
  while (i < end && !/[\s;&|<>()`]/.test(text[i]!)) {
    const c = text[i]!;
    if (c === '"' || c === "'") {
      let close = i + 1;
      while (close < end && text[close] !== c) close++;
      if (close >= end) return null;
      name += text.slice(i + 1, close);
      i = close + 1;
    } else if (c === '\\' && i + 1 < end && !/\s/.test(text[i + 1]!)) {
      name += text[i + 1];
      i += 2;
    } else {
      name += c;
      i++;
    }
  }
  return name && !/\s/.test(name) ? { name, strip, span: { start, end: i } } : null;
}

/** Any white space, as `\s` (BuildKit splits these arguments with Go's unicode.IsSpace). */
function isSpace(c: string): boolean {
  const code = c.charCodeAt(0);
  return code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(c));
}

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\n' || c === '\r';
}

/**
 * Whether the escape character at `at` continues the line: only blanks follow it up to the line
 * break, and it is not itself escaped (BuildKit's `([^\\])\\[ \t]*$|^\\[ \t]*$`: `echo \\\\` ends the line).
 */
function continuesLine(text: string, at: number, escape: string): boolean {
  return text[at] === escape && text[at - 1] !== escape && continuesAt(text, at + 1);
}

/** Whether only blanks follow `at` up to the line break (the escape before `at` continues the line). */
function continuesAt(text: string, at: number): boolean {
  let i = at;
  while (text[i] === ' ' || text[i] === '\t') i++;
  while (text[i] === '\r') i++;
  return i >= text.length || text[i] === '\n';
}

/**
 * Whitespace-separated words of an instruction's arguments (FROM, COPY, ADD, …), skipping escaped
 * line breaks and the comment lines BuildKit drops inside a continuation. With heredocs, only the
 * header line holds arguments.
 */
export function splitWords(text: string, span: Span, escape: string, headerOnly: boolean): { text: string; span: Span }[] {
  const words: { text: string; span: Span }[] = [];
  let i = span.start;
  let atLineStart = false;
  while (i < span.end) {
    const c = text[i]!;
    if (c === '\n') {
      if (headerOnly) break;
      i++;
      atLineStart = true;
      continue;
    }
    if (isSpace(c)) {
      i++;
      continue;
    }
    if (atLineStart && c === '#') {
      while (i < span.end && text[i] !== '\n') i++;
      continue;
    }
    atLineStart = false;
    if (continuesLine(text, i, escape)) {
      // Past the line break and the blank and comment lines after it: with heredocs, the header goes on.
      i = skipToArguments(text, i, span.end, escape);
      continue;
    }
    const start = i;
    while (i < span.end && !isSpace(text[i]!) && !continuesLine(text, i, escape)) i++;
    words.push({ text: text.slice(start, i), span: { start, end: i } });
  }
  return words;
}

/**
 * From the end of an instruction's keyword or flag to its next word: blanks, escaped line breaks,
 * and the comment and blank lines BuildKit drops inside a continuation.
 */
export function skipToArguments(text: string, from: number, end: number, escape: string): number {
  let s = from;
  for (;;) {
    while (s < end && (text[s] === ' ' || text[s] === '\t')) s++;
    if (s >= end || !continuesLine(text, s, escape)) {
      // A line break not after the escape character can only be inside a heredoc instruction's range.
      return s;
    }
    s++;
    while (s < end && text[s] !== '\n') s++;
    s++;
    // Whole comment or blank lines after a continuation belong to nothing.
    for (;;) {
      let e = s;
      while (e < end && (text[e] === ' ' || text[e] === '\t')) e++;
      if (text[e] === '#') while (e < end && text[e] !== '\n') e++;
      if (text[e] === '\r') e++;
      if (e >= end || text[e] !== '\n') break;
      s = e + 1;
    }
  }
}

export interface RawProperty {
  name: string;
  nameSpan: Span;
  /** Quotes and escapes removed, as BuildKit reads it; variables not yet expanded. */
  value: string | null;
  valueSpan: Span | null;
}

/**
 * The NAME=value pairs of an ARG or ENV. `ARG A B` declares two ARGs; `ENV A b c` is the legacy
 * form, A = "b c". Words split at blanks outside quotes.
 */
export function readProperties(text: string, raw: RawInstruction, escape: string): RawProperty[] {
  if (!raw.argsSpan) return [];
  const words = quotedWords(text, raw.argsSpan, escape);
  const first = words[0];
  if (raw.keyword === 'ENV' && first && !first.text.includes('=')) {
    const valueStart = words[1]?.span.start;
    const valueSpan = valueStart === undefined ? null : { start: valueStart, end: raw.argsSpan.end };
    return [{ name: first.text, nameSpan: first.span, value: valueSpan ? unescapeValue(joinedText(text, valueSpan, escape), escape) : null, valueSpan }];
  }
  return words.map((w) => {
    const eq = w.text.indexOf('=');
    if (eq === -1) return { name: w.text, nameSpan: w.span, value: null, valueSpan: null };
    const valueSpan = { start: w.span.start + eq + 1, end: w.span.end };
    // A quoted value may go on over a continuation, which BuildKit joins before unquoting.
    const value = unescapeValue(joinedText(text, valueSpan, escape), escape);
    return { name: w.text.slice(0, eq), nameSpan: { start: w.span.start, end: w.span.start + eq }, value, valueSpan };
  });
}

function quotedWords(text: string, span: Span, escape: string): { text: string; span: Span }[] {
  const words: { text: string; span: Span }[] = [];
  let i = skipToArguments(text, span.start, span.end, escape);
  while (i < span.end) {
    const start = i;
    let quote: string | null = null;
    while (i < span.end) {
      const c = text[i]!;
      if (quote) {
        if (c === quote) quote = null;
        else if (c === escape && quote === '"') i++;
      } else if (c === '"' || c === "'") quote = c;
      else if (c === escape && !continuesLine(text, i, escape)) i++;
      else if (isBlank(c) || c === escape) break;
      i++;
    }
    if (i > start) words.push({ text: text.slice(start, Math.min(i, span.end)), span: { start, end: Math.min(i, span.end) } });
    i = skipToArguments(text, i, span.end, escape);
    while (i < span.end && isBlank(text[i]!)) i = skipToArguments(text, i + 1, span.end, escape);
  }
  return words;
}

/**
 * Where the text goes on after the continuing escape character at `at`: the next line that BuildKit
 * keeps (blank and comment lines dropped), at its start, since its indentation stays.
 */
function continuedLineStart(text: string, at: number, end: number, escape: string): number {
  let next = skipToArguments(text, at, end, escape);
  while (next > at + 1 && (text[next - 1] === ' ' || text[next - 1] === '\t')) next--;
  return next;
}

/** A stretch of an instruction as BuildKit joins it: escaped line breaks and the lines it drops removed. */
function joinedText(text: string, span: Span, escape: string): string {
  let out = '';
  let from = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (!continuesLine(text, i, escape)) continue;
    out += text.slice(from, i);
    from = continuedLineStart(text, i, span.end, escape);
    i = from - 1;
  }
  return out + text.slice(from, span.end);
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
