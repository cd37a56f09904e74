import { defineRule, type RuleContext } from '../src/rule.js';
import type { Build, Span, Stage } from '../src/model/types.js';
import { aptSourceLines, aptSuiteRange, debSourceMatch, factsOf, hardenedMatch, packageCommands, rangeOfText, stageInstructions, urlForMessage } from '../src/model/query.js';
import { isPolicyHost, isServedRelease, isServedSuite, type Policy } from '../src/policy/index.js';
import { apkFile } from '../src/model/files.js';
import { describeStageBase } from '../src/fix/hardened-setup.js';
import { insertInstructionsBefore, replace } from '../src/fix/builders.js';

interface Candidate {
  url: string;
  span: Span;
}

/**
 * The hardened URLs a stage's own instructions write or pass with `-X`, with their literal ranges.
 * Only for the image's own apk: one run with `--root DIR` installs into DIR, which may well be
 * another Alpine release than the builder's.
 */
function candidates(policy: Policy, stage: Stage): Candidate[] {
  const out: Candidate[] = [];
  for (const write of factsOf(stage, 'repo-write')) {
    if (write.fileKind !== 'repositories' || (write.manager === 'apk' && apkFile(policy, write.file)?.root !== '/')) continue;
    for (const line of write.lines) {
      // A release computed from the image or the FROM's own ARG matches the base by construction.
      if (line.dynamic || line.releaseFromImage || line.releaseFromBaseArg) continue;
      out.push({ url: line.text, span: line.span ?? write.edit?.span ?? write.span });
    }
  }
  const own = new Set(stage.facts);
  for (const cmd of packageCommands(stage)) {
    if (cmd.root !== '/') continue;
    for (const x of cmd.extraRepositories) out.push({ url: x.url, span: x.span ?? x.optionSpan ?? cmd.span });
    // `sed -i 's/v3.23/v3.24/'` rewrites entries without spelling a URL out: the model applies it.
    for (const r of cmd.repositories) {
      const f = r.fact;
      if (f?.kind === 'repo-write' && f.mode === 'edit' && own.has(f)) out.push({ url: r.url, span: f.edit?.span ?? f.span });
    }
  }
  const seen = new Set<string>();
  return out.filter((c) => !seen.has(`${c.span.start} ${c.url}`) && seen.add(`${c.span.start} ${c.url}`));
}

/** The `v3.23` path segment of `url` inside `span`, when the text there spells the URL out once. */
function releaseRange(build: Build, span: Span, url: string, release: string): Span | null {
  const text = build.text.slice(span.start, span.end);
  const at = text.indexOf(url);
  if (at === -1 || text.indexOf(url, at + 1) !== -1) return null;
  const segments = url.split('/');
  const hits = segments.flatMap((s, i) => (s === `v${release}` || s === release ? [i] : []));
  if (hits.length !== 1) return null;
  const offset = segments.slice(0, hits[0]).join('/').length + 1;
  const start = span.start + at + offset;
  return { start, end: start + segments[hits[0]!]!.length };
}

/**
 * A hardened repository line that used a global ARG its stage does not declare (`ARG ALPINE=3.24`
 * before `FROM alpine:${ALPINE}`, then `…/v${ALPINE}/main` in a RUN): BuildKit passes global ARGs to
 * FROM only, so the value is empty there. The fix declares the ARG at the top of the stage, which
 * takes the global default.
 */
function checkUndeclaredArgs(ctx: RuleContext, stage: Stage): void {
  const { build, policy } = ctx;
  const first = stageInstructions(build, stage)[1];
  const declared = new Set<string>();
  for (const write of factsOf(stage, 'repo-write')) {
    if (write.fileKind !== 'repositories') continue;
    for (const line of write.lines) {
      const names = line.emptyArgs?.filter((n) => !declared.has(n)) ?? [];
      if (names.length === 0 || !isPolicyHost(policy, line.text)) continue;
      const span = line.span ?? write.span;
      const fix =
        first && first.stage === stage.index
          ? { title: `Declare ${names.map((n) => `ARG ${n}`).join(', ')} in the stage`, safety: 'safe' as const, edits: [insertInstructionsBefore(build, first, names.map((n) => `ARG ${n}`))] }
          : null;
      for (const n of names) declared.add(n);
      const variable = names.join(', ');
      ctx.report({ messageId: 'undeclaredArg', data: { variable, name: names.join(' '), url: urlForMessage(line.text) }, span, fix });
    }
  }
}

/** apt: the suite of a hardened Debian source written literally must be the stage's codename; the fix puts the base's in (safe when it is served). */
function checkApt(ctx: RuleContext, stage: Stage, base: string): void {
  const { build, policy } = ctx;
  for (const { line, write } of aptSourceLines(stage)) {
    if (!debSourceMatch(policy, line.text) || !line.suite || line.suiteFromImage || line.releaseFromBaseArg) continue;
    const [codename, ...rest] = line.suite.split('-');
    if (codename === base) continue;
    const range = aptSuiteRange(build, line);
    const suite = [base, ...rest].join('-');
    const fix = range && isServedSuite(policy, base) ? { title: `Use the Debian ${base} suite`, safety: 'safe' as const, edits: [replace(range, suite)] } : null;
    const span = range ?? rangeOfText(build, line.span, line.text) ?? line.span ?? write.span;
    ctx.report({ messageId: 'aptMismatch', data: { repoRelease: codename!, baseRelease: base, image: describeStageBase(stage) }, span, fix });
  }
}

export default defineRule({
  id: 'repository-version-mismatch',
  meta: {
    description: 'A hardened repository is for another Alpine or Debian release than the base image.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'supply-chain'],
    messages: {
      mismatch: 'The repository is for Alpine {repoRelease}, but the base image {image} is Alpine {baseRelease}; apk would mix packages built for another release.',
      undeclaredArg: '{variable} is a global ARG that this stage does not declare, so it is empty here and the repository written is {url}; declare it in the stage (ARG {name}) to pass its value in.',
      aptMismatch: 'The hardened source is for Debian {repoRelease}, but the base image {image} is Debian {baseRelease}; apt would mix packages built for another release.',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    for (const stage of build.stages) {
      ctx.tick();
      checkUndeclaredArgs(ctx, stage);
      const base = stage.release;
      if (stage.distro === 'debian' && base !== null) checkApt(ctx, stage, base);
      if (stage.distro !== 'alpine' || base === null) continue;
      for (const c of candidates(policy, stage)) {
        const match = hardenedMatch(policy, c.url);
        if (!match || match.release === null || match.release === base) continue;
        const exact = releaseRange(build, c.span, c.url, match.release);
        const served = match.source === 'mirror' || isServedRelease(policy, base);
        const written = exact ? build.text.slice(exact.start, exact.end) : '';
        const fix =
          exact && served
            ? { title: `Use the Alpine ${base} repository`, safety: 'safe' as const, edits: [replace(exact, written.startsWith('v') || !/^\d/.test(written) ? `v${base}` : base)] }
            : null;
        ctx.report({
          messageId: 'mismatch',
          data: { repoRelease: match.release, baseRelease: base, image: describeStageBase(stage) },
          span: exact ?? c.span,
          fix,
        });
      }
    }
  },
});
