/**
 * What a report keeps of a linted file once its text is dropped: the lines the formats print (code
 * frames, fingerprint lines, a range's last line) and the positions of fix edits, so a run's memory
 * grows with its findings, not with the size of the tree.
 */
import { LineIndex, TextExcerpt } from '../text.js';
import { lastLine } from './location.js';
import { maskerFor } from './safe-text.js';
import { FRAME_LINES } from './stylish.js';
import type { FileReport } from './types.js';

export function retainReport<T extends FileReport>(file: T): T {
  if (file.text === undefined) return file;
  // Built from the text now, and kept with the result, for every later message about the file.
  maskerFor(file.result, file.text);
  const lines = new Set<number>();
  const offsets = new Set<number>();
  for (const f of file.result.findings) {
    const first = f.start.line - 1;
    for (let line = first; line <= Math.min(f.end.line - 1, first + FRAME_LINES - 1); line++) lines.add(line);
    lines.add(lastLine(f) - 1);
    for (const e of f.fix?.edits ?? []) offsets.add(e.start).add(e.end);
  }
  const { text, ...rest } = file;
  return { ...rest, excerpt: TextExcerpt.of(new LineIndex(text), lines, offsets) } as unknown as T;
}
