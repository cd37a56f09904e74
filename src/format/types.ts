import type { LintResult } from '../engine/types.js';

/** One linted file, as every formatter receives it. */
export interface FileReport {
  /** The path as the user should see it. */
  path: string;
  /**
   * The file's text, for code frames and line/column of fix edits; never printed unredacted. The
   * CLI drops it once the file's part of the report is written (see `ReportWriter`).
   */
  text?: string;
  result: LintResult;
  /**
   * How many problems `--fix` fixes in the file, counted by running the fixer (a fix can make
   * another one safe, so this may exceed the findings with a safe fix); absent when not counted.
   */
  fixable?: number;
}

export interface FormatOptions {
  /** ANSI colours (decided by the caller: `--color`, `--no-color`, `NO_COLOR`, TTY). */
  color: boolean;
}

/** A whole report at once, from every file's report (tests, and callers that hold all files). */
export type Formatter = (results: FileReport[], options: FormatOptions) => string;

/**
 * A report made file by file, the way the CLI makes it: each file's part is formatted as soon as
 * the file is linted, on what is left of that file's budget, so `--timeout` bounds its formatting
 * too and the file's text can be dropped at once. `end` only joins the parts and adds totals.
 */
export interface ReportWriter {
  /**
   * Format one file's part. `tick` is the file's budget (see `budgetTick`): when it throws, nothing
   * of the file is in the report, and the caller may add the file again (as an error) without one.
   */
  add(file: FileReport, tick?: () => void): void;
  /** The whole report; `files` are the files added, in order, for totals (stylish's summary). */
  end(files: readonly FileReport[]): string;
}

/** A format: a new writer for each report. */
export type ReportFormat = (options: FormatOptions) => ReportWriter;
