/** Read-only questions rules ask of the model, answered once here instead of in every rule. */
import { debKeyByUrl, keyByUrl, matchApkRepository, matchDebSource, trustedKeyNames, type DebMatch, type HardenedMatch, type Policy } from '../policy/index.js';
import type { Build, Fact, InstructionInfo, KeyInstallFact, PackageCommandFact, RepoEntry, RepoLine, RepoWriteFact, Span, Stage, VariableFact } from './types.js';
import { basename } from './words.js';
import type { Command } from '../parse/shell-types.js';

/** A stage's own facts of one kind, in order (sorted once per stage: rules ask inside their loops). */
export function factsOf<K extends Fact['kind']>(stage: Stage, kind: K): Extract<Fact, { kind: K }>[] {
  const indexes = (stage.indexes ??= {});
  let memo = indexes.byKind;
  if (!memo || memo.length !== stage.facts.length) {
    memo = { length: stage.facts.length, kinds: new Map() };
    for (const f of stage.facts) {
      const list = memo.kinds.get(f.kind);
      if (list) list.push(f);
      else memo.kinds.set(f.kind, [f]);
    }
    indexes.byKind = memo;
  }
  // A copy: callers may sort or splice what they get.
  return [...(memo.kinds.get(kind) ?? [])] as Extract<Fact, { kind: K }>[];
}

/** Every own fact of a kind across stages, with its stage. */
export function eachFact<K extends Fact['kind']>(build: Build, kind: K): [Extract<Fact, { kind: K }>, Stage][] {
  const out: [Extract<Fact, { kind: K }>, Stage][] = [];
  for (const stage of build.stages) for (const f of factsOf(stage, kind)) out.push([f, stage]);
  return out;
}

export function instructionOf(build: Build, fact: Fact): InstructionInfo {
  return build.instructions[fact.instruction]!;
}

/** apk commands that fetch and install packages (not `del`, `info`, `update` alone). */
const INSTALLING = new Set(['add', 'upgrade', 'fix', 'install']);
const FETCHING = new Set(['add', 'upgrade', 'fix', 'install', 'update', 'fetch', 'search', 'dot', 'policy', 'list', 'cache']);
/** apt-get/apt/aptitude subcommands that download and install packages. */
const APT_INSTALLING = new Set(['install', 'upgrade', 'dist-upgrade', 'full-upgrade', 'reinstall', 'build-dep', 'safe-upgrade']);

export function installsPackages(cmd: PackageCommandFact): boolean {
  return cmd.subcommand !== null && (cmd.manager === 'apt' ? APT_INSTALLING : INSTALLING).has(cmd.subcommand);
}

export function fetchesIndexes(cmd: PackageCommandFact): boolean {
  if (cmd.manager === 'apt') return cmd.subcommand !== null && (APT_INSTALLING.has(cmd.subcommand) || ['update', 'download', 'source'].includes(cmd.subcommand));
  return cmd.subcommand !== null && FETCHING.has(cmd.subcommand);
}

/** The hardened Debian source an apt entry (or URI) is, if any. */
export function debSourceMatch(policy: Policy, entry: RepoEntry | string): DebMatch | null {
  return matchDebSource(policy, typeof entry === 'string' ? entry : entry.url);
}

/** apt source lines the stage's own instructions write (known URI), with their write. */
export function aptSourceLines(stage: Stage): { line: RepoLine; write: RepoWriteFact }[] {
  return factsOf(stage, 'repo-write').flatMap((write) =>
    write.manager === 'apt' && write.fileKind === 'repositories' && write.mode !== 'edit' ? write.lines.filter((l) => !l.dynamic && l.format).map((line) => ({ line, write })) : [],
  );
}

/** The suite word of an apt source as written (after the URI on a one-line source, on its `Suites:` line in deb822). */
export function aptSuiteRange(build: Build, line: RepoLine): Span | null {
  const span = line.format === 'deb822' ? (line.suiteSpan ?? null) : line.span;
  if (!span || !line.suite) return null;
  const text = build.text.slice(span.start, span.end);
  const from = line.format === 'deb822' ? text.indexOf(':') + 1 : text.indexOf(line.text) + line.text.length;
  if (from <= 0 || (line.format !== 'deb822' && text.indexOf(line.text) === -1)) return null;
  const esc = line.suite.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`(^|[\\s])(${esc})(?=[\\s"']|$)`, 'g');
  const hits = [...text.slice(from).matchAll(re)];
  if (hits.length !== 1) return null;
  const start = span.start + from + hits[0]!.index + hits[0]![1]!.length;
  return { start, end: start + line.suite.length };
}

export function hardenedMatch(policy: Policy, entry: RepoEntry | string): HardenedMatch | null {
  return matchApkRepository(policy, typeof entry === 'string' ? entry : entry.url);
}

export function isHardened(policy: Policy, entry: RepoEntry | string): boolean {
  return hardenedMatch(policy, entry) !== null;
}

