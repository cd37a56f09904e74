/** Inputs refused before parsing: binaries, oversized files, over-long lines. */

export const DEFAULT_MAX_SIZE = 1024 * 1024;
/**
 * The longest physical line BuildKit reads, in UTF-8 bytes without its LF: its parser scans lines
 * with bufio.Scanner, whose 64 KiB buffer must hold the line and its LF. A logical line joined from
 * continued lines has no limit.
 */
export const MAX_LINE_BYTES = 64 * 1024 - 1;

export function checkInput(text: string, maxSize = DEFAULT_MAX_SIZE): string | null {
  if (text.length > maxSize) return `file is larger than ${Math.round(maxSize / 1024)} KB (the size cap)`;
  if (text.includes('\u0000')) return 'file is binary (it contains NUL bytes)';
  let replacement = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replacement++;
  if (replacement > 8 && replacement * 50 > text.length) return 'file is not UTF-8 text';
  const long = overlongLine(text);
  if (long !== -1) return `line ${long + 1} is longer than ${MAX_LINE_BYTES} bytes (BuildKit refuses a line of 64 KiB)`;
  return null;
}

/** The index of the first line (split at LF; a CR is part of the line) over MAX_LINE_BYTES, or -1. */
function overlongLine(text: string): number {
  // A UTF-16 unit is at most 3 bytes (a surrogate pair, 2 units, is 4): short lines need no count.
  if (text.length * 3 <= MAX_LINE_BYTES) return -1;
  let line = 0;
  for (let start = 0; start <= text.length; line++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if ((end - start) * 3 > MAX_LINE_BYTES && utf8Length(text, start, end) > MAX_LINE_BYTES) return line;
    start = end + 1;
  }
  return -1;
}

function utf8Length(text: string, start: number, end: number): number {
  let bytes = end - start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // +1 for U+0080–U+07FF, +2 for the rest of the BMP; each half of a surrogate pair adds 1 (4 in all).
    if (c >= 0x80) bytes += c < 0x800 ? 1 : c >= 0xd800 && c <= 0xdfff ? 1 : 2;
    if (bytes > MAX_LINE_BYTES) return bytes;
  }
  return bytes;
}
