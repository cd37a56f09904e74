import { defineRule, type Fix } from '../src/rule.js';
import { replace } from '../src/fix/builders.js';
import { describeStageBase } from '../src/fix/hardened-setup.js';
import { DHI_CATALOG_COMMIT, dhiDefinitions, suggestedDhiTags } from '../src/policy/dhi-catalog.js';
import type { Build, Stage } from '../src/model/types.js';

const CATALOG = `Docker's DHI catalog (commit ${DHI_CATALOG_COMMIT.slice(0, 7)})`;

export default defineRule({
  id: 'unknown-dhi-tag',
  meta: {
    description: 'A Docker Hardened Images base image names a tag or image that Docker\'s catalog does not have.',
    severity: 'warning',
    fixable: 'sometimes',
    tags: ['correctness'],
    messages: {
      unknownTag: '{image}: {catalog} has no tag of dhi.io/{name} with these variants, distro and release, so the pull would fail; nearest: {nearest}.',
      noTag: '{image} names no tag, and dhi.io/{name} has no `latest`: the pull would fail; name one, such as {nearest}.',
      unknownImage: '{catalog} has no image dhi.io/{name}{hint}.',
    },
    options: {},
  },
  check(ctx) {
    const { build } = ctx;
    for (const stage of build.stages) {
      const dhi = stage.dhiImage;
      // A stage built FROM another stage was judged there; a digest names its image exactly.
      if (!dhi || stage.parent !== null || dhi.definition || dhi.unmatched === 'digest-only') continue;
      const span = stage.imageSpan ?? stage.fromSpan;
      const declared = stage.image !== dhi.reference;
      const image = declared ? `${describeStageBase(stage)} (declared as ${dhi.reference.text})` : describeStageBase(stage);
      if (dhi.unmatched === 'unknown-tag') {
        const fix = dhi.nearest[0] ? retag(build, stage, dhi.nearest[0]) : null;
        ctx.report({ messageId: 'unknownTag', data: { image, catalog: CATALOG, name: dhi.name, nearest: dhi.nearest.join(', ') }, span, fix });
      } else if (dhi.unmatched === 'no-tag') {
        if (dhiDefinitions(dhi.name).some((d) => d.tags.includes('latest'))) continue;
        ctx.report({ messageId: 'noTag', data: { image, name: dhi.name, nearest: suggestedDhiTags(dhi.name).join(', ') }, span });
      } else if (dhi.unmatched === 'unknown-image' && dhi.via === 'registry') {
        // Under a configured mirror prefix, an image the catalog lacks may be the mirror owner's own.
        const hint = dhi.nearest.length > 0 ? `; did you mean ${dhi.nearest.map((n) => `dhi.io/${n}`).join(', ')}?` : '';
        ctx.report({ messageId: 'unknownImage', data: { catalog: CATALOG, name: dhi.name, hint }, span });
      }
    }
  },
});

/** Unsafe: another tag is another image. Only for a tag written literally in the FROM, without a digest. */
function retag(build: Build, stage: Stage, tag: string): Fix | null {
  const ref = stage.image;
  const span = stage.imageSpan;
  // A base the config declares to be a DHI image: the declaration, not the FROM, names the tag.
  if (!ref?.tag || !span || ref.digest || stage.imageVariables.length > 0 || stage.dhiImage?.reference !== ref) return null;
  if (!build.text.slice(span.start, span.end).endsWith(`:${ref.tag}`)) return null;
  const name = ref.text.slice(0, ref.text.length - ref.tag.length);
  return { title: `Use ${name}${tag}`, safety: 'unsafe', edits: [replace({ start: span.end - ref.tag.length, end: span.end }, tag)] };
}
