/**
 * The hostile shapes of issue 17 (bench/shapes.js), at a moderate size: the work is linear now
 * (bench/shapes-run.js times them), and these check the outcome is still complete — every unit of
 * a repeated shape gets what one unit alone gets — and that a file past its budget gives the budget
 * error, never a partial result. The budget runs on an injected clock (it counts its readings), so
 * nothing here depends on how fast the machine is.
 */
import { describe, expect, it } from 'vitest';
import { budgetTick, STRIDE, type Deadline } from '../../src/engine/budget.js';
import { lintBuild, lintText } from '../../src/engine/lint.js';
import type { Finding } from '../../src/engine/types.js';
import { fixText } from '../../src/fix/apply.js';
import { buildModel } from '../../src/model/build.js';
import { resolveConfig } from '../../src/config/load.js';
import { RULES } from '../../rules/index.js';
import { FRAME_WIDTH, formatStylish } from '../../src/format/stylish.js';
// @ts-expect-error a plain ES module of the benchmark, without types
import { SHAPES } from '../../bench/shapes.js';

const { config } = resolveConfig({});
const MESSAGE = 'took longer than 5 ms (the time budget, --timeout)';

/** A deadline on a clock that advances one unit each time it is read: it passes at the `reads`-th reading. */
function afterReads(reads: number): Deadline & { readings: () => number } {
  let now = 0;
  return { at: reads - 0.5, ms: 5, now: () => ++now, readings: () => now };
}

/** Findings by rule and message, and the lines they are on. */
function tally(findings: Finding[]): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  for (const f of findings) (out[`${f.ruleId}:${f.messageId}`] ??= []).push(f.start.line);
  return out;
}

/** Each of `n` repeated units, one a stage, gets the findings one unit gets, on its own lines. */
function expectEveryUnit(head: string, unit: (i: number) => string, n: number, linesPerUnit: number): void {
  const one = tally(lintText(head + unit(0), { config }).findings);
  expect(Object.keys(one).length).toBeGreaterThan(0);
  const result = lintText(head + Array.from({ length: n }, (_, i) => unit(i)).join(''), { config });
  expect(result.error).toBeUndefined();
  const many = tally(result.findings);
  expect(Object.keys(many).sort()).toEqual(Object.keys(one).sort());
  for (const [key, lines] of Object.entries(one)) {
    const expected = Array.from({ length: n }, (_, i) => lines.map((l) => l + i * linesPerUnit)).flat();
    expect(many[key], key).toEqual(expected);
  }
}

