/**
 * The package-manager state each package command sees: which repositories are configured and
 * which keys are installed, replaying the stage's facts (inherited ones first) from the base image.
 */
import { apkRepositoryUrl, matchApkRepository, type Policy } from '../policy/index.js';
import type { Build, KeyEntry, Manager, RepoEntry, RepoLine, RepoWriteFact, Stage } from './types.js';
import { apkFile, apkKeysDirOf, isApkKeyPath, managerOfFile } from './files.js';
import { basename, dirname } from './words.js';
import { ubuntuRelease } from './image.js';
import { parseOneLineSources } from './apt-formats.js';
import { MAX_SED_SUBJECT, sedRegex } from './sed-regex.js';

export interface EndState {
  repos: RepoEntry[];
  keys: KeyEntry[];
  unknownFiles: Set<string>;
  knownRoots: Set<string>;
}

/**
 * Each stage's state after its last instruction, by stage index, so a child starts there (linear
 * in FROM chains). One per build, dropped with it (a module WeakMap keyed by stages kept each
 * file's model alive through young-generation collections; see StageIndexes).
 */
export type EndStates = Map<number, EndState>;

/** Call for stages in file order: a parent's end state is needed by its children. */
export function computeState(stage: Stage, build: Build, policy: Policy, endStates: EndStates): void {
  const parent = stage.parent !== null ? endStates.get(stage.parent) : undefined;
  let repos: RepoEntry[] = parent ? [...parent.repos] : [...baseRepositories(stage, policy), ...baseAptSources(stage, policy)];
  let keys: KeyEntry[] = parent ? [...parent.keys] : [...baseKeys(stage, policy), ...baseAptKeys(stage, policy)];
  const aptBaseKnown = aptBaseIsKnown(stage);
  const managerOf = (file: string | null): Manager => (file === null ? 'apk' : managerOfFile(policy, file));
  const unknownFor = (manager: Manager) => [...unknownFiles].some((f) => managerOf(f) === manager);
  /** apk files of one root (`apk --root`): the image's own at `/`. */
  const apkRootOf = (file: string | null) => (file === null ? null : managerOf(file) === 'apk' ? (apkFile(policy, file)?.root ?? null) : null);
  /** Roots other than `/` whose repositories the stage set up (`--initdb`, or a repository file replaced). */
  const knownRoots = new Set<string>(parent?.knownRoots ?? []);
  const keysFor = (manager: Manager) => keys.filter((k) => (k.fact ? k.fact.manager : managerOf(k.path)) === manager);
  const unknownFiles = new Set<string>(parent?.unknownFiles ?? baseUnknownFiles(stage, policy));

  for (const fact of stage.facts) {
    build.tick();
    switch (fact.kind) {
      case 'repo-write': {
        if (fact.fileKind !== 'repositories') break;
        fact.before = unknownFiles.has(fact.file) ? null : repos.filter((r) => r.file === fact.file);
        if (fact.mode === 'edit') {
          const edited = applyEdit(repos, fact);
          if (edited) repos = edited;
          else unknownFiles.add(fact.file);
          break;
        }
        if (fact.mode === 'replace') {
          repos = repos.filter((r) => r.file !== fact.file);
          unknownFiles.delete(fact.file);
          const root = apkRootOf(fact.file);
          if (root !== null && root !== '/') knownRoots.add(root);
        }
        for (const line of fact.lines) {
          if (line.dynamic && !line.releaseFromImage) {
            unknownFiles.add(fact.file);
            continue;
          }
          const entry: RepoEntry = { url: line.text, origin: 'write', file: fact.file, span: line.span, fact };
          if (line.tag) entry.tag = line.tag;
          if (line.emptyArgs) entry.emptyArgs = line.emptyArgs;
          if (line.format) Object.assign(entry, { suite: line.suite ?? null, signedBy: line.signedBy ?? null, trusted: line.trusted ?? false });
          repos.push(entry);
        }
        break;
      }
      case 'key-install':
        if (fact.path && (fact.manager === 'apt' || isApkKeyPath(policy, fact.path))) {
          keys = keys.filter((k) => k.path !== fact.path);
          keys.push({ path: fact.path, origin: 'install', fact });
        }
        break;
      case 'package-command': {
        if (fact.manager === 'apt') {
          {
            fact.repositories = repos.filter((r) => managerOf(r.file) === 'apt');
            fact.keys = keysFor('apt');
            fact.repositoriesUnknown = !aptBaseKnown || unknownFor('apt') || fact.options.some((o) => o.name === '-c' || o.name === '--config-file');
          }
          break;
        }
        const root = fact.root;
        if (fact.initdb && root !== '/') knownRoots.add(root);
        {
          fact.repositories = [
            ...repos.filter((r) => apkRootOf(r.file) === root),
            ...fact.extraRepositories.map((x): RepoEntry => ({ url: x.url, origin: 'flag', file: null, span: x.span ?? x.optionSpan, fact })),
          ];
          const apkKeys = keysFor('apk');
          fact.keys = apkKeys.filter((k) => dirname(k.path) === fact.keysDir);
          const ownDir = apkKeysDirOf(policy, root);
          fact.rootKeys = fact.keysDir === ownDir ? fact.keys : apkKeys.filter((k) => dirname(k.path) === ownDir);
          fact.repositoriesUnknown =
            [...unknownFiles].some((f) => apkRootOf(f) === root) || fact.repositoriesFile !== null || (root !== '/' && !knownRoots.has(root));
        }
        const installsConf =
          (fact.subcommand === 'add' || fact.subcommand === 'install') &&
          fact.packages.some((p) => p.value !== null && p.value.split('=')[0] === policy.apk.enterpriseConfPackage);
        if (installsConf) {
          const release = repos.map((r) => (apkRootOf(r.file) === root ? matchApkRepository(policy, r.url)?.release : undefined)).find((r) => r) ?? stage.release;
          if (release) {
            const sec = apkRepositoryUrl(policy, release, 'security');
            const file = root === '/' ? policy.apk.repositoriesFile : `${root}${policy.apk.repositoriesFile}`;
            repos.push({ url: sec.url, origin: 'enterprise-conf', file, span: null, fact });
            keys.push({ path: `${apkKeysDirOf(policy, root)}/${sec.keyName}`, origin: 'enterprise-conf', fact: null });
          }
        }
        break;
      }
      default:
        break;
    }
  }
  endStates.set(stage.index, { repos, keys, unknownFiles, knownRoots });
}

