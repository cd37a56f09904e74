/** Inputs refused before parsing: binaries, oversized files, over-long logical lines. */

export const DEFAULT_MAX_SIZE = 1024 * 1024;
/** BuildKit refuses a logical line longer than this. */
export const MAX_LOGICAL_LINE = 64 * 1024;

export function checkInput(text: string, maxSize = DEFAULT_MAX_SIZE): string | null {
  if (text.length > maxSize) return `file is larger than ${Math.round(maxSize / 1024)} KB (the size cap)`;
  if (text.includes('\u0000')) return 'file is binary (it contains NUL bytes)';
  let replacement = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) replacement++;
  if (replacement > 8 && replacement * 50 > text.length) return 'file is not UTF-8 text';
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      // A line continued by the escape character is part of the same logical line.
      const prev = text.slice(Math.max(0, i - 2), i).trimEnd();
      if (!prev.endsWith('\\') && !prev.endsWith('`')) run = 0;
    } else if (++run > MAX_LOGICAL_LINE) {
      return `a logical line is longer than ${MAX_LOGICAL_LINE / 1024} KB (BuildKit refuses it)`;
    }
  }
  return null;
}
