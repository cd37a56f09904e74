/**
 * The language server's lint workers (src/lsp/pool.ts), on the committed worker bundle
 * (dist/bundle/lint-worker.js, which `npm run check-bundle` keeps equal to the sources): a job past its budget is answered as over budget and its thread stopped, and
 * a cancelled job gives its thread back. A text holding the stall marker never finishes (a test
 * hook of the worker), so a job behind it on a one-thread pool is answered only when the stalled
 * thread was terminated: the tests assert answers and their order, never times. Two more hooks: a
 * text holding the grow marker allocates without end (the heap limit must end it), and one holding
 * the exit marker ends the thread mid-job. Workers that cannot start (a missing file, one that
 * throws or exits at load) need no bundle: the jobs then run in this thread.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveConfig } from '../../src/config/load.js';
import { overMemory, workerHeapMb, WorkerPool, type JobAnswer, type JobInput, type PoolOptions } from '../../src/lsp/pool.js';
import { RULES } from '../../rules/index.js';

const root = path.resolve(import.meta.dirname, '../..');
const worker = path.join(root, 'dist/bundle/lint-worker.js');
const STALL = '# stall-for-the-test';
const GROW = '# grow-for-the-test';
const EXIT = '# exit-for-the-test';
const ruleIds = RULES.map((r) => r.id);
const config = resolveConfig({}).config;
const TEXT = 'FROM alpine:3.23\nRUN apk add curl\n';

const job = (text: string, over: Partial<JobInput> = {}): JobInput => ({ kind: 'lint', text, config, maxSize: 1 << 20, timeout: 60_000, ...over });
const findings = (a: JobAnswer | null) => (a && 'lint' in a ? a.lint.result.findings.map((f) => f.ruleId) : a);
const pools: WorkerPool[] = [];
const dirs: string[] = [];

function pool(max: number, options: Partial<PoolOptions> = {}, url = pathToFileURL(worker)): WorkerPool {
  const p = new WorkerPool(url, { ruleIds, max, ...options });
  pools.push(p);
  return p;
}

/** A worker module of the given source in a temporary directory. */
function workerFile(source: string): URL {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardenfile-pool-'));
  dirs.push(dir);
  const file = path.join(dir, 'worker.mjs');
  fs.writeFileSync(file, source);
  return pathToFileURL(file);
}

