/**
 * Fingerprints that follow a finding across runs: built from the rule id and the text of the line it
 * starts on (redacted, whitespace collapsed), not from its line number, so edits elsewhere in the
 * file keep them; identical lines are told apart by an occurrence counter.
 */
import { createHash } from 'node:crypto';
import { NO_BUDGET } from '../engine/budget.js';
import type { LineSource } from '../text.js';
import { linesOf } from './location.js';
import { maskerFor } from './safe-text.js';
import type { FileReport } from './types.js';

export interface LineKey {
  /** SHA-256 (hex) of the rule id and the normalised line text. */
  hash: string;
  /** 1 for the first finding of this rule on a line with this text, 2 for the next, … */
  occurrence: number;
}

/** One key per finding of the file, in the same order; `tick` is the file's budget, `index` its lines when the caller has them. */
export function lineKeys(file: FileReport, tick: () => void = NO_BUDGET, index: LineSource | null = linesOf(file)): LineKey[] {
  const seen = new Map<string, number>();
  // Many findings can share a line (of up to 64 KiB): each line is normalised and hashed once per rule.
  const hashes = new Map<string, string>();
  return file.result.findings.map((f) => {
    tick();
    const line = f.start.line - 1;
    const onLine = index !== null && line < index.lineCount;
    const key = onLine ? `${f.ruleId}\n${line}` : null;
    let hash = key === null ? undefined : hashes.get(key);
    if (hash === undefined) {
      hash = sha256(`${f.ruleId}\n${normalisedLine(file, index, line, f.message)}`);
      if (key !== null) hashes.set(key, hash);
    }
    const occurrence = (seen.get(hash) ?? 0) + 1;
    seen.set(hash, occurrence);
    return { hash, occurrence };
  });
}

export function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

function normalisedLine(file: FileReport, index: LineSource | null, line: number, fallback: string): string {
  const masker = maskerFor(file.result, file.text);
  // Without the text (or past its end) the message stands in for the line.
  const shown = index && line < index.lineCount ? masker.slice(index.lineText(line), index.lineStart(line)) : masker.prose(fallback);
  return shown.replace(/\s+/g, ' ').trim();
}