/** Repository entries the command will actually use (pinned `@tag` ones only serve `pkg@tag`). */
export function activeRepositories(cmd: PackageCommandFact): RepoEntry[] {
  const tags = new Set(cmd.packages.flatMap((p) => (p.value && p.value.includes('@') ? [p.value.split('@')[1]!] : [])));
  return cmd.repositories.filter((r) => !r.tag || tags.has(r.tag));
}

/** A stage whose base is a DHI build image already has the hardened setup. */
export function hasDhiBase(stage: Stage): boolean {
  return stage.dhi;
}

/** Is the stage an Alpine one (or one where apk is used on an unknown base)? */
export function usesApk(build: Build, stage: Stage): boolean {
  for (let s: Stage | undefined = stage; s; s = stageAbove(build, s)) if (s.facts.some((f) => f.kind === 'package-command' && f.manager === 'apk')) return true;
  return false;
}

/**
 * The stage a stage is built FROM (undefined for one built on an image), one step of the budget:
 * FROM chains are walked with it in plain loops, `for (let s = stage; s; s = stageAbove(build, s))`.
 * Not a generator: V8 puts generator objects in the old generation, where one keeps the model it
 * walks alive through every young-generation collection until a full one (the typical file's lint
 * was 1.15x slower with generators here and in assignRoles).
 */
export function stageAbove(build: Build, stage: Stage): Stage | undefined {
  build.tick();
  return stage.parent === null ? undefined : build.stages[stage.parent];
}

/**
 * A question about a stage and the stages it is built FROM, answered once per stage from its
 * parent's answer (`undefined` for a stage built on no other) and its own facts, so asking it of
 * every stage of a FROM chain stays linear. Make one per question and build; answers are kept.
 */
export function alongChain<T>(build: Build, step: (inherited: T | undefined, stage: Stage) => T): (stage: Stage) => T {
  const answers = new Map<number, T>();
  return (stage) => {
    const path: Stage[] = [];
    for (let s: Stage | undefined = stage; s; s = stageAbove(build, s)) {
      if (answers.has(s.index)) break;
      path.push(s);
    }
    if (path.length === 0) return answers.get(stage.index)!;
    const top = path.at(-1)!;
    let value = top.parent !== null && answers.has(top.parent) ? answers.get(top.parent) : undefined;
    for (let i = path.length - 1; i >= 0; i--) {
      value = step(value, path[i]!);
      answers.set(path[i]!.index, value);
    }
    return answers.get(stage.index)!;
  };
}

/**
 * Facts of one kind that the stages a stage is built FROM have (not its own), oldest first. The
 * list is shared down the chain until a stage adds one: meant for kinds most stages lack.
 */
export function inheritedFacts<K extends Fact['kind']>(build: Build, kind: K): (stage: Stage) => Extract<Fact, { kind: K }>[] {
  const upTo = alongChain<Extract<Fact, { kind: K }>[]>(build, (inherited, stage) => {
    const own = factsOf(stage, kind);
    return own.length === 0 ? (inherited ?? []) : [...(inherited ?? []), ...own];
  });
  return (stage) => (stage.parent === null ? [] : upTo(build.stages[stage.parent]!));
}

/** Where a fact is in its stage's own facts (-1 when not there), without a scan per question. */
export function factPosition(stage: Stage, fact: Fact): number {
  const indexes = (stage.indexes ??= {});
  let map = indexes.positions;
  if (!map) {
    map = new Map(stage.facts.map((f, i) => [f, i]));
    indexes.positions = map;
  }
  return map.get(fact) ?? -1;
}

/** Own facts of a kind that come before `fact` in the stage. */
export function factsBefore<K extends Fact['kind']>(stage: Stage, kind: K, fact: Fact): Extract<Fact, { kind: K }>[] {
  const at = factPosition(stage, fact);
  return factsOf(stage, kind).filter((f) => factPosition(stage, f) < at);
}

/** A stage's package commands of one manager that one instruction runs, in order. */
export function commandsOfInstruction(stage: Stage, manager: 'apk' | 'apt', instruction: number): PackageCommandFact[] {
  const indexes = (stage.indexes ??= {});
  const managers = (indexes.commandsByInstruction ??= new Map());
  let map = managers.get(manager);
  if (!map) {
    map = new Map();
    for (const c of packageCommands(stage, manager)) {
      const list = map.get(c.instruction);
      if (list) list.push(c);
      else map.set(c.instruction, [c]);
    }
    managers.set(manager, map);
  }
  return map.get(instruction) ?? [];
}

/** The instructions of one stage, its FROM first. */
export function stageInstructions(build: Build, stage: Stage): InstructionInfo[] {
  let map = build.instructionsByStage;
  if (!map) {
    map = new Map();
    for (const info of build.instructions) {
      if (info.stage < 0) continue;
      const list = map.get(info.stage);
      if (list) list.push(info);
      else map.set(info.stage, [info]);
    }
    build.instructionsByStage = map;
  }
  return map.get(stage.index) ?? [];
}

/** Package commands of a stage's own instructions, for one manager. */
export function packageCommands(stage: Stage, manager: 'apk' | 'apt' = 'apk'): PackageCommandFact[] {
  return factsOf(stage, 'package-command').filter((c) => c.manager === manager);
}

