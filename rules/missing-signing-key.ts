import { defineRule, type Fix, type RuleContext } from '../src/rule.js';
import type { Build, DownloadFact, Fact, InstructionInfo, KeyInstallFact, PackageCommandFact, Stage } from '../src/model/types.js';
import { debSourceMatch, factPosition, factsBefore, factsOf, fetchesIndexes, hardenedMatch, inheritedFacts, intendedKeyName, packageCommands } from '../src/model/query.js';
import { insertAt, insertInstructionsBefore, insertRunFlag, lineStartOf, removeInstruction } from '../src/fix/builders.js';
import { apkKeysDirRoot } from '../src/model/files.js';
import { keyByUrl } from '../src/policy/index.js';
import type { LineIndex } from '../src/text.js';

// Instructions that change what a moved instruction would see.
const CONTEXT_KEYWORDS = new Set(['ARG', 'ENV', 'WORKDIR', 'USER', 'SHELL', 'ONBUILD']);
// Facts an instruction may hold and still be only a key install.
const KEY_ONLY_FACTS = new Set<Fact['kind']>(['key-install', 'download', 'copy']);

/** Move a later key install up when it is an instruction of its own and nothing between changes its meaning. */
function moveFix(build: Build, stage: Stage, use: InstructionInfo, later: KeyInstallFact): Fix | null {
  const info = build.instructions[later.instruction]!;
  if (later.via === 'curl' || info.onbuild) return null;
  if (stage.facts.some((f) => f.instruction === later.instruction && !KEY_ONLY_FACTS.has(f.kind))) return null;
  const between = build.instructions.slice(use.index, later.instruction);
  if (between.some((i) => CONTEXT_KEYWORDS.has(i.keyword))) return null;
  const removal = removeInstruction(build, info);
  const text = removal ? build.text.slice(removal.start, removal.end) : '';
  if (!removal || !/[\r\n]$/.test(text)) return null;
  return {
    title: `Move the key install on line ${build.lines.position(info.span.start).line} before its first use`,
    safety: 'safe',
    edits: [insertAt(lineStartOf(build, use.span.start), text), removal],
  };
}

