/** Each linted file's part of the report, formatted in the file's turn and on its budget. */
import { BudgetExceeded, budgetTick } from '../engine/budget.js';
import type { ReportWriter } from '../format/types.js';
import { maskerFor } from '../format/safe-text.js';
import type { LintedFile } from './lint-files.js';

/**
 * Add the file's part to the report on what is left of its budget (`--timeout` bounds its formatting
 * too), and return the file as the report has it. Out of time, that is the file as a lint out of
 * time is reported (the budget's error, no findings); a format that fails on the file gives it an
 * internal error. Either way the other files' parts stand. Without a report (`--diff`) the file
 * is returned as it is.
 */
export function addPart(report: ReportWriter | null, file: LintedFile): LintedFile {
  if (report === null) return file;
  try {
    report.add(file, budgetTick(file.deadline));
    return file;
  } catch (err) {
    const kept = failed(file, err);
    report.add(kept);
    return kept;
  }
}

/**
 * What is kept of a file once its part is written: what the summary, the exit code and later
 * messages need (the result, its masker made now from the text), never the text.
 */
export function withoutText(file: LintedFile): LintedFile {
  maskerFor(file.result, file.text);
  const { text: _text, ...rest } = file;
  return rest;
}

/** `addPart`, then `withoutText`. */
export function addToReport(report: ReportWriter | null, file: LintedFile): LintedFile {
  return withoutText(addPart(report, file));
}

function failed(file: LintedFile, err: unknown): LintedFile {
  const e = err instanceof Error ? err : new Error(String(err));
  const error = err instanceof BudgetExceeded ? err.message : `internal error: ${e.message} (run with --debug for details)`;
  // The file's secrets stay known: its error is printed through the same masker.
  const result = { findings: [], secretSpans: file.result.secretSpans, ...(file.result.secretValues && { secretValues: file.result.secretValues }), error };
  maskerFor(result, file.text);
  const out: LintedFile = { path: file.path, result, failLevel: file.failLevel };
  if (!(err instanceof BudgetExceeded) && e.stack !== undefined) out.stack = e.stack;
  return out;
}
