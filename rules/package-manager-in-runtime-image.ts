import { defineRule, type Fix } from '../src/rule.js';
import { factsOf } from '../src/model/query.js';
import { replace } from '../src/fix/builders.js';
import { describeStageBase } from '../src/fix/hardened-setup.js';
import { buildVariantTag, parseDhiTag } from '../src/policy/dhi-catalog.js';
import type { Build, ImageRef, Stage } from '../src/model/types.js';

export default defineRule({
  id: 'package-manager-in-runtime-image',
  meta: {
    description: 'A RUN needs a package manager or a shell that the stage\'s Docker Hardened Images base image does not have.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['correctness'],
    messages: {
      runtimeImage: '`{command}` runs in a stage based on {image}, a DHI runtime image without a package manager; {advice}.',
      otherManager: '`{command}` runs in a stage based on {image}, whose package manager is {manager}, not {command0}: the command is not found.',
      noShell: 'This RUN is in shell form, but {image} has no shell: BuildKit cannot start /bin/sh and the build fails; use the exec form (RUN ["program", "argument"]), or {advice}.',
    },
    options: {},
  },
  check(ctx) {
    const { build } = ctx;
    for (const stage of build.stages) {
      const image = stage.dhiImage;
      // Only what Docker's catalog says counts: an unknown tag or a digest alone tells nothing.
      const def = image?.definition;
      if (!image || !def) continue;
      const variant = buildVariant(build, stage);
      const reported = new Set<number>();
      for (const cmd of factsOf(stage, 'package-command')) {
        // The RUN stops at its first failing package command: one finding a RUN.
        if (reported.has(cmd.instruction) || def.packageManager === cmd.manager) continue;
        reported.add(cmd.instruction);
        const word = cmd.commandSpan ? build.text.slice(cmd.commandSpan.start, cmd.commandSpan.end) : cmd.manager;
        const command = cmd.subcommand ? `${word} ${cmd.subcommand}` : word;
        const span = commandRange(build, cmd.instruction, cmd.span, cmd.commandSpan);
        if (def.packageManager) {
          ctx.report({ messageId: 'otherManager', data: { command, command0: word, image: describeStageBase(stage), manager: def.packageManager }, span });
          continue;
        }
        const advice = variant ? `use ${variant.image}, its build variant, to install packages` : `the catalog has no variant of dhi.io/${image.name} with one, so install packages in another stage and copy the result`;
        ctx.report({ messageId: 'runtimeImage', data: { command, image: describeStageBase(stage), advice }, span, fix: variant?.fix ?? null });
      }
      if (def.shell !== null) continue;
      for (const info of build.instructions) {
        if (info.stage !== stage.index || !info.needsShell || info.onbuild || reported.has(info.index)) continue;
        const advice = variant ? `run it in ${variant.image}` : 'run it in another stage and copy the result';
        ctx.report({ messageId: 'noShell', data: { image: describeStageBase(stage), advice }, span: info.argsSpan ?? info.span, fix: variant?.fix ?? null });
      }
    }
  },
});

function commandRange(build: Build, instruction: number, span: { start: number; end: number }, word: { start: number; end: number } | null) {
  const whole = build.instructions[instruction]!.span;
  return span.start === whole.start && span.end === whole.end && word ? word : span;
}

/** The reference with another tag, its digest dropped (a digest pins the image it replaces). */
function withTag(ref: ImageRef, tag: string): string {
  const name = ref.text.slice(0, ref.text.length - (ref.digest ? ref.digest.length + 1 : 0) - (ref.tag ? ref.tag.length + 1 : 0));
  return `${name}:${tag}`;
}

/**
 * The catalog's variant of the base image that has a package manager and a shell
 * (`dhi.io/python:3.14-alpine3.24` → `…-dev`, dotnet → `-sdk`, php `8.4-fpm` → `8.4-dev`), and the
 * unsafe fix that switches to it: only for a tag written literally in this stage's FROM (no
 * variable, no digest that would pin the runtime image).
 */
function buildVariant(build: Build, stage: Stage): { image: string; fix: Fix | null } | null {
  const dhi = stage.dhiImage;
  // A base the config declares to be a DHI image is named as that image, and its FROM left alone.
  const ref = dhi?.reference;
  if (!ref?.tag || !dhi?.definition || !dhi.tag) return null;
  const declared = ref !== stage.image;
  const suffixed = dhi.via !== 'registry' && hasMirrorSuffix(dhi.definition.tags, ref.tag);
  // A mirror's own suffix (`3.23-2026-04-18`) may not exist for the build variant: name the
  // catalog's tag, and write nothing.
  const tag = buildVariantTag({ definition: dhi.definition, tag: dhi.tag }, suffixed ? dhi.tag : ref.tag, { mirror: dhi.via !== 'registry' });
  if (!tag) return null;
  const image = withTag(ref, tag);
  const span = stage.imageSpan;
  if (stage.parent !== null || !span || ref.digest || stage.imageVariables.length > 0 || suffixed || declared) return { image, fix: null };
  if (!build.text.slice(span.start, span.end).endsWith(`:${ref.tag}`)) return { image, fix: null };
  const tagSpan = { start: span.end - ref.tag.length, end: span.end };
  return { image, fix: { title: `Build this stage from ${image}`, safety: 'unsafe', edits: [replace(tagSpan, tag)] } };
}

/** Numbers after the variant tokens, or a version longer than any the definition has: a mirror's date or build suffix. */
function hasMirrorSuffix(catalogTags: string[], tag: string): boolean {
  const shape = parseDhiTag(tag);
  const longest = Math.max(...catalogTags.map((t) => parseDhiTag(t).parts.length));
  return shape.variants.at(-1) === '#' || shape.parts.length > longest;
}
