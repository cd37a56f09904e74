/**
 * Trusted sources as data: the Docker Hardened Images profile and the user's mirrors.
 * Every URL, key name, checksum and served release a rule needs comes from here (facts from
 * ../shared/DOMAIN.md, checked 2026-11). Rules never hold these literals.
 */

export type ApkChannel = 'main' | 'security' | 'els';

export interface ApkRepositoryPolicy {
  channel: ApkChannel;
  /** URL template; `{release}` is the Alpine MAJOR.MINOR (without the `v`). */
  url: string;
  /** File name the key must have in /etc/apk/keys (apk matches v2 index signatures by name). */
  keyName: string;
  /** Where the key is downloaded from. */
  keyUrl: string;
  keySha256: string | null;
  /** True when fetching needs credentials (Enterprise/ELS). */
  auth: boolean;
}

/** A trusted source the user configured (a private mirror of the hardened repositories). */
export interface MirrorPolicy {
  /** URL template with `{release}`, e.g. `https://mirror.example.com/dhi/apk/alpine/v{release}/main`. */
  url: string;
  keyName: string;
  keyUrl: string | null;
  keySha256: string | null;
  auth: boolean;
}

export interface Policy {
  /** Hosts that serve the hardened repositories and keys. */
  hosts: string[];
  /** Registries (and `<org>/dhi-` mirror name prefixes) whose images count as DHI images. */
  dhiRegistries: string[];
  dhiMirrorPrefixes: string[];
  /**
   * Mirror layouts that are DHI images without configuration when the name is a catalog image and
   * the tag has a DHI tag's shape: a last path part `dhi-<name>` (`myorg/dhi-node`,
   * `ghcr.io/acme/dhi-node`), or `<name>` in a `dhi` directory of a registry
   * (`us-docker.pkg.dev/acme/dhi/node`).
   */
  dhiMirrorLayouts: { namePrefix: string; directory: string };
  /**
   * The user's declarations of what base images are built on (config `baseImages`): an image name,
   * or a name with its tag, to the reference it stands for (`alpine:3.23`, `debian:trixie`, a DHI
   * image; `{tag}` in the value is the tag written in the FROM). Keys lower-cased.
   */
  baseImages: Record<string, string>;
  apk: {
    repositories: ApkRepositoryPolicy[];
    mirrors: MirrorPolicy[];
    /** Alpine releases (MAJOR.MINOR) served under the hardened host. */
    servedReleases: string[];
    keysDir: string;
    repositoriesFile: string;
    repositoriesDir: string;
    configFile: string;
    /** Key names seen in the wild that apk will not match (stale names, the GitHub file name). */
    knownWrongKeyNames: string[];
    /** Path prefix of the keyring URLs. */
    keyringUrlPrefix: string;
    /** Package whose install adds the security repository and its key. */
    enterpriseConfPackage: string;
    /** Upstream Alpine mirrors a plain base image uses. */
    upstreamHosts: string[];
  };
  auth: {
    secretId: string;
    env: string;
    /** apk reads credentials from this env var; format `basic:<realm>:<user>:<password>`. */
    valueFormat: string;
  };
  deb: DebPolicy;
  /** Hosts known to serve TLS, where http:// can be rewritten to https:// safely. */
  tlsHosts: string[];
}

export type DebChannel = 'main' | 'security';

export interface DebSourcePolicy {
  channel: DebChannel;
  /** Source URI (one-line `deb … <URI> <suite> <components>` or deb822 `URIs:`). */
  url: string;
  keyUrl: string;
  keySha256: string | null;
  /** True when fetching needs credentials (Enterprise). */
  auth: boolean;
}

/** A private mirror of the hardened Debian sources the user configured (`debMirrors`). */
export interface DebMirrorPolicy {
  /** Source URI, e.g. `https://mirror.example.com/dhi/deb/debian/main`. */
  url: string;
  /** The signing key's URL; null: the mirror serves Docker's signed indexes, so Docker's key verifies it. */
  keyUrl: string | null;
  keySha256: string | null;
  auth: boolean;
}