afterEach(() => {
  for (const p of pools.splice(0)) p.dispose();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!fs.existsSync(worker))('the language server lint workers', () => {
  beforeAll(() => {
    // Workers copy the environment they start with.
    process.env.HARDENFILE_TEST_STALL = STALL;
    process.env.HARDENFILE_TEST_STALL_FIX = STALL;
    process.env.HARDENFILE_TEST_GROW = GROW;
    process.env.HARDENFILE_TEST_EXIT = EXIT;
    return () => {
      delete process.env.HARDENFILE_TEST_STALL;
      delete process.env.HARDENFILE_TEST_STALL_FIX;
      delete process.env.HARDENFILE_TEST_GROW;
      delete process.env.HARDENFILE_TEST_EXIT;
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

  it('answers a job that needs more memory than the heap limit as such, and the next job on a fresh worker', async () => {
    // 32 MB: the warm-up needs about 7 (see workerHeapMb), the grow hook any amount.
    const p = pool(1, { heapMb: 32 });
    const order: string[] = [];
    const grown = p.run(job(`${TEXT}${GROW}\n`)).answer.then((a) => (order.push('grown'), a));
    const next = p.run(job(TEXT)).answer.then((a) => (order.push('next'), a));
    expect(await grown).toEqual(overMemory(job(TEXT), 32));
    expect(await grown).toMatchObject({ lint: { result: { error: 'needed more memory than the limit of 32 MB (the heap of a lint worker)' } } });
    expect(findings(await next)).toContain('upstream-package-source');
    expect(order).toEqual(['grown', 'next']);
    const fix = await p.run(job(`${TEXT}${GROW}\n`, { kind: 'fix' })).answer;
    expect(fix).toMatchObject({ fix: { output: `${TEXT}${GROW}\n`, applied: [], problem: 'needed more memory than the limit of 32 MB (the heap of a lint worker)' } });
    expect(p.inThisThread).toBe(false);
  });

  it('answers a job whose worker was lost mid-job as a crash, and the next job on a fresh worker', async () => {
    const log: string[] = [];
    const p = pool(1, { log: (m) => log.push(m) });
    expect(findings(await p.run(job(TEXT)).answer)).toContain('upstream-package-source');
    const lost = p.run(job(`${TEXT}${EXIT}\n`)).answer;
    const next = p.run(job(TEXT)).answer;
    expect(await lost).toEqual({ crash: 'the lint worker stopped: it exited with code 70' });
    expect(findings(await next)).toContain('upstream-package-source');
    // A worker that had started and then was lost is no failed start: workers are still used.
    expect(p.inThisThread).toBe(false);
    expect(log).toEqual([]);
  });

  it('starts another worker when one fails to start once, and keeps using workers', async () => {
    const mark = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hardenfile-pool-')), 'failed-once');
    dirs.push(path.dirname(mark));
    const url = workerFile(
      `import fs from 'node:fs';\nif (!fs.existsSync(${JSON.stringify(mark)})) { fs.writeFileSync(${JSON.stringify(mark)}, ''); throw new Error('first start fails'); }\nawait import(${JSON.stringify(pathToFileURL(worker).href)});\n`,
    );
    const log: string[] = [];
    const p = pool(1, { log: (m) => log.push(m) }, url);
    expect(findings(await p.run(job(TEXT)).answer)).toContain('upstream-package-source');
    expect(fs.existsSync(mark)).toBe(true);
    expect(p.inThisThread).toBe(false);
    await vi.waitFor(() => expect(p.threads).toBe(1), { timeout: 4_000 });
    expect(log).toEqual([]);
  });
});

describe('the language server lint workers, when they cannot start', () => {
  const lintAndFix = async (p: WorkerPool) => {
    const lint = p.run(job(`${TEXT}# hardenfile-ignore no-such-rule\n`)).answer;
    const fix = p.run(job(TEXT, { kind: 'fix' })).answer;
    const second = p.run(job(`${TEXT}RUN apk add git\n`)).answer;
    const answers = await Promise.all([lint, fix, second]);
    expect(findings(answers[0]!)).toContain('upstream-package-source');
    expect(answers[0] && 'lint' in answers[0] && answers[0].lint.ignoreProblems.map((x) => x.message)).toEqual([expect.stringContaining('there is no rule no-such-rule')]);
    expect(answers[1] && 'fix' in answers[1] && answers[1].fix.output).toContain('https://dhi.io/apk/alpine/v3.23/main');
    expect(findings(answers[2]!)).toEqual(['upstream-package-source', 'upstream-package-source']);
    expect(p.inThisThread).toBe(true);
  };

  it('lints in this thread at once when the worker file is missing, and says so once', async () => {
    const log: string[] = [];
    const missing = pathToFileURL(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'hardenfile-pool-')), 'no-such-worker.js'));
    dirs.push(path.dirname(fileURLToPath(missing)));
    const p = pool(4, { log: (m) => log.push(m) }, missing);
    p.warm();
    await lintAndFix(p);
    expect(log).toEqual([expect.stringMatching(/^hardenfile: the lint worker could not start \(Cannot find module .*no-such-worker\.js.*\); documents are linted in the server's thread from now on/)]);
    // Later jobs too, with no second message.
    expect(findings(await p.run(job(TEXT)).answer)).toContain('upstream-package-source');
    expect(log).toHaveLength(1);
    await vi.waitFor(() => expect(p.threads).toBe(0), { timeout: 4_000 });
  });

  it('lints in this thread when the worker throws as it loads', async () => {
    const log: string[] = [];
    const p = pool(4, { log: (m) => log.push(m) }, workerFile("throw new Error('cannot load the engine');\n"));
    await lintAndFix(p);
    expect(log).toEqual([expect.stringContaining('the lint worker could not start (cannot load the engine)')]);
  });

  it('lints in this thread when the worker exits as it starts', async () => {
    const log: string[] = [];
    const p = pool(1, { log: (m) => log.push(m) }, workerFile('process.exit(1);\n'));
    await lintAndFix(p);
    expect(log).toEqual([expect.stringContaining('the lint worker could not start (it exited with code 1)')]);
  });

  it('answers a job cancelled while it waits with nothing, and the others in order', async () => {
    const p = pool(1, {}, workerFile('process.exit(1);\n'));
    const order: string[] = [];
    const first = p.run(job(TEXT));
    const second = p.run(job(`${TEXT}RUN apk add git\n`));
    const third = p.run(job(TEXT, { kind: 'fix' }));
    second.cancel();
    const answers = await Promise.all([first, second, third].map((r, i) => r.answer.then((a) => (order.push(String(i)), a))));
    expect(findings(answers[0]!)).toEqual(['upstream-package-source']);
    expect(answers[1]).toBeNull();
    expect(answers[2] && 'fix' in answers[2]).toBe(true);
    expect(order).toEqual(['1', '0', '2']);
  });
});

describe('the heap limit of a lint worker', () => {
  it('follows the size cap', () => {
    expect(workerHeapMb(1024 * 1024)).toBe(444);
    expect(workerHeapMb(300 * 1024)).toBeGreaterThan(87);
    expect(workerHeapMb(16 * 1024)).toBeGreaterThan(7);
  });
});
