/** The documented hardened setup (key, then repositories), as instructions a fix can insert. */
import { apkRepositoryUrl, type Policy } from '../policy/index.js';
import type { Stage } from '../model/types.js';

export type KeyInstallStyle = 'wget' | 'add-checksum';

/**
 * Instructions that install the key for `release` (unless the stage has it) and replace
 * /etc/apk/repositories with the hardened URL. Null when the release is not served.
 */
export function apkSetupInstructions(policy: Policy, release: string, style: KeyInstallStyle, haveKey: boolean): string[] | null {
  if (!policy.apk.servedReleases.includes(release) && policy.apk.mirrors.length === 0) return null;
  const repo = apkRepositoryUrl(policy, release);
  const keyPath = `${policy.apk.keysDir}/${repo.keyName}`;
  const writeRepos = `echo "${repo.url}" > ${policy.apk.repositoriesFile}`;
  if (haveKey) return [`RUN ${writeRepos}`];
  if (!repo.keyUrl) return null;
  if (style === 'add-checksum' && repo.keySha256) {
    return [`ADD --checksum=sha256:${repo.keySha256} ${repo.keyUrl} ${keyPath}`, `RUN ${writeRepos}`];
  }
  return [`RUN wget -q -O ${keyPath} ${repo.keyUrl} && \\\n    ${writeRepos}`];
}

export function stageHasKey(policy: Policy, keys: { path: string }[], keyName: string): boolean {
  return keys.some((k) => k.path === `${policy.apk.keysDir}/${keyName}`);
}

export function describeStageBase(stage: Stage): string {
  return stage.image?.text ?? stage.imageRaw;
}