/** The hardened Debian (apt) sources. */
export interface DebPolicy {
  hosts: string[];
  sources: DebSourcePolicy[];
  mirrors: DebMirrorPolicy[];
  /** OpenPGP fingerprint of the signing key. */
  keyFingerprint: string;
  /** Documented keyring path (`gpg --dearmor` output); an armoured key goes to the `.asc` one. */
  keyringPath: string;
  armouredKeyringPath: string;
  /** Debian suites (codenames) served under the hardened host. */
  servedSuites: string[];
  /** Upstream Debian hosts a plain base image uses, and the keyring its default sources name. */
  upstreamHosts: string[];
  upstreamKeyring: string;
  sourcesFile: string;
  sourcesDir: string;
  /** The base image's default deb822 sources file (Debian 12 and later). */
  baseSourcesFile: string;
  /** Ubuntu base images' own sources (none of them hardened), so rules see what an Ubuntu stage uses. */
  ubuntu: UbuntuSourcesPolicy;
  confFile: string;
  confDir: string;
  /** Directories apt keyrings are kept in (bound with `signed-by=`). */
  keyringDirs: string[];
  /** Global keyrings apt trusts for every source (the deprecated way). */
  trustedFile: string;
  trustedDir: string;
  /** Credentials: apt reads `machine … login … password …` files here. */
  authConfDir: string;
  authConfFile: string;
  /** The secret id and target the documented enterprise setup mounts. */
  authSecretId: string;
  authSecretTarget: string;
  authSecretMode: string;
}

/** What an `ubuntu:<tag>` image's apt sources are (amd64 images; arm64 ones use ports.ubuntu.com). */
export interface UbuntuSourcesPolicy {
  archiveUrl: string;
  securityUrl: string;
  /** Suites after the codename in the default sources: `<codename>-updates`, …; the security one goes to `securityUrl`. */
  suiteSuffixes: string[];
  securitySuffix: string;
  /** deb822 file of Ubuntu 24.04 and later, with `Signed-By:` this keyring. */
  sourcesFile: string;
  keyring: string;
  /** One-line `/etc/apt/sources.list` of older releases, verified by this key in trusted.gpg.d. */
  legacyKey: string;
  /** First MAJOR.MINOR release that ships the deb822 file. */
  deb822Since: string;
}

const DEB_KEY_ID = 'D46852F6925E9F71';

export const DEB_POLICY: DebPolicy = {
  hosts: ['dhi.io'],
  mirrors: [],
  sources: [
    {
      channel: 'main',
      url: 'https://dhi.io/deb/debian/main',
      keyUrl: `https://dhi.io/keyring/dhi-deb-gpg.${DEB_KEY_ID}.key`,
      keySha256: '9ccb62e93205ff8905120d8c8053f10372907b4b9a71ed3191f3bc1812c04290',
      auth: false,
    },
    {
      channel: 'security',
      url: 'https://dhi.io/deb/debian/security',
      keyUrl: `https://dhi.io/keyring/dhi-deb-sec-gpg.${DEB_KEY_ID}.key`,
      keySha256: null,
      auth: true,
    },
  ],
  keyFingerprint: 'B6081EE18F903EACC8B0F27CD46852F6925E9F71',
  keyringPath: '/usr/share/keyrings/dhi-deb.gpg',
  armouredKeyringPath: '/usr/share/keyrings/dhi-deb.asc',
  servedSuites: ['trixie'],
  upstreamHosts: ['deb.debian.org', 'security.debian.org'],
  upstreamKeyring: '/usr/share/keyrings/debian-archive-keyring.gpg',
  sourcesFile: '/etc/apt/sources.list',
  sourcesDir: '/etc/apt/sources.list.d',
  baseSourcesFile: '/etc/apt/sources.list.d/debian.sources',
  ubuntu: {
    archiveUrl: 'http://archive.ubuntu.com/ubuntu/',
    securityUrl: 'http://security.ubuntu.com/ubuntu/',
    suiteSuffixes: ['', '-updates', '-backports'],
    securitySuffix: '-security',
    sourcesFile: '/etc/apt/sources.list.d/ubuntu.sources',
    keyring: '/usr/share/keyrings/ubuntu-archive-keyring.gpg',
    legacyKey: '/etc/apt/trusted.gpg.d/ubuntu-keyring-2018-archive.gpg',
    deb822Since: '24.04',
  },
  confFile: '/etc/apt/apt.conf',
  confDir: '/etc/apt/apt.conf.d',
  keyringDirs: ['/usr/share/keyrings', '/etc/apt/keyrings'],
  trustedFile: '/etc/apt/trusted.gpg',
  trustedDir: '/etc/apt/trusted.gpg.d',
  authConfDir: '/etc/apt/auth.conf.d',
  authConfFile: '/etc/apt/auth.conf',
  authSecretId: 'netrc',
  authSecretTarget: '/etc/apt/auth.conf.d/dhi.conf',
  authSecretMode: '0600',
};

const DHI_KEY_SHA256 = '0003d0ae2bf20db9669f784d6ccd5d52265cb1b73fdb14f5186b348b3308f0cd';
const KEY_SUFFIX = 'docker-0F81AD7700D99184.rsa.pub';

