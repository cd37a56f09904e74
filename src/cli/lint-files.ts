/** Reading and linting one file at a time; whatever goes wrong becomes that file's error. */
import fs from 'node:fs';
import type { LintOptions } from '../engine/lint.js';
import { deadlineIn, type Deadline } from '../engine/budget.js';
import type { LintResult } from '../engine/types.js';
import type { FileConfig } from '../config/types.js';
import type { FileReport } from '../format/types.js';
import type { ActiveSeverity } from '../rule.js';

export type LintFn = (text: string, options: LintOptions) => LintResult;

/** A file's report plus what decides the exit code for it. */
export interface LintedFile extends FileReport {
  failLevel: ActiveSeverity;
  /** Stack of an internal error, printed with --debug. */
  stack?: string;
  /**
   * The file's time budget, set when its lint began: the passes after the lint (counting or
   * applying fixes, cutting the report down) run on what is left of it, so `--timeout` bounds
   * all a file costs, not each pass.
   */
  deadline?: Deadline;
}

export interface LintFileOptions {
  /** Size cap in bytes (checked before reading) and UTF-16 units (the engine's check). */
  maxSize: number;
  /** Time budget per file in ms (`--timeout`); none when absent. */
  timeout?: number;
  lint: LintFn;
  /** The budget the lint already ran on (in a worker); a new one from `timeout` when absent. */
  deadline?: Deadline;
}

export function errorReport(path: string, error: string, failLevel: ActiveSeverity = 'warning'): LintedFile {
  return { path, result: { findings: [], secretSpans: [], error }, failLevel };
}

/**
 * Read a file as UTF-8 (invalid bytes become U+FFFD, a BOM stays) within the size cap. Opened
 * without blocking and checked on the open descriptor: a FIFO put in a regular file's place is
 * refused, never read (reading one waits for a writer forever).
 */
export function readText(file: string, maxSize: number): { text: string } | { error: string } {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (err) {
    return { error: ioMessage(err) };
  }
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { error: 'is a directory' };
    if (!stat.isFile()) return { error: 'not a regular file' };
    if (stat.size > maxSize) return { error: tooLarge(stat.size, maxSize) };
    return decode(fs.readFileSync(fd), maxSize);
  } catch (err) {
    return { error: ioMessage(err) };
  } finally {
    fs.closeSync(fd);
  }
}

export function decode(bytes: Buffer, maxSize: number): { text: string } | { error: string } {
  if (bytes.length > maxSize) return { error: tooLarge(bytes.length, maxSize) };
  return { text: bytes.toString('utf8') };
}

function tooLarge(size: number, max: number): string {
  return `file is ${size} bytes, over the size cap of ${max} bytes (--max-size)`;
}

export function lintOne(display: string, source: { text: string } | { error: string }, config: FileConfig, options: LintFileOptions): LintedFile {
  if ('error' in source) return errorReport(display, source.error, config.failLevel);
  const deadline = options.deadline ?? (options.timeout !== undefined ? deadlineIn(options.timeout) : undefined);
  try {
    const result = options.lint(source.text, { config: config.config, maxSize: options.maxSize, ...(deadline && { deadline }) });
    return { path: display, text: source.text, result, failLevel: config.failLevel, ...(deadline && { deadline }) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const report = errorReport(display, `internal error: ${e.message} (run with --debug for details)`, config.failLevel);
    if (e.stack !== undefined) report.stack = e.stack;
    return report;
  }
}

function ioMessage(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    default:
      return `cannot read: ${e.message}`;
  }
}
