/**
 * The per-file time budget (`--timeout`): a file past it is that file's error, the fixer keeps the
 * text as it was, the others are still reported. Tiny budgets on a big file, so no test depends on
 * how fast the machine is: only the messages are checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { run, tree } from '../cli/harness.js';
import { TestClient } from '../lsp/client.js';
import { BudgetExceeded, deadlineIn, type Deadline } from '../../src/engine/budget.js';
import { lintBuild, lintText } from '../../src/engine/lint.js';
import { fixText } from '../../src/fix/apply.js';
import { lintOne } from '../../src/cli/lint-files.js';
import { buildModel } from '../../src/model/build.js';
import { resolveConfig } from '../../src/config/load.js';
import { startLanguageServer } from '../../src/lsp/server.js';

const APK = 'FROM alpine:3.23\nRUN apk add curl\n';
const STAGES = Array.from({ length: 10_000 }, (_, i) => `FROM alpine:3.23 AS s${i}\nRUN apk add curl\n`).join('');
const MESSAGE = 'took longer than 1 ms (the time budget, --timeout)';
const { config } = resolveConfig({});
/** Already over: whatever runs first under it stops. */
const PAST: Deadline = { at: -Infinity, ms: 1 };


describe('--timeout on the command line', () => {
  it('reports a file over its budget as an error and still reports the others', async () => {
    const cwd = tree({ 'big/Dockerfile': STAGES, 'small/Dockerfile': APK });
    const r = await run(['--timeout', '1', '--format', 'json', '.'], { cwd });
    expect(r.code).toBe(2);
    const files = JSON.parse(r.stdout).files as { path: string; error?: string; findings: unknown[] }[];
    expect(files.find((f) => f.path === path.join('big', 'Dockerfile'))).toEqual({ path: path.join('big', 'Dockerfile'), findings: [], error: MESSAGE });
    expect(r.stderr).toContain(`${path.join('big', 'Dockerfile')}: error: ${MESSAGE}\n`);
    // Reported, with findings or (on a slow machine, even 1 ms can be too little) its own error.
    expect(files.map((f) => f.path)).toContain(path.join('small', 'Dockerfile'));

    const stylish = await run(['--timeout', '1', 'big'], { cwd });
    expect(stylish.stdout).toContain(`${path.join('big', 'Dockerfile')}: error: ${MESSAGE}\n`);
  });

  it('--fix leaves a file over its budget untouched', async () => {
    const cwd = tree({ Dockerfile: STAGES });
    const r = await run(['--fix', '--timeout', '1', 'Dockerfile'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`Dockerfile: error: ${MESSAGE}`);
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(STAGES);
    expect(fs.readdirSync(cwd)).toEqual(['Dockerfile']);
  });

  it('takes a positive number of milliseconds', async () => {
    for (const bad of ['0', '-5', '1.5', 'soon']) {
      const r = await run([`--timeout=${bad}`, '.']);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(`--timeout ${bad}: expected a positive number of milliseconds`);
    }
    expect((await run(['--timeout'])).stderr).toContain('--timeout needs a value');
  });
});

describe('the budget in the engine', () => {
  it('lintText turns it into the file\'s error', () => {
    expect(lintText(APK, { config, deadline: PAST })).toEqual({ findings: [], secretSpans: [], error: MESSAGE });
    expect(lintText(APK, { config, deadline: deadlineIn(600_000) }).error).toBeUndefined();
  });

  it('is checked between instructions while building the model and between rules', () => {
    let checks = 0;
    buildModel(APK, { buildArgs: {}, policy: config.policy, tick: () => checks++ });
    expect(checks).toBeGreaterThan(2);
    const build = buildModel(APK, { buildArgs: {}, policy: config.policy });
    expect(() => lintBuild(build, { config, deadline: PAST })).toThrow(BudgetExceeded);
  });

  it('the fixer stops with a problem and keeps the original text', () => {
    const outcome = fixText(APK, { config, unsafe: true, deadline: PAST });
    // outOfTime: what could have been fixed is not known (the CLI's fixable count then falls back).
    expect(outcome).toEqual({ output: APK, applied: [], remaining: [], passes: 0, problem: MESSAGE, outOfTime: true });
    expect(fixText(APK, { config, unsafe: true }).output).not.toBe(APK);
  });
});

describe('one budget for all a file costs', () => {
  const fileConfig = { path: null, config, failLevel: 'warning' as const, ignores: () => false };

  it('lints on the budget it is given (begun in a worker), not on a new one', () => {
    // A fresh budget of ten minutes would let this lint finish; the given one is already spent.
    const spent = lintOne('Dockerfile', { text: APK }, fileConfig, { maxSize: 1 << 20, timeout: 600_000, lint: lintText, deadline: PAST });
    expect(spent.result.error).toBe(MESSAGE);
  });

  it('keeps the budget with the linted file, for the passes after the lint', () => {
    const deadline = deadlineIn(600_000);
    const linted = lintOne('Dockerfile', { text: APK }, fileConfig, { maxSize: 1 << 20, timeout: 600_000, lint: lintText, deadline });
    expect(linted.result.findings.length).toBeGreaterThan(0);
    expect(linted.deadline).toBe(deadline);
    // Without one given, the budget starts with the lint and is kept the same way.
    expect(lintOne('Dockerfile', { text: APK }, fileConfig, { maxSize: 1 << 20, timeout: 5_000, lint: lintText }).deadline?.ms).toBe(5_000);
  });
});

describe('the budget in the language server', () => {
  it('shows a document over its budget as one diagnostic, and keeps serving', async () => {
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const server = startLanguageServer({ input: toServer, output: fromServer, cwd: process.cwd(), debounceMs: 0, timeout: 1 });
    const client = new TestClient(fromServer, toServer);
    try {
      await client.initialize();
      const big = await client.open(pathToFileURL('/nowhere/big/Dockerfile').href, STAGES);
      expect(big.map((d) => d.message)).toEqual([`hardenfile: cannot lint this file: ${MESSAGE}`]);
      // Still serving: the next document gets its diagnostics too.
      await client.open(pathToFileURL('/nowhere/small/Dockerfile').href, 'FROM scratch\n');
    } finally {
      await client.shutdown().catch(() => {});
      await server.exited;
      client.connection.dispose();
    }
  });
});