/** The DHI catalog definition of the stage's base, when its tag matched one. */
function catalogBase(stage: Stage) {
  return stage.dhiImage?.definition ?? null;
}

/** A DHI image whose definition lists no apk repositories: its repository list is not known. */
function baseUnknownFiles(stage: Stage, policy: Policy): string[] {
  const def = catalogBase(stage);
  return def?.packageManager === 'apk' && def.repositories.length === 0 ? [policy.apk.repositoriesFile] : [];
}

function baseRepositories(stage: Stage, policy: Policy): RepoEntry[] {
  const def = catalogBase(stage);
  // A DHI image starts with the repositories its definition is built from (*inferred* that the
  // image's /etc/apk/repositories holds them; one public inspection found exactly these lines).
  if (def) return def.packageManager !== 'apk' ? [] : def.repositories.map((url) => ({ url, origin: 'base', file: policy.apk.repositoriesFile, span: null, fact: null }));
  if (stage.dhi) {
    if (stage.dhiVariant !== 'dev' || stage.distro !== 'alpine' || !stage.release) return [];
    return [{ url: apkRepositoryUrl({ ...policy, apk: { ...policy.apk, mirrors: [] } }, stage.release).url, origin: 'base', file: policy.apk.repositoriesFile, span: null, fact: null }];
  }
  const v = stage.release ? (stage.release === 'edge' ? 'edge' : `v${stage.release}`) : 'latest-stable';
  const host = policy.apk.upstreamHosts[0];
  return ['main', 'community'].map((c) => ({ url: `https://${host}/alpine/${v}/${c}`, origin: 'base' as const, file: policy.apk.repositoriesFile, span: null, fact: null }));
}

/** Does the model know the apt sources the stage's base image ships? */
function aptBaseIsKnown(stage: Stage): boolean {
  const def = catalogBase(stage);
  // Debian 12 DHI definitions list no sources (there is no hardened Debian 12 source).
  if (def) return def.packageManager === 'apt' && def.repositories.length > 0;
  if (stage.dhi) return stage.dhiVariant === 'dev' && stage.distro === 'debian';
  return stage.distro === 'debian' || stage.distro === 'ubuntu';
}

/**
 * A Debian base image's default deb822 sources (`deb.debian.org` for its codename); a DHI dev
 * image's hardened source; an Ubuntu image's own sources (none of them hardened).
 */
