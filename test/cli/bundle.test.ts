/**
 * The built CLI as bin/hardenfile.js runs it: the bundle with the V8 code cache of the build's
 * training run (scripts/bundle.mjs). The cache must be one this Node accepts, and a cache it
 * rejects, or one older than the bundle, must only cost speed.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tree } from './harness.js';

const root = path.resolve(import.meta.dirname, '../..');
const bundle = path.join(root, 'dist/bundle/hardenfile.cjs');
const built = fs.existsSync(bundle);

/** A copy of the package's bin and bundle, with `cache` as its code cache (or none). */
function installCopy(cache: Buffer | null, cacheAge: 'newer' | 'older' = 'newer'): string {
  const dir = tree({
    'bin/hardenfile.js': fs.readFileSync(path.join(root, 'bin/hardenfile.js')),
    'bin/package.json': fs.readFileSync(path.join(root, 'bin/package.json')),
    'dist/bundle/hardenfile.cjs': fs.readFileSync(bundle),
    'package.json': fs.readFileSync(path.join(root, 'package.json')),
    'Dockerfile': 'FROM alpine:3.23\nRUN apk add --no-cache curl\n',
  });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'));
  if (cache) {
    const file = path.join(dir, 'dist/bundle/hardenfile.cache');
    fs.writeFileSync(file, cache);
    const bundleTime = fs.statSync(path.join(dir, 'dist/bundle/hardenfile.cjs')).mtime;
    const t = new Date(bundleTime.getTime() + (cacheAge === 'newer' ? 5000 : -5000));
    fs.utimesSync(file, t, t);
  }
  return dir;
}

function lint(dir: string): { status: number; stdout: string } {
  try {
    return { status: 0, stdout: execFileSync(process.execPath, [path.join(dir, 'bin/hardenfile.js'), '--format', 'json', 'Dockerfile'], { cwd: dir, encoding: 'utf8' }) };
  } catch (error) {
    const e = error as { status: number; stdout: string };
    return { status: e.status, stdout: e.stdout };
  }
}

// dist/ is built by `npm ci` (the prepare script); locally, run `npm run build` first.
describe.skipIf(!built)('the CLI bundle and its code cache', () => {
  it('has a code cache this Node accepts', () => {
    const probe = `
      const fs = require('node:fs'), vm = require('node:vm'), Module = require('node:module');
      const file = ${JSON.stringify(bundle)};
      const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData: fs.readFileSync(file.replace(/\\.cjs$/, '.cache')) });
      process.stdout.write(String(script.cachedDataRejected));`;
    expect(execFileSync(process.execPath, ['-e', probe], { encoding: 'utf8' })).toBe('false');
  });

  it('lints the same with its cache, with a cache V8 rejects, with a stale one and with none', () => {
    const cache = fs.readFileSync(bundle.replace(/\.cjs$/, '.cache'));
    const runs = [installCopy(cache), installCopy(Buffer.from('not a code cache')), installCopy(cache, 'older'), installCopy(null)].map(lint);
    expect(runs[0]!.status).toBe(1);
    expect(JSON.parse(runs[0]!.stdout).files[0].findings.length).toBeGreaterThan(0);
    for (const run of runs.slice(1)) expect(run).toEqual(runs[0]);
  });
});
