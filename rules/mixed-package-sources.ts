import { defineRule, type Fix } from '../src/rule.js';
import type { Build, PackageCommandFact, RepoEntry, RepoWriteFact, Span } from '../src/model/types.js';
import { activeRepositories, debSourceMatch, installsPackages, isHardened, packageCommands, rangeOfText, urlForMessage } from '../src/model/query.js';
import type { Policy } from '../src/policy/index.js';
import { removeWord, replace } from '../src/fix/builders.js';
import { describeStageBase } from '../src/fix/hardened-setup.js';

/**
 * `>>` → `>` (or `tee -a` → `tee`) when everything the append writes is hardened and the file held
 * nothing hardened before it: replacing then drops only the upstream entries.
 */
function replaceInstead(build: Build, policy: Policy, cmd: PackageCommandFact, write: RepoWriteFact): Fix | null {
  const at = write.modeSpan;
  if (!at || write.lines.length === 0 || write.lines.some((l) => l.dynamic || !isHardened(policy, l.text))) return null;
  const first = cmd.repositories.findIndex((r) => r.fact === write);
  const before = cmd.repositories.slice(0, first).filter((r) => r.file === write.file);
  if (first === -1 || before.some((r) => isHardened(policy, r) || r.origin === 'enterprise-conf')) return null;
  const op = build.text.slice(at.start, at.end);
  const edit = op.endsWith('>>') ? replace(at, op.slice(0, -1)) : op === '-a' || op === '--append' ? removeWord(build, at) : null;
  return edit ? { title: `Replace ${write.file} instead of appending to it`, safety: 'safe', edits: [edit] } : null;
}

/** Where a hardened entry was put in place (the range to blame when it left the base list active). */
function sourceSpan(cmd: PackageCommandFact, entry: RepoEntry): Span {
  if (entry.origin === 'flag') {
    const x = cmd.extraRepositories.find((e) => e.url === entry.url);
    return x?.optionSpan ?? entry.span ?? cmd.span;
  }
  return entry.span ?? entry.fact?.span ?? cmd.span;
}

export default defineRule<{ strict: boolean }>({
  id: 'mixed-package-sources',
  meta: {
    description: 'A hardened repository is configured, but an upstream one stays active beside it.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'supply-chain'],
    messages: {
      baseAppended: '{file} is appended to, so the base image\'s default repositories ({upstream}) stay active beside the hardened repository {hardened}.',
      baseKept: 'The base image\'s default repositories ({upstream}) stay active beside the hardened repository {hardened}.',
      unhardenedEntry: '{url} is not a hardened repository, yet apk uses it beside the hardened repository {hardened}.',
      unhardenedFlag: '{option} {url} adds a repository that is not hardened beside the hardened repository {hardened}.',
      aptMixed: 'apt uses {upstream} beside the hardened source {hardened}; with strict, only hardened sources may be active.',
      dhiBaseKept: 'The base image {image} keeps Docker\'s upstream repositories ({upstream}) beside the hardened repository {hardened}; with strict, only hardened repositories may be active.',
    },
    options: { strict: false },
  },
  check(ctx) {
    const { build, policy } = ctx;
    const seen = new Set<string>();
    const report = (messageId: string, span: Span, data: Record<string, string>, fix: Fix | null = null) => {
      const id = `${span.start}:${span.end}`;
      if (seen.has(id)) return;
      seen.add(id);
      ctx.report({ messageId, span, data, fix });
    };
    for (const stage of build.stages) {
      // apt prefers the `+dhi` builds and falls back to Debian by design: mixed sources are the
      // documented pattern there, reported only with `strict`.
      if (ctx.options.strict) {
        for (const cmd of packageCommands(stage, 'apt')) {
          if (!installsPackages(cmd) || cmd.repositoriesUnknown) continue;
          const hardened = cmd.repositories.find((r) => debSourceMatch(policy, r));
          const plain = cmd.repositories.filter((r) => !debSourceMatch(policy, r));
          if (!hardened || plain.length === 0) continue;
          const upstream = [...new Set(plain.map((r) => urlForMessage(r.url)))].join(', ');
          report('aptMixed', cmd.span, { upstream, hardened: urlForMessage(hardened.url) });
        }
      }
      for (const cmd of packageCommands(stage, 'apk')) {
        if (!installsPackages(cmd) || cmd.repositoriesUnknown) continue;
        const repos = activeRepositories(cmd);
        const hardened = repos.filter((r) => isHardened(policy, r));
        if (hardened.length === 0) continue;
        const plain = repos.filter((r) => !isHardened(policy, r) && r.origin !== 'enterprise-conf');
        const shown = urlForMessage(hardened[0]!.url);
        const base = plain.filter((r) => r.origin === 'base');
        // A DHI image's own list is Docker's pattern (hardened main, then upstream main and
        // community), as mixed Debian sources are: reported only with `strict`.
        if (base.length > 0 && stage.dhiImage?.definition) {
          if (ctx.options.strict) report('dhiBaseKept', sourceSpan(cmd, hardened[0]!), { image: describeStageBase(stage), upstream: base.map((r) => urlForMessage(r.url)).join(', '), hardened: shown });
        } else if (base.length > 0) {
          const upstream = base.map((r) => urlForMessage(r.url)).join(', ');
          const file = base[0]!.file;
          const append = hardened.find((r) => r.file === file && r.fact?.kind === 'repo-write' && r.fact.mode === 'append');
          if (append && append.fact?.kind === 'repo-write') {
            const write = append.fact;
            report('baseAppended', write.modeSpan ?? write.span, { file: write.file, upstream, hardened: shown }, replaceInstead(build, policy, cmd, write));
          } else {
            report('baseKept', sourceSpan(cmd, hardened[0]!), { upstream, hardened: shown });
          }
        }
        for (const x of cmd.extraRepositories) {
          if (isHardened(policy, x.url)) continue;
          const span = x.optionSpan ?? x.span ?? cmd.span;
          const option = x.optionSpan ? build.text.slice(x.optionSpan.start, x.optionSpan.end).split(/[\s=]/)[0]! : '-X';
          const fix: Fix | null = x.optionSpan ? { title: `Drop the ${option} repository`, safety: 'unsafe', edits: [removeWord(build, x.optionSpan)] } : null;
          report('unhardenedFlag', span, { option: option.startsWith('-X') ? '-X' : option, url: urlForMessage(x.url), hardened: shown }, fix);
        }
        for (const r of plain) {
          if (r.origin !== 'write') continue;
          const at = r.span ?? (r.fact?.kind === 'repo-write' ? (r.fact.edit?.span ?? r.fact.span) : cmd.span);
          report('unhardenedEntry', rangeOfText(build, at, r.url) ?? at, { url: urlForMessage(r.url), hardened: shown });
        }
      }
    }
  },
});