describe('hostile shapes keep complete findings', () => {
  it('many package commands: each `RUN apk add` is reported', () => {
    expectEveryUnit('FROM alpine:3.21\n', (i) => `RUN apk add a${i % 10}\n`, 2000, 1);
  });

  it('a long FROM chain: 2,000 chained stages each report their own apk install', () => {
    const head = 'FROM alpine:3.23 AS s0\nRUN apk add curl\n';
    const text = head + Array.from({ length: 2000 }, (_, i) => `FROM s${i} AS s${i + 1}\nRUN apk add b\n`).join('');
    const result = lintText(text, { config });
    expect(result.error).toBeUndefined();
    const upstream = result.findings.filter((f) => f.ruleId === 'upstream-package-source');
    // Line 2 (the first stage) and every chained stage's RUN, on lines 4, 6, …
    expect(upstream.map((f) => f.start.line)).toEqual([2, ...Array.from({ length: 2000 }, (_, i) => 4 + 2 * i)]);
    // The hardened setup is offered once, in the first stage: the others inherit it from there.
    expect(upstream.filter((f) => f.fix).map((f) => f.start.line)).toEqual([2]);
  });

  it('a chain of 10,000 stages is read without recursion: every stage ships', () => {
    const text = 'FROM alpine:3.23 AS s0\n' + Array.from({ length: 10_000 }, (_, i) => `FROM s${i} AS s${i + 1}\n`).join('') + 'RUN apk add curl\n';
    const build = buildModel(text, { buildArgs: {}, policy: config.policy });
    expect(build.stages).toHaveLength(10_001);
    expect(build.stages.every((s) => s.role === 'final')).toBe(true);
    expect(build.stages.at(-1)!.release).toBe('3.23');
    const result = lintText(text, { config });
    expect(result.error).toBeUndefined();
    expect(result.findings.filter((f) => f.ruleId === 'upstream-package-source').map((f) => f.start.line)).toEqual([10_002]);
  });

  it('many stages: each independent stage is judged alone', () => {
    expectEveryUnit('', (i) => `FROM alpine:3.23 AS s${i}\nRUN apk add curl\n`, 2000, 2);
  });

  it('many secrets: every one is reported, and none is printed', () => {
    const unit = (i: number) => `ENV GITHUB_TOKEN${i}=ghp_${String(i).padStart(36, '0').replace(/0/g, 'a')}\nRUN curl -H "Authorization: Bearer tok${i}abcdefghijklmnopqrstu" https://x.example/${i}\n`;
    expectEveryUnit('FROM alpine:3.21\n', unit, 1000, 2);
    const text = 'FROM alpine:3.21\n' + Array.from({ length: 1000 }, (_, i) => unit(i)).join('');
    const out = JSON.stringify(lintText(text, { config }).findings.map((f) => [f.message, f.fix?.title]));
    expect(out).not.toMatch(/ghp_a{10}|tok\d+abcdefghij/);
  });

  it('a FROM chain whose stages each add an ENV: every stage is judged, and sees its whole chain', () => {
    const unit = (i: number) => `FROM s${i} AS s${i + 1}\nENV V${i}=x\nRUN apk add b\n`;
    expectEveryUnit('FROM alpine:3.21 AS s0\n', unit, 2000, 3);
    const n = 3000;
    const text = 'FROM alpine:3.21 AS s0\nENV HTTP_AUTH=basic:x:y\n' + Array.from({ length: n }, (_, i) => unit(i)).join('') + `FROM s${n} AS last\nRUN apk add --repository "https://mirror.example/$V0/$V${n - 1}" b\n`;
    const build = buildModel(text, { buildArgs: {}, policy: config.policy });
    const cmd = build.stages.at(-1)!.facts.find((f) => f.kind === 'package-command');
    expect(cmd?.kind === 'package-command' && [cmd.extraRepositories[0]?.url, cmd.env.named('HTTP_AUTH').length, cmd.env.has(`V${n - 1}`)]).toEqual(['https://mirror.example/x/x', 1, true]);
  });

  it('a RUN of many exports, then many package commands: each command gets every export', () => {
    const text = SHAPES['exports then commands'](60 * 1024) as string;
    const build = buildModel(text, { buildArgs: {}, policy: config.policy });
    const cmds = build.stages[0]!.facts.filter((f) => f.kind === 'package-command');
    const exports = (text.match(/export V/g) ?? []).length;
    expect(cmds.length).toBe((text.match(/apk add/g) ?? []).length);
    expect(cmds.length).toBeGreaterThan(1000);
    for (const c of [cmds[0]!, cmds.at(-1)!]) expect(c.kind === 'package-command' && [c.env.has('V0'), c.env.has(`V${exports - 1}`), c.env.has(`V${exports}`)]).toEqual([true, true, false]);
  });

  it('many variables, then many subshells: each subshell sees them, and its own writes stay in it', () => {
    const text = SHAPES['variables then subshells'](40 * 1024) as string;
    const build = buildModel(text, { buildArgs: {}, policy: config.policy });
    const cmds = build.stages[0]!.facts.filter((f) => f.kind === 'package-command');
    expect(cmds.length).toBe((text.match(/apk add/g) ?? []).length);
    expect(cmds.length).toBeGreaterThan(500);
    // A subshell reads the variables set before it; what it sets does not leak out.
    const probe = `${text}RUN V=v3.20 && (V=v9 && true) && (echo "https://dl-cdn.alpinelinux.org/alpine/$V/main" > /etc/apk/repositories && apk add c)\n`;
    const messages = lintText(probe, { config }).findings.filter((f) => f.start.line === probe.split('\n').length - 1).map((f) => f.message);
    expect(messages.some((m) => m.includes('alpine/v3.20/main'))).toBe(true);
    expect(messages.join()).not.toContain('v9');
  });

  it('many global ARGs, then many RUNs: each RUN is read, and an undeclared global is still empty in it', () => {
    const text = SHAPES['global ARGs then RUNs'](40 * 1024) as string;
    const result = lintText(text, { config });
    expect(result.error).toBeUndefined();
    expect(tally(result.findings)['upstream-package-source:notServed']?.length).toBe((text.match(/^RUN apk add/gm) ?? []).length);
    const tail = 'RUN echo "https://dl-cdn.alpinelinux.org/alpine/v3.20/main$G1" > /etc/apk/repositories\n';
    const build = buildModel(text + tail, { buildArgs: {}, policy: config.policy });
    const write = build.stages[0]!.facts.find((f) => f.kind === 'repo-write');
    expect(write && write.kind === 'repo-write' && write.lines.map((l) => l.emptyArgs)).toEqual([['G1']]);
  });

  it('long lines full of findings: each is reported, and its report does not grow with the line', () => {
    const text = SHAPES['long lines'](90 * 1024) as string;
    const result = lintText(text, { config, maxSize: 4 * 1024 * 1024 });
    expect(result.error).toBeUndefined();
    const lines = text.split('\n').length - 2;
    // Every token is one finding of each of the two secret rules.
    expect(result.findings.length).toBe(lines * 900 * 2);
    const out = formatStylish([{ path: 'Dockerfile', text, result }], { color: false });
    expect(out).not.toMatch(/ghp_a{10}/);
    // A finding's block (message, frame line, carets) is at most about two frame widths, not a 43 KB line.
    const longest = Math.max(...out.split('\n').map((l) => l.length));
    expect(longest).toBeLessThanOrEqual(FRAME_WIDTH + 200);
    expect(out.length).toBeLessThan(result.findings.length * (2 * FRAME_WIDTH + 300));
  });

  it('mixed line endings in one long continued RUN: every command of it is read', () => {
    const text = SHAPES['mixed line endings'](60 * 1024) as string;
    const build = buildModel(text, { buildArgs: {}, policy: config.policy });
    const installs = build.stages[0]!.facts.filter((f) => f.kind === 'package-command');
    // Each `&& apt-get install -y pN` is one command; `\r` alone breaks no line for BuildKit.
    expect(installs.length).toBe((text.match(/apt-get install/g) ?? []).length);
    expect(installs.length).toBeGreaterThan(2000);
    expect(tally(lintText(text, { config }).findings)).toEqual({ 'upstream-package-source:aptNotServed': [2] });
  });
});

