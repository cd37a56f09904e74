import { defineRule, type Fix, type RuleContext } from '../src/rule.js';
import { activeRepositories, alongChain, commandsOfInstruction, debSourceMatch, fetchesIndexes, installsPackages, isHardened, packageCommands, urlForMessage } from '../src/model/query.js';
import { apkRepositoryUrl, debSourceMissingRepository, isPolicyHost, isServedRelease, isServedSuite, type Policy } from '../src/policy/index.js';
import { APT_CA_BOOTSTRAP, aptSetupInstructions, apkSetupInstructions, apkSetupShell, describeStageBase, stageHasKey, type KeyInstallStyle } from '../src/fix/hardened-setup.js';
import { insertInstructionsBefore, insertShellLinesBefore } from '../src/fix/builders.js';
import type { Build, PackageCommandFact, RepoEntry, Stage } from '../src/model/types.js';
import { isHardenedApkPackage } from '../src/policy/hardened-packages.js';

type Options = { keyInstall: KeyInstallStyle };

/**
 * The repositories a command installs from, as a message names them: the ones the Dockerfile put
 * there (`>>`, `-X`, `sed -i`) by URL, the base image's own as such.
 */
function sourcesNamed(repos: RepoEntry[]): string {
  if (repos.length === 0) return 'no repository';
  const added = [...new Set(repos.filter((r) => r.origin !== 'base').map((r) => urlForMessage(r.url)))];
  const base = repos.some((r) => r.origin === 'base') ? "the base image's default repositories" : null;
  if (added.length === 0) return base!;
  const shown = added.length > 2 ? `${added.slice(0, 2).join(', ')} and ${added.length - 2} more` : added.join(' and ');
  return base ? `${shown} beside ${base}` : shown;
}

/**
 * The packages the stage's apk installs that the hardened main repository of `release` is not known
 * to build (a computed name counts as unknown), in order, each once.
 */
function unhardenedPackages(commands: PackageCommandFact[], release: string): string[] {
  const out = new Set<string>();
  for (const cmd of commands) {
    if (!installsPackages(cmd) || cmd.root !== '/') continue;
    for (const p of cmd.packages) {
      const v = p.value;
      if (v === null) out.add(p.raw);
      else if (!v.endsWith('.apk') && !v.startsWith('-')) {
        const name = v.split(/[=<>~@]/)[0]!;
        if (name !== '' && isHardenedApkPackage(release, name) === false) out.add(name);
      }
    }
  }
  return [...out];
}

/** Why the stage's release is unknown, and how the user can tell it (an unpinned tag, a digest, a build argument, a name the model cannot place). */
function whyUnknown(stage: Stage, policy: Policy, distro: 'Alpine' | 'Debian'): string {
  const image = describeStageBase(stage);
  const example = distro === 'Alpine' ? `alpine:${policy.apk.servedReleases.at(-1)}` : `debian:${policy.deb.servedSuites[0]}`;
  if (stage.release === 'edge') return `Alpine edge is not served by the hardened repositories; pin the base image (${image}) to a served release (${policy.apk.servedReleases.join(', ')})`;
  switch (stage.releaseUnknownReason) {
    case 'variable': {
      const v = stage.imageVariables[0] ?? 'BASE';
      return `the base image comes from the build argument ${v}, which has no default; give it with --build-arg ${v}=<image> (or buildArgs in .hardenfile.yaml) so its release can be told`;
    }
    case 'digest-only':
      return `the base image ${image} is pinned by digest only, so its ${distro} release cannot be told; write the tag beside the digest`;
    case 'unpinned':
      return `pin the base image (${image}) to a served ${distro} release to configure one`;
    default: {
      const name = stage.image ? (stage.image.registry ? `${stage.image.registry}/${stage.image.path}` : stage.image.path) : image;
      return `the ${distro} release of ${image} cannot be told from its name; declare what it is built on with baseImages in .hardenfile.yaml (for example "${name}": "${example}")`;
    }
  }
}

/** The names of the packages an apt command installs (`pkg=1.2` and `pkg:amd64` are `pkg`). */
function aptInstalled(cmd: PackageCommandFact): string[] {
  return installsPackages(cmd) ? cmd.packages.map((p) => (p.value ?? '').split(/[=:]/)[0]!) : [];
}

