/**
 * The package-manager state each package command sees: which repositories are configured and
 * which keys are installed, replaying the stage's facts (inherited ones first) from the base image.
 */
import { apkRepositoryUrl, matchApkRepository, type Policy } from '../policy/index.js';
import type { Build, KeyEntry, RepoEntry, RepoWriteFact, Stage } from './types.js';

interface EndState {
  repos: RepoEntry[];
  keys: KeyEntry[];
  unknownFiles: Set<string>;
}

/** Each stage's state after its last instruction, so a child starts there (linear in FROM chains). */
const endStates = new WeakMap<Stage, EndState>();

/** Call for stages in file order: a parent's end state is needed by its children. */
export function computeState(stage: Stage, build: Build, policy: Policy): void {
  const own = new Set(stage.facts);
  const parent = stage.parent !== null ? endStates.get(build.stages[stage.parent]!) : undefined;
  let repos: RepoEntry[] = parent ? [...parent.repos] : baseRepositories(stage, policy);
  let keys: KeyEntry[] = parent ? [...parent.keys] : baseKeys(stage, policy);
  const unknownFiles = new Set<string>(parent?.unknownFiles ?? []);

  for (const fact of parent ? stage.facts : stage.allFacts.length ? stage.allFacts : stage.facts) {
    switch (fact.kind) {
      case 'repo-write': {
        if (fact.fileKind !== 'repositories') break;
        if (own.has(fact)) fact.before = unknownFiles.has(fact.file) ? null : repos.filter((r) => r.file === fact.file);
        if (fact.mode === 'edit') {
          const edited = applyEdit(repos, fact);
          if (edited) repos = edited;
          else unknownFiles.add(fact.file);
          break;
        }
        if (fact.mode === 'replace') {
          repos = repos.filter((r) => r.file !== fact.file);
          unknownFiles.delete(fact.file);
        }
        for (const line of fact.lines) {
          if (line.dynamic && !line.releaseFromImage) {
            unknownFiles.add(fact.file);
            continue;
          }
          const entry: RepoEntry = { url: line.text, origin: 'write', file: fact.file, span: line.span, fact };
          if (line.tag) entry.tag = line.tag;
          repos.push(entry);
        }
        break;
      }
      case 'key-install':
        if (fact.path && fact.path.startsWith(policy.apk.keysDir + '/')) {
          keys = keys.filter((k) => k.path !== fact.path);
          keys.push({ path: fact.path, origin: 'install', fact });
        }
        break;
      case 'package-command': {
        if (fact.manager !== 'apk') break;
        if (own.has(fact)) {
          fact.repositories = [
            ...repos,
            ...fact.extraRepositories.map((x): RepoEntry => ({ url: x.url, origin: 'flag', file: null, span: x.span ?? x.optionSpan, fact })),
          ];
          fact.keys = [...keys];
          fact.repositoriesUnknown = unknownFiles.size > 0 || fact.repositoriesFile !== null;
        }
        const installsConf =
          (fact.subcommand === 'add' || fact.subcommand === 'install') &&
          fact.packages.some((p) => p.value !== null && p.value.split('=')[0] === policy.apk.enterpriseConfPackage);
        if (installsConf) {
          const release = repos.map((r) => matchApkRepository(policy, r.url)?.release).find((r) => r) ?? stage.release;
          if (release) {
            const sec = apkRepositoryUrl(policy, release, 'security');
            repos.push({ url: sec.url, origin: 'enterprise-conf', file: policy.apk.repositoriesFile, span: null, fact });
            keys.push({ path: `${policy.apk.keysDir}/${sec.keyName}`, origin: 'enterprise-conf', fact: null });
          }
        }
        break;
      }
      default:
        break;
    }
  }
  endStates.set(stage, { repos, keys, unknownFiles });
}

function baseRepositories(stage: Stage, policy: Policy): RepoEntry[] {
  if (stage.dhi) {
    if (stage.dhiVariant !== 'dev' || stage.distro !== 'alpine' || !stage.release) return [];
    return [{ url: apkRepositoryUrl({ ...policy, apk: { ...policy.apk, mirrors: [] } }, stage.release).url, origin: 'base', file: policy.apk.repositoriesFile, span: null, fact: null }];
  }
  const v = stage.release ? (stage.release === 'edge' ? 'edge' : `v${stage.release}`) : 'latest-stable';
  const host = policy.apk.upstreamHosts[0];
  return ['main', 'community'].map((c) => ({ url: `https://${host}/alpine/${v}/${c}`, origin: 'base' as const, file: policy.apk.repositoriesFile, span: null, fact: null }));
}

function baseKeys(stage: Stage, policy: Policy): KeyEntry[] {
  if (stage.dhi && stage.dhiVariant === 'dev') {
    const main = policy.apk.repositories.find((r) => r.channel === 'main')!;
    return [{ path: `${policy.apk.keysDir}/${main.keyName}`, origin: 'base', fact: null }];
  }
  return [];
}

function applyEdit(repos: RepoEntry[], fact: RepoWriteFact): RepoEntry[] | null {
  const edit = fact.edit;
  if (!edit || !edit.pattern) return null;
  let re: RegExp;
  try {
    re = new RegExp(edit.pattern, 'g');
  } catch {
    return null;
  }
  return repos.map((r) => {
    if (r.file !== fact.file) return r;
    const url = r.url.replace(re, edit.replacement);
    return url === r.url ? r : { ...r, url, origin: 'write', fact, span: edit.span ?? fact.span };
  });
}
