/**
 * One slow document holds up nothing else: a real `hardenfile lsp --stdio` (the built bundle, its
 * lint workers) where document A never finishes linting (the worker's stall hook: a text holding
 * the marker loops forever, as hostile work no budget check reaches would). B's diagnostics and
 * code actions arrive while A is still linting, then A gets the over-budget diagnostic, and a newer
 * version of A replaces a stalled lint at once. The tests assert what arrives and in which order,
 * never how long it took; the budget only decides when A's answer comes.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { startLanguageServer } from '../../src/lsp/server.js';
import { PassThrough } from 'node:stream';
import { TestClient } from './client.js';

const root = path.resolve(import.meta.dirname, '../..');
const built = fs.existsSync(path.join(root, 'dist/bundle/lint-worker.js'));
const RULE = 'upstream-package-source';
const TEXT = 'FROM alpine:3.23\nRUN apk add curl\n';
const RANGE = { start: { line: 1, character: 4 }, end: { line: 1, character: 16 } };
const STALL = '# stall-for-the-test';
const SLOW = `${TEXT}${STALL}\n`;

const dirs: string[] = [];
const stops: (() => Promise<void>)[] = [];

function uriIn(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hardenfile-lsp-slow-'));
  dirs.push(dir);
  return pathToFileURL(path.join(dir, name)).href;
}

const ours = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === RULE);

/** The server over stdio, with the stall hook on for lints or fix-alls, and a budget in ms. */
async function serve(stall: 'lint' | 'fix', timeout: number) {
  const env = { ...process.env, [stall === 'lint' ? 'HARDENFILE_TEST_STALL' : 'HARDENFILE_TEST_STALL_FIX']: STALL };
  const child = spawn(process.execPath, [path.join(root, 'bin/hardenfile.js'), 'lsp', '--stdio'], { cwd: os.tmpdir(), env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const client = new TestClient(child.stdout, child.stdin);
  stops.push(async () => {
    client.connection.dispose();
    child.kill();
    await exited;
  });
  await client.initialize({}, { timeout });
  return { client, exited, stderr: () => stderr };
}

afterEach(async () => {
  for (const stop of stops.splice(0)) await stop();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe.skipIf(!built)('hardenfile lsp --stdio with a document that never finishes linting', () => {
  it("answers another document's diagnostics and code actions while it lints, then reports it over budget", async () => {
    const { client, exited, stderr } = await serve('lint', 4000);
    const events: string[] = [];
    const a = uriIn('Dockerfile');
    const b = uriIn('Dockerfile');
    const aDone = client.open(a, SLOW).then((d) => (events.push('A diagnostics'), d));
    const bDiagnostics = ours(await client.open(b, TEXT));
    events.push('B diagnostics');
    expect(bDiagnostics).toMatchObject([{ range: RANGE, code: RULE }]);
    const actions = await client.codeActions(b, RANGE, bDiagnostics);
    events.push('B code actions');
    expect(actions.some((x) => x.isPreferred && x.kind === 'quickfix')).toBe(true);
    expect(actions.map((x) => x.title)).toContain(`Ignore ${RULE} for this instruction`);

    const aDiagnostics = await aDone;
    expect(events).toEqual(['B diagnostics', 'B code actions', 'A diagnostics']);
    expect(aDiagnostics).toMatchObject([{ range: { start: { line: 0, character: 0 } }, source: 'hardenfile', severity: 2 }]);
    expect(aDiagnostics[0]!.message).toBe('hardenfile: cannot lint this file: took longer than 4000 ms (the time budget, --timeout)');
    // No code actions on a text that could not be linted; the server keeps serving.
    expect(await client.codeActions(a, RANGE, [])).toEqual([]);
    expect(ours(await client.change(b, `${TEXT}RUN apk add git\n`))).toHaveLength(2);
    await client.shutdown();
    expect(await exited).toBe(0);
    expect(stderr()).toBe('');
  }, 30_000);

  it('lints a newer version at once, and never publishes the stalled older one', async () => {
    const { client } = await serve('lint', 3000);
    const a = uriIn('Dockerfile');
    const barrier = uriIn('Dockerfile');
    void client.open(a, SLOW);
    expect(ours(await client.change(a, TEXT))).toHaveLength(1);
    // A stalled document opened after A's first version: its over-budget answer comes after the one
    // A's first version would have had, had it not been superseded.
    const over = await client.open(barrier, SLOW);
    expect(over[0]!.message).toContain('took longer than 3000 ms');
    expect(client.published.filter((p) => p.uri === a).map((p) => p.version)).toEqual([2]);
  }, 30_000);

  it("answers a fix-all past its budget with no action and a message, while other documents' requests are answered", async () => {
    const { client } = await serve('fix', 3000);
    const events: string[] = [];
    const a = uriIn('Dockerfile');
    const b = uriIn('Dockerfile');
    // A lints (the hook stalls only its fix-all): its quick fixes are there.
    const aDiagnostics = ours(await client.open(a, SLOW));
    expect(aDiagnostics).toHaveLength(1);
    const fixAll = client.codeActions(a, RANGE, [], ['source.fixAll.hardenfile']).then((x) => (events.push('A fix-all'), x));
    const bDiagnostics = ours(await client.open(b, TEXT));
    events.push('B diagnostics');
    const quick = await client.codeActions(b, RANGE, bDiagnostics, ['quickfix']);
    events.push('B code actions');
    expect(quick.some((x) => x.isPreferred)).toBe(true);
    expect(await fixAll).toEqual([]);
    expect(events).toEqual(['B diagnostics', 'B code actions', 'A fix-all']);
    expect(client.messages).toMatchObject([{ type: 2, message: `hardenfile: cannot fix ${new URL(a).pathname}: took longer than 3000 ms (the time budget, --timeout)` }]);
    // The quick fixes of A come from its lint, not from the fix-all.
    expect((await client.codeActions(a, RANGE, aDiagnostics, ['quickfix'])).some((x) => x.isPreferred)).toBe(true);
  }, 30_000);
});

describe('language server, in process (lints in this thread when run from sources)', () => {
  async function inProcess(initializationOptions: unknown, test: (client: TestClient) => Promise<void>) {
    const toServer = new PassThrough();
    const fromServer = new PassThrough();
    const server = startLanguageServer({ input: toServer, output: fromServer, cwd: os.tmpdir(), debounceMs: 0 });
    const client = new TestClient(fromServer, toServer);
    try {
      await client.initialize({}, initializationOptions);
      await test(client);
    } finally {
      await client.shutdown();
      await server.exited;
      client.connection.dispose();
    }
  }

  it('takes the budget from initializationOptions, and warns about one it cannot use', async () => {
    await inProcess({ timeout: 'soon' }, async (client) => {
      expect(client.messages).toMatchObject([{ type: 2, message: 'hardenfile: initializationOptions.timeout must be a whole number of milliseconds above 0; using 10000 ms' }]);
      expect(ours(await client.open(uriIn('Dockerfile'), TEXT))).toHaveLength(1);
    });
  });

  it('reports a document past its budget as one diagnostic, not as a clean one', async () => {
    // A chain of 1,000 stages lints in far more than a millisecond.
    const chain = ['FROM alpine:3.23 AS s0', ...Array.from({ length: 1000 }, (_, i) => `FROM s${i} AS s${i + 1}\nRUN apk add curl`), ''].join('\n');
    await inProcess({ timeout: 1 }, async (client) => {
      const diagnostics = await client.open(uriIn('Dockerfile'), chain);
      expect(diagnostics).toMatchObject([{ source: 'hardenfile', message: 'hardenfile: cannot lint this file: took longer than 1 ms (the time budget, --timeout)' }]);
    });
  });
});