/** Packages apt installed in the stages each stage is built FROM; a set shared down the chain until a stage installs a new one. */
function aptInheritedInstalls(build: Build): (stage: Stage) => ReadonlySet<string> {
  const upTo = alongChain<ReadonlySet<string>>(build, (inherited, stage) => {
    const added = packageCommands(stage, 'apt').flatMap(aptInstalled).filter((p) => !inherited?.has(p));
    return added.length === 0 ? (inherited ?? new Set()) : new Set([...(inherited ?? []), ...added]);
  });
  return (stage) => (stage.parent === null ? new Set() : upTo(build.stages[stage.parent]!));
}

/**
 * Packages some apt command installed before each of the stage's own apt commands' instructions
 * (inherited stages included), in one pass over them: `before(c)` for a command of the stage.
 */
function installedBeforeEach(stage: Stage, inherited: ReadonlySet<string>): (instruction: number) => ReadonlySet<string> {
  const own = packageCommands(stage, 'apt');
  const sets = new Map<number, ReadonlySet<string>>();
  let current = inherited;
  let i = 0;
  return (instruction) => {
    const known = sets.get(instruction);
    if (known) return known;
    // Asked in instruction order (the commands' own order): extend the set up to `instruction`.
    let added: string[] = [];
    for (; i < own.length && own[i]!.instruction < instruction; i++) added.push(...aptInstalled(own[i]!));
    added = added.filter((p) => !current.has(p));
    if (added.length > 0) current = new Set([...current, ...added]);
    sets.set(instruction, current);
    return current;
  };
}

/**
 * The hardened source and its key, inserted before a RUN that starts with `apt-get update` (the new
 * source must be indexed) once ca-certificates is installed (apt needs it for an https source):
 * then the fix is safe, and uses Docker's `curl | gpg --dearmor` when curl and gnupg are installed
 * too. Without such a RUN it goes before the first apt command that reads the indexes, unsafe,
 * after an install of ca-certificates from the base image's sources.
 */
function aptFix(build: Build, stage: Stage, suite: string, ctx: RuleContext<Options>, inherited: ReadonlySet<string>): Fix | null {
  const own = packageCommands(stage, 'apt');
  const installedBefore = installedBeforeEach(stage, inherited);
  const startsWithUpdate = (c: PackageCommandFact) => commandsOfInstruction(stage, 'apt', c.instruction)[0] === c && c.subcommand === 'update';
  const safeAt = own.find((c) => startsWithUpdate(c) && installedBefore(c.instruction).has('ca-certificates'));
  const at = safeAt ?? own.find((c) => fetchesIndexes(c));
  if (!at) return null;
  const have = at === safeAt ? installedBefore(at.instruction) : installedBeforeEach(stage, inherited)(at.instruction);
  const documented = have.has('curl') && (have.has('gnupg') || have.has('gpg'));
  const setup = aptSetupInstructions(ctx.policy, suite, documented ? 'documented' : 'add-asc');
  if (!setup) return null;
  // Without ca-certificates, the https source would fail `apt-get update`: install it first.
  const lines = have.has('ca-certificates') ? setup : [APT_CA_BOOTSTRAP, ...setup];
  return {
    title: `Configure the hardened Debian source for ${suite}`,
    safety: safeAt ? 'safe' : 'unsafe',
    edits: [insertInstructionsBefore(build, build.instructions[at.instruction]!, lines)],
  };
}

/**
 * Does the stage (or one it is built FROM) put a hardened Debian source in place, before or after
 * its installs (a bootstrap install of curl may come first)? Answered once per stage.
 */
function configuresHardened(ctx: RuleContext<Options>): (stage: Stage) => boolean {
  // A source on the hardened host that names no repository is meant as the hardened one (unsupported-release corrects it).
  const hardened = (url: string) => debSourceMatch(ctx.policy, url) !== null || debSourceMissingRepository(ctx.policy, url) !== null;
  // The same repository entries reach every later command: each is judged once.
  const judged = new Map<string, boolean>();
  const isHardenedUrl = (url: string) => {
    let v = judged.get(url);
    if (v === undefined) judged.set(url, (v = hardened(url)));
    return v;
  };
  return alongChain<boolean>(ctx.build, (inherited, stage) => {
    if (inherited) return true;
    return stage.facts.some((f) => {
      ctx.tick();
      return (f.kind === 'repo-write' && f.manager === 'apt' && f.lines.some((l) => isHardenedUrl(l.text))) || (f.kind === 'package-command' && f.repositories.some((r) => isHardenedUrl(r.url)));
    });
  });
}

