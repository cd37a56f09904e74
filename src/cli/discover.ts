/**
 * Which files to lint: explicit files always; directories searched for Dockerfile names; globs
 * expanded. Searching skips `.git`, `node_modules`, what `.gitignore` files ignore and what the
 * caller's `isIgnored` (config `ignore`) excludes. Symbolic links to directories are not followed.
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
}

export interface PathError {
  /** The argument as given. */
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

  for (const arg of args.length === 0 ? ['.'] : args) {
    const abs = path.resolve(options.cwd, arg);
    const stat = statOrError(abs);
    if (stat instanceof Error) {
      const code = (stat as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && globber().isDynamicPattern(arg)) {
        const matched = await expand([arg], options.cwd);
        if (matched.length === 0) errors.push({ path: arg, message: 'no files match this pattern' });
        for (const f of matched) if (keep(f, options.cwd)) files.add(f);
      } else {
        errors.push({ path: arg, message: describeError(stat) });
      }
    } else if (stat.isDirectory()) {
      for (const f of await expand(DOCKERFILE_PATTERNS, abs)) {
        if (!NOT_DOCKERFILE.test(f) && keep(f, abs)) files.add(f);
      }
    } else if (stat.isFile()) {
      files.add(abs);
    } else {
      errors.push({ path: arg, message: 'not a regular file' });
    }
  }
  return { files: [...files].sort(compare), errors };
}

// Regular files only, but a symbolic link to a file counts as one.
async function expand(patterns: string[], cwd: string): Promise<string[]> {
  const entries = await globber()(patterns, {
    cwd,
    absolute: true,
    dot: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    caseSensitiveMatch: true,
    suppressErrors: true,
    ignore: ALWAYS_SKIPPED,
  });
  // Directories named like Dockerfiles, dangling links and link loops are skipped silently.
  return entries.map((e) => path.normalize(e)).filter((e) => {
    const s = statOrError(e);
    return !(s instanceof Error) && s.isFile();
  });
}

function statOrError(p: string): fs.Stats | Error {
  try {
    return fs.statSync(p);
  } catch (err) {
    return err as Error;
  }
}

function describeError(err: Error): string {
  switch ((err as NodeJS.ErrnoException).code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
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

function readText(p: string): string | null {
  try {
    return fs.readFileSync(p, 'utf8');
  } catch {
    return null;
  }
}
