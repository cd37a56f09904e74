/**
 * The fix step of the CLI: fix each linted file's text, then write it (`--fix`), print it (`--stdin
 * --fix`) or show the unified diff (`--diff`). A file that could not be linted is never touched.
 */
import { fixText } from '../fix/apply.js';
import { deadlineIn, type Deadline } from '../engine/budget.js';
import fs from 'node:fs';
import path from 'node:path';
import { maskedDiff } from '../fix/diff.js';
import { maskerFor } from '../format/safe-text.js';
import { writeAtomically, WriteError } from '../fix/write.js';
import type { LintFn, LintedFile } from './lint-files.js';
import type { FileConfig } from '../config/types.js';

export interface FixRequest {
  unsafe: boolean;
  only: string[];
  maxSize: number;
  /**
   * Time budget per file in ms (`--timeout`). The fix passes and the re-lint after them run on
   * what is left of the budget the file's lint began (`LintedFile.deadline`); only a file linted
   * without one gets fresh budgets of this length.
   */
  timeout?: number;
  lint: LintFn;
}

export interface FixedFile {
  file: LintedFile;
  /** Text after fixing (equal to the input when nothing applied, or when it may not be written). */
  output: string;
  fixed: number;
  /** Why fixing stopped early or the file was not written. */
  note?: string;
  diff: string;
}

/** `absPath`: the file on disk (null for standard input), which names it in the diff from its repository's root. */
export function fixOne(file: LintedFile, config: FileConfig, request: FixRequest, absPath: string | null = null): FixedFile {
  if (file.text === undefined || file.result.error !== undefined) return { file, output: file.text ?? '', fixed: 0, diff: '' };
  // One budget for all the file costs: the lint's, when it had one (as today otherwise).
  const budget = (): { deadline?: Deadline } => {
    const deadline = file.deadline ?? (request.timeout !== undefined ? deadlineIn(request.timeout) : undefined);
    return deadline === undefined ? {} : { deadline };
  };
  const outcome = fixText(file.text, {
    config: config.config,
    unsafe: request.unsafe,
    maxSize: request.maxSize,
    ...(request.only.length > 0 && { only: request.only }),
    ...budget(),
  });
  // Report every rule on the result, not only the rules that were fixed. Out of time, the text is
  // the one the lint reported on, and the spent budget would only fail a second lint.
  const unchanged = outcome.output === file.text && (request.only.length === 0 || outcome.outOfTime === true);
  const result =
    unchanged ? file.result : request.lint(outcome.output, { config: config.config, maxSize: request.maxSize, ...budget() });
  if (result.error !== undefined) {
    // The fixed text could not be checked (out of time, most likely): it is not written, printed
    // or shown as a diff, and the file gets an error, not a clean report it has not earned.
    const error = `the fixed text could not be checked, so the file is left as it was: ${result.error}`;
    return { file: { ...file, result: { ...file.result, findings: [], error } }, output: file.text, fixed: 0, diff: '' };
  }
  const fixed: FixedFile = {
    file: { ...file, text: outcome.output, result },
    output: outcome.output,
    fixed: outcome.applied.length,
    // The diff goes to a terminal or CI log like any report: a hunk that shows a secret is masked.
    diff: maskedDiff(patchPath(file.path, absPath), { text: file.text, masker: maskerFor(file.result, file.text) }, { text: outcome.output, masker: maskerFor(result, outcome.output) }),
  };
  if (outcome.outOfTime) fixed.note = `${outcome.problem}; nothing fixed, the file is left as it was`;
  else if (outcome.problem) fixed.note = outcome.problem;
  return fixed;
}

/** Write a fixed file in place; returns a one-line problem, or null when written (or unchanged). */
export function writeFixed(absPath: string, original: string, fixed: FixedFile): string | null {
  if (fixed.output === original) return null;
  try {
    writeAtomically(absPath, Buffer.from(original, 'utf8'), fixed.output);
    return null;
  } catch (err) {
    return err instanceof WriteError ? err.message : `could not write: ${(err as Error).message}`;
  }
}

/**
 * The file's path as a patch names it, for `git apply` and `patch -p1` run from the repository root:
 * relative to the nearest directory above it that holds `.git`, else as shown (relative to the
 * working directory), else, for a path outside it, the absolute path without its leading `/`.
 */
export function patchPath(display: string, absPath: string | null): string {
  if (absPath !== null) {
    for (let dir = path.dirname(absPath); ; dir = path.dirname(dir)) {
      if (fs.existsSync(path.join(dir, '.git'))) return path.relative(dir, absPath).split(path.sep).join('/');
      if (path.dirname(dir) === dir) break;
    }
  }
  const slashed = display.split(path.sep).join('/');
  return path.isAbsolute(display) ? slashed.replace(/^(?:[A-Za-z]:)?\/+/, '') : slashed.replace(/^(?:\.\/)+/, '');
}
