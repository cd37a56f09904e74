/**
 * Which files to lint: explicit files always; directories searched for Dockerfile names; globs
 * expanded. Searching skips `.git`, `node_modules`, what `.gitignore` files ignore and what the
 * caller's `isIgnored` (config `ignore`) excludes. Symbolic links to directories are not followed.
 * What a search could not look into (an unreadable directory) and what it found under a Dockerfile
 * name but cannot lint (a link loop, a broken link, a FIFO, socket or device) are errors, never
 * skipped without a word.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

// fast-glob is loaded only when a directory or glob is searched (~25 ms); a named file needs none.
const globber = (): typeof import('fast-glob') => createRequire(import.meta.url)('fast-glob') as typeof import('fast-glob');
import ignore, { type Ignore } from 'ignore';

/**
 * Names searched for in directories: Dockerfile and Containerfile, capitalised or in lower case,
 * alone, with a `.` or `-` suffix (`Dockerfile.dev`, `Containerfile-ci`) or as an extension
 * (`web.Dockerfile`). .pre-commit-hooks.yaml matches the same names.
 */
export const DOCKERFILE_PATTERNS = ['[Dd]ockerfile', '[Cc]ontainerfile'].flatMap((name) => [`**/${name}`, `**/${name}.*`, `**/${name}-*`, `**/*.${name}`]);

/** `Dockerfile.dockerignore` (or `Containerfile.dockerignore`) is BuildKit's per-Dockerfile ignore file. */
const NOT_DOCKERFILE = /\.dockerignore$/;

const ALWAYS_SKIPPED = ['**/.git/**', '**/node_modules/**'];

export interface DiscoverOptions {
  cwd: string;
  /** Excludes files found by searching or globbing (config `ignore`); never explicit files. */
  isIgnored?: (file: string) => boolean;
  /** The file system calls fast-glob searches with (tests inject failures here). */
  fs?: Partial<import('fast-glob').FileSystemAdapter>;
}

export interface PathError {
  /** The argument as given, or a path found while searching (relative to cwd when inside it). */
  path: string;
  message: string;
}

export interface Discovered {
  /** Absolute paths, sorted, without duplicates. */
  files: string[];
  errors: PathError[];
}

export async function discover(args: string[], options: DiscoverOptions): Promise<Discovered> {
  const files = new Set<string>();
  const errors: PathError[] = [];
  const gitignore = new GitIgnore();
  const keep = (file: string, root: string) => !gitignore.ignores(file, root) && !options.isIgnored?.(file);

  const search: Search = { cwd: options.cwd, errors, ...(options.fs && { fs: options.fs }) };

  for (const arg of args.length === 0 ? ['.'] : args) {
    const abs = path.resolve(options.cwd, arg);
    const stat = statOrError(abs);
    if (stat instanceof Error) {
      const code = (stat as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && globber().isDynamicPattern(arg)) {
        const before = errors.length;
        const matched = await expand([arg], options.cwd, search, (f) => keep(f, options.cwd));
        if (matched.length === 0 && errors.length === before) errors.push({ path: arg, message: 'no files match this pattern' });
        for (const f of matched) files.add(f);
      } else {
        errors.push({ path: arg, message: describeError(stat) });
      }
    } else if (stat.isDirectory()) {
      const found = await expand(DOCKERFILE_PATTERNS, abs, search, (f) => !NOT_DOCKERFILE.test(f) && keep(f, abs));
      for (const f of found) files.add(f);
    } else if (stat.isFile()) {
      files.add(abs);
    } else {
      errors.push({ path: arg, message: 'not a regular file' });
    }
  }
  return { files: [...files].sort(compare), errors: dedupe(errors) };
}

interface Search {
  cwd: string;
  errors: PathError[];
  fs?: Partial<import('fast-glob').FileSystemAdapter>;
}

/**
 * Regular files only (a symbolic link to a file counts as one), those `wanted` keeps. A directory
 * the walk cannot read and an entry that is wanted but no regular file become errors in `search`;
 * directories named like Dockerfiles are searched, not linted, and pass without a word.
 */
