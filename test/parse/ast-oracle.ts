/**
 * The Dockerfile layer: dockerfile-ast for instruction boundaries, flags and heredocs, with every
 * range converted once to UTF-16 offsets. Values are sliced from the text here, never taken from
 * dockerfile-ast's escape-processed argument values (PARSING.md).
 */
import { DockerfileParser, type Instruction } from 'dockerfile-ast';

/** dockerfile-ast's LSP range (line/character). */
export type Range = ReturnType<Instruction['getRange']>;
import { LineIndex } from '../../src/text.js';
import type { Span } from '../../src/parse/shell-types.js';

export interface RawFlag {
  name: string;
  value: string | null;
  span: Span;
  valueSpan: Span | null;
  options: { name: string; value: string | null; span: Span; valueSpan: Span | null }[];
}

export interface RawHeredoc {
  name: string;
  /** The `<<EOF` marker on the header line. */
  startSpan: Span;
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
  node: Instruction;
}

export interface ParsedDockerfile {
  text: string;
  lines: LineIndex;
  escape: string;
  syntax: string | null;
  instructions: RawInstruction[];
  comments: { span: Span; text: string }[];
  /** Converts a dockerfile-ast range to offsets. */
  toSpan(range: Range): Span;
}

const FLAGGED = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK', 'ONBUILD']);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'ONBUILD']);

export function parseDockerfile(text: string): ParsedDockerfile {
  const lines = new LineIndex(text);
  const ast = DockerfileParser.parse(text);
  const span = (r: Range): Span => ({ start: lines.offsetAt(r.start.line, r.start.character), end: lines.offsetAt(r.end.line, r.end.character) });
  const escape = ast.getEscapeCharacter();
  let syntax: string | null = null;
  for (const d of ast.getDirectives()) if (d.getName().toLowerCase() === 'syntax') syntax = d.getValue();

  const convert = (node: Instruction): RawInstruction => {
    const keyword = node.getKeyword().toUpperCase();
    const flagged = node as Instruction & { getFlags?: () => import('dockerfile-ast').Flag[] };
    const whole = span(node.getRange());
    // dockerfile-ast re-reads the arguments on each of these calls: ask only where they can exist.
    const mayHaveFlags = FLAGGED.has(keyword) && text.slice(whole.start, whole.end).includes('--');
    const flags: RawFlag[] = (mayHaveFlags ? (flagged.getFlags?.() ?? []) : []).map((f) => ({
      name: f.getName(),
      value: f.getValue(),
      span: span(f.getRange()),
      valueSpan: f.getValueRange() ? span(f.getValueRange()!) : null,
      options: f.getOptions().map((o) => ({
        name: o.getName(),
        value: o.getValue(),
        span: span(o.getRange()),
        valueSpan: o.getValueRange() ? span(o.getValueRange()!) : null,
      })),
    }));
    const withHeredocs = node as Instruction & { getHeredocs?: () => import('dockerfile-ast').Heredoc[] };
    const mayHaveHeredocs = HEREDOC_KEYWORDS.has(keyword) && text.slice(whole.start, whole.end).includes('<<');
    const heredocs: RawHeredoc[] = (mayHaveHeredocs ? (withHeredocs.getHeredocs?.() ?? []) : []).map((h) => ({
      name: h.getName(),
      startSpan: span(h.getStartRange()),
      contentSpan: h.getContentRange() ? span(h.getContentRange()!) : null,
      endSpan: h.getDelimiterRange() ? span(h.getDelimiterRange()!) : null,
    }));
    const argsRange = node.getArgumentsRange();
    let argsSpan = argsRange ? span(argsRange) : null;
    // Flags are part of dockerfile-ast's argument range; the arguments proper start after the last flag.
    const lastFlag = flags.at(-1);
    if (argsSpan && lastFlag) {
      const start = skipToArguments(text, lastFlag.span.end, argsSpan.end, escape);
      argsSpan = start < argsSpan.end ? { start, end: argsSpan.end } : null;
    }
    // Heredoc bodies reach past dockerfile-ast's instruction range on some inputs; take the widest.
    for (const h of heredocs) whole.end = Math.max(whole.end, h.endSpan?.end ?? h.contentSpan?.end ?? whole.end);
    const args = argsSpan ? splitWords(text, argsSpan, escape, heredocs.length > 0) : [];
    let trigger: RawInstruction | null = null;
    if (keyword === 'ONBUILD') {
      const t = (node as Instruction & { getTriggerInstruction?: () => Instruction | null }).getTriggerInstruction?.();
      if (t) trigger = convert(t);
    }
    return { keyword, span: whole, keywordSpan: span(node.getInstructionRange()), argsSpan, args, flags, heredocs, trigger, node };
  };

  const instructions = ast.getInstructions().map(convert);
  const comments = ast.getComments().map((c) => {
    const s = span(c.getRange());
    return { span: s, text: text.slice(s.start, s.end) };
  });
  return { text, lines, escape, syntax, instructions, comments, toSpan: span };
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
    if (c === '\n' || c === '\r') {
      if (headerOnly) break;
      i++;
      atLineStart = true;
      continue;
    }
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (atLineStart && c === '#') {
      while (i < span.end && text[i] !== '\n') i++;
      continue;
    }
    atLineStart = false;
    if (c === escape && /^[ \t]*\r?(\n|$)/.test(text.slice(i + 1, i + 80))) {
      i++;
      while (i < span.end && text[i] !== '\n') i++;
      continue;
    }
    const start = i;
    while (i < span.end && !/[\s]/.test(text[i]!)) i++;
    words.push({ text: text.slice(start, i), span: { start, end: i } });
  }
  return words;
}

/**
 * From the end of an instruction's flags to its first argument: blanks, escaped line breaks, and
 * the comment and blank lines BuildKit drops inside a continuation.
 */
export function skipToArguments(text: string, from: number, end: number, escape: string): number {
  let s = from;
  for (;;) {
    while (s < end && (text[s] === ' ' || text[s] === '\t')) s++;
    const rest = /^[ \t]*\r?\n/.exec(text.slice(s + 1, s + 200));
    if (s >= end || text[s] !== escape || !rest) return s;
    s += 1 + rest[0].length;
    // Whole comment or blank lines after a continuation belong to nothing.
    for (;;) {
      const line = /^[ \t]*(?:#[^\n]*)?\r?\n/.exec(text.slice(s, Math.min(end, s + 65536)));
      if (!line || s + line[0].length > end) break;
      s += line[0].length;
    }
  }
}
