/** Unified diffs of a fix, for `--diff` and snapshot fixtures. */
import { createTwoFilesPatch } from 'diff';

export function unifiedDiff(path: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${path}`, `b/${path}`, before, after, '', '', { context: 3 })
    .split('\n')
    .filter((l) => !l.startsWith('==='))
    .join('\n');
}
