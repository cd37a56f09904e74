/** What the formats share to be written file by file (see `ReportWriter`). */
import type { FileReport, FormatOptions, ReportFormat } from './types.js';
import { terminalSafeJson } from './safe-text.js';

/** The whole-report function of a format: every file added without a budget. */
export function formatAll(format: ReportFormat): (results: FileReport[], options?: FormatOptions) => string {
  return (results, options = { color: false }) => {
    const writer = format(options);
    for (const file of results) writer.add(file);
    return writer.end(results);
  };
}

/** A hole's one element in the stringified layout: U+0000 (which JSON writes escaped) starts no real value. */
const HOLE_LINE = /\[\n( *)"\\u0000hole:([^"]*)"\n( *)\]/g;
const mark = (name: string): string[] => [`\u0000hole:${name}`];

/**
 * A JSON document (`JSON.stringify(doc, null, 2)`, terminal-safe) whose big arrays are filled element
 * by element: `item` writes one element as it stands in the document, indented for its depth, so the
 * costly part (stringifying a file's findings) is done in that file's turn, and `text` only splices
 * the written elements into the rest. The output is byte for byte what stringifying the whole
 * document gives.
 */
export class JsonDocument<Hole extends string> {
  private readonly indents = new Map<string, string>();

  /** `layout(hole)` builds the document with `hole(name)` in place of each array to fill. */
  constructor(private readonly layout: (hole: (name: Hole) => unknown[]) => unknown) {
    for (const m of JSON.stringify(layout(mark), null, 2).matchAll(HOLE_LINE)) this.indents.set(m[2]!, m[1]!);
  }

  /** One element of the array `name`, as it stands in the document (without its comma). */
  item(name: Hole, value: unknown): string {
    const indent = this.indents.get(name);
    if (indent === undefined) throw new Error(`no array ${name} in the JSON layout`);
    return indent + terminalSafeJson(JSON.stringify(value, null, 2)).replace(/\n/g, `\n${indent}`);
  }

  /** The document with each array filled with its elements in order (the layout is built again: values known only at the end go in). */
  text(items: Record<Hole, readonly string[]>): string {
    const marked = terminalSafeJson(JSON.stringify(this.layout(mark), null, 2));
    return `${marked.replace(HOLE_LINE, (_, _indent: string, name: Hole, close: string) => {
      const parts = items[name];
      return parts.length === 0 ? '[]' : `[\n${parts.join(',\n')}\n${close}]`;
    })}\n`;
  }
}
