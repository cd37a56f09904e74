import type { LineIndex } from '../text.js';
import type { SecretMatch, UrlCredentials } from '../policy/secrets.js';
import type { DhiDefinition } from '../policy/dhi-catalog.js';
import type { Span, ParsedRun, Word } from '../parse/shell-types.js';
import type { Environment } from './environment.js';

export type { Span };

/** Package managers the model knows. */
export type Manager = 'apk' | 'apt';

/** Where a repository entry came from. */
export type RepoOrigin =
  /** The base image's own default list (upstream for a plain alpine base, hardened for a DHI dev base). */
  | 'base'
  /** Written by the Dockerfile (echo/printf/tee/heredoc/sed/cp/COPY/ADD …). */
  | 'write'
  /** Appended by installing the policy's enterprise configuration package. */
  | 'enterprise-conf'
  /** Given on the command line (`-X`/`--repository`). */
  | 'flag';

export interface RepoEntry {
  url: string;
  /** `@tag` of a pinned apk repository line. */
  tag?: string;
  origin: RepoOrigin;
  /** File it lives in (`/etc/apk/repositories`, a `.list`), or null for `-X`. */
  file: string | null;
  /** Where it was written/declared in the Dockerfile; null for base defaults. */
  span: Span | null;
  /** The fact that wrote it; null for base defaults. */
  fact: Fact | null;
  /** Global ARGs its line used that the stage does not declare (empty there): see RepoLine. */
  emptyArgs?: string[];
  /** apt only: the suite, `signed-by=` keyring and `[trusted=yes]` of the source. */
  suite?: string | null;
  signedBy?: string | null;
  trusted?: boolean;
}

/** apt only: what a keyring file holds, and how apt finds it. */
export type AptKeyFormat = 'armoured' | 'binary' | 'unknown';

export interface KeyEntry {
  /** Absolute destination path (`/etc/apk/keys/dhi-apk@docker-….rsa.pub`). */
  path: string;
  origin: 'base' | 'install' | 'enterprise-conf';
  fact: KeyInstallFact | null;
}

interface FactBase {
  /** Index of the instruction in `Build.instructions`. */
  instruction: number;
  /** Main range to report. */
  span: Span;
}

/** A write to a package-manager source or config file. */
export interface RepoWriteFact extends FactBase {
  kind: 'repo-write';
  manager: Manager;
  /** Absolute path of the file written. */
  file: string;
  /** `config` for `/etc/apk/config` (options), else a repository list. */
  fileKind: 'repositories' | 'config';
  /** replace (`>`, `tee`, `cp`, `COPY`), append (`>>`, `tee -a`), or an in-place edit (`sed -i`). */
  mode: 'replace' | 'append' | 'edit';
  via: string;
  /** Entries written (or, for an edit, the URLs the edit introduces), with variables expanded. */
  lines: RepoLine[];
  /** For `sed -i`: the expression's pattern and replacement when it is a plain `s` command. */
  edit?: { pattern: string; replacement: string; span: Span | null };
  /** Range of the redirect/operator that chose the mode (`>>`, `-a`), for fixes. */
  modeSpan: Span | null;
  /**
   * Entries the file held just before this write (set by the state replay for repository lists);
   * null when its content was unknown then.
   */
  before?: RepoEntry[] | null;
}

export interface RepoLine {
  /** Entry text after variable expansion (a URL, or an option line for `/etc/apk/config`). */
  text: string;
  /** `@tag` prefix of a pinned repository line. */
  tag?: string;
  /** True when the value depends on something unknown (an unresolved variable, `$(…)`). */
  dynamic: boolean;
  /** True when the release part is computed from the running image (`$(cut … /etc/alpine-release)`). */
  releaseFromImage: boolean;
  /** True when the release comes from the same ARG as the stage's FROM. */
  releaseFromBaseArg: boolean;
  /**
   * Global ARGs (declared before the first FROM) the line used that its stage does not declare:
   * they are empty there (`v${ALPINE}` gives `v`), as BuildKit passes a global ARG only to FROM.
   */
  emptyArgs?: string[];
  /** Where the entry stands in the file, when it is one contiguous stretch. */
  span: Span | null;
  /**
   * apt sources (`deb [options] URI suite components`, or one URI × suite of a deb822 stanza):
   * `text` is the URI. The suite is null when not statically known.
   */
  suite?: string | null;
  /** True when the suite is computed from the running image (`$VERSION_CODENAME`, `lsb_release -cs`). */
  suiteFromImage?: boolean;
  components?: string[];
  /** `signed-by=`/`Signed-By:` keyring path; null when absent (an inline deb822 key counts as bound). */
  signedBy?: string | null;
  signedByInline?: boolean;
  /** `[trusted=yes]` / `Trusted: yes`. */
  trusted?: boolean;
  /** All options of the line (`arch=amd64`, `signed-by=…`), lower-cased names; `written` as in the file (`Trusted: yes`). */
  options?: { name: string; value: string; written?: string }[];
  /** deb822: the `Suites:` and `Signed-By:` lines (one-line sources hold both in `span`). */
  suiteSpan?: Span | null;
  signedBySpan?: Span | null;
  /** `one-line` (`.list`, sources.list) or `deb822` (`.sources`). */
  format?: 'one-line' | 'deb822';
}

