/**
 * What real editors send that a tidy client does not: a didOpen without text, a codeAction without
 * its context, a diagnostic sent back with its columns moved (Neovim 0.7 on a non-ASCII line),
 * a config changed on disk with no file watching; and the warning for an ignore comment that
 * names no rule or an unknown one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic, LogMessageParams } from 'vscode-languageserver';
import { startLanguageServer, type LanguageServer } from '../../src/lsp/server.js';
import { applyWorkspaceEdit, TestClient } from './client.js';

const RULE = 'upstream-package-source';
const TEXT = 'FROM alpine:3.23\nRUN apk add curl\n';
const RANGE = { start: { line: 1, character: 4 }, end: { line: 1, character: 16 } };

const dirs: string[] = [];
const running: { client: TestClient; server: LanguageServer }[] = [];

function tree(files: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hardenfile-lsp-editors-'));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(root, name), text);
  return root;
}

async function start(cwd = tree()) {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const server = startLanguageServer({ input: toServer, output: fromServer, cwd, debounceMs: 0 });
  const client = new TestClient(fromServer, toServer);
  const logs: LogMessageParams[] = [];
  client.connection.onNotification('window/logMessage', (p: LogMessageParams) => {
    logs.push(p);
  });
  running.push({ client, server });
  await client.initialize();
  return { client, logs };
}

const ours = (diagnostics: Diagnostic[]) => diagnostics.filter((d) => d.code === RULE);

afterEach(async () => {
  for (const { client, server } of running.splice(0)) {
    await client.shutdown().catch(() => {});
    await server.exited;
    client.connection.dispose();
  }
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe('language server, with what editors really send', () => {
  it('reports a document opened without its text, and lints it once the whole text arrives', async () => {
    const { client, logs } = await start();
    const uri = pathToFileURL(path.join(tree(), 'Dockerfile')).href;
    const opened = client.diagnostics(uri, 1);
    await client.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1 } });
    const first = (await opened).diagnostics;
    expect(first).toHaveLength(1);
    expect(first[0]!.message).toContain('without its text');
    // An incremental change to a text the server never had is not guessed at.
    const partial = client.diagnostics(uri, 2);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: RANGE, text: 'x' }] });
    expect((await partial).diagnostics[0]!.message).toContain('without its text');
    const whole = client.diagnostics(uri, 3);
    await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ text: TEXT }] });
    expect(ours((await whole).diagnostics)).toHaveLength(1);
    expect(logs).toEqual([]);
  });

  it('answers a codeAction without context from its range, and without a range with nothing', async () => {
    const { client, logs } = await start();
    const uri = pathToFileURL(path.join(tree(), 'Dockerfile')).href;
    await client.open(uri, TEXT);
    const noContext = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: RANGE });
    expect(noContext.find((a) => a.isPreferred)?.diagnostics?.[0]?.code).toBe(RULE);
    const nothing = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri } });
    expect(nothing.filter((a) => a.kind === 'quickfix')).toEqual([]);
    const badDiagnostics = await client.connection.sendRequest<CodeAction[]>('textDocument/codeAction', { textDocument: { uri }, range: RANGE, context: { diagnostics: [null, { source: 'hardenfile', code: RULE }] } });
    expect(Array.isArray(badDiagnostics)).toBe(true);
    expect(logs).toEqual([]);
  });

  it('offers the quick fix when the client sends the diagnostic back with moved columns', async () => {
    const { client } = await start();
    const uri = pathToFileURL(path.join(tree(), 'Dockerfile')).href;
    // "é" is one UTF-16 unit and two bytes: a client that counts bytes moves the columns by one.
    const text = 'FROM alpine:3.23\nRUN echo "é" && apk add curl\n';
    const [published] = ours(await client.open(uri, text));
    expect(published!.range).toEqual({ start: { line: 1, character: 16 }, end: { line: 1, character: 28 } });
    const moved = { ...published!, range: { start: { line: 1, character: 17 }, end: { line: 1, character: 29 } } };
    const actions = await client.codeActions(uri, moved.range, [moved]);
    const fix = actions.find((a) => a.isPreferred);
    expect(fix?.diagnostics).toEqual([moved]);
    expect(applyWorkspaceEdit(text, uri, fix!.edit)).toContain('https://dhi.io/apk/alpine/v3.23/main');
    // A diagnostic on a line where the rule found nothing gets no fix.
    const elsewhere = { ...published!, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } };
    expect((await client.codeActions(uri, elsewhere.range, [elsewhere])).filter((a) => a.kind === 'quickfix')).toEqual([]);
  });

  it('re-reads a config changed on disk when a document is saved, without file watching', async () => {
    const dir = tree({ '.hardenfile.yaml': `rules:\n  ${RULE}: off\n` });
    const { client } = await start(dir);
    const uri = pathToFileURL(path.join(dir, 'Dockerfile')).href;
    expect(ours(await client.open(uri, TEXT))).toEqual([]);
    fs.writeFileSync(path.join(dir, '.hardenfile.yaml'), `rules:\n  ${RULE}: warning\n`);
    const next = client.diagnostics(uri);
    await client.connection.sendNotification('textDocument/didSave', { textDocument: { uri } });
    expect(ours((await next).diagnostics).map((d) => d.severity)).toEqual([2]);
  });

  it('warns about an ignore comment that names no rule or an unknown one', async () => {
    const { client } = await start();
    const uri = pathToFileURL(path.join(tree(), 'Dockerfile')).href;
    const text = `FROM alpine:3.23\n# hardenfile-ignore upstream-package-sourc\nRUN apk add curl\n# hardenfile-ignore\nRUN true\n`;
    const diagnostics = await client.open(uri, text);
    expect(ours(diagnostics)).toHaveLength(1);
    const warnings = diagnostics.filter((d) => d.code === undefined);
    expect(warnings.map((d) => [d.severity, d.range.start, d.message])).toEqual([
      [2, { line: 1, character: 20 }, `# hardenfile-ignore: there is no rule upstream-package-sourc (did you mean ${RULE}?)`],
      [2, { line: 3, character: 0 }, '# hardenfile-ignore names no rule, so it silences nothing (name the rules, or all)'],
    ]);
  });
});
