import type { LintedFile } from './lint-files.js';

/** What the CLI touches of its process, so tests can run it in-process. */
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  stdin: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Is stdout a terminal (colour by default)? */
  isTTY: boolean;
  /** Called with every file's report once a lint run (not `--fix` or `--diff`) has them (the Action's summary). */
  onLinted?: (files: LintedFile[]) => void;
  /**
   * Called with each file's report as the run keeps it, cut down to what the report prints, before
   * the next file is read (lint, `--fix` and `--diff`): tests check with it that texts are dropped.
   */
  onKept?: (file: LintedFile) => void;
}

/** The usage was wrong: printed with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export { packageRoot, packageVersion } from '../package.js';

export async function readAll(stream: CliIO['stdin']): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
