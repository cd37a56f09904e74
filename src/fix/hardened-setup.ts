/** The documented hardened setup (key, then repositories), as instructions a fix can insert. */
import { apkRepositoryUrl, debSetupSource, type Policy } from '../policy/index.js';
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

/**
 * The same setup as shell commands, for a line inside a `RUN <<EOF` script. Null where the setup
 * needs an instruction (the ADD key style) or the release is not served.
 */
export function apkSetupShell(policy: Policy, release: string, style: KeyInstallStyle, haveKey: boolean): string[] | null {
  if (!policy.apk.servedReleases.includes(release) && policy.apk.mirrors.length === 0) return null;
  const repo = apkRepositoryUrl(policy, release);
  const writeRepos = `echo "${repo.url}" > ${policy.apk.repositoriesFile}`;
  if (haveKey) return [writeRepos];
  if (!repo.keyUrl || style === 'add-checksum') return null;
  return [`wget -q -O ${policy.apk.keysDir}/${repo.keyName} ${repo.keyUrl}`, writeRepos];
}

export function stageHasKey(policy: Policy, keys: { path: string }[], keyName: string): boolean {
  return keys.some((k) => k.path === `${policy.apk.keysDir}/${keyName}`);
}

export function describeStageBase(stage: Stage): string {
  return stage.image?.text ?? stage.imageRaw;
}

/**
 * Installs ca-certificates from the base image's own sources: apt cannot fetch an https source
 * without it, and Debian's images (slim or not) do not ship it.
 */
export const APT_CA_BOOTSTRAP = 'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*';

/**
 * The hardened Debian source for `suite` and its key, as instructions. `documented` is Docker's
 * `curl … | gpg --dearmor` (needs curl and gpg in the image); `add-asc` needs nothing in the image:
 * ADD pins the armoured key by checksum, and apt reads armoured keys from files named `.asc`.
 */
export function aptSetupInstructions(policy: Policy, suite: string, style: 'documented' | 'add-asc'): string[] | null {
  if (!policy.deb.servedSuites.includes(suite)) return null;
  const main = debSetupSource(policy);
  const list = `${policy.deb.sourcesDir}/dhi.list`;
  const line = (keyring: string) => `echo "deb [signed-by=${keyring}] ${main.url} ${suite} main" > ${list}`;
  if (style === 'add-asc' && main.keySha256) {
    const keyring = policy.deb.armouredKeyringPath;
    return [`ADD --chmod=644 --checksum=sha256:${main.keySha256} ${main.keyUrl} ${keyring}`, `RUN ${line(keyring)}`];
  }
  const keyring = policy.deb.keyringPath;
  return [`RUN curl -fsSL ${main.keyUrl} | gpg --dearmor -o ${keyring} && \\\n    ${line(keyring)}`];
}
