/**
 * The committed CLI bundle as an install runs it: bin/ and dist/bundle copied where no node_modules
 * can be found, so every package it needs must be inside it, and the V8 code cache beside it (see
 * bin/run-bundle.js), which is used only with the bundle whose hash it records, whatever the files'
 * times, and is replaced when missing, made for another bundle, or rejected by this V8.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tree } from './harness.js';

const root = path.resolve(import.meta.dirname, '../..');
const bundleDir = path.join(root, 'dist/bundle');
const builtins = new Set(builtinModules);
const BAD = 'FROM alpine:3.23\nRUN apk add --no-cache curl\n';

/** The package's files as npm installs them, without node_modules anywhere above. */
function installCopy(extra: Record<string, string> = {}): string {
  const files: Record<string, string | Buffer> = { 'package.json': fs.readFileSync(path.join(root, 'package.json')) };
  const copy = (dir: string) => {
    for (const e of fs.readdirSync(path.join(root, dir), { withFileTypes: true, recursive: true })) {
      if (!e.isFile() || e.name === 'hardenfile.cache') continue;
      const rel = path.relative(root, path.join(e.parentPath, e.name));
      files[`pkg/${rel}`] = fs.readFileSync(path.join(root, rel));
    }
  };
  ['bin', 'dist/bundle', 'schema'].forEach(copy);
  for (const doc of fs.readdirSync(path.join(root, 'rules')).filter((f) => f.endsWith('.md'))) files[`pkg/rules/${doc}`] = fs.readFileSync(path.join(root, 'rules', doc));
  files['pkg/package.json'] = files['package.json']!;
  delete files['package.json'];
  const dir = tree({ ...files, ...Object.fromEntries(Object.entries(extra).map(([k, v]) => [`work/${k}`, v])) });
  expect(fs.existsSync(path.join(dir, 'node_modules'))).toBe(false);
  return dir;
}

function cli(dir: string, args: string[], input?: string): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [path.join(dir, 'pkg/bin/hardenfile.js'), ...args], { cwd: path.join(dir, 'work'), encoding: 'utf8', ...(input !== undefined && { input }) });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cacheOf = (dir: string) => path.join(dir, 'pkg/dist/bundle/hardenfile.cache');
const stampOf = (dir: string) => fs.readFileSync(path.join(dir, 'pkg/dist/bundle/hardenfile.cjs'), 'latin1').split('\n', 1)[0]!;

/** Does this Node accept the cache file's data for the bundle beside it? */
function accepted(dir: string): boolean {
  const probe = `
    const fs = require('node:fs'), vm = require('node:vm'), Module = require('node:module');
    const file = ${JSON.stringify(path.join(dir, 'pkg/dist/bundle/hardenfile.cjs'))};
    const source = fs.readFileSync(file, 'latin1');
    const data = fs.readFileSync(${JSON.stringify(cacheOf(dir))});
    const head = source.indexOf('\\n') + 1;
    if (data.latin1Slice(0, head) !== source.slice(0, head)) { process.stdout.write('other bundle'); process.exit(); }
    const script = new vm.Script(Module.wrap(source), { filename: file, cachedData: data.subarray(head) });
    process.stdout.write(String(!script.cachedDataRejected));`;
  return execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' }) === 'true';
}

