/**
 * A real `hardenfile lsp --stdio` (the built bundle) whose lint workers cannot start, or whose
 * worker reaches its heap limit: the client still gets every answer. The worker is pointed at a
 * missing file with HARDENFILE_TEST_LINT_WORKER (a test-only seam of src/lsp/pool.ts); the grow
 * hook of the worker (HARDENFILE_TEST_GROW) allocates without end on a text holding its marker,
 * and `--max-size` sets the heap limit that follows it. The tests assert what arrives and in which
 * order, never times.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { workerHeapMb } from '../../src/lsp/pool.js';
import { TestClient } from './client.js';

const root = path.resolve(import.meta.dirname, '../..');
const built = fs.existsSync(path.join(root, 'dist/bundle/lint-worker.js'));
const RULE = 'upstream-package-source';
const TEXT = 'FROM alpine:3.23\nRUN apk add curl\n';
const RANGE = { start: { line: 1, character: 4 }, end: { line: 1, character: 16 } };
const GROW = '# grow-for-the-test';

const dirs: string[] = [];
const stops: (() => Promise<void>)[] = [];

function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardenfile-lsp-fallback-'));
  dirs.push(dir);
  return dir;
}

const uriIn = (name: string) => pathToFileURL(path.join(tempDir(), name)).href;
const ours = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === RULE);

async function serve(env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, [path.join(root, 'bin/hardenfile.js'), 'lsp', '--stdio', ...args], { cwd: os.tmpdir(), env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const client = new TestClient(child.stdout, child.stdin);
  stops.push(async () => {
    client.connection.dispose();
    child.kill();
    await exited;
  });
  await client.initialize({});
  return { client, exited, stderr: () => stderr };
}

afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!built)('hardenfile lsp --stdio when lint workers cannot start or run out of memory', () => {
  it('lints in its own thread when the worker cannot start, says so once in its log, and answers everything', async () => {
    const missing = path.join(tempDir(), 'no-such-lint-worker.js');
    const { client, exited, stderr } = await serve({ HARDENFILE_TEST_LINT_WORKER: missing });
    const a = uriIn('Dockerfile');
    const b = uriIn('Dockerfile');
    const aDiagnostics = ours(await client.open(a, TEXT));
    expect(aDiagnostics).toMatchObject([{ range: RANGE, code: RULE }]);
    const actions = await client.codeActions(a, RANGE, aDiagnostics);
    expect(actions.some((x) => x.isPreferred && x.kind === 'quickfix')).toBe(true);
    const fixAll = await client.codeActions(a, RANGE, [], ['source.fixAll.hardenfile']);
    expect(fixAll.map((x) => x.title)).toEqual(['Apply all safe hardenfile fixes']);
    expect(ours(await client.open(b, `${TEXT}RUN apk add git\n`))).toHaveLength(2);
    expect(ours(await client.change(a, `${TEXT}RUN apk add git\n`))).toHaveLength(2);
    const fallback = client.logs.filter((l) => l.message.includes('could not start'));
    expect(fallback).toHaveLength(1);
    expect(fallback[0]).toMatchObject({ type: 2 });
    expect(fallback[0]!.message).toMatch(/^hardenfile: the lint worker could not start \(Cannot find module .*no-such-lint-worker\.js.*\); documents are linted in the server's thread from now on/);
    await client.shutdown();
    expect(await exited).toBe(0);
    expect(stderr()).toBe('');
  }, 30_000);

  it('answers a document that needs more memory than the heap limit with a diagnostic, and lints the next one', async () => {
    const maxSize = 16 * 1024;
    const { client, exited } = await serve({ HARDENFILE_TEST_GROW: GROW }, ['--max-size', String(maxSize)]);
    const a = uriIn('Dockerfile');
    const b = uriIn('Dockerfile');
    const events: string[] = [];
    const aDone = client.open(a, `${TEXT}${GROW}\n`).then((d) => (events.push('A diagnostics'), d));
    const aDiagnostics = await aDone;
    expect(aDiagnostics).toMatchObject([{ range: { start: { line: 0, character: 0 } }, source: 'hardenfile' }]);
    expect(aDiagnostics[0]!.message).toBe(`hardenfile: cannot lint this file: needed more memory than the limit of ${workerHeapMb(maxSize)} MB (the heap of a lint worker)`);
    expect(await client.codeActions(a, RANGE, [])).toEqual([]);
    const bDiagnostics = ours(await client.open(b, TEXT));
    events.push('B diagnostics');
    expect(bDiagnostics).toMatchObject([{ range: RANGE, code: RULE }]);
    expect(events).toEqual(['A diagnostics', 'B diagnostics']);
    expect(ours(await client.change(a, TEXT))).toHaveLength(1);
    // Workers still serve: nothing moved to the server's thread.
    expect(client.logs.filter((l) => l.message.includes('could not start'))).toEqual([]);
    await client.shutdown();
    expect(await exited).toBe(0);
  }, 30_000);
});
