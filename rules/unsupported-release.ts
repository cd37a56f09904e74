import { defineRule, type RuleContext } from '../src/rule.js';
import type { Span, Stage } from '../src/model/types.js';
import { aptSourceLines, aptSuiteRange, debSourceMatch, factsOf, hardenedMatch, packageCommands, rangeOfText, urlForMessage } from '../src/model/query.js';
import { debSourceMissingRepository, isServedRelease, isServedSuite } from '../src/policy/index.js';
import { replace } from '../src/fix/builders.js';
import { describeStageBase } from '../src/fix/hardened-setup.js';

interface Configured {
  url: string;
  span: Span;
  /** The release is read from the running image (`$(cut … /etc/alpine-release)`). */
  fromImage: boolean;
}

/** Hardened URLs the stage's own instructions write or pass with `-X`, whose value is known. */
function configured(stage: Stage): Configured[] {
  const out: Configured[] = [];
  for (const write of factsOf(stage, 'repo-write')) {
    if (write.fileKind !== 'repositories') continue;
    for (const line of write.lines) {
      if (!line.dynamic) out.push({ url: line.text, span: line.span ?? write.edit?.span ?? write.span, fromImage: line.releaseFromImage });
    }
  }
  for (const cmd of packageCommands(stage)) {
    for (const x of cmd.extraRepositories) {
      if (!/\$[{(A-Za-z_]/.test(x.url)) out.push({ url: x.url, span: x.span ?? x.optionSpan ?? cmd.span, fromImage: false });
    }
  }
  return out;
}

/** apt: a hardened Debian source's suite, and the stage's Debian release, must be served; Ubuntu has none. */
function checkApt(ctx: RuleContext, stage: Stage): void {
  const { build, policy } = ctx;
  const served = policy.deb.servedSuites.join(', ');
  const image = describeStageBase(stage);
  for (const { line, write } of aptSourceLines(stage)) {
    const meant = debSourceMissingRepository(policy, line.text);
    if (meant) {
      // The URI is corrected where it is written, so no broken line stays beside a correct one.
      const at = rangeOfText(build, line.span, line.text);
      const fix = at ? { title: `Use ${urlForMessage(meant)}`, safety: 'safe' as const, edits: [replace(at, meant)] } : null;
      ctx.report({ messageId: 'aptNoRepository', data: { url: urlForMessage(line.text), meant: urlForMessage(meant) }, span: at ?? line.span ?? write.span, fix });
      continue;
    }
    if (!debSourceMatch(policy, line.text)) continue;
    const span = rangeOfText(build, line.span, line.text) ?? line.span ?? write.span;
    const url = urlForMessage(line.text);
    const release = stage.distro === 'debian' ? stage.release : null;
    if (stage.distro === 'ubuntu') ctx.report({ messageId: 'aptUbuntu', data: { image, url }, span });
    else if (line.suite && !line.suiteFromImage && !isServedSuite(policy, line.suite.split('-')[0]!)) {
      ctx.report({ messageId: 'aptSuite', data: { url, suite: line.suite, served }, span: aptSuiteRange(build, line) ?? span });
    } else if (release && !isServedSuite(policy, release)) ctx.report({ messageId: 'aptBaseRelease', data: { image, release, url, served }, span });
  }
}

export default defineRule({
  id: 'unsupported-release',
  meta: {
    description: 'A hardened repository is used for an Alpine or Debian release that Docker does not serve.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['security', 'supply-chain'],
    messages: {
      repositoryRelease: '{url} names Alpine {release}, which the hardened repositories do not serve (served: {served}).',
      baseRelease: 'The base image {image} is Alpine {release}, which the hardened repositories do not serve (served: {served}); {url} cannot supply packages built for it.',
      aptSuite: '{url} is used with the suite {suite}, which the hardened Debian sources do not serve (served: {served}).',
      aptBaseRelease: 'The base image {image} is Debian {release}, which the hardened Debian sources do not serve (served: {served}); {url} cannot supply packages built for it.',
      aptUbuntu: 'The base image {image} is Ubuntu: {url} serves Debian packages, and there is no hardened source for Ubuntu.',
      aptNoRepository: 'The source {url} names no repository: the hardened Debian packages are served under {meant}, and apt-get update fails on this one (404).',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    const served = policy.apk.servedReleases.map((r) => `v${r}`).join(', ');
    for (const stage of build.stages) {
      const base = stage.distro === 'alpine' ? stage.release : null;
      const baseServed = base === null || isServedRelease(policy, base);
      for (const c of configured(stage)) {
        const match = hardenedMatch(policy, c.url);
        // A trusted mirror serves what its owner chose; only the policy's own host is judged.
        if (!match || match.source !== 'dhi') continue;
        const span = rangeOfText(build, c.span, c.url) ?? c.span;
        const url = urlForMessage(c.url);
        if (match.release !== null && !isServedRelease(policy, match.release) && !c.fromImage) {
          ctx.report({ messageId: 'repositoryRelease', data: { url, release: match.release, served }, span });
        } else if (!baseServed) {
          ctx.report({ messageId: 'baseRelease', data: { image: describeStageBase(stage), release: base, url, served }, span });
        }
      }
      checkApt(ctx, stage);
    }
  },
});