function baseAptSources(stage: Stage, policy: Policy): RepoEntry[] {
  const deb = policy.deb;
  const entry = (url: string, suite: string | null, signedBy: string | null, file: string): RepoEntry => ({ url, origin: 'base', file, span: null, fact: null, suite, signedBy, trusted: false });
  if (stage.distro === 'ubuntu' && !stage.dhi) {
    const u = deb.ubuntu;
    const { codename } = ubuntuRelease(stage.image?.tag ?? null);
    const modern = ubuntuIsDeb822(policy, stage);
    const file = modern ? u.sourcesFile : deb.sourcesFile;
    const signedBy = modern ? u.keyring : null;
    return [
      ...u.suiteSuffixes.map((s) => entry(u.archiveUrl, codename && codename + s, signedBy, file)),
      entry(u.securityUrl, codename && codename + u.securitySuffix, signedBy, file),
    ];
  }
  const def = catalogBase(stage);
  if (def) return def.packageManager === 'apt' ? catalogAptSources(def.repositories, `${deb.sourcesDir}/dhi.list`) : [];
  if (stage.distro !== 'debian' || (stage.dhi && stage.dhiVariant !== 'dev')) return [];
  if (stage.dhi) {
    const main = deb.sources.find((s) => s.channel === 'main')!;
    return [entry(main.url, stage.release, deb.keyringPath, `${deb.sourcesDir}/dhi.list`)];
  }
  const host = deb.upstreamHosts[0];
  const r = stage.release;
  return [
    entry(`http://${host}/debian`, r, deb.upstreamKeyring, deb.baseSourcesFile),
    entry(`http://${host}/debian`, r && `${r}-updates`, deb.upstreamKeyring, deb.baseSourcesFile),
    entry(`http://${host}/debian-security`, r && `${r}-security`, deb.upstreamKeyring, deb.baseSourcesFile),
  ];
}

/** Ubuntu 24.04 and later (and an unpinned tag, today's latest) ship deb822 sources; older ones sources.list. */
function ubuntuIsDeb822(policy: Policy, stage: Stage): boolean {
  const { version } = ubuntuRelease(stage.image?.tag ?? null);
  if (version === null) return true;
  const [a, b] = version.split('.').map(Number) as [number, number];
  const [x, y] = policy.deb.ubuntu.deb822Since.split('.').map(Number) as [number, number];
  return a > x || (a === x && b >= y);
}

/** The catalog's source lists are shared by many definitions: each is read once. */
const readSources = new WeakMap<string[], RepoLine[]>();

/** One-line sources of a DHI definition (`deb [signed-by=…] http://dhi.io/deb/debian/main trixie main`) as base entries. */
function catalogAptSources(lines: string[], file: string): RepoEntry[] {
  let read = readSources.get(lines);
  if (!read) {
    read = parseOneLineSources(lines.map((text) => ({ text, dynamic: false, releaseFromImage: false, releaseFromBaseArg: false, span: null })));
    readSources.set(lines, read);
  }
  return read.map((l) => ({ url: l.text, origin: 'base', file, span: null, fact: null, suite: l.suite ?? null, signedBy: l.signedBy ?? null, trusted: l.trusted ?? false }));
}

function baseAptKeys(stage: Stage, policy: Policy): KeyEntry[] {
  const def = catalogBase(stage);
  if (def) {
    if (def.packageManager !== 'apt') return [];
    const keyrings = catalogAptSources(def.repositories, '').flatMap((r) => (r.signedBy ? [r.signedBy] : []));
    return [...new Set(keyrings)].map((path) => ({ path, origin: 'base', fact: null }));
  }
  if (stage.distro === 'ubuntu' && !stage.dhi) return [{ path: ubuntuIsDeb822(policy, stage) ? policy.deb.ubuntu.keyring : policy.deb.ubuntu.legacyKey, origin: 'base', fact: null }];
  if (stage.distro !== 'debian' || (stage.dhi && stage.dhiVariant !== 'dev')) return [];
  return [{ path: stage.dhi ? policy.deb.keyringPath : policy.deb.upstreamKeyring, origin: 'base', fact: null }];
}

function baseKeys(stage: Stage, policy: Policy): KeyEntry[] {
  const def = catalogBase(stage);
  if (def) return def.packageManager !== 'apk' ? [] : def.keyring.map((url) => ({ path: `${policy.apk.keysDir}/${basename(url)}`, origin: 'base', fact: null }));
  if (stage.dhi && stage.dhiVariant === 'dev') {
    const main = policy.apk.repositories.find((r) => r.channel === 'main')!;
    return [{ path: `${policy.apk.keysDir}/${main.keyName}`, origin: 'base', fact: null }];
  }
  return [];
}

function applyEdit(repos: RepoEntry[], fact: RepoWriteFact): RepoEntry[] | null {
  const edit = fact.edit;
  if (!edit || !edit.pattern) return null;
  const re = sedRegex(edit.pattern);
  if (!re || repos.some((r) => r.file === fact.file && (r.url.length > MAX_SED_SUBJECT || (r.suite?.length ?? 0) > MAX_SED_SUBJECT))) return null;
  return repos.map((r) => {
    if (r.file !== fact.file) return r;
    const url = r.url.replace(re, edit.replacement);
    const suite = typeof r.suite === 'string' ? r.suite.replace(re, edit.replacement) : r.suite;
    return url === r.url && suite === r.suite ? r : { ...r, url, suite, origin: 'write', fact, span: edit.span ?? fact.span };
  });
}