/** A signing key (or keyring) put in place. */
export interface KeyInstallFact extends FactBase {
  kind: 'key-install';
  manager: Manager;
  /** Absolute destination path; null when not statically known. */
  path: string | null;
  /** Source URL, when downloaded or ADDed from a URL. */
  url: string | null;
  /** Source in the build context (COPY), when copied. */
  contextSource: string | null;
  via: string;
  /** ADD --checksum value, if any. */
  checksum: string | null;
  /** Range of the destination name/path as written (for fixes), when contiguous. */
  destSpan: Span | null;
  /** Range of the URL as written, when contiguous. */
  urlSpan: Span | null;
  /** Set when a later `mv`/`cp` in the stage put this file somewhere else (that move is its own fact). */
  movedLater: boolean;
  /** apt only: armoured as downloaded, binary after `gpg --dearmor`, or unknown (copied from the context). */
  format?: AptKeyFormat;
  /**
   * apt only: the key is trusted for every source instead of bound with `signed-by=`
   * (`apt-key add`, a file in /etc/apt/trusted.gpg.d).
   */
  unbound?: 'apt-key' | 'trusted.gpg.d';
  /**
   * apt only: ADDed from a URL without a `--chmod` that lets others read it. ADD saves a downloaded
   * file with mode 0600, and apt verifies signatures as its `_apt` user, which then cannot read it.
   * `chmod` is the ADD's `--chmod` value (null when absent).
   */
  unreadable?: { chmod: string | null };
}

/** A download (wget/curl/ADD URL) of anything. */
export interface DownloadFact extends FactBase {
  kind: 'download';
  tool: string;
  url: string;
  urlSpan: Span | null;
  /** Flags that disable TLS verification (`--no-check-certificate`, `-k`, `--insecure`), with ranges. */
  insecureFlags: { flag: string; span: Span | null }[];
  /** `wget -O <url>` with no URL to fetch: the URL was taken as the output file's name, nothing is downloaded. */
  urlAsOutput?: boolean;
}

/**
 * A package file installed directly instead of from a repository (`dpkg -i x.deb`,
 * `apt-get install ./x.deb`): nothing checks a signature on it.
 */
export interface LocalPackageFact extends FactBase {
  kind: 'local-package';
  manager: Manager;
  /** `dpkg`, `apt-get`, `apt`. */
  tool: string;
  /** Absolute path of the package file (a glob such as `/tmp/*.deb` stays a glob). */
  path: string;
  /** Set when the file was fetched from a URL earlier in the stage (curl, wget, ADD of a URL); `checksum` when ADD pinned it. */
  downloaded: { url: string; instruction: number; span: Span; checksum?: string | null } | null;
}

