// Language server latency (not a test): time from a didChange notification to the
// publishDiagnostics for that version, on a generated 300-line Dockerfile. Run after `npm run build`:
// `node bench/lsp.js`. Measures the real `hardenfile lsp --stdio` (with its 50 ms debounce) and the
// same server in process with no debounce (the engine plus JSON-RPC). Then, over stdio, how long a
// small document waits for its diagnostics while a slow one (a 100 KB chain of FROM stages) lints.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-languageserver/node';
import { makeDockerfile } from './corpus.js';

const root = new URL('..', import.meta.url).pathname;
const CHANGES = 50;
const WARMUP = 5;

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function measure(fromServer, toServer) {
  const connection = createMessageConnection(new StreamMessageReader(fromServer), new StreamMessageWriter(toServer));
  let waiting = null;
  connection.onNotification('textDocument/publishDiagnostics', (p) => {
    if (waiting && p.version === waiting.version) waiting.resolve(p);
  });
  connection.onNotification('window/logMessage', () => {});
  connection.listen();
  const published = (version) => new Promise((resolve) => (waiting = { version, resolve }));

  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const dir = mkdtempSync(join(tmpdir(), 'hardenfile-bench-lsp-'));
  const uri = pathToFileURL(join(dir, 'Dockerfile')).href;
  const text = makeDockerfile(11, 300);
  let next = published(1);
  await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
  const first = await next;

  const times = [];
  for (let version = 2; version < 2 + WARMUP + CHANGES; version++) {
    // A small edit in the middle of the file, alternately inserting and removing a comment line so
    // the file stays at 300 lines.
    const insert = version % 2 === 0;
    const change = { range: { start: { line: 150, character: 0 }, end: { line: insert ? 150 : 151, character: 0 } }, text: insert ? '# edited\n' : '' };
    next = published(version);
    const t = performance.now();
    await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
    await next;
    if (version >= 2 + WARMUP) times.push(performance.now() - t);
  }
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  rmSync(dir, { recursive: true, force: true });
  return { median: median(times), lines: text.split('\n').length - 1, findings: first.diagnostics.length };
}

/** A chain of stages, each FROM the one before it, of about `bytes` bytes: slow to lint. */
function fromChain(bytes) {
  const lines = ['FROM alpine:3.21 AS s0\nRUN apk add curl\n'];
  for (let i = 0, size = lines[0].length; size < bytes; i++) {
    lines.push(`FROM s${i} AS s${i + 1}\nRUN apk add b\n`);
    size += lines.at(-1).length;
  }
  return lines.join('');
}

/**
 * Over stdio: open the slow document A, then at once a 300-line document B; the time from B's
 * didOpen to B's diagnostics, and from A's didOpen to A's (with what A got).
 */
async function blockedWait() {
  const child = spawn(process.execPath, [join(root, 'bin/hardenfile.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const arrived = new Map();
  connection.onNotification('textDocument/publishDiagnostics', (p) => arrived.get(p.uri)?.(p));
  connection.onNotification('window/logMessage', () => {});
  connection.onNotification('window/showMessage', () => {});
  connection.listen();
  await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification('initialized', {});
  const dir = mkdtempSync(join(tmpdir(), 'hardenfile-bench-lsp-'));
  const open = async (name, text) => {
    const uri = pathToFileURL(join(dir, name)).href;
    const done = new Promise((resolve) => arrived.set(uri, resolve));
    const t = performance.now();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'dockerfile', version: 1, text } });
    return done.then((p) => ({ ms: performance.now() - t, diagnostics: p.diagnostics }));
  };
  const slow = open('A.Dockerfile', fromChain(100_000));
  const small = open('B.Dockerfile', makeDockerfile(11, 300));
  const [a, b] = await Promise.all([slow, small]);
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  connection.dispose();
  await new Promise((resolve) => child.on('exit', resolve));
  rmSync(dir, { recursive: true, force: true });
  const problem = a.diagnostics.find((d) => d.message.startsWith('hardenfile: cannot lint'));
  return { a: a.ms, b: b.ms, aOutcome: problem ? problem.message : `${a.diagnostics.length} diagnostics` };
}

/** Median didChange → publishDiagnostics latency, over stdio and in process. */
export async function lspLatency() {
  const child = spawn(process.execPath, [join(root, 'bin/hardenfile.js'), 'lsp', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const stdio = await measure(child.stdout, child.stdin);
  await new Promise((resolve) => child.on('exit', resolve));

  const { startLanguageServer } = await import(join(root, 'dist/src/lsp/server.js'));
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const server = startLanguageServer({ input: toServer, output: fromServer, cwd: process.cwd(), debounceMs: 0 });
  const inProcess = await measure(fromServer, toServer);
  await server.exited;
  const blocked = await blockedWait();
  return { stdio, inProcess, changes: CHANGES, blocked };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { stdio, inProcess, blocked } = await lspLatency();
  console.log(`Language server, ${stdio.lines}-line Dockerfile (${stdio.findings} diagnostics), median of ${CHANGES} didChange → publishDiagnostics:`);
  console.log(`  hardenfile lsp --stdio (50 ms debounce): ${stdio.median.toFixed(1)} ms`);
  console.log(`  in process, no debounce:                 ${inProcess.median.toFixed(1)} ms`);
  console.log('A 100 KB FROM chain and a 300-line file opened together, over stdio:');
  console.log(`  the 300-line file's diagnostics after:   ${blocked.b.toFixed(0)} ms`);
  console.log(`  the FROM chain's after:                  ${blocked.a.toFixed(0)} ms (${blocked.aOutcome})`);
}
