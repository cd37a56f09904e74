/**
 * Writing a fixed file so that nothing the user had is lost: not the text of another writer, not
 * the file's owner, group, mode, extended attributes or ACLs, not its other hard links.
 *
 * The usual way is a temp file in the same directory that gets the original's attributes and is
 * then renamed over it, so a reader sees the old text or the new one, never a mix. When the temp
 * file cannot get them all (the process may not chown it, the attributes cannot be copied, or the
 * file has other hard links, which a rename would split off), the file is written in place through
 * its own inode, after a backup of the original that is read back before the file is touched.
 * A symlink's target is written (the link stays). The write is refused when the file changed on
 * disk since it was read, checked once more right before the rename and once after it.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  fchmodSync,
  fchownSync,
  fstatSync,
  fsyncSync,
  ftruncateSync,
  lstatSync,
  openSync,
  readSync,
  realpathSync,
  renameSync,
  unlinkSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export class WriteError extends Error {}

/** The temp file could not be given everything the original has: write in place instead. */
class CannotKeep extends Error {}

/** How the file was written: renamed over (`replaced`) or through its inode (`in-place`). */
export type WriteMethod = 'replaced' | 'in-place';

const CHANGED_BEFORE = 'the file changed on disk since it was read; not written';
const CHANGED_DURING = 'the file changed on disk while fixing; not written';
/** Longest file name most file systems take (NAME_MAX), in bytes. */
const NAME_MAX = 255;

/**
 * Replace `path`'s content with `next`, provided it still holds `expected` (the text the fix was
 * computed from). Throws WriteError with a one-line reason; the original is intact on any failure.
 */
export function writeAtomically(path: string, expected: Buffer, next: string): WriteMethod {
  let target: string;
  try {
    target = realpathSync(path);
  } catch (e) {
    throw new WriteError(`cannot resolve the file: ${code(e)}`);
  }
  let fd: number;
  try {
    fd = openSync(target, 'r');
  } catch (e) {
    throw new WriteError(`could not write the fixed file: ${code(e)}`);
  }
  try {
    const before = fstatSync(fd);
    if (!readAll(fd).equals(expected)) throw new WriteError(CHANGED_BEFORE);
    const data = Buffer.from(next, 'utf8');
    if (before.nlink === 1) {
      try {
        replace(target, fd, before, expected, data);
        return 'replaced';
      } catch (e) {
        if (!(e instanceof CannotKeep)) throw e;
      }
    }
    writeInPlace(target, before, expected, data);
    return 'in-place';
  } catch (e) {
    if (e instanceof WriteError) throw e;
    throw new WriteError(`could not write the fixed file: ${code(e)}`);
  } finally {
    closeSync(fd);
  }
}

/** The temp-file-and-rename write; CannotKeep when the temp file cannot get the original's attributes. */
function replace(target: string, fd: number, before: Stats, expected: Buffer, data: Buffer): void {
  const temp = tempName(target, 'tmp');
  const tfd = openSync(temp, 'wx', 0o600);
  let renamed = false;
  try {
    writeAll(tfd, data);
    keepAttributes(target, temp, tfd, before);
    fsyncSync(tfd);
    // Last check right before the rename: another writer may have been faster.
    if (!unchanged(target, fd, before, expected)) throw new WriteError(CHANGED_DURING);
    renameSync(temp, target);
    renamed = true;
    // A writer that still held the old file open may have written to it in the moment between the
    // check and the rename: its text would be lost with the old inode, so it is put back.
    if (!unchanged(null, fd, before, expected)) {
      putBack(target, tfd, fd, before);
      throw new WriteError(CHANGED_DURING);
    }
    syncDirectory(target);
  } finally {
    closeSync(tfd);
    if (!renamed) removeQuietly(temp);
  }
}

/**
 * The old inode changed just around the rename: its text (the other writer's) goes back under the
 * file's name, with the same attributes, provided the name still holds the fixed text just written.
 */
function putBack(target: string, tfd: number, fd: number, before: Stats): void {
  const theirs = readAll(fd);
  const back = tempName(target, 'tmp');
  const bfd = openSync(back, 'wx', 0o600);
  try {
    writeAll(bfd, theirs);
    keepAttributes(target, back, bfd, before);
    fsyncSync(bfd);
    if (lstatSync(target).ino !== fstatSync(tfd).ino) throw new WriteError(`the file changed on disk while fixing; its other text is kept in ${basename(back)}`);
    renameSync(back, target);
  } catch (e) {
    if (e instanceof WriteError) throw e;
    throw new WriteError(`the file changed on disk while fixing; its other text is kept in ${basename(back)}`);
  } finally {
    closeSync(bfd);
  }
}

/**
 * Give the temp file the original's extended attributes and ACLs (copied by GNU cp, as Node has no
 * xattr calls), owner, group and mode, or throw CannotKeep. On Windows a file has none of these to
 * keep beyond what the directory gives it.
 */
