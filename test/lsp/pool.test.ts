/**
 * The language server's lint workers (src/lsp/pool.ts), on the committed worker bundle
 * (dist/bundle/lint-worker.js, which `npm run check-bundle` keeps equal to the sources): a job past its budget is answered as over budget and its thread stopped, and
 * a cancelled job gives its thread back. A text holding the stall marker never finishes (a test
 * hook of the worker), so a job behind it on a one-thread pool is answered only when the stalled
 * thread was terminated: the tests assert answers and their order, never times.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { WorkerPool, type JobAnswer, type JobInput } from '../../src/lsp/pool.js';

const root = path.resolve(import.meta.dirname, '../..');
const worker = path.join(root, 'dist/bundle/lint-worker.js');
const STALL = '# stall-for-the-test';
const config = resolveConfig({}).config;
const TEXT = 'FROM alpine:3.23\nRUN apk add curl\n';

const job = (text: string, over: Partial<JobInput> = {}): JobInput => ({ kind: 'lint', text, config, maxSize: 1 << 20, timeout: 60_000, ...over });
const findings = (a: JobAnswer | null) => (a && 'lint' in a ? a.lint.result.findings.map((f) => f.ruleId) : a);
const pools: WorkerPool[] = [];

function pool(max: number): WorkerPool {
  const p = new WorkerPool(pathToFileURL(worker), max);
  pools.push(p);
  return p;
}

afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
});

describe.skipIf(!fs.existsSync(worker))('the language server lint workers', () => {
  beforeAll(() => {
    // Workers copy the environment they start with.
    process.env.HARDENFILE_TEST_STALL = STALL;
    process.env.HARDENFILE_TEST_STALL_FIX = STALL;
    return () => {
      delete process.env.HARDENFILE_TEST_STALL;
      delete process.env.HARDENFILE_TEST_STALL_FIX;
    };
  });

  it('lints, with the ignore comments that silence nothing, and fixes all', async () => {
    const p = pool(2);
    const lint = await p.run(job(`${TEXT}# hardenfile-ignore no-such-rule\n`)).answer;
    expect(findings(lint)).toContain('upstream-package-source');
    expect(lint && 'lint' in lint && lint.lint.ignoreProblems.map((x) => x.message)).toEqual([expect.stringContaining('there is no rule no-such-rule')]);
    const fix = await p.run(job(TEXT, { kind: 'fix' })).answer;
    expect(fix && 'fix' in fix && fix.fix.output).toContain('https://dhi.io/apk/alpine/v3.23/main');
  });

  it('answers a job past its budget as over budget, and the next job on the one thread after it', async () => {
    const p = pool(1);
    const order: string[] = [];
    const stalled = p.run(job(`${TEXT}${STALL}\n`, { timeout: 300 })).answer.then((a) => (order.push('stalled'), a));
    const next = p.run(job(TEXT)).answer.then((a) => (order.push('next'), a));
    expect(await stalled).toEqual({ lint: { result: { findings: [], secretSpans: [], error: 'took longer than 300 ms (the time budget, --timeout)' }, ignoreProblems: [] } });
    expect(findings(await next)).toContain('upstream-package-source');
    expect(order).toEqual(['stalled', 'next']);
    // The stalled thread ended; the one kept for the next job is the only one left.
    await vi.waitFor(() => expect(p.threads).toBe(1), { timeout: 4_000 });
  });

  it('answers a fix-all past its budget with the text unchanged and the reason', async () => {
    const p = pool(1);
    const text = `${TEXT}${STALL}\n`;
    expect(await p.run(job(text, { kind: 'fix', timeout: 300 })).answer).toEqual({
      fix: { output: text, applied: [], remaining: [], passes: 0, problem: 'took longer than 300 ms (the time budget, --timeout)' },
    });
  });

  it('stops a cancelled job that has run for a while, so the thread serves the next one', async () => {
    const p = pool(1);
    const stalled = p.run(job(`${TEXT}${STALL}\n`));
    // The one thread is (or is about to be) in the endless loop: a job behind it would wait for its budget, a minute.
    const probe = p.run(job(TEXT));
    probe.cancel();
    expect(await probe.answer).toBeNull();
    stalled.cancel();
    expect(await stalled.answer).toBeNull();
    expect(findings(await p.run(job(TEXT)).answer)).toContain('upstream-package-source');
    await vi.waitFor(() => expect(p.threads).toBe(1), { timeout: 4_000 });
  });

  it('answers nothing once disposed', async () => {
    const p = pool(1);
    const stalled = p.run(job(`${TEXT}${STALL}\n`)).answer;
    p.dispose();
    expect(await stalled).toBeNull();
    expect(await p.run(job(TEXT)).answer).toBeNull();
    await vi.waitFor(() => expect(p.threads).toBe(0), { timeout: 4_000 });
  });
});