export interface PackageCommandFact extends FactBase {
  kind: 'package-command';
  manager: Manager;
  /** Subcommand (`add`, `update`, `upgrade`, `fix`, `del`, `install`, …). */
  subcommand: string | null;
  /** Package operands (names, `name@tag`, local `.apk` files). */
  packages: Word[];
  /** `-X`/`--repository` URLs given on this command. */
  extraRepositories: { url: string; span: Span | null; optionSpan: Span | null }[];
  repositoriesFile: string | null;
  /** Trust and source options on this command, with the range of the whole option. */
  options: { name: string; value: string | null; span: Span | null }[];
  /** The command's environment (ENV, mount `env=`, exports, its prefixes): ask it by name, `env.named('HTTP_AUTH')`. */
  env: Environment;
  /** Repository entries active when the command runs (before its own effects). */
  repositories: RepoEntry[];
  /** True when some repository file holds content the model cannot know (COPY from the context, computed text). */
  repositoriesUnknown: boolean;
  /** Keys present when the command runs (for apk: in the directory it trusts, `keysDir`). */
  keys: KeyEntry[];
  /** apk only: the keys in its root's own `etc/apk/keys`, which it trusts without `--keys-dir`. */
  rootKeys?: KeyEntry[];
  /** The command word's range. */
  commandSpan: Span | null;
  /** The RUN's secret mounts. */
  mounts: SecretMount[];
  /** apt only: the program (`apt-get`, `apt`, `aptitude`). */
  tool?: string;
  /**
   * The root the command works on: `/`, or `apk --root DIR`/`-p DIR`, whose repositories and keys are
   * DIR's own (`DIR/etc/apk/repositories`, `DIR/etc/apk/keys`).
   */
  root: string;
  /** apk only: the directory whose keys it trusts (`--keys-dir`, else the root's `etc/apk/keys`). */
  keysDir: string | null;
  /** apk only: `--initdb`, which creates an empty database in the root (no repositories, no keys). */
  initdb?: boolean;
}

export type { EnvBinding } from './environment.js';

export interface TrustBypassFact extends FactBase {
  kind: 'trust-bypass';
  manager: Manager;
  /** e.g. `--allow-untrusted`, `--keys-dir`, `allow-untrusted` (config line), `SSL_NO_VERIFY_HOSTNAME`. */
  what: string;
  /** The option as the file writes it when that differs from `what` (`trusted=1`, deb822 `Trusted: yes`). */
  written?: string;
  /**
   * The apt source that sets `[trusted=yes]`/`[allow-insecure=yes]`. Rules find it in the write's
   * repo-write fact, but an ONBUILD trigger keeps no repo-write (build.ts, TRIGGER_FACTS).
   */
  source?: RepoLine;
}

export interface SecretMount {
  id: string;
  /** File path the secret is mounted at; empty when it is only given as `env=`. */
  target: string;
  env: string | null;
  required: boolean;
  span: Span;
  /** `mode=` of the mount, as written; null when absent. */
  mode?: string | null;
  /** The options of the `--mount=` value as written (`type=secret`, `id=x`, …), with their spans. */
  options: MountOption[];
}

export interface MountOption {
  name: string;
  value: string | null;
  span: Span;
  valueSpan: Span | null;
}

/** A read of a mounted secret (`/run/secrets/<id>` or a custom target) in a RUN. */
export interface SecretReadFact extends FactBase {
  kind: 'secret-read';
  id: string;
  path: string;
  /** Whether the RUN mounts that secret. */
  mounted: boolean;
  /** Where the value goes: a variable, a file of the layer, or elsewhere. */
  into: { variable?: string; file?: string };
}

/** A secret value (from a mount or a credential variable) written into a file of the layer. */
export interface SecretWriteFact extends FactBase {
  kind: 'secret-write';
  file: string;
  source: string;
  /** True for credentials written as text in a RUN with no secret mount (`echo "machine …" > /etc/apt/auth.conf.d/x.conf`). */
  literal?: boolean;
  /** True when a later `rm` of the same RUN deletes the file: it never reaches the layer, but the commands between read it. */
  removed?: boolean;
}

/** ARG or ENV declaration. */
export interface VariableFact extends FactBase {
  kind: 'variable';
  keyword: 'ARG' | 'ENV';
  name: string;
  nameSpan: Span;
  value: string | null;
  valueSpan: Span | null;
  global: boolean;
  /** Declared by an ONBUILD trigger: it takes effect in a later build, not in this stage. */
  onbuild?: boolean;
}

/** One `key=value` of a LABEL (or of an ONBUILD LABEL trigger); labels stay in the image configuration. */
export interface LabelFact extends FactBase {
  kind: 'label';
  name: string;
  nameSpan: Span;
  /** After quote removal and variable expansion; null when a variable stayed unresolved or no value is given. */
  value: string | null;
  valueSpan: Span | null;
  onbuild?: boolean;
}

/**
 * A credential written as text where a command or a file reads it: `curl -u user:pass`, an
 * `Authorization` header, `docker login -p`, `npm config set …:_authToken`, an `.npmrc` auth line,
 * a netrc password given to printf. Outputs hide it; rules report it.
 */
