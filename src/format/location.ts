/** Where CI formats place a finding: its range as an editor shows it, and its path as a URI. */
import { pathToFileURL } from 'node:url';
import type { Finding } from '../engine/types.js';
import { LineIndex, type LineSource } from '../text.js';
import type { FileReport } from './types.js';

/** 1-based; `endColumn` is exclusive. */
export interface ShownRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/**
 * The finding's range, except that a range ending at the start of a line (it took the line break
 * with it) ends on the line before instead: code scanning would otherwise mark one line too many.
 */
export function shownRange(f: Pick<Finding, 'start' | 'end'>, index: LineSource | null): ShownRange {
  const range = { line: f.start.line, column: f.start.column, endLine: f.end.line, endColumn: f.end.column };
  if (index && lastLine(f) < f.end.line) {
    range.endLine = lastLine(f);
    range.endColumn = index.lineText(range.endLine - 1).length + 1;
    if (range.endLine === range.line) range.endColumn = Math.max(range.endColumn, range.column);
  }
  return range;
}

/** The last line the finding's range reaches into (1-based). */
export function lastLine(f: Pick<Finding, 'start' | 'end'>): number {
  return f.end.column === 1 && f.end.line > f.start.line ? f.end.line - 1 : f.end.line;
}

/** The path with forward slashes and no leading `./`, as CI systems match repository files. */
export function slashPath(p: string): string {
  return p.replace(/\\/g, '/').replace(/^(?:\.\/)+/, '');
}

export function isAbsolutePath(p: string): boolean {
  return p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\');
}

/** A relative path as a URI reference (each segment percent-encoded), or a `file:` URI for an absolute one. */
export function pathUri(p: string): string {
  if (isAbsolutePath(p)) return pathToFileURL(p).href;
  return slashPath(p)
    .split('/')
    .map((seg) => encodeURIComponent(seg).replace(/%40/g, '@').replace(/%2B/g, '+'))
    .join('/');
}

/** An index of the file's lines; null without its text. */
export function linesOf(file: FileReport): LineSource | null {
  return file.text === undefined ? null : new LineIndex(file.text);
}