describe('the committed bundle, installed without node_modules', () => {
  it('is stamped with its hash and is ASCII', () => {
    const text = fs.readFileSync(path.join(bundleDir, 'hardenfile.cjs'), 'latin1');
    expect(text.split('\n', 1)[0]).toMatch(/^\/\/ hardenfile bundle [0-9a-f]{32}$/);
    expect(/[^\t\n\r\x20-\x7e]/.test(text)).toBe(false);
  });

  it('requires only Node built-ins and its own vendored scripts', () => {
    for (const file of ['hardenfile.cjs', 'lint-worker.js', 'vendor/yaml.cjs', 'vendor/fast-glob.cjs']) {
      const text = fs.readFileSync(path.join(bundleDir, file), 'utf8');
      const required = [...text.matchAll(/\brequire\("([^"]+)"\)|^\s*(?:import|export)\b[^\n;]*?\bfrom "([^"]+)"/gm)].map((m) => m[1] ?? m[2]!);
      for (const id of required) expect(builtins.has(id.replace(/^node:/, '')), `${file} requires ${id}`).toBe(true);
    }
    const licences = fs.readFileSync(path.join(bundleDir, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['yaml', 'fast-glob', 'diff', 'ignore', 'vscode-languageserver', 'micromatch']) expect(licences).toMatch(new RegExp(`^${name} \\d`, 'm'));
  });

  it('lints a file, a directory with a YAML config, SARIF, a diff, explain and standard input', () => {
    const services = Object.fromEntries(Array.from({ length: 3 }, (_, i) => [`svc${i}/Dockerfile`, BAD]));
    const dir = installCopy({ ...services, 'quiet/.hardenfile.yaml': 'rules:\n  upstream-package-source: off\n', 'quiet/Containerfile-dev': BAD });
    const one = cli(dir, ['--no-color', 'svc0/Dockerfile']);
    expect(one).toMatchObject({ status: 1, stderr: '' });
    expect(one.stdout).toContain('upstream-package-source');
    const all = cli(dir, ['--format', 'json', '.']);
    expect(all.stderr).toBe('');
    const report = JSON.parse(all.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
    expect(report.files.map((f) => f.path).sort()).toEqual(['quiet/Containerfile-dev', 'svc0/Dockerfile', 'svc1/Dockerfile', 'svc2/Dockerfile']);
    expect(report.files.find((f) => f.path === 'quiet/Containerfile-dev')!.findings.map((f) => f.ruleId)).not.toContain('upstream-package-source');
    const sarif = cli(dir, ['-f', 'sarif', 'svc1/Dockerfile']);
    expect(JSON.parse(sarif.stdout).runs[0].results.length).toBeGreaterThan(0);
    expect(cli(dir, ['--diff', 'svc2/Dockerfile']).stdout).toContain('+++ b/svc2/Dockerfile');
    expect(cli(dir, ['explain', 'signing-key-name']).stdout).toMatch(/^# signing-key-name/m);
    expect(cli(dir, ['--stdin', '--stdin-filename', 'Dockerfile'], BAD)).toMatchObject({ status: 1, stderr: '' });
  }, 60_000);

  it('lints on worker threads from the vendored worker script', () => {
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`d/${i}.Dockerfile`, BAD]));
    const dir = installCopy(many);
    const threads = cli(dir, ['--format', 'json', '--jobs', '2', 'd']);
    const one = cli(dir, ['--format', 'json', '--jobs', '1', 'd']);
    expect(threads.stderr).toBe('');
    expect(JSON.parse(threads.stdout).files).toHaveLength(60);
    expect(threads.stdout).toBe(one.stdout);
  }, 60_000);
});

describe('the code cache', () => {
  it('is written by the first run, is one this Node accepts, and is then left alone', () => {
    const dir = installCopy({ Dockerfile: BAD });
    expect(fs.existsSync(cacheOf(dir))).toBe(false);
    const first = cli(dir, ['--format', 'json', 'Dockerfile']);
    expect(first.status).toBe(1);
    expect(accepted(dir)).toBe(true);
    const written = fs.readFileSync(cacheOf(dir));
    // Older than the bundle, as an install that extracts the cache first leaves it: still used.
    const old = new Date(Date.now() - 3_600_000);
    fs.utimesSync(cacheOf(dir), old, old);
    expect(cli(dir, ['--format', 'json', 'Dockerfile'])).toEqual(first);
    expect(fs.readFileSync(cacheOf(dir)).equals(written)).toBe(true);
    expect(Math.round(fs.statSync(cacheOf(dir)).mtimeMs)).toBe(old.getTime());
  }, 60_000);

  it('is replaced when it belongs to another bundle or this V8 rejects it, and the output stays the same', () => {
    const dir = installCopy({ Dockerfile: BAD });
    const reference = cli(dir, ['--format', 'json', 'Dockerfile']);
    const good = fs.readFileSync(cacheOf(dir));
    const stamp = stampOf(dir);
    const otherBundle = Buffer.concat([Buffer.from(`// hardenfile bundle ${'0'.repeat(32)}\n`), good.subarray(stamp.length + 1)]);
    const garbage = Buffer.concat([Buffer.from(`${stamp}\n`), Buffer.from('not a code cache')]);
    for (const cache of [otherBundle, garbage, Buffer.from('')]) {
      fs.writeFileSync(cacheOf(dir), cache);
      expect(cli(dir, ['--format', 'json', 'Dockerfile'])).toEqual(reference);
      expect(accepted(dir)).toBe(true);
    }
  }, 60_000);
});