export interface LiteralSecretFact extends FactBase {
  kind: 'literal-secret';
  /** What it is, for messages (`password given to curl -u`). */
  label: string;
  /** `argument`: given to a command; `npmrc`/`netrc`: a line of that file the RUN writes. */
  via: 'argument' | 'npmrc' | 'netrc';
  /** The secret as the command receives it. */
  value: string;
  /** Where it is written, when that is one stretch of the file equal to the value. */
  valueSpan: Span | null;
}

/** COPY or ADD of files into the image. */
export interface CopyFact extends FactBase {
  kind: 'copy';
  keyword: 'COPY' | 'ADD';
  /** `key`: the model put this source in place as a signing key or keyring (apk's keys, an apt keyring). */
  sources: { text: string; span: Span; key?: boolean }[];
  dest: string;
  /** `--from=<stage|image>` */
  from: string | null;
  heredoc: boolean;
}

export type Fact =
  | RepoWriteFact
  | KeyInstallFact
  | DownloadFact
  | PackageCommandFact
  | LocalPackageFact
  | TrustBypassFact
  | SecretReadFact
  | SecretWriteFact
  | VariableFact
  | LabelFact
  | LiteralSecretFact
  | CopyFact;

export interface ImageRef {
  /** The reference after variable expansion, as written otherwise. */
  text: string;
  registry: string | null;
  /** Repository path without registry (`library/alpine` stays `alpine`). */
  path: string;
  tag: string | null;
  digest: string | null;
}

export type Distro = 'alpine' | 'debian' | 'ubuntu' | 'scratch' | 'unknown';

export type { DhiDefinition };

/** A DHI base image as Docker's catalog knows it. */
export interface DhiImage {
  /** The catalog name (`node`), also behind a mirror's name (`myorg/dhi-node` → `node`). */
  name: string;
  /**
   * The reference the catalog was asked about: the FROM's, or the image the config's `baseImages`
   * declares it to stand for.
   */
  reference: ImageRef;
  /** How the reference was recognised: the DHI registry, a configured mirror prefix, or a mirror layout. */
  via: 'registry' | 'configured-mirror' | 'mirror-layout';
  /**
   * The catalog definition the tag matched by shape (variant, package manager, shell, user,
   * repositories, keys); null when none did, then `unmatched` says why.
   */
  definition: DhiDefinition | null;
  /** The catalog tag of the same shape (`24-alpine3.23-dev` for `24.20.1-alpine3.23-dev`). */
  tag: string | null;
  unmatched: 'digest-only' | 'no-tag' | 'unknown-image' | 'unknown-tag' | null;
  /** For an unknown tag or image: the nearest tags (or image names) the catalog has. */
  nearest: string[];
}

export interface Stage {
  index: number;
  name: string | null;
  /** Range of the whole FROM instruction and of its image reference. */
  fromSpan: Span;
  imageSpan: Span | null;
  /** Image reference after variable expansion; null if a variable stayed unresolved. */
  image: ImageRef | null;
  /** The raw reference text as written. */
  imageRaw: string;
  /** Variables the FROM line used (for "same ARG as the FROM" checks). */
  imageVariables: string[];
  /** Index of the stage this one builds on (`FROM <stage>`). */
  parent: number | null;
  distro: Distro;
  /** `3.23` for Alpine, `trixie` for Debian; null when unknown. */
  release: string | null;
  /** Why the release is unknown: unpinned tag, unresolved variable. */
  releaseUnknownReason: 'unpinned' | 'digest-only' | 'variable' | 'not-applicable' | null;
  /** Base is a DHI image (dhi.io or a configured mirror name). */
  dhi: boolean;
  /**
   * DHI variant: runtime (no package manager) or a build variant (`-dev`, `-sdk`), as the catalog
   * says when the tag matched a definition (else guessed from the tag); null when a digest-only
   * reference does not tell.
   */
  dhiVariant: 'runtime' | 'dev' | null;
  /** The DHI base image as the catalog knows it; null when the base is not a DHI image. */
  dhiImage: DhiImage | null;
  /**
   * True when the stage runs a Windows shell: escape=` with a base the model does not know as
   * Linux, a SHELL of powershell/cmd, or a parent stage that ends in one. Its RUNs are not read.
   */
  windows: boolean;
  /** Facts of this stage's own instructions, in order. */
  facts: Fact[];
  /**
   * What the default build (no `--target`) does with the stage: `final` for the last stage and the
   * stages it is built FROM; `build` for a stage only files of which reach it (`COPY --from`,
   * `RUN --mount=from=`); `unused` for one nothing refers to, which BuildKit skips.
   */
  role: 'final' | 'build' | 'unused';
  /** Indexes src/model/query.ts builds on first use and keeps with the stage (see StageIndexes). */
  indexes?: StageIndexes;
}