export const DHI_POLICY: Policy = {
  hosts: ['dhi.io'],
  dhiRegistries: ['dhi.io'],
  dhiMirrorPrefixes: [],
  dhiMirrorLayouts: { namePrefix: 'dhi-', directory: 'dhi' },
  baseImages: {},
  apk: {
    repositories: [
      {
        channel: 'main',
        url: 'https://dhi.io/apk/alpine/v{release}/main',
        keyName: `dhi-apk@${KEY_SUFFIX}`,
        keyUrl: `https://dhi.io/keyring/dhi-apk@${KEY_SUFFIX}`,
        keySha256: DHI_KEY_SHA256,
        auth: false,
      },
      {
        channel: 'security',
        url: 'https://dhi.io/apk/alpine/v{release}/security',
        keyName: `dhi-apk-sec@${KEY_SUFFIX}`,
        keyUrl: `https://dhi.io/keyring/dhi-apk-sec@${KEY_SUFFIX}`,
        keySha256: DHI_KEY_SHA256,
        auth: true,
      },
      {
        channel: 'els',
        url: 'https://dhi.io/apk/alpine/v{release}/els',
        keyName: `dhi-apk-els@${KEY_SUFFIX}`,
        keyUrl: `https://dhi.io/keyring/dhi-apk-els@${KEY_SUFFIX}`,
        keySha256: DHI_KEY_SHA256,
        auth: true,
      },
    ],
    mirrors: [],
    servedReleases: ['3.23', '3.24'],
    keysDir: '/etc/apk/keys',
    repositoriesFile: '/etc/apk/repositories',
    repositoriesDir: '/etc/apk/repositories.d',
    configFile: '/etc/apk/config',
    knownWrongKeyNames: [`dhi-dhi-apk@${KEY_SUFFIX}`, `apk@${KEY_SUFFIX}`, 'dhi.pub', 'dhi.rsa.pub'],
    keyringUrlPrefix: 'https://dhi.io/keyring/',
    enterpriseConfPackage: 'dhi-enterprise-conf',
    upstreamHosts: ['dl-cdn.alpinelinux.org', 'dl-2.alpinelinux.org', 'dl-3.alpinelinux.org', 'dl-4.alpinelinux.org', 'dl-5.alpinelinux.org'],
  },
  auth: {
    secretId: 'http_auth',
    env: 'HTTP_AUTH',
    valueFormat: 'basic:<realm>:<user>:<password>',
  },
  deb: DEB_POLICY,
  tlsHosts: ['dhi.io', 'dl-cdn.alpinelinux.org', 'github.com', 'raw.githubusercontent.com'],
};

/** Options from the user's config that extend the profile. */
export interface PolicyOverrides {
  mirrors?: MirrorPolicy[];
  debMirrors?: DebMirrorPolicy[];
  dhiImageMirrors?: string[];
  baseImages?: Record<string, string>;
}

export function makePolicy(overrides: PolicyOverrides = {}): Policy {
  const mirrors = overrides.mirrors ?? [];
  const debMirrors = overrides.debMirrors ?? [];
  const hostsOf = (list: { url: string }[]) =>
    list.flatMap((m) => {
      const host = hostOf(m.url);
      return host ? [host] : [];
    });
  const debHosts = [...new Set(hostsOf(debMirrors))];
  return {
    ...DHI_POLICY,
    dhiMirrorPrefixes: [...(overrides.dhiImageMirrors ?? [])],
    baseImages: Object.fromEntries(Object.entries(overrides.baseImages ?? {}).map(([k, v]) => [k.toLowerCase(), v])),
    tlsHosts: [...DHI_POLICY.tlsHosts],
    apk: { ...DHI_POLICY.apk, mirrors },
    deb: { ...DHI_POLICY.deb, mirrors: debMirrors, hosts: [...DHI_POLICY.deb.hosts, ...debHosts] },
    hosts: [...new Set([...DHI_POLICY.hosts, ...hostsOf(mirrors), ...debHosts])],
  };
}