function checkApt(ctx: RuleContext<Options>): void {
  const { build, policy } = ctx;
  const fixedStages = new Set<number>();
  const configures = configuresHardened(ctx);
  const inheritedInstalls = aptInheritedInstalls(build);
  for (const stage of build.stages) {
    ctx.tick();
    if (configures(stage)) continue;
    let fixed = stage.parent !== null && fixedStages.has(stage.parent);
    if (fixed) fixedStages.add(stage.index);
    const reported = new Set<number>();
    // A base the model cannot place (`python:3.13`): its sources are unknown, but none the stage
    // configures is hardened, so what apt installs comes from whatever the base ships, as for apk.
    const unknownBase = stage.distro === 'unknown';
    for (const cmd of packageCommands(stage, 'apt')) {
      ctx.tick();
      if (!installsPackages(cmd) || (cmd.repositoriesUnknown && !unknownBase) || reported.has(cmd.instruction)) continue;
      // A DHI stage comes with the hardened source: reported only once its sources are known to have lost it.
      if (stage.dhi && (cmd.repositoriesUnknown || cmd.repositories.some((r) => debSourceMatch(policy, r)))) continue;
      reported.add(cmd.instruction);
      const image = describeStageBase(stage);
      const served = policy.deb.servedSuites.join(', ');
      const release = stage.release;
      if (stage.distro === 'ubuntu') ctx.report({ messageId: 'aptUbuntu', data: { image, served }, span: cmd.span });
      else if (release === null) {
        const source = unknownBase ? `the sources ${image} comes with` : 'the upstream Debian sources';
        ctx.report({ messageId: 'aptUnknownRelease', data: { source, why: whyUnknown(stage, policy, 'Debian') }, span: cmd.span });
      }
      else if (!isServedSuite(policy, release)) ctx.report({ messageId: 'aptNotServed', data: { release, served }, span: cmd.span });
      else {
        const fix = fixed ? null : aptFix(build, stage, release, ctx, inheritedInstalls(stage));
        if (fix) {
          fixed = true;
          fixedStages.add(stage.index);
        }
        ctx.report({ messageId: 'aptUpstream', data: { image }, span: cmd.span, fix });
      }
    }
  }
}

