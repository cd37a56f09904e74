/**
 * Writing a fixed file without ever leaving a mix of old and new: a temp file in the same directory,
 * then rename over the original. The original's mode is kept; a symlink's target is written (the link
 * stays); the write is refused if the file changed on disk since it was read.
 */
import { chmodSync, closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export class WriteError extends Error {}

/**
 * Replace `path`'s content with `next`, provided it still holds `expected` (the text the fix was
 * computed from). Throws WriteError with a one-line reason; the original is intact on any failure.
 */
export function writeAtomically(path: string, expected: Buffer, next: string): void {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (e) {
    throw new WriteError(`cannot resolve the file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
  const current = readFileSync(target);
  if (!current.equals(expected)) throw new WriteError('the file changed on disk since it was read; not written');
  const mode = statSync(target).mode & 0o7777;
  const temp = join(dirname(target), `.${basename(target)}.hardenfile-${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', mode);
    const data = Buffer.from(next, 'utf8');
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    chmodSync(temp, mode);
    // Last check right before the rename: another writer may have been faster.
    if (!readFileSync(target).equals(expected)) throw new WriteError('the file changed on disk while fixing; not written');
    renameSync(temp, target);
  } catch (e) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // the temp file was never created or is already renamed
    }
    if (e instanceof WriteError) throw e;
    throw new WriteError(`could not write the fixed file: ${(e as NodeJS.ErrnoException).code ?? String(e)}`);
  }
}
