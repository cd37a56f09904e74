/**
 * The ground floor every layer stands on: ranges of the file text, and offsets ↔ line/column.
 * Lines split at \n, \r\n and a lone \r, as editors and LSP do (BuildKit breaks at \n only:
 * parse/dockerfile.ts). This file imports nothing of the project.
 */

/** A stretch of the original file text in UTF-16 units, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

/** 1-based line and column (UTF-16 units); an end position is exclusive. */
export interface Position {
  line: number;
  column: number;
}

/** What formats read of a file's text: its lines and the positions of offsets. */
export interface LineSource {
  readonly lineCount: number;
  /** Offset of a 0-based line's first character. */
  lineStart(line: number): number;
  lineText(line: number): string;
  /** 1-based position of an offset. */
  position(offset: number): Position;
}

export class LineIndex implements LineSource {
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
    }
    this.starts = starts;
  }

  /** 0-based line of an offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** Offset of a 0-based line and character (LSP style). */
  offsetAt(line: number, character: number): number {
    if (line >= this.starts.length) return this.text.length;
    return Math.min(this.starts[line]! + character, this.text.length);
  }

  /** 1-based position of an offset. */
  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line: line + 1, column: offset - this.starts[line]! + 1 };
  }

  /** End offset of a 0-based line, before its line break. */
  lineEnd(line: number): number {
    const next = this.starts[line + 1];
    let end = next === undefined ? this.text.length : next;
    if (end > 0 && this.text[end - 1] === '\n') end--;
    if (end > 0 && this.text[end - 1] === '\r') end--;
    return Math.max(end, this.starts[line]!);
  }

  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }

  lineStart(line: number): number {
    return this.starts[line]!;
  }

  get lineCount(): number {
    return this.starts.length;
  }
}

/** The line break the text uses most (CRLF files stay CRLF). */
export function detectEol(text: string): string {
  const crlf = text.split('\r\n').length - 1;
  const lf = text.split('\n').length - 1 - crlf;
  return crlf > lf ? '\r\n' : '\n';
}