/**
 * The policy key file name a key install is meant to provide, judged by its URL, the context file
 * it copies and the name it is saved under; null when it is no hardened key. A stale keyring URL
 * or a known wrong name maps to the trusted name it ends with (`dhi-dhi-apk@…` → `dhi-apk@…`),
 * else to the main repository's key.
 */
export function intendedKeyName(policy: Policy, fact: KeyInstallFact): string | null {
  if (fact.url) {
    const known = keyByUrl(policy, fact.url);
    if (known) return known.keyName;
  }
  const trusted = trustedKeyNames(policy);
  const names = [fact.contextSource, fact.path, fact.url].flatMap((n) => (n ? [basename(n)] : []));
  const exact = names.find((n) => trusted.includes(n));
  if (exact) return exact;
  const stale = fact.url !== null && fact.url.replace(/^http:/i, 'https:').startsWith(policy.apk.keyringUrlPrefix);
  if (!stale && !names.some((n) => policy.apk.knownWrongKeyNames.includes(n))) return null;
  const bySuffix = trusted
    .filter((t) => names.some((n) => n.endsWith(t) || (n.includes('@') && t.endsWith(n))))
    .sort((a, b) => b.length - a.length)[0];
  return bySuffix ?? policy.apk.repositories[0]?.keyName ?? null;
}

/** The one place inside `span` where `value` is written verbatim; null when absent or repeated. */
export function rangeOfText(build: Build, span: Span | null, value: string): Span | null {
  if (!span || value === '') return null;
  const text = build.text.slice(span.start, span.end);
  const at = text.indexOf(value);
  if (at === -1 || text.indexOf(value, at + 1) !== -1) return null;
  return { start: span.start + at, end: span.start + at + value.length };
}

/** A URL fit for a message: any `user:password@` part is dropped, so no credential is echoed. */
export function urlForMessage(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/i, '$1');
}

/** Package commands that download from the repositories: indexes (`update`) or packages (`add`, `fetch`, …). */
export function downloadsFromRepositories(cmd: PackageCommandFact): boolean {
  return installsPackages(cmd) || cmd.subcommand === 'update' || cmd.subcommand === 'fetch' || (cmd.manager === 'apt' && fetchesIndexes(cmd));
}

/** The shell command a package command was read from (matched by its command word), with its index in the RUN. */
export function shellCommandOf(build: Build, fact: PackageCommandFact): { command: Command; index: number } | null {
  const at = fact.commandSpan?.start;
  const commands = build.instructions[fact.instruction]?.run?.commands ?? [];
  const index = at === undefined ? -1 : commands.findIndex((c) => c.name?.span?.start === at);
  return index === -1 ? null : { command: commands[index]!, index };
}

/** Where a simple command starts in the file, prefix assignments included; null when not known. */
export function commandStart(command: Command): number | null {
  const first = command.assignments[0] ?? null;
  return first ? (first.span?.start ?? null) : (command.name?.span?.start ?? null);
}

/**
 * The ARG/ENV declaration that gives `name` its value at an instruction: the stage's own latest
 * ARG/ENV before it, else an ENV inherited from a parent stage (ARGs do not cross `FROM <stage>`),
 * or for an instruction before the first FROM the latest global ARG. Null when none does.
 */
export function variableAt(build: Build, instruction: number, name: string): VariableFact | null {
  const stageIndex = build.instructions[instruction]?.stage ?? -1;
  const before = (v: Fact): v is VariableFact => v.kind === 'variable' && v.name === name && v.instruction < instruction && !v.onbuild;
  if (stageIndex < 0) return build.globalArgs.filter(before).at(-1) ?? null;
  const stage = build.stages[stageIndex]!;
  const own = stage.facts.filter(before).at(-1);
  if (own) return own;
  for (let s = stageAbove(build, stage); s; s = stageAbove(build, s)) {
    const env = s.facts.filter((f): f is VariableFact => before(f) && f.keyword === 'ENV').at(-1);
    if (env) return env;
  }
  return null;
}

/**
 * Could apk verify every repository the command uses without a trust bypass? With the hardened
 * key by its exact name, or the upstream keys an Alpine base image ships with.
 */
export function apkKeysCover(policy: Policy, stage: Stage, cmd: PackageCommandFact): boolean {
  if (cmd.repositoriesUnknown) return false;
  // What apk trusts once a --keys-dir is gone: its root's own keys.
  const keys = new Set((cmd.rootKeys ?? cmd.keys).map((k) => basename(k.path)));
  return activeRepositories(cmd).every((r) => {
    const match = hardenedMatch(policy, r);
    if (match) return keys.has(match.keyName);
    return r.origin === 'base' && stage.distro === 'alpine';
  });
}

/** Is this apt key install Docker's hardened key (or a configured mirror's)? By its URL, else by the file's name. */
export function isHardenedAptKey(policy: Policy, fact: KeyInstallFact): boolean {
  return fact.url !== null ? debKeyByUrl(policy, fact.url) !== null : /dhi/i.test(basename(fact.contextSource ?? fact.path ?? ''));
}
