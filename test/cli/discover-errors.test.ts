import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../../src/cli/lint-files.js';
import { run, tree } from './harness.js';

const BAD = 'FROM alpine:3.20\nRUN apk add curl\n';
const bin = path.resolve(import.meta.dirname, '../../bin/hardenfile.js');
const NOBODY = 65534;

describe('lint: what discovery could not read is a file error, and the rest is still linted', () => {
  it('a FIFO and a link loop under Dockerfile names: exit 2, each named, the other file reported', async () => {
    const cwd = tree({ 'api/Dockerfile': BAD });
    execFileSync('mkfifo', [path.join(cwd, 'Dockerfile')]);
    fs.symlinkSync(path.join(cwd, 'web.Dockerfile'), path.join(cwd, 'web.Dockerfile'));
    const r = await run(['--rule', 'upstream-package-source=error', '.'], { cwd });
    expect(r.code).toBe(2);
    const lines = r.stdout.split('\n');
    expect(lines.slice(0, 3)).toEqual(['Dockerfile: error: not a regular file (a FIFO)', '', 'web.Dockerfile: error: too many levels of symbolic links']);
    expect(r.stdout).toContain(`${path.join('api', 'Dockerfile')}\n`);
    expect(r.stdout).toContain('upstream-package-source');
    expect(r.stdout).toMatch(/✖ 2 files could not be linted\n$/);
  });

  it('an explicit FIFO argument is refused without being opened for reading', async () => {
    const cwd = tree({ Dockerfile: BAD });
    const fifo = path.join(cwd, 'pipe.Dockerfile');
    execFileSync('mkfifo', [fifo]);
    // Opening a FIFO to read blocks until a writer comes: these would hang, not fail, if it were opened so.
    expect(readText(fifo, 1000)).toEqual({ error: 'not a regular file' });
    const r = await run(['pipe.Dockerfile', 'Dockerfile'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('pipe.Dockerfile: error: not a regular file\n');
    expect(r.stdout).toContain('Dockerfile\n');
  });

  it('a .gitignore that is a FIFO does not block the search', async () => {
    const cwd = tree({ Dockerfile: 'FROM scratch\n' });
    execFileSync('mkfifo', [path.join(cwd, '.gitignore')]);
    expect(await run(['.'], { cwd })).toMatchObject({ code: 0, stdout: '✔ no problems in 1 file\n' });
  });

  // As root, the CLI runs as nobody: root reads a chmod 000 directory anyway.
  const asRootWithoutBundle = process.getuid?.() === 0 && !fs.existsSync(path.resolve(import.meta.dirname, '../../dist/bundle/hardenfile.cjs'));
  it.skipIf(asRootWithoutBundle)('a directory it may not read (chmod 000): exit 2 and its name, never "no problems in 0 files"', async () => {
    const cwd = tree({ 'locked/Dockerfile': BAD, 'open/Dockerfile': 'FROM scratch\n' });
    fs.chmodSync(cwd, 0o755);
    fs.chmodSync(path.join(cwd, 'locked'), 0o000);
    try {
      if (process.getuid?.() === 0) {
        const r = spawnSync(process.execPath, [bin, '.'], { cwd, uid: NOBODY, gid: NOBODY, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
        expect({ code: r.status, stdout: r.stdout }).toEqual({
          code: 2,
          stdout: 'locked: error: cannot read directory: permission denied\n\n✔ no problems in 1 file\n✖ 1 file could not be linted\n',
        });
      } else {
        const r = await run(['.'], { cwd });
        expect({ code: r.code, stdout: r.stdout }).toEqual({
          code: 2,
          stdout: 'locked: error: cannot read directory: permission denied\n\n✔ no problems in 1 file\n✖ 1 file could not be linted\n',
        });
      }
    } finally {
      fs.chmodSync(path.join(cwd, 'locked'), 0o755);
    }
  });
});