export function hostOf(url: string): string | null {
  const m = /^[a-z][a-z0-9+.-]*:\/\/(?:[^/@\s]*@)?([^/:\s]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

/** A repository URL matched against the policy. */
export interface HardenedMatch {
  source: 'dhi' | 'mirror';
  channel: ApkChannel | null;
  /** Release in the URL (MAJOR.MINOR), or `edge`, `latest-stable`, or null when the URL has none. */
  release: string | null;
  keyName: string;
  keyUrl: string | null;
  auth: boolean;
  /** Template the URL matched, for rewriting. */
  template: string;
}

const templateCache = new Map<string, RegExp>();

/** Compiled once per template: the matcher runs for every repository entry of every command. */
function templateRegex(template: string): RegExp {
  let re = templateCache.get(template);
  if (!re) {
    re = compileTemplate(template);
    templateCache.set(template, re);
  }
  return re;
}

function compileTemplate(template: string): RegExp {
  const [before, after] = template.split('{release}') as [string, string | undefined];
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // `v{release}` also matches the unversioned `edge`/`latest-stable` paths, so they are recognised
  // as the policy's repositories (and reported as releases it does not serve).
  const release = before.endsWith('v') ? `${esc(before.slice(0, -1))}(v[^/\\s]+|edge|latest-stable)` : `${esc(before)}([^/\\s]+)`;
  const body = after === undefined ? esc(before) : `${release}${esc(after)}`;
  // http:// is matched too so insecure-package-source can report it against the right source.
  return new RegExp(`^${body.replace(/^https:/, 'https?:')}/?$`, 'i');
}

/**
 * The URL without its `user:password@` part: credentials in a URL do not make it another repository
 * (they are credentials-in-url's finding). The user part runs to the authority's LAST `@`, as a
 * password may hold one.
 */
export function withoutUserinfo(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/\s]*@/i, '$1');
}

/** Is this apk repository URL a hardened one (DHI or a trusted mirror)? */
export function matchApkRepository(policy: Policy, given: string): HardenedMatch | null {
  return remembered(apkMatches, policy, given, matchApkRepositoryOnce);
}

/**
 * Answers by URL, per policy: every command of a stage asks about the same repository entries,
 * so a file of 20,000 `apk add` asks 20,000 times. Frozen, since they are shared; a cap keeps a
 * long-running language server from growing without bound.
 */
function remembered<T>(memo: WeakMap<Policy, Map<string, T>>, policy: Policy, url: string, compute: (policy: Policy, url: string) => T): T {
  let answers = memo.get(policy);
  if (!answers) memo.set(policy, (answers = new Map()));
  const known = answers.get(url);
  if (known !== undefined || answers.has(url)) return known as T;
  const answer = compute(policy, url);
  if (answers.size >= 10_000) answers.clear();
  answers.set(url, answer !== null && typeof answer === 'object' ? Object.freeze(answer) : answer);
  return answer;
}

const apkMatches = new WeakMap<Policy, Map<string, HardenedMatch | null>>();
const debMatches = new WeakMap<Policy, Map<string, DebMatch | null>>();

function matchApkRepositoryOnce(policy: Policy, given: string): HardenedMatch | null {
  const url = withoutUserinfo(given);
  for (const repo of policy.apk.repositories) {
    const m = templateRegex(repo.url).exec(url);
    if (m) {
      return { source: 'dhi', channel: repo.channel, release: normaliseRelease(m[1] ?? null), keyName: repo.keyName, keyUrl: repo.keyUrl, auth: repo.auth, template: repo.url };
    }
  }
  for (const mirror of policy.apk.mirrors) {
    const m = templateRegex(mirror.url).exec(url);
    if (m) {
      return { source: 'mirror', channel: null, release: normaliseRelease(m[1] ?? null), keyName: mirror.keyName, keyUrl: mirror.keyUrl, auth: mirror.auth, template: mirror.url };
    }
  }
  return null;
}

/** `v3.23` → `3.23`; `edge`/`latest-stable` stay. */
function normaliseRelease(r: string | null): string | null {
  if (r === null) return null;
  return r.replace(/^v(?=\d)/, '');
}

/** Does the URL point at a policy host (even if the path is not a known repository)? */
export function isPolicyHost(policy: Policy, url: string): boolean {
  const host = hostOf(url);
  return host !== null && policy.hosts.includes(host);
}

export function isServedRelease(policy: Policy, release: string): boolean {
  return policy.apk.servedReleases.includes(release);
}

/** The repository URL for a channel and release (or the first mirror's, when the user has one). */
export function apkRepositoryUrl(policy: Policy, release: string, channel: ApkChannel = 'main'): { url: string; keyName: string; keyUrl: string | null; keySha256: string | null } {
  const mirror = channel === 'main' ? policy.apk.mirrors[0] : undefined;
  if (mirror) {
    return { url: mirror.url.replace('{release}', release), keyName: mirror.keyName, keyUrl: mirror.keyUrl, keySha256: mirror.keySha256 };
  }
  const repo = policy.apk.repositories.find((r) => r.channel === channel)!;
  return { url: repo.url.replace('{release}', release), keyName: repo.keyName, keyUrl: repo.keyUrl, keySha256: repo.keySha256 };
}

