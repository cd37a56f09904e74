import type { Finding, LintResult } from '../../src/engine/types.js';
import type { Fix } from '../../src/rule.js';
import type { FileReport } from '../../src/format/types.js';
import { LineIndex } from '../../src/text.js';

/** A finding over the first occurrence of `needle` in `text` (or the given span). */
export function finding(text: string, needle: string | { start: number; end: number }, extra: Partial<Finding> & { fix?: Fix } = {}): Finding {
  const start = typeof needle === 'string' ? text.indexOf(needle) : needle.start;
  if (start < 0) throw new Error(`${String(needle)} not in text`);
  const end = typeof needle === 'string' ? start + needle.length : needle.end;
  const index = new LineIndex(text);
  return {
    ruleId: 'upstream-package-source',
    messageId: 'upstream',
    severity: 'warning',
    message: 'Repository is not a hardened source',
    span: { start, end },
    start: index.position(start),
    end: index.position(end),
    ...extra,
  };
}

export function report(path: string, text: string, findings: Finding[], rest: Partial<LintResult> = {}): FileReport {
  return { path, text, result: { findings, secretSpans: [], ...rest } };
}