export default defineRule({
  id: 'missing-signing-key',
  meta: {
    description: 'apk or apt uses a hardened repository whose signing key is not installed.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'supply-chain'],
    messages: {
      missing: 'apk uses {repository}, but its signing key {key} is not in {keysDir}: apk rejects the index as UNTRUSTED.',
      installedLater: 'apk uses {repository}, but its signing key {key} is installed only later, on line {line}.',
      aptMissing: 'apt uses {repository}, but its keyring {key} (signed-by) does not exist yet: apt rejects the source (NO_PUBKEY).',
      aptInstalledLater: 'apt uses {repository}, but its keyring {key} is installed only later, on line {line}.',
      aptKeyUnreadable: "apt uses {repository} with the keyring {key}, but the ADD on line {line} saves it with mode 0600, which apt's _apt user cannot read: apt ignores the keyring (NO_PUBKEY).",
      aptNoSignedBy: 'apt uses {repository}, which names no keyring with signed-by=, and no key for it is installed: apt rejects the source (NO_PUBKEY).',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    const lines = build.lines;
    // Keys checked in a stage (found, or reported at their first use); a child stage inherits the verdict.
    const checkedIn = new Map<number, Set<string>>();
    const inherited: Inherited = { keys: inheritedFacts(build, 'key-install'), downloads: inheritedFacts(build, 'download') };
    for (const stage of build.stages) {
      ctx.tick();
      const done = new Set(stage.parent !== null ? (checkedIn.get(stage.parent) ?? []) : []);
      checkedIn.set(stage.index, done);
      checkApt(ctx, stage, done, lines);
      for (const cmd of packageCommands(stage)) {
        ctx.tick();
        // The keys apk reads: its root's own, or the image's (`--root /out --keys-dir /etc/apk/keys`).
        // A --keys-dir elsewhere holds keys out of the model's sight (trust-bypass speaks for it).
        const keysDir = cmd.keysDir;
        if (!fetchesIndexes(cmd) || keysDir === null || (keysDir !== policy.apk.keysDir && apkKeysDirRoot(policy, keysDir) === null)) continue;
        for (const repo of cmd.repositories) {
          const match = hardenedMatch(policy, repo);
          const id = `${keysDir}/${match?.keyName}`;
          if (!match || done.has(id)) continue;
          done.add(id);
          if (cmd.keys.some((k) => k.path === id)) continue;
          // A key for this repository saved under another name or place: signing-key-name reports it.
          if (earlierInstalls(stage, cmd, inherited).some((f) => intendedKeyName(policy, f) === match.keyName)) continue;
          // `wget -O <key URL>`, which fetches nothing: signing-key-name rewrites that command, and a
          // second download beside it would leave a RUN that still fails.
          const downloads = [...inherited.downloads(stage), ...factsBefore(stage, 'download', cmd)];
          if (downloads.some((f) => f.urlAsOutput && keyByUrl(policy, f.url)?.keyName === match.keyName)) continue;
          const use = build.instructions[cmd.instruction]!;
          const later = laterInstalls(stage, cmd).find((f) => f.path === `${keysDir}/${match.keyName}`);
          const data = { repository: repo.url, key: match.keyName, keysDir };
          const insert: Fix | null = match.keyUrl
            ? {
                title: `Install the signing key ${match.keyName}`,
                safety: 'safe',
                edits: [insertInstructionsBefore(build, use, [`RUN wget -q -O ${keysDir}/${match.keyName} ${match.keyUrl}`])],
              }
            : null;
          if (later) {
            const line = lines.position(build.instructions[later.instruction]!.span.start).line;
            const fix = later.instruction === cmd.instruction ? insert : (moveFix(build, stage, use, later) ?? insert);
            ctx.report({ messageId: 'installedLater', data: { ...data, line }, span: cmd.span, fix });
          } else {
            ctx.report({ messageId: 'missing', data, span: cmd.span, fix: insert });
          }
        }
      }
    }
  },
});

function keyInstalls(facts: Fact[], manager: 'apk' | 'apt' = 'apk'): KeyInstallFact[] {
  return facts.filter((f): f is KeyInstallFact => f.kind === 'key-install' && f.manager === manager);
}

/**
 * apt: a hardened source's `signed-by=` keyring must exist when apt reads the source; without
 * signed-by, some key must be trusted globally (signing-key-name says that binding is wrong).
 * An armoured `.asc` keyring can be ADDed by checksum before the use; a `.gpg` one needs gpg.
 */
function checkApt(ctx: RuleContext, stage: Stage, done: Set<string>, lines: LineIndex): void {
  const { build, policy } = ctx;
  for (const cmd of packageCommands(stage, 'apt')) {
    ctx.tick();
    if (!fetchesIndexes(cmd)) continue;
    for (const repo of cmd.repositories) {
      const match = debSourceMatch(policy, repo);
      const key = repo.signedBy ?? null;
      const id = `apt ${key ?? repo.url}`;
      if (!match || repo.origin === 'base' || done.has(id)) continue;
      done.add(id);
      if (key === null) {
        const inline = repo.fact?.kind === 'repo-write' && repo.fact.lines.some((l) => l.text === repo.url && l.signedByInline);
        if (inline || cmd.keys.some((k) => k.fact?.unbound)) continue;
        ctx.report({ messageId: 'aptNoSignedBy', data: { repository: repo.url }, span: cmd.span });
        continue;
      }
      const present = cmd.keys.find((k) => k.path === key);
      if (present?.fact?.unreadable) reportUnreadable(ctx, cmd, repo.url, present.fact, lines);
      if (present) continue;
      const use = build.instructions[cmd.instruction]!;
      const sha = match.keySha256;
      const insert: Fix | null =
        key.endsWith('.asc') && sha
          ? { title: `Install the keyring ${key}`, safety: 'safe', edits: [insertInstructionsBefore(build, use, [`ADD --chmod=644 --checksum=sha256:${sha} ${match.keyUrl} ${key}`])] }
          : null;
      const later = laterInstalls(stage, cmd, 'apt').find((f) => f.path === key);
      if (later) {
        const line = lines.position(build.instructions[later.instruction]!.span.start).line;
        const move = later.instruction !== cmd.instruction && (later.via === 'ADD' || later.via === 'COPY') ? moveFix(build, stage, use, later) : null;
        ctx.report({ messageId: 'aptInstalledLater', data: { repository: repo.url, key, line }, span: cmd.span, fix: move ?? insert });
      } else {
        ctx.report({ messageId: 'aptMissing', data: { repository: repo.url, key }, span: cmd.span, fix: insert });
      }
    }
  }
}

function reportUnreadable(ctx: RuleContext, cmd: PackageCommandFact, repository: string, key: KeyInstallFact, lines: LineIndex): void {
  const { build } = ctx;
  const add = build.instructions[key.instruction]!;
  const fix: Fix | null = key.unreadable?.chmod !== null || add.onbuild ? null : { title: 'Save the keyring readable for apt (--chmod=644)', safety: 'safe', edits: [insertRunFlag(build, add, '--chmod=644')] };
  const line = lines.position(add.span.start).line;
  ctx.report({ messageId: 'aptKeyUnreadable', data: { repository, key: key.path ?? '', line }, span: cmd.span, fix });
}

/** Key installs and downloads of the stages each stage is built FROM, found once per stage. */
interface Inherited {
  keys: (stage: Stage) => KeyInstallFact[];
  downloads: (stage: Stage) => DownloadFact[];
}

function earlierInstalls(stage: Stage, cmd: PackageCommandFact, inherited: Inherited): KeyInstallFact[] {
  return keyInstalls([...inherited.keys(stage), ...factsBefore(stage, 'key-install', cmd)]);
}

function laterInstalls(stage: Stage, cmd: PackageCommandFact, manager: 'apk' | 'apt' = 'apk'): KeyInstallFact[] {
  const at = factPosition(stage, cmd);
  return keyInstalls(factsOf(stage, 'key-install').filter((f) => factPosition(stage, f) > at), manager);
}
