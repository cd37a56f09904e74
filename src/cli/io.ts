import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the CLI touches of its process, so tests can run it in-process. */
export interface CliIO {
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown };
  stdin: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Is stdout a terminal (colour by default)? */
  isTTY: boolean;
}

/** The usage was wrong: printed with a pointer to `--help`, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

let root: string | null = null;

/**
 * The package's root (the directory holding package.json), found by walking up from this module:
 * `src/cli` under vitest, `dist/src/cli` once compiled.
 */
export function packageRoot(): string {
  if (root !== null) return root;
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return (root = dir);
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('cannot find the hardenfile package root (package.json)');
    dir = parent;
  }
}

export function packageVersion(): string {
  const pkg = JSON.parse(fs.readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? 'unknown';
}

export async function readAll(stream: CliIO['stdin']): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}