/**
 * Indexes of a stage's facts that rules ask for inside their loops. Kept on the stage rather than
 * in WeakMaps keyed by it: in Node 20's V8 a WeakMap entry for a short-lived key kept each file's
 * model alive through young-generation collections (the typical file's lint promoted 6× the bytes
 * and ran 1.15× slower).
 */
export interface StageIndexes {
  /** Facts by kind, for `facts.length` facts (rebuilt when facts were added since). */
  byKind?: { length: number; kinds: Map<Fact['kind'], Fact[]> };
  positions?: Map<Fact, number>;
  commandsByInstruction?: Map<string, Map<number, PackageCommandFact[]>>;
}

export interface InstructionInfo {
  index: number;
  keyword: string;
  span: Span;
  keywordSpan: Span;
  /** Arguments range (after flags for RUN). */
  argsSpan: Span | null;
  /** Stage index; -1 before the first FROM. */
  stage: number;
  /** Set for RUN in POSIX shell form. */
  run?: ParsedRun;
  /**
   * RUN only (not an ONBUILD trigger): BuildKit starts a shell for it — shell form, heredocs, or
   * an exec form that runs `sh -c` — so it fails in an image without one.
   */
  needsShell?: boolean;
  /**
   * The script of an ONBUILD RUN trigger, for redaction only: the rules read `run` as this
   * instruction's own script, which a trigger is not.
   */
  triggerRun?: ParsedRun;
  /** True for an instruction inside ONBUILD. */
  onbuild: boolean;
  /** Secret mounts on a RUN. */
  mounts: SecretMount[];
}

export interface Directives {
  escape: string;
  syntax: string | null;
}

/** The secrets of a file, as `redaction.ts` finds them once per file. */
export interface Redaction {
  /** Sorted, disjoint ranges of the text to hide. */
  spans: Span[];
  /** The secrets as strings, to find in strings that are not slices of the text (a message's data). */
  values: string[];
}

export interface Build {
  text: string;
  directives: Directives;
  instructions: InstructionInfo[];
  stages: Stage[];
  /** Global ARGs (before the first FROM). */
  globalArgs: VariableFact[];
  /** The file's line starts. */
  lines: LineIndex;
  /** Credential-shaped values anywhere in the file, in order. */
  secrets: SecretMatch[];
  /** Every `scheme://user:password@` in the file, in order. */
  urlCredentials: UrlCredentials[];
  /** The file's secrets (`redaction.ts`): every output masks them. */
  redaction: Redaction;
  /** Comments with their text, for inline ignores. */
  comments: { span: Span; text: string }[];
  /**
   * The time budget of the work on this file: call it in every loop that grows with the file; it
   * throws once the budget is spent (the engine's `budgetTick`). A no-op without one.
   */
  tick: () => void;
  /** Where the model stopped reading, in file order: what it did not check there is unknown, not clean. */
  limits: Limit[];
  /** Each stage's instructions, built by src/model/query.ts on first use (see StageIndexes). */
  instructionsByStage?: Map<number, InstructionInfo[]>;
}

/**
 * A place the model did not read to the end. `too-large`: a value longer than MAX_VALUE_LENGTH,
 * treated as unknown (`variable`: the variable assigned, or the first one the word uses).
 * `too-deep`: a shell script nested deeper than the reader goes (`max` levels); the commands from
 * there to the end of that script are not known.
 */
export type Limit =
  | { kind: 'too-large'; variable: string | null; max: number; instruction: number; span: Span }
  | { kind: 'too-deep'; max: number; instruction: number; span: Span }
  /** `${V:-${W:-…}}` nested deeper than the expander goes (`max` levels): the value is unknown. */
  | { kind: 'value-too-deep'; max: number; instruction: number; span: Span };

export type { Word };
