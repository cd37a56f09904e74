/** What the model remembers about files a stage wrote: keys, and text lines (for later cp/cat). */
import type { Policy } from '../policy/index.js';
import type { KeyInstallFact, Manager, RepoLine, Span } from './types.js';
import { expandVariables, type Lookup } from './vars.js';

/** A file fetched from a URL in the image (curl/wget/ADD), and the instruction that fetched it. */
export interface DownloadedFile {
  url: string;
  instruction: number;
  /** The command (or ADD) that fetched it: the RUN may be many lines long. */
  span: Span;
  /** `ADD --checksum` value: the bytes are pinned. */
  checksum?: string | null;
}

type Tracked = { kind: 'key'; fact: KeyInstallFact } | { kind: 'lines'; lines: RepoLine[] | null } | { kind: 'download'; download: DownloadedFile };

export class FileTracker {
  private files = new Map<string, Tracked>();
  /** Files a RUN saved a mounted secret into, and whether that RUN removes them again (then they last only while it runs). */
  private secrets = new Map<string, { instruction: number; removed: boolean }>();

  clone(): FileTracker {
    const t = new FileTracker();
    t.files = new Map(this.files);
    t.secrets = new Map([...this.secrets].filter(([, s]) => !s.removed));
    return t;
  }

  setSecretCopy(path: string, instruction: number, removed: boolean): void {
    this.secrets.set(path, { instruction, removed });
  }

  /** Files holding a secret that a command of `instruction` can read: saved by it, or by an earlier RUN that kept them. */
  secretCopiesAt(instruction: number): string[] {
    if (this.secrets.size === 0) return [];
    return [...this.secrets].filter(([, s]) => s.instruction === instruction || !s.removed).map(([p]) => p);
  }

  setKey(path: string, fact: KeyInstallFact): void {
    this.files.set(path, { kind: 'key', fact });
  }

  keyAt(path: string): KeyInstallFact | null {
    const f = this.files.get(path);
    return f?.kind === 'key' ? f.fact : null;
  }

  setDownload(path: string, download: DownloadedFile): void {
    this.files.set(path, { kind: 'download', download });
  }

  /** The downloaded file at `path`, or the first one a `*`/`?` glob there matches. */
  downloadAt(path: string): DownloadedFile | null {
    const f = this.files.get(path);
    if (f?.kind === 'download') return f.download;
    // Short globs only: a pattern of many `*` is slow to match, and no real package path needs one.
    if (!/[*?]/.test(path) || path.length > 200) return null;
    const re = new RegExp(`^${path.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*').replace(/\?/g, '[^/]')}$`);
    for (const [p, t] of this.files) if (t.kind === 'download' && re.test(p)) return t.download;
    return null;
  }

  setLines(path: string, lines: RepoLine[] | null, append: boolean): void {
    const old = this.files.get(path);
    if (append && old?.kind === 'lines' && old.lines && lines) this.files.set(path, { kind: 'lines', lines: [...old.lines, ...lines] });
    else this.files.set(path, { kind: 'lines', lines: append && old ? null : lines });
  }

  linesOf(path: string): RepoLine[] | null {
    const f = this.files.get(path);
    return f?.kind === 'lines' ? f.lines : null;
  }

  copy(from: string, to: string): void {
    const f = this.files.get(from);
    if (f) this.files.set(to, f);
    else this.files.delete(to);
  }

  forget(path: string): void {
    this.files.delete(path);
  }

  isDirectory(path: string, policy: Policy): boolean {
    if (path === policy.deb.sourcesDir || path === policy.deb.confDir || path === policy.deb.trustedDir || policy.deb.keyringDirs.includes(path)) return true;
    return apkKeysDirRoot(policy, path) !== null || path === policy.apk.repositoriesDir || path === '/tmp' || path === '/etc/apk';
  }
}

/** Is this path a package-manager source or config file (of the image, or of a root `apk --root` installs into)? */
export function classifyFile(policy: Policy, path: string): 'repositories' | 'config' | null {
  const apk = apkFile(policy, path);
  if (apk) return apk.kind === 'key' ? null : apk.kind;
  if (path === policy.deb.sourcesFile) return 'repositories';
  if (path.startsWith(policy.deb.sourcesDir + '/') && /\.(?:list|sources)$/.test(path)) return 'repositories';
  if (path === policy.deb.confFile || (path.startsWith(policy.deb.confDir + '/') && !path.slice(policy.deb.confDir.length + 1).includes('/'))) return 'config';
  return null;
}

/**
 * apk reads its files relative to its root: `apk --root /out` reads `/out/etc/apk/repositories`,
 * `/out/etc/apk/repositories.d/*.list`, `/out/etc/apk/config` and the keys in `/out/etc/apk/keys`.
 * The root an apk file belongs to (`/` for the image's own), with what kind of file it is.
 */
