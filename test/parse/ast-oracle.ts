/**
 * The Dockerfile layer as it was built on dockerfile-ast, kept as the oracle of
 * test/parse/dockerfile.test.ts: every range converted from dockerfile-ast's line/character form.
 */
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { LineIndex } from '../../src/text.js';
import type { Span } from '../../src/parse/shell-types.js';
import { splitWords, type RawFlag, type RawHeredoc, type RawInstruction } from '../../src/parse/dockerfile.js';

/** dockerfile-ast's LSP range (line/character). */
export type Range = ReturnType<Instruction['getRange']>;

export interface AstInstruction extends Omit<RawInstruction, 'trigger'> {
  trigger: AstInstruction | null;
  node: Instruction;
}

export interface AstParsed {
  text: string;
  lines: LineIndex;
  escape: string;
  syntax: string | null;
  instructions: AstInstruction[];
  comments: { span: Span; text: string }[];
  /** Converts a dockerfile-ast range to offsets. */
  toSpan(range: Range): Span;
}

const FLAGGED = new Set(['FROM', 'RUN', 'COPY', 'ADD', 'HEALTHCHECK', 'ONBUILD']);
const HEREDOC_KEYWORDS = new Set(['RUN', 'COPY', 'ADD', 'ONBUILD']);

export function parseWithAst(text: string): AstParsed {
  const lines = new LineIndex(text);
  const ast = DockerfileParser.parse(text);
  const span = (r: Range): Span => ({ start: lines.offsetAt(r.start.line, r.start.character), end: lines.offsetAt(r.end.line, r.end.character) });
  const escape = ast.getEscapeCharacter();
  let syntax: string | null = null;
  for (const d of ast.getDirectives()) if (d.getName().toLowerCase() === 'syntax') syntax = d.getValue();

  const convert = (node: Instruction): AstInstruction => {
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
      // dockerfile-ast does not say; BuildKit expands unless the delimiter has quotes.
      expand: !/["']/.test(text.slice(span(h.getStartRange()).start, span(h.getStartRange()).end)),
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
    let trigger: AstInstruction | null = null;
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
 * From the end of a flag to the next word: blanks, escaped line breaks, and the comment and blank
 * lines BuildKit drops inside a continuation.
 */
function skipToArguments(text: string, from: number, end: number, escape: string): number {
  const continuesLine = (at: number) => {
    if (text[at] !== escape || text[at - 1] === escape) return false;
    let i = at + 1;
    while (text[i] === ' ' || text[i] === '\t') i++;
    while (text[i] === '\r') i++;
    return i >= text.length || text[i] === '\n';
  };
  let s = from;
  for (;;) {
    while (s < end && (text[s] === ' ' || text[s] === '\t')) s++;
    if (s >= end || !continuesLine(s)) return s;
    s++;
    while (s < end && text[s] !== '\n') s++;
    s++;
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
