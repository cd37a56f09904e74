/** Findings in stages the final image does not ship: said so in the message, and graded by `buildStages`. */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import type { BuildStages } from '../../src/engine/types.js';
import { buildModel } from '../../src/model/build.js';
import { makePolicy } from '../../src/policy/index.js';

const FILE = [
  'FROM alpine:3.23 AS build',
  'RUN apk add --no-cache build-base',
  'FROM alpine:3.23 AS docs',
  'RUN apk add --no-cache mkdocs',
  'FROM alpine:3.23 AS base',
  'FROM base',
  'COPY --from=build /out /app',
  'RUN apk add --no-cache curl',
  '',
].join('\n');

const lint = (buildStages?: BuildStages) =>
  lintText(FILE, { config: { rules: {}, policy: makePolicy(), buildArgs: {}, ...(buildStages && { buildStages }) } }).findings.filter((f) => f.ruleId === 'upstream-package-source');

describe('stage roles', () => {
  it('are final for the last stage and what it is built FROM, build for what COPY --from names, unused otherwise', () => {
    const b = buildModel(FILE, { buildArgs: {}, policy: makePolicy() });
    expect(b.stages.map((s) => [s.name, s.role])).toEqual([
      ['build', 'build'],
      ['docs', 'unused'],
      ['base', 'final'],
      [null, 'final'],
    ]);
  });

  it('count RUN --mount=from= and stage numbers as uses', () => {
    const b = buildModel('FROM alpine:3.23\nRUN true\nFROM alpine:3.23 AS tools\nFROM alpine:3.23\nRUN --mount=type=bind,from=tools,target=/t true\nCOPY --from=0 /a /a\n', { buildArgs: {}, policy: makePolicy() });
    expect(b.stages.map((s) => s.role)).toEqual(['build', 'build', 'final']);
  });
});

describe('findings in build stages', () => {
  it('are reported at the same severity by default, with the stage named in the message', () => {
    const found = lint();
    expect(found.map((f) => [f.start.line, f.severity])).toEqual([
      [2, 'error'],
      [4, 'error'],
      [8, 'error'],
    ]);
    expect(found[0]!.message).toMatch(/\(In build stage "build": only what COPY --from takes from it reaches the final image\.\)$/);
    expect(found[1]!.message).toMatch(/\(In stage "docs", which the default build skips: no later stage uses it\.\)$/);
    expect(found[2]!.message).not.toContain('stage "');
  });

  it('are graded down, or left out, with buildStages', () => {
    expect(lint('warning').map((f) => f.severity)).toEqual(['warning', 'warning', 'error']);
    expect(lint('info').map((f) => f.severity)).toEqual(['info', 'info', 'error']);
    expect(lint('off').map((f) => f.start.line)).toEqual([8]);
  });
});
