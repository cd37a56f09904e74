import type { LintResult } from '../engine/types.js';

/** One linted file, as every formatter receives it. */
export interface FileReport {
  /** The path as the user should see it. */
  path: string;
  /** The file's text, for code frames and line/column of fix edits; never printed unredacted. */
  text?: string;
  result: LintResult;
}

export interface FormatOptions {
  /** ANSI colours (decided by the caller: `--color`, `--no-color`, `NO_COLOR`, TTY). */
  color: boolean;
}

export type Formatter = (results: FileReport[], options: FormatOptions) => string;