export default defineRule<Options>({
  id: 'upstream-package-source',
  meta: {
    description: 'Packages are installed from repositories that are not hardened.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'supply-chain'],
    messages: {
      upstream: 'apk installs packages from {source}, and no hardened repository is configured in this stage (base {image}).',
      notServed: 'apk installs packages from {source}; Alpine {release} has no hardened repository (served: {served}).',
      unknownRelease: 'apk installs packages from {source}, and no hardened repository is configured: {why}.',
      upstreamRoot: 'apk installs packages into {root} from {source}, and no hardened repository is configured there.',
      aptUpstream: 'apt installs packages from the upstream Debian sources only: no hardened Debian source is configured in this stage (base {image}).',
      aptNotServed: 'apt installs packages from the upstream Debian sources; Debian {release} has no hardened source (served: {served}).',
      aptUnknownRelease: 'apt installs packages from {source}, and no hardened source is configured: {why}.',
      aptUbuntu: 'apt installs packages from Ubuntu\'s repositories: the base image {image} is Ubuntu, for which there is no hardened source (hardened Debian sources serve {served}); use a Debian or DHI base image.',
    },
    options: { keyInstall: 'wget' },
  },
  check(ctx) {
    const { build, policy } = ctx;
    // A stage built FROM a stage that gets the setup in this pass inherits it: no second setup.
    const fixedStages = new Set<number>();
    for (const stage of build.stages) {
      ctx.tick();
      // A Debian or Ubuntu image has no apk to run: no Alpine repository question to answer. A DHI
      // image is judged by the repositories its catalog definition starts with (an Alpine 3.22
      // one has only upstream ones); with no definition there is nothing to go on.
      if ((stage.dhi && stage.dhiImage?.definition?.packageManager !== 'apk') || stage.distro === 'debian' || stage.distro === 'ubuntu' || stage.distro === 'scratch') continue;
      let fixed = stage.parent !== null && fixedStages.has(stage.parent);
      if (fixed) fixedStages.add(stage.index);
      const reported = new Set<number>();
      const own = packageCommands(stage);
      for (const cmd of own) {
        ctx.tick();
        if (!installsPackages(cmd) || cmd.repositoriesUnknown || reported.has(cmd.instruction)) continue;
        const repos = activeRepositories(cmd);
        // A hardened URL broken by an empty global ARG is repository-version-mismatch's finding.
        if (repos.some((r) => isHardened(policy, r) || (r.emptyArgs && isPolicyHost(policy, r.url)))) continue;
        // A root (`apk --root DIR --initdb`) with no repository at all: apk has nothing to install from.
        if (cmd.root !== '/' && repos.length === 0) continue;
        reported.add(cmd.instruction);
        const source = sourcesNamed(repos);
        const span = cmd.span;
        const image = describeStageBase(stage);
        if (cmd.root !== '/') {
          ctx.report({ messageId: 'upstreamRoot', data: { root: cmd.root, source }, span });
          continue;
        }
        const release = stage.release;
        if (release === null) {
          ctx.report({ messageId: 'unknownRelease', data: { source, why: whyUnknown(stage, policy, 'Alpine') }, span });
          continue;
        }
        if ((release === 'edge' || !isServedRelease(policy, release)) && policy.apk.mirrors.length === 0) {
          ctx.report({ messageId: 'notServed', data: { source, release, served: policy.apk.servedReleases.join(', ') }, span });
          continue;
        }
        if (release === 'edge') {
          ctx.report({ messageId: 'unknownRelease', data: { source, why: whyUnknown(stage, policy, 'Alpine') }, span });
          continue;
        }
        let fix = null;
        // The setup goes before the instruction; a write of the repositories inside that same
        // instruction, before the command, would undo it, so there is no fix to offer then.
        const rewrittenFrom = (at: number) => repos.some((r) => r.fact?.kind === 'repo-write' && r.fact.mode !== 'edit' && r.fact.instruction === cmd.instruction && r.fact.span.start >= at);
        const overwrittenInside = rewrittenFrom(0);
        const instruction = build.instructions[cmd.instruction]!;
        const haveKey = stageHasKey(policy, cmd.keys, apkRepositoryUrl(policy, release).keyName);
        // Inside a `RUN <<EOF` script the setup goes on the lines just before the command.
        const shell = fixed || !cmd.commandSpan ? null : apkSetupShell(policy, release, ctx.options.keyInstall, haveKey);
        // Before the script's first apk command, so an `apk update` there reads the new list; but
        // not when the script writes the repositories again between there and this command, which
        // would undo the setup (and a fix that does not fix would be offered again on every pass).
        const first = commandsOfInstruction(stage, 'apk', cmd.instruction)[0] ?? cmd;
        const inScript = shell && !rewrittenFrom(first.span.start) ? insertShellLinesBefore(build, instruction, first.span.start, shell) : null;
        const lines = fixed || inScript || overwrittenInside ? null : apkSetupInstructions(policy, release, ctx.options.keyInstall, haveKey);
        const edit = inScript ?? (lines ? insertInstructionsBefore(build, instruction, lines) : null);
        if (edit) {
          // Safe only when the stage's packages are all built there: the setup replaces the base's
          // repositories, community included, and `apk add` of a package that is not fails the build.
          const unconfirmed = unhardenedPackages(own, release);
          const title = `Configure the hardened repository for Alpine ${release}`;
          fix =
            unconfirmed.length === 0
              ? { title, safety: 'safe' as const, edits: [edit] }
              : { title: `${title} (${unconfirmed.length > 2 ? `${unconfirmed.slice(0, 2).join(', ')} and ${unconfirmed.length - 2} more are` : `${unconfirmed.join(' and ')} ${unconfirmed.length === 1 ? 'is' : 'are'}`} not known to be built there)`, safety: 'unsafe' as const, edits: [edit] };
          fixed = true;
          fixedStages.add(stage.index);
        }
        ctx.report({ messageId: 'upstream', data: { source, image }, span, fix });
      }
    }
    checkApt(ctx);
  },
});