async function expand(patterns: string[], cwd: string, search: Search, wanted: (file: string) => boolean): Promise<string[]> {
  const unreadable: { dir: string; err: Error }[] = [];
  const base = search.fs?.readdir ?? fs.readdir;
  // fast-glob drops every walk error with `suppressErrors` (and stops at the first without it):
  // its readdir is wrapped to note them, so the search goes on and still says what it missed.
  const readdir = ((dir: string, opts: unknown, done: (err: NodeJS.ErrnoException | null, entries: unknown) => void) => {
    (base as (d: string, o: unknown, cb: typeof done) => void)(dir, opts, (err, entries) => {
      if (err) unreadable.push({ dir, err });
      done(err, entries);
    });
  }) as unknown as typeof fs.readdir;
  const entries = await globber()(patterns, {
    cwd,
    absolute: true,
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    caseSensitiveMatch: true,
    suppressErrors: true,
    ignore: ALWAYS_SKIPPED,
    fs: { ...search.fs, readdir },
  });
  const problems: PathError[] = [];
  for (const { dir, err } of unreadable) {
    // A directory that .gitignore or the config's `ignore` excludes is none of the search's business.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' || !wanted(path.join(dir, 'Dockerfile'))) continue;
    problems.push({ path: shown(dir, search.cwd), message: `cannot read directory: ${describeError(err)}` });
  }
  const files: string[] = [];
  for (const entry of entries.map((e) => path.normalize(e))) {
    if (!wanted(entry)) continue;
    const s = statOrError(entry);
    if (s instanceof Error) problems.push({ path: shown(entry, search.cwd), message: describeError(s, true) });
    else if (s.isFile()) files.push(entry);
    else if (!s.isDirectory()) problems.push({ path: shown(entry, search.cwd), message: notRegular(s) });
  }
  // In path order, as the files are: the walk's order depends on the file system.
  search.errors.push(...problems.sort((a, b) => compare(a.path, b.path)));
  return files;
}

// Found by searching, the kind says why a file with a Dockerfile name was not linted.
function notRegular(stat: fs.Stats): string {
  const kind = stat.isFIFO() ? 'a FIFO' : stat.isSocket() ? 'a socket' : stat.isCharacterDevice() || stat.isBlockDevice() ? 'a device' : null;
  return kind === null ? 'not a regular file' : `not a regular file (${kind})`;
}

function shown(p: string, cwd: string): string {
  const rel = path.relative(cwd, p);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel : p;
}

// Two arguments that search the same tree meet the same unreadable directory once.
function dedupe(errors: PathError[]): PathError[] {
  const seen = new Set<string>();
  return errors.filter((e) => {
    const key = `${e.path}\0${e.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function statOrError(p: string): fs.Stats | Error {
  try {
    return fs.statSync(p);
  } catch (err) {
    return err as Error;
  }
}

function describeError(err: Error, found = false): string {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      // Found by reading its directory, so the name exists: a symbolic link to nothing.
      return found ? 'broken symbolic link (its target does not exist)' : 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENOTDIR':
      return 'no such file or directory (a parent is not a directory)';
    default:
      return err.message;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `.gitignore` files as git reads them: every directory's file from the repository root (or, outside
 * a repository, the search root) down to the file, the deeper one deciding; a file under an ignored
 * directory stays ignored. `.git/info/exclude` counts as part of the root's file.
 */
export class GitIgnore {
  private readonly matchers = new Map<string, Ignore | null>();
  private readonly roots = new Map<string, string | null>();

  ignores(file: string, searchRoot: string): boolean {
    const base = this.repositoryRoot(path.dirname(file)) ?? searchRoot;
    const rel = path.relative(base, file);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return false;
    const segments = rel.split(path.sep);
    const chain: { dir: string; ig: Ignore }[] = [];
    let dir = base;
    for (let i = 0; i < segments.length; i++) {
      const ig = this.matcher(dir, dir === base);
      if (ig) chain.push({ dir, ig });
      const target = path.join(dir, segments[i]!);
      if (verdict(chain, target, i < segments.length - 1)) return true;
      dir = target;
    }
    return false;
  }

  private repositoryRoot(dir: string): string | null {
    const cached = this.roots.get(dir);
    if (cached !== undefined) return cached;
    const parent = path.dirname(dir);
    const root = fs.existsSync(path.join(dir, '.git')) ? dir : parent === dir ? null : this.repositoryRoot(parent);
    this.roots.set(dir, root);
    return root;
  }

  private matcher(dir: string, isBase: boolean): Ignore | null {
    const key = `${isBase ? '1' : '0'}${dir}`;
    const cached = this.matchers.get(key);
    if (cached !== undefined) return cached;
    const texts = [isBase ? readText(path.join(dir, '.git', 'info', 'exclude')) : null, readText(path.join(dir, '.gitignore'))];
    const found = texts.filter((t): t is string => t !== null);
    const ig = found.length === 0 ? null : ignore().add(found.join('\n'));
    this.matchers.set(key, ig);
    return ig;
  }
}

function verdict(chain: { dir: string; ig: Ignore }[], target: string, isDir: boolean): boolean {
  for (let i = chain.length - 1; i >= 0; i--) {
    const { dir, ig } = chain[i]!;
    const rel = path.relative(dir, target).split(path.sep).join('/') + (isDir ? '/' : '');
    const r = ig.test(rel);
    if (r.ignored) return true;
    if (r.unignored) return false;
  }
  return false;
}

// A .gitignore that is a FIFO would block the search forever: only a regular file is read.
function readText(p: string): string | null {
  let fd: number;
  try {
    fd = fs.openSync(p, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    return fs.fstatSync(fd).isFile() ? fs.readFileSync(fd, 'utf8') : null;
  } catch {
    return null;
  } finally {
    fs.closeSync(fd);
  }
}
