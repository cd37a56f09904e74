import { defineRule, type Fix } from '../src/rule.js';
import { factsOf } from '../src/model/query.js';
import { replace } from '../src/fix/builders.js';
import { describeStageBase } from '../src/fix/hardened-setup.js';
import type { Build, Stage } from '../src/model/types.js';

export default defineRule({
  id: 'package-manager-in-runtime-image',
  meta: {
    description: 'A package manager is run in a stage based on a Docker Hardened Images runtime image, which has none.',
    severity: 'error',
    fixable: 'sometimes',
    tags: ['correctness'],
    messages: {
      runtimeImage: '`{command}` runs in a stage based on {image}, a DHI runtime image without a package manager; use its -dev variant to install packages.',
    },
    options: {},
  },
  check(ctx) {
    const { build } = ctx;
    for (const stage of build.stages) {
      if (!stage.dhi || stage.dhiVariant !== 'runtime') continue;
      const reported = new Set<number>();
      for (const cmd of factsOf(stage, 'package-command')) {
        // The RUN stops at its first package command: one finding a RUN.
        if (reported.has(cmd.instruction)) continue;
        reported.add(cmd.instruction);
        const word = cmd.commandSpan ? build.text.slice(cmd.commandSpan.start, cmd.commandSpan.end) : cmd.manager;
        ctx.report({
          messageId: 'runtimeImage',
          data: { command: cmd.subcommand ? `${word} ${cmd.subcommand}` : word, image: describeStageBase(stage) },
          span: commandRange(build, cmd.instruction, cmd.span, cmd.commandSpan),
          fix: devVariantFix(build, stage),
        });
      }
    }
  },
});

function commandRange(build: Build, instruction: number, span: { start: number; end: number }, word: { start: number; end: number } | null) {
  const whole = build.instructions[instruction]!.span;
  return span.start === whole.start && span.end === whole.end && word ? word : span;
}

/**
 * `dhi.io/python:3.14-alpine3.24` → `dhi.io/python:3.14-alpine3.24-dev`: only for a tag written
 * literally in this stage's FROM (no variable, no digest that would pin the runtime image).
 */
function devVariantFix(build: Build, stage: Stage): Fix | null {
  const span = stage.imageSpan;
  const tag = stage.image?.tag;
  if (stage.parent !== null || !span || !tag || stage.image?.digest || stage.imageVariables.length > 0) return null;
  const written = build.text.slice(span.start, span.end);
  if (!written.endsWith(`:${tag}`)) return null;
  const tagSpan = { start: span.end - tag.length, end: span.end };
  return { title: `Build this stage from ${stage.image!.text}-dev`, safety: 'unsafe', edits: [replace(tagSpan, `${tag}-dev`)] };
}