export function apkFile(policy: Policy, path: string): { root: string; kind: 'repositories' | 'config' | 'key' } | null {
  const a = policy.apk;
  let root = rootOf(path, a.repositoriesFile);
  if (root) return { root, kind: 'repositories' };
  root = rootOf(path, a.configFile);
  if (root) return { root, kind: 'config' };
  const slash = path.lastIndexOf('/');
  const dir = path.slice(0, slash);
  if (slash <= 0 || slash === path.length - 1) return null;
  root = path.endsWith('.list') ? rootOf(dir, a.repositoriesDir) : null;
  if (root) return { root, kind: 'repositories' };
  root = rootOf(dir, a.keysDir);
  return root ? { root, kind: 'key' } : null;
}

/** Is `path` a key in the keys directory of the image's apk or of a root's? */
export function isApkKeyPath(policy: Policy, path: string): boolean {
  return path.startsWith(policy.apk.keysDir + '/') || apkFile(policy, path)?.kind === 'key';
}

/** The root of an apk root's keys directory (`/out/etc/apk/keys` → `/out`); null for another directory. */
export function apkKeysDirRoot(policy: Policy, dir: string): string | null {
  return rootOf(dir.replace(/(?<=[^/])\/+$/, ''), policy.apk.keysDir);
}

/** The keys directory apk reads under `root`. */
export function apkKeysDirOf(policy: Policy, root: string): string {
  return root === '/' ? policy.apk.keysDir : `${root}${policy.apk.keysDir}`;
}

function rootOf(path: string, own: string): string | null {
  if (path === own) return '/';
  return path.length > own.length + 1 && path.startsWith('/') && path.endsWith(own) ? path.slice(0, -own.length) : null;
}

/** The package manager a source/config/key path belongs to. */
export function managerOfFile(policy: Policy, path: string): Manager {
  return path.startsWith('/etc/apt/') || policy.deb.keyringDirs.some((d) => path.startsWith(d + '/')) ? 'apt' : 'apk';
}

/** apt keyring locations: bound ones (signed-by) and the global trusted ones. */
export function aptKeyPlace(policy: Policy, path: string): 'keyring' | 'trusted.gpg.d' | 'apt-key' | null {
  if (path === policy.deb.trustedFile) return 'apt-key';
  if (path.startsWith(policy.deb.trustedDir + '/')) return 'trusted.gpg.d';
  if (policy.deb.keyringDirs.some((d) => path.startsWith(d + '/'))) return 'keyring';
  return null;
}

/**
 * Lines of a heredoc or COPY body. `bodySpan` locates the body in the file when it is verbatim there;
 * `expand` applies the shell's/BuildKit's variable expansion of unquoted heredocs.
 */
export function linesFromText(body: string, bodySpan: Span | null, expand: boolean, lookup: Lookup, baseVars: string[] = [], undeclared?: { has(name: string): boolean }): RepoLine[] {
  const out: RepoLine[] = [];
  let offset = 0;
  for (const raw of body.split('\n')) {
    const text = raw.replace(/\r$/, '');
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    const expanded = expand ? expandVariables(trimmed, lookup) : { value: trimmed, used: [] };
    // Not `[^)]*`: from every `$(` of `$($($(…` that would scan to the end (quadratic).
    const fromImage = /\$\((?:[^)$]|\$(?!\())*\/etc\/(?:alpine|os)-release/.test(trimmed);
    const empty = undeclared ? expanded.used.filter((v) => undeclared.has(v)) : [];
    out.push({
      ...(empty.length > 0 && { emptyArgs: empty }),
      text: expanded.value ?? trimmed,
      dynamic: expanded.value === null || fromImage,
      releaseFromImage: fromImage,
      releaseFromBaseArg: expanded.used.some((v) => baseVars.includes(v)),
      span: bodySpan && trimmed ? { start: bodySpan.start + offset + lead, end: bodySpan.start + offset + lead + trimmed.length } : null,
    });
    offset += raw.length + 1;
  }
  return out;
}

/** The lines of an expanded heredoc body too large to expand (`linesFromText` takes them as unknown), with the variables each uses. */
export function tooLargeLines(body: string, bodySpan: Span | null, lookup: Lookup): { span: Span | null; used: string[] }[] {
  const out: { span: Span | null; used: string[] }[] = [];
  if (!body.includes('$')) return out;
  let offset = 0;
  for (const raw of body.split('\n')) {
    const text = raw.replace(/\r$/, '');
    const lead = text.length - text.trimStart().length;
    const trimmed = text.trim();
    const e = trimmed.includes('$') ? expandVariables(trimmed, lookup) : null;
    if (e?.tooLarge) out.push({ span: bodySpan ? { start: bodySpan.start + offset + lead, end: bodySpan.start + offset + lead + trimmed.length } : null, used: e.used });
    offset += raw.length + 1;
  }
  return out;
}