describe('the budget inside the work of one file', () => {
  const RUN = 'FROM alpine:3.21\nRUN ' + Array.from({ length: 20_000 }, (_, i) => `apk add a${i}`).join(' && ') + '\n';

  it('is read inside one long RUN, not only between instructions', () => {
    const deadline = afterReads(Infinity);
    buildModel(RUN, { buildArgs: {}, policy: config.policy, tick: budgetTick(deadline) });
    // Two instructions, but the clock was read all along the 20,000 commands of the RUN.
    expect(deadline.readings()).toBeGreaterThan(20_000 / STRIDE);
  });

  it('is read inside the rules, not only between them', () => {
    const text = 'FROM alpine:3.21\n' + 'RUN apk add a\n'.repeat(5000);
    const build = buildModel(text, { buildArgs: {}, policy: config.policy });
    const deadline = afterReads(Infinity);
    expect(lintBuild(build, { config, deadline }).findings).toHaveLength(5000);
    // One reading between rules would be RULES.length; the rules' loops and reports read it too.
    expect(deadline.readings()).toBeGreaterThan(RULES.length + 5000 / STRIDE);
  });

  it('past the budget, a file gets the budget error and no partial result, wherever the work stops', () => {
    const text = 'FROM alpine:3.23 AS s0\n' + Array.from({ length: 3000 }, (_, i) => `FROM s${i} AS s${i + 1}\nRUN apk add b\n`).join('');
    const whole = afterReads(Infinity);
    const complete = lintText(text, { config, deadline: whole });
    expect(complete.error).toBeUndefined();
    const total = whole.readings();
    expect(total).toBeGreaterThan(10);
    // Out of time early (the reader), midway (model or rules) and at the very last reading.
    for (const reads of [1, 2, Math.floor(total / 2), total]) {
      expect(lintText(text, { config, deadline: afterReads(reads) })).toEqual({ findings: [], secretSpans: [], error: MESSAGE });
    }
  });

  it('the fixer keeps the file as it was when its passes run out of time', () => {
    const text = 'FROM alpine:3.23\n' + 'RUN apk add curl\n'.repeat(3000);
    const whole = afterReads(Infinity);
    const fixed = fixText(text, { config, unsafe: true, deadline: whole });
    expect(fixed.output).not.toBe(text);
    expect(fixed.passes).toBeGreaterThan(0);
    const total = whole.readings();
    for (const reads of [1, Math.floor(total / 2), total]) {
      expect(fixText(text, { config, unsafe: true, deadline: afterReads(reads) })).toEqual({ output: text, applied: [], remaining: [], passes: 0, problem: MESSAGE, outOfTime: true });
    }
  });
});
