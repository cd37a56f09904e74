import type { LintResult } from '../engine/types.js';
import type { LineSource } from '../text.js';

/** One linted file, as every formatter receives it. */
export interface FileReport {
  /** The path as the user should see it. */
  path: string;
  /** The file's text, for code frames and line/column of fix edits; never printed unredacted. */
  text?: string;
  /** In place of `text` once it is dropped: the lines and offsets the formats print (see `retainReport`). */
  excerpt?: LineSource;
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

export type Formatter = (results: FileReport[], options: FormatOptions) => string;