function keepAttributes(target: string, temp: string, tfd: number, before: Stats): void {
  if (process.platform !== 'win32') {
    // --attributes-only leaves the temp file's text as written; mode carries the ACL, xattr the rest.
    const cp = spawnSync('cp', ['--attributes-only', '--preserve=mode,xattr', '--', target, temp], { stdio: 'ignore', timeout: 10_000 });
    if (cp.status !== 0) throw new CannotKeep('extended attributes');
    const now = fstatSync(tfd);
    if (now.uid !== before.uid || now.gid !== before.gid) {
      try {
        fchownSync(tfd, before.uid, before.gid);
      } catch {
        throw new CannotKeep('owner');
      }
    }
  }
  // After chown, which clears set-user-ID and set-group-ID bits.
  fchmodSync(tfd, before.mode & 0o7777);
  const now = fstatSync(tfd);
  if (process.platform !== 'win32' && (now.uid !== before.uid || now.gid !== before.gid || (now.mode & 0o7777) !== (before.mode & 0o7777))) throw new CannotKeep('owner or mode');
}

/**
 * Write through the file's own inode, which keeps everything about it: a backup of the original
 * first, read back before the file is touched, kept (and named) if anything goes wrong after.
 */
function writeInPlace(target: string, before: Stats, expected: Buffer, data: Buffer): void {
  const wfd = openSync(target, 'r+');
  try {
    const backup = tempName(target, 'bak');
    const bfd = openSync(backup, 'wx+', 0o600);
    try {
      writeAll(bfd, expected);
      fsyncSync(bfd);
      if (!readAll(bfd).equals(expected)) throw new Error('EIO');
    } catch (e) {
      closeSync(bfd);
      removeQuietly(backup);
      throw e;
    }
    closeSync(bfd);
    const kept = ` (the original text is kept in ${basename(backup)})`;
    try {
      if (!unchanged(target, wfd, before, expected)) {
        removeQuietly(backup);
        throw new WriteError(CHANGED_DURING);
      }
      // Cut first, then write: an append made meanwhile lands after the new text and shows below.
      ftruncateSync(wfd, data.length);
      writeAll(wfd, data, 0);
      fsyncSync(wfd);
    } catch (e) {
      if (e instanceof WriteError) throw e;
      if (restore(wfd, expected)) {
        removeQuietly(backup);
        throw new WriteError(`could not write the fixed file: ${code(e)}`);
      }
      throw new WriteError(`could not write the fixed file: ${code(e)}${kept}`);
    }
    if (!readAll(wfd).equals(data)) throw new WriteError(`the file changed on disk while it was written${kept}`);
    removeQuietly(backup);
  } finally {
    closeSync(wfd);
  }
}

function restore(fd: number, original: Buffer): boolean {
  try {
    ftruncateSync(fd, original.length);
    writeAll(fd, original, 0);
    fsyncSync(fd);
    return readAll(fd).equals(original);
  } catch {
    return false;
  }
}

/**
 * The file (through `fd`, and by name when given) is still the one read: same inode, size, mtime,
 * ctime (except after the rename, which changes the old inode's link count) and text.
 */
function unchanged(target: string | null, fd: number, before: Stats, expected: Buffer): boolean {
  const now = fstatSync(fd);
  if (now.ino !== before.ino || now.size !== before.size || now.mtimeMs !== before.mtimeMs) return false;
  if (target !== null && now.ctimeMs !== before.ctimeMs) return false;
  if (target !== null && lstatSync(target).ino !== before.ino) return false;
  return readAll(fd).equals(expected);
}

/**
 * `.<name>.hardenfile-<random>.<ext>` beside the file; the name is shortened (whole characters) so
 * the temp name fits NAME_MAX even when the original's name nearly fills it.
 */
export function tempName(target: string, ext: string): string {
  const suffix = `.hardenfile-${randomBytes(4).toString('hex')}.${ext}`;
  let name = basename(target);
  const room = NAME_MAX - 1 - Buffer.byteLength(suffix);
  while (Buffer.byteLength(name) > room) name = Array.from(name).slice(0, -1).join('');
  return join(dirname(target), `.${name}${suffix}`);
}

function readAll(fd: number): Buffer {
  const chunks: Buffer[] = [];
  let position = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, chunk, 0, chunk.length, position);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    position += n;
  }
  return Buffer.concat(chunks);
}

function writeAll(fd: number, data: Buffer, position?: number): void {
  let off = 0;
  while (off < data.length) off += writeSync(fd, data, off, data.length - off, position === undefined ? null : position + off);
}

function syncDirectory(target: string): void {
  try {
    const dfd = openSync(dirname(target), 'r');
    try {
      fsyncSync(dfd);
    } finally {
      closeSync(dfd);
    }
  } catch {
    // some file systems and Windows cannot fsync a directory; the rename itself is done
  }
}

function removeQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // never created, or already renamed
  }
}

function code(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}
