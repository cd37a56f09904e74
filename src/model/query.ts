/** Read-only questions rules ask of the model, answered once here instead of in every rule. */
import { matchApkRepository, type HardenedMatch, type Policy } from '../policy/index.js';
import type { Build, Fact, InstructionInfo, PackageCommandFact, RepoEntry, Stage } from './types.js';

export function factsOf<K extends Fact['kind']>(stage: Stage, kind: K): Extract<Fact, { kind: K }>[] {
  return stage.facts.filter((f): f is Extract<Fact, { kind: K }> => f.kind === kind);
}

/** Every own fact of a kind across stages, with its stage. */
export function* eachFact<K extends Fact['kind']>(build: Build, kind: K): Generator<[Extract<Fact, { kind: K }>, Stage]> {
  for (const stage of build.stages) for (const f of factsOf(stage, kind)) yield [f, stage];
}

export function instructionOf(build: Build, fact: Fact): InstructionInfo {
  return build.instructions[fact.instruction]!;
}

/** apk commands that fetch and install packages (not `del`, `info`, `update` alone). */
const INSTALLING = new Set(['add', 'upgrade', 'fix', 'install']);
const FETCHING = new Set(['add', 'upgrade', 'fix', 'install', 'update', 'fetch', 'search', 'dot', 'policy', 'list', 'cache']);

export function installsPackages(cmd: PackageCommandFact): boolean {
  return cmd.subcommand !== null && INSTALLING.has(cmd.subcommand);
}

export function fetchesIndexes(cmd: PackageCommandFact): boolean {
  return cmd.subcommand !== null && FETCHING.has(cmd.subcommand);
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
export function usesApk(stage: Stage): boolean {
  return stage.allFacts.some((f) => f.kind === 'package-command' && f.manager === 'apk');
}

/** Package commands of a stage's own instructions, for one manager. */
export function packageCommands(stage: Stage, manager: 'apk' | 'apt' = 'apk'): PackageCommandFact[] {
  return factsOf(stage, 'package-command').filter((c) => c.manager === manager);
}
