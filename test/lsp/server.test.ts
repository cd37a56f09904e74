import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { startLanguageServer, type LanguageServer, type LanguageServerOptions } from '../../src/lsp/server.js';
import { lintText } from '../../src/engine/lint.js';
import { fixText } from '../../src/fix/apply.js';
import { resolveConfig } from '../../src/config/load.js';
import { applyWorkspaceEdit, TestClient } from './client.js';

const RULE = 'upstream-package-source';
const TEXT = 'FROM alpine:3.23\nRUN apk add curl\n';
// `apk add curl` on the second line.
const RANGE = { start: { line: 1, character: 4 }, end: { line: 1, character: 16 } };
const DEFAULTS = resolveConfig({}).config;

const dirs: string[] = [];
const running: { client: TestClient; server: LanguageServer }[] = [];

function tree(files: Record<string, string> = {}): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'hardenfile-lsp-'));
  dirs.push(root);
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

function uriOf(dir: string, name = 'Dockerfile'): string {
  return pathToFileURL(path.join(dir, name)).href;
}

async function start(options: Partial<LanguageServerOptions> = {}, capabilities: object = {}) {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const server = startLanguageServer({ input: toServer, output: fromServer, cwd: options.cwd ?? tree(), debounceMs: 0, ...options });
  const client = new TestClient(fromServer, toServer);
  running.push({ client, server });
  const init = await client.initialize(capabilities);
  return { client, server, init };
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

describe('language server, in process', () => {
  it('advertises incremental sync and its code action kinds', async () => {
    const { init } = await start();
    expect(init.serverInfo?.name).toBe('hardenfile');
    expect(init.capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(init.capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix', 'source.fixAll.hardenfile'] });
  });

  it('publishes a finding with its exact range, code, source and rule link', async () => {
    const { client } = await start();
    const diagnostics = ours(await client.open(uriOf(tree()), TEXT));
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({
      range: RANGE,
      source: 'hardenfile',
      code: RULE,
      codeDescription: { href: `https://github.com/hardenfile/hardenfile/blob/main/rules/${RULE}.md` },
    });
    const finding = lintText(TEXT, { config: DEFAULTS }).findings.find((f) => f.ruleId === RULE)!;
    expect(diagnostics[0]!.message).toBe(finding.message);
  });

  it.each([
    ['error', 1],
    ['warning', 2],
    ['info', 3],
  ])('maps severity %s from the nearest config file to %i', async (severity, expected) => {
    const dir = tree({ '.hardenfile.yaml': `rules:\n  ${RULE}: ${severity}\n`, 'app/Dockerfile': TEXT });
    const { client } = await start();
    const [diagnostic] = ours(await client.open(uriOf(dir, 'app/Dockerfile'), TEXT));
    expect(diagnostic?.severity).toBe(expected);
  });

  it('re-lints on change, always for the version it reports, and clears on close', async () => {
    const { client } = await start();
    const uri = uriOf(tree());
    expect(ours(await client.open(uri, TEXT))).toHaveLength(1);
    const texts = new Map([[1, TEXT]]);
    // Rapid edits: whatever gets published must match the text of the version it names.
    for (let v = 2; v <= 5; v++) {
      const text = v % 2 === 0 ? 'FROM alpine:3.23\n' : TEXT;
      texts.set(v, text);
      await client.change(uri, text, false);
    }
    const last = await client.diagnostics(uri, 5);
    expect(ours(last.diagnostics)).toHaveLength(1);
    for (const p of client.published.filter((x) => x.uri === uri)) {
      expect(ours(p.diagnostics).length).toBe(texts.get(p.version!) === TEXT ? 1 : 0);
    }
    expect(await client.close(uri)).toEqual([]);
  });

  it('offers the safe fix as the preferred quick fix, and its edit yields the hardened setup', async () => {
    const { client } = await start();
    const uri = uriOf(tree());
    const diagnostics = ours(await client.open(uri, TEXT));
    const actions = await client.codeActions(uri, RANGE, diagnostics);
    const fix = actions.find((a) => a.isPreferred);
    expect(fix).toMatchObject({ kind: 'quickfix', diagnostics });
    expect(fix!.title).not.toMatch(/\(unsafe\)$/);
    const fixed = applyWorkspaceEdit(TEXT, uri, fix!.edit);
    expect(fixed).toContain('/etc/apk/keys/dhi-apk@docker-');
    expect(fixed).toContain('https://dhi.io/apk/alpine/v3.23/main');
    expect(fixed.endsWith('RUN apk add curl\n')).toBe(true);
    expect(lintText(fixed, { config: DEFAULTS }).findings.filter((f) => f.ruleId === RULE)).toEqual([]);
    // The editor applies the edit and sends the change: the finding goes away.
    expect(ours(await client.change(uri, fixed))).toEqual([]);
  });

  it('finds the diagnostics in the range when the client sends none', async () => {
    const { client } = await start();
    const uri = uriOf(tree());
    await client.open(uri, TEXT);
    const actions = await client.codeActions(uri, { start: { line: 1, character: 6 }, end: { line: 1, character: 6 } }, [], ['quickfix']);
    expect(actions.some((a) => a.isPreferred && a.diagnostics?.[0]?.code === RULE)).toBe(true);
  });

  it('ignores a rule for one instruction with a comment line above it', async () => {
    const { client } = await start();
    const uri = uriOf(tree());
    const diagnostics = ours(await client.open(uri, TEXT));
    const actions = await client.codeActions(uri, RANGE, diagnostics, ['quickfix']);
    const ignore = actions.find((a) => a.title === `Ignore ${RULE} for this instruction`);
    expect(ignore?.kind).toBe('quickfix');
    const ignored = applyWorkspaceEdit(TEXT, uri, ignore!.edit);
    expect(ignored).toBe(`FROM alpine:3.23\n# hardenfile-ignore ${RULE}\nRUN apk add curl\n`);
    expect(ours(await client.change(uri, ignored))).toEqual([]);
  });

  it('keeps indentation and CRLF in the ignore comment, and extends an existing one', async () => {
    const { client } = await start();
    const crlf = 'FROM alpine:3.23\r\n  RUN apk add curl\r\n';
    const uri = uriOf(tree());
    const [diagnostic] = ours(await client.open(uri, crlf));
    const actions = await client.codeActions(uri, diagnostic!.range, [diagnostic!]);
    const ignore = actions.find((a) => a.title.startsWith('Ignore'));
    expect(applyWorkspaceEdit(crlf, uri, ignore!.edit)).toBe(`FROM alpine:3.23\r\n  # hardenfile-ignore ${RULE}\r\n  RUN apk add curl\r\n`);

    const existing = 'FROM alpine:3.23\n# hardenfile-ignore some-rule -- reviewed\nRUN apk add curl\n';
    const uri2 = uriOf(tree());
    const [d2] = ours(await client.open(uri2, existing));
    const more = await client.codeActions(uri2, d2!.range, [d2!]);
    const extend = more.find((a) => a.title.startsWith('Ignore'));
    expect(applyWorkspaceEdit(existing, uri2, extend!.edit)).toBe(`FROM alpine:3.23\n# hardenfile-ignore some-rule,${RULE} -- reviewed\nRUN apk add curl\n`);
  });

  it('fixes all safe problems like the CLI fixer, as a versioned edit when the client supports it', async () => {
    const { client } = await start({}, { workspace: { workspaceEdit: { documentChanges: true } } });
    const uri = uriOf(tree());
    await client.open(uri, TEXT);
    const actions = await client.codeActions(uri, RANGE, [], ['source.fixAll']);
    expect(actions.map((a) => a.kind)).toEqual(['source.fixAll.hardenfile']);
    expect(actions[0]!.edit?.documentChanges?.[0]).toMatchObject({ textDocument: { uri, version: 1 } });
    const fixed = applyWorkspaceEdit(TEXT, uri, actions[0]!.edit);
    expect(fixed).toBe(fixText(TEXT, { config: DEFAULTS, unsafe: false }).output);
    expect(fixed).toContain('https://dhi.io/apk/alpine/v3.23/main');
  });

  it('offers no fix-all when nothing is fixable', async () => {
    const { client } = await start();
    const uri = uriOf(tree());
    const text = 'FROM scratch\nCOPY app /app\n';
    expect(fixText(text, { config: DEFAULTS, unsafe: false }).output).toBe(text);
    await client.open(uri, text);
    expect(await client.codeActions(uri, RANGE, [], ['source.fixAll.hardenfile'])).toEqual([]);
  });

  it('uses the defaults for an untitled document', async () => {
    const dir = tree({ '.hardenfile.yaml': `rules:\n  ${RULE}: off\n` });
    const { client } = await start({ cwd: dir });
    expect(ours(await client.open('untitled:Untitled-1', TEXT))).toHaveLength(1);
    expect(ours(await client.open(uriOf(dir), TEXT))).toEqual([]);
  });

  it('shows a config error as one diagnostic at the top and once as a message, and keeps serving', async () => {
    const dir = tree({ '.hardenfile.yaml': 'rules:\n  no-such-rule: error\n' });
    const { client } = await start();
    const diagnostics = await client.open(uriOf(dir), TEXT);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ range: { start: { line: 0, character: 0 } }, severity: 1, source: 'hardenfile' });
    expect(diagnostics[0]!.message).toContain('no-such-rule');
    await client.open(uriOf(dir, 'Dockerfile.other'), TEXT);
    expect(client.messages.filter((m) => m.message.includes('no-such-rule'))).toHaveLength(1);
    expect(await client.codeActions(uriOf(dir), RANGE, diagnostics)).toEqual([]);
    expect(ours(await client.open(uriOf(tree()), TEXT))).toHaveLength(1);
  });

  it('reports a binary or oversized text as one diagnostic instead of crashing', async () => {
    const { client } = await start({ maxSize: 1000 });
    const binary = await client.open(uriOf(tree()), 'FROM alpine\u0000\u0001\u0002');
    expect(binary).toHaveLength(1);
    expect(binary[0]!.message).toMatch(/binary/);
    const huge = await client.open(uriOf(tree()), `FROM alpine:3.23\n${'RUN true\n'.repeat(200)}`);
    expect(huge).toHaveLength(1);
    expect(huge[0]!.message).toMatch(/larger than/);
    expect(ours(await client.open(uriOf(tree()), TEXT))).toHaveLength(1);
  });

  it('exits with 0 after shutdown and exit', async () => {
    const { client, server } = await start();
    running.pop();
    await client.shutdown();
    expect(await server.exited).toBe(0);
    client.connection.dispose();
  });
});

const root = path.resolve(import.meta.dirname, '../..');
const built = fs.existsSync(path.join(root, 'dist/bundle/hardenfile.cjs'));

// dist/ is built by `npm ci` (the prepare script); locally, run `npm run build` first.
describe.skipIf(!built)('hardenfile lsp --stdio, end to end', () => {
  it('speaks LSP over stdio: diagnostics, a quick fix, fix-all, shutdown and exit', async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin/hardenfile.js'), 'lsp', '--stdio'], { cwd: tree(), stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const client = new TestClient(child.stdout, child.stdin);
    try {
      const init = await client.initialize();
      expect(init.serverInfo?.name).toBe('hardenfile');
      const uri = uriOf(tree());
      const diagnostics = ours(await client.open(uri, TEXT));
      expect(diagnostics).toMatchObject([{ range: RANGE, code: RULE, source: 'hardenfile' }]);
      const actions = await client.codeActions(uri, RANGE, diagnostics);
      const fixed = applyWorkspaceEdit(TEXT, uri, actions.find((a) => a.isPreferred)!.edit);
      expect(fixed).toContain('https://dhi.io/apk/alpine/v3.23/main');
      const all = await client.codeActions(uri, RANGE, [], ['source.fixAll.hardenfile']);
      expect(applyWorkspaceEdit(TEXT, uri, all[0]!.edit)).toContain('https://dhi.io/apk/alpine/v3.23/main');
      await client.shutdown();
      expect(await exited).toBe(0);
      expect(stderr).toBe('');
    } finally {
      client.connection.dispose();
      child.kill();
    }
  });
});