/** All key file names the policy trusts. */
export function trustedKeyNames(policy: Policy): string[] {
  return [...policy.apk.repositories.map((r) => r.keyName), ...policy.apk.mirrors.map((m) => m.keyName)];
}

/** The policy key whose download URL this is, if any. */
export function keyByUrl(policy: Policy, url: string): { keyName: string; keyUrl: string } | null {
  const normal = url.replace(/^http:/i, 'https:');
  for (const r of policy.apk.repositories) if (r.keyUrl === normal) return { keyName: r.keyName, keyUrl: r.keyUrl };
  for (const m of policy.apk.mirrors) if (m.keyUrl && m.keyUrl === normal) return { keyName: m.keyName, keyUrl: m.keyUrl };
  return null;
}

/** A deb source URI matched against the policy's hardened Debian sources. */
export interface DebMatch {
  source: 'dhi' | 'mirror';
  channel: DebChannel;
  keyUrl: string;
  keySha256: string | null;
  auth: boolean;
  /** The URI is written with plain http. */
  insecure: boolean;
}

/** The key that verifies a source: its own, or (a mirror without one) Docker's key of the same channel. */
function debKey(policy: Policy, source: DebSourcePolicy | DebMirrorPolicy): { keyUrl: string; keySha256: string | null } {
  if (source.keyUrl) return { keyUrl: source.keyUrl, keySha256: source.keySha256 };
  const same = policy.deb.sources.find((s) => s.channel === (source.auth ? 'security' : 'main'))!;
  return { keyUrl: same.keyUrl, keySha256: same.keySha256 };
}

/** Is this apt source URI one of the hardened Debian sources or a configured mirror (http:// matched too, for insecure-package-source)? */
export function matchDebSource(policy: Policy, given: string): DebMatch | null {
  return remembered(debMatches, policy, given, matchDebSourceOnce);
}

function matchDebSourceOnce(policy: Policy, given: string): DebMatch | null {
  const url = withoutUserinfo(given);
  const trim = (u: string) => u.replace(/^http:/i, 'https:').replace(/(?<!\/)\/+$/, '');
  const normal = trim(url);
  const insecure = /^http:/i.test(url);
  const source = policy.deb.sources.find((s) => s.url === normal);
  if (source) return { source: 'dhi', channel: source.channel, ...debKey(policy, source), auth: source.auth, insecure };
  const mirror = policy.deb.mirrors.find((m) => trim(m.url) === normal);
  return mirror ? { source: 'mirror', channel: mirror.auth ? 'security' : 'main', ...debKey(policy, mirror), auth: mirror.auth, insecure } : null;
}

/**
 * A source URI on the hardened host that stops before the repository (`https://dhi.io/deb/debian`,
 * seen in a public README): the URI it meant, the public main source's, with the scheme and a
 * trailing slash kept as written. Null for any other URI.
 */
export function debSourceMissingRepository(policy: Policy, url: string): string | null {
  const main = policy.deb.sources.find((s) => s.channel === 'main')!;
  const parent = main.url.slice(0, main.url.lastIndexOf('/'));
  // Trimmed by hand: `/\/+$/` backtracks quadratically on a long run of slashes inside the URI.
  let end = url.length;
  while (end > 0 && url[end - 1] === '/') end--;
  const bare = url.slice(0, end);
  if (bare.length > parent.length + 5) return null;
  if (bare.replace(/^http:/i, 'https:').toLowerCase() !== parent) return null;
  return `${bare}${main.url.slice(parent.length)}${url.slice(bare.length)}`;
}

/** The Debian signing key (Docker's, or a configured mirror's) whose download URL this is (http:// too), if any. */
export function debKeyByUrl(policy: Policy, url: string): { keyUrl: string; keySha256: string | null } | null {
  const normal = url.replace(/^http:/i, 'https:');
  const known = [...policy.deb.sources, ...policy.deb.mirrors].find((s) => s.keyUrl !== null && s.keyUrl.replace(/^http:/i, 'https:') === normal);
  return known ? debKey(policy, known) : null;
}

/** The source the fix configures: the first public mirror the user has, else Docker's main source. */
export function debSetupSource(policy: Policy): { url: string; keyUrl: string; keySha256: string | null } {
  const mirror = policy.deb.mirrors.find((m) => !m.auth);
  const main = policy.deb.sources.find((s) => s.channel === 'main')!;
  return { url: (mirror ?? main).url, ...debKey(policy, mirror ?? main) };
}

export function isServedSuite(policy: Policy, suite: string): boolean {
  return policy.deb.servedSuites.includes(suite);
}
