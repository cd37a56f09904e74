/** Unified diffs of a fix, for `--diff` and snapshot fixtures. */
import { createTwoFilesPatch, FILE_HEADERS_ONLY, formatPatch, structuredPatch, type StructuredPatchHunk } from 'diff';
import type { Masker } from '../model/redaction.js';
import { isUnsafe, printable } from '../format/safe-text.js';
import { maskShapes } from '../model/redaction.js';

/** The diff of two texts as they are (fixture snapshots: test data, never a user's secret). */
export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', { context: 3 })
    .split('\n')
    .filter((l) => !l.startsWith('==='))
    .join('\n');
}

/** A text with the masker of its secrets. */
export interface DiffSide {
  text: string;
  masker: Masker;
}

/**
 * The diff `--diff` prints, which `git apply` and `patch -p1` apply from the repository root. A hunk
 * whose lines hold a secret (or a control character that would drive the terminal) is printed
 * masked, as `#` comment lines both tools skip, after the file's other hunks: only it is left out,
 * and the line numbers of the hunks after it are those of a file it was not applied to.
 */
export function maskedDiff(path: string, before: DiffSide, after: DiffSide): string {
  if (before.text === after.text) return '';
  const patch = structuredPatch(`a/${path}`, `b/${path}`, before.text, after.text, '', '', { context: 3 });
  const oldStarts = lineStarts(before.text);
  const newStarts = lineStarts(after.text);
  const applied: StructuredPatchHunk[] = [];
  const withheld: string[] = [];
  let shift = 0;
  const pathHidden = maskShapes(path) !== path;
  for (const hunk of patch.hunks) {
    const shown = showHunk(hunk, before, after, oldStarts, newStarts);
    if (shown.clean && !pathHidden) {
      applied.push({ ...hunk, newStart: hunk.newStart - shift });
      continue;
    }
    shift += hunk.newLines - hunk.oldLines;
    const why = shown.clean ? 'is for a path that holds a secret' : shown.why;
    withheld.push(
      `# hardenfile: this hunk ${why}; it is shown masked and left out of the patch (hardenfile --fix applies it)`,
      `# @@ -${hunk.oldLines === 0 ? hunk.oldStart - 1 : hunk.oldStart},${hunk.oldLines} +${hunk.newLines === 0 ? hunk.newStart - 1 : hunk.newStart},${hunk.newLines} @@`,
      ...shown.lines.map((l) => `# ${l}`),
    );
  }
  const header = [`--- a/${printable(maskShapes(path))}`, `+++ b/${printable(maskShapes(path))}`];
  const out: string[] = [];
  if (applied.length > 0) out.push(formatPatch({ ...patch, hunks: applied }, FILE_HEADERS_ONLY).replace(/\n$/, ''));
  else out.push(...header.map((l) => `# ${l}`));
  out.push(...withheld);
  return `${out.join('\n')}\n`;
}

/** A hunk's lines masked and made printable; `clean` when they needed neither. */
function showHunk(hunk: StructuredPatchHunk, before: DiffSide, after: DiffSide, oldStarts: number[], newStarts: number[]): { clean: boolean; why: string; lines: string[] } {
  let oldLine = hunk.oldStart - 1;
  let newLine = hunk.newStart - 1;
  let secret = false;
  let control = false;
  const lines = hunk.lines.map((line) => {
    const mark = line[0]!;
    if (mark === '\\') return line;
    const side = mark === '+' ? after : before;
    const start = mark === '+' ? newStarts[newLine]! : oldStarts[oldLine]!;
    if (mark !== '+') oldLine++;
    if (mark !== '-') newLine++;
    const content = line.slice(1);
    // The \r of a CRLF line ending stays: it is part of the text the patch must match.
    const body = content.endsWith('\r') ? content.slice(0, -1) : content;
    if (side.masker.touches(start, start + body.length) || side.masker.value(body) !== body) secret = true;
    for (let i = 0; i < body.length && !control; i++) if (isUnsafe(body.charCodeAt(i)) && body[i] !== '\t') control = true;
    return mark + printable(side.masker.slice(body, start));
  });
  const why = secret && control ? 'holds a secret and control characters' : secret ? 'holds a secret' : 'holds control characters';
  return { clean: !secret && !control, why, lines };
}

/** Offsets where the lines of `text` start, split at \n as diffs split them. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}
