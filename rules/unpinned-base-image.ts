import { defineRule, type Fix } from '../src/rule.js';
import type { Build, Stage } from '../src/model/types.js';
import { alongChain, factsOf, hardenedMatch, packageCommands } from '../src/model/query.js';
import { insertAt, replace } from '../src/fix/builders.js';
import { describeStageBase } from '../src/fix/hardened-setup.js';
import { isServedRelease, type Policy } from '../src/policy/index.js';
import { apkFile } from '../src/model/files.js';

/** Releases of the hardened repositories a stage's own instructions name literally. */
function literalReleases(stage: Stage, policy: Policy): string[] {
  const urls: string[] = [];
  for (const write of factsOf(stage, 'repo-write')) {
    // A root `apk --root` installs into is not the base image's release to pin.
    if (write.fileKind !== 'repositories' || (write.manager === 'apk' && apkFile(policy, write.file)?.root !== '/')) continue;
    for (const line of write.lines) if (!line.dynamic && !line.releaseFromImage && !line.releaseFromBaseArg) urls.push(line.text);
  }
  for (const cmd of packageCommands(stage)) if (cmd.root === '/') urls.push(...cmd.extraRepositories.map((x) => x.url));
  const releases = urls.map((u) => hardenedMatch(policy, u)?.release).filter((r): r is string => !!r && /^\d+\.\d+$/.test(r));
  return [...new Set(releases)];
}


/** `alpine` → `alpine:3.23`, `alpine:latest|3` → `alpine:3.23`, `node:20-alpine` → `node:20-alpine3.23`. */
function pinFix(build: Build, stage: Stage, release: string): Fix | null {
  const ref = stage.image;
  const span = stage.imageSpan;
  if (!ref || !span || stage.dhi || ref.digest || stage.imageVariables.length > 0) return null;
  const written = build.text.slice(span.start, span.end);
  if (written !== ref.text) return null;
  const title = `Pin the base image to Alpine ${release}`;
  const name = ref.path.split('/').at(-1);
  const tag = ref.tag;
  if (name === 'alpine' && (tag === null || tag === 'latest' || /^\d+$/.test(tag))) {
    if (tag === null) return { title, safety: 'unsafe', edits: [insertAt(span.end, `:${release}`)] };
    return { title, safety: 'unsafe', edits: [replace({ start: span.end - tag.length, end: span.end }, release)] };
  }
  if (tag !== null && /(?:^|-)alpine$/.test(tag)) return { title, safety: 'unsafe', edits: [insertAt(span.end, release)] };
  return null;
}

export default defineRule({
  id: 'unpinned-base-image',
  meta: {
    description: 'A stage configures a release-specific hardened repository, but its base image does not pin the release.',
    severity: 'warning',
    fixable: 'sometimes',
    tags: ['security', 'reproducibility'],
    messages: {
      unpinned: 'The stage uses the Alpine {release} hardened repository, but the base image {image} does not pin an Alpine release; when it moves on, the two no longer match.',
      variable: 'The stage uses the Alpine {release} hardened repository, but the base image comes from the build argument {variable}, which has no default, so its release is unknown.',
      digestOnly: 'The stage uses the Alpine {release} hardened repository, but the base image {image} is pinned by digest only, so its release cannot be checked; add the tag.',
    },
    options: {},
  },
  check(ctx) {
    const { build, policy } = ctx;
    const reported = new Set<number>();
    // The stage each one is built on, all the way down (`FROM base` → the stage that names an image).
    const rootOf = alongChain<Stage>(build, (inherited, stage) => inherited ?? stage);
    for (const stage of build.stages) {
      ctx.tick();
      const root = rootOf(stage);
      const reason = root.releaseUnknownReason;
      if (root.release !== null || reported.has(root.index)) continue;
      if (reason !== 'unpinned' && reason !== 'variable' && reason !== 'digest-only') continue;
      const releases = literalReleases(stage, policy);
      if (releases.length === 0) continue;
      reported.add(root.index);
      const release = releases[0]!;
      const messageId = reason === 'unpinned' ? 'unpinned' : reason === 'variable' ? 'variable' : 'digestOnly';
      // Pinned only to a release Docker serves (or a mirror does): `alpine:3.22` would need a repository that does not exist.
      const servable = isServedRelease(policy, release) || policy.apk.mirrors.length > 0;
      const fix = reason === 'unpinned' && releases.length === 1 && servable ? pinFix(build, root, release) : null;
      ctx.report({ messageId, data: { release, image: describeStageBase(root), variable: root.imageVariables.join(', ') }, span: root.imageSpan ?? root.fromSpan, fix });
    }
  },
});
