/**
 * `--fix` never loses or mixes a user's file: a write that fails at any step leaves the original
 * byte for byte and no temp file; a file changed underneath is refused; concurrent runs end with
 * the original or the fully fixed text, never a mix. Failures are injected by replacing functions
 * of node:fs, which src/fix/write.ts imports by name (syncBuiltinESMExports carries the
 * replacement into the named exports).
 */
import fs from 'node:fs';
import path from 'node:path';
import { syncBuiltinESMExports } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../rules/index.js';
import { run, tree } from '../cli/harness.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
/** Only upstream-package-source on, so the expected text does not move as other rules land. */
const ONLY = RULES.filter((r) => r.id !== 'upstream-package-source').flatMap((r) => ['--rule', `${r.id}=off`]);
const BEFORE = 'FROM alpine:3.23\nRUN apk add curl\n';
const AFTER = `FROM alpine:3.23\nRUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\\n    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories\nRUN apk add curl\n`;

const real = { writeSync: fs.writeSync, fsyncSync: fs.fsyncSync, renameSync: fs.renameSync, openSync: fs.openSync, realpathSync: fs.realpathSync };

function inject<K extends keyof typeof real>(name: K, impl: (typeof real)[K]): void {
  vi.spyOn(fs, name).mockImplementation(impl as never);
  syncBuiltinESMExports();
}

afterEach(() => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
});

function errno(code: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: injected`), { code });
}

/** Entries of the directory other than the Dockerfile: a temp file left behind would show here. */
function leftovers(dir: string): string[] {
  return fs.readdirSync(dir).filter((f) => f !== 'Dockerfile');
}

describe('a write that fails part-way keeps the original and leaves no temp file', () => {
  const failures: [string, () => void][] = [
    [
      'the disk fills up after the first bytes (ENOSPC)',
      () => {
        let calls = 0;
        inject('writeSync', ((fd: number, data: Buffer, offset: number) => {
          if (calls++ > 0) throw errno('ENOSPC');
          return real.writeSync(fd, data, offset, 10);
        }) as typeof fs.writeSync);
      },
    ],
    ['fsync fails (EIO)', () => inject('fsyncSync', () => throw_(errno('EIO')))],
    ['the rename fails (EXDEV)', () => inject('renameSync', () => throw_(errno('EXDEV')))],
    [
      'the temp file cannot be created (EROFS)',
      () => inject('openSync', ((p: fs.PathLike, ...rest: [never]) => (String(p).endsWith('.tmp') ? throw_(errno('EROFS')) : real.openSync(p, ...rest))) as typeof fs.openSync),
    ],
  ];

  it.each(failures)('%s', async (_name, fail) => {
    const cwd = tree({ Dockerfile: BEFORE });
    fail();
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^Dockerfile: error: could not write the fixed file: E[A-Z]+$/m);
    expect(r.stdout).not.toContain('Fixed');
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(BEFORE);
    expect(leftovers(cwd)).toEqual([]);
  });

  it('the other files of the run are still fixed', async () => {
    const cwd = tree({ 'a/Dockerfile': BEFORE, 'b/Dockerfile': BEFORE });
    let calls = 0;
    inject('renameSync', ((from: fs.PathLike, to: fs.PathLike) => (calls++ === 0 ? throw_(errno('EXDEV')) : real.renameSync(from, to))) as typeof fs.renameSync);
    const r = await run([...ONLY, '--fix', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`${path.join('a', 'Dockerfile')}: error: could not write the fixed file: EXDEV\n`);
    expect(fs.readFileSync(path.join(cwd, 'a/Dockerfile'), 'utf8')).toBe(BEFORE);
    expect(fs.readFileSync(path.join(cwd, 'b/Dockerfile'), 'utf8')).toBe(AFTER);
    expect(leftovers(path.join(cwd, 'a'))).toEqual([]);
  });
});

describe('a file changed between read and write is refused and left as the other writer made it', () => {
  const OTHER = 'FROM alpine:3.23\n# edited meanwhile\nRUN apk add git\n';

  it('changed before the write starts', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    inject('realpathSync', ((p: fs.PathLike, ...rest: [never]) => {
      if (String(p).endsWith('Dockerfile')) real_write(p, OTHER);
      return real.realpathSync(p, ...rest);
    }) as typeof fs.realpathSync);
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Dockerfile: error: the file changed on disk since it was read; not written\n');
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(OTHER);
    expect(leftovers(cwd)).toEqual([]);
  });

  it('changed while the temp file is written', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    inject('fsyncSync', (fd: number) => {
      real_write(path.join(cwd, 'Dockerfile'), OTHER);
      real.fsyncSync(fd);
    });
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Dockerfile: error: the file changed on disk while fixing; not written\n');
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(OTHER);
    expect(leftovers(cwd)).toEqual([]);
  });
});

describe('concurrent --fix runs on one file', () => {
  it('end with the fully fixed text, applied once, and no temp files', async () => {
    const cwd = tree({ Dockerfile: BEFORE, 'svc/Dockerfile': BEFORE });
    const runs = await Promise.all(Array.from({ length: 6 }, (_, i) => run([...ONLY, '--fix', i % 2 ? 'Dockerfile' : '.'], { cwd })));
    for (const r of runs) {
      expect([0, 2]).toContain(r.code);
      // A run that lost the race says so and wrote nothing.
      if (r.code === 2) expect(r.stderr).toMatch(/^(?:svc\/)?Dockerfile: error: the file changed on disk (?:since it was read|while fixing); not written$/m);
    }
    expect(runs.some((r) => r.code === 0 && r.stdout.includes('Fixed'))).toBe(true);
    // The runs read before any of them wrote (they yield between reading and writing): the race was real.
    expect(runs.filter((r) => r.code === 2).length).toBeGreaterThan(0);
    for (const file of ['Dockerfile', 'svc/Dockerfile']) expect(fs.readFileSync(path.join(cwd, file), 'utf8')).toBe(AFTER);
    expect(leftovers(cwd)).toEqual(['svc']);
    expect(leftovers(path.join(cwd, 'svc'))).toEqual([]);

    // Fixing is idempotent: another run finds nothing to do.
    const again = await run([...ONLY, '--fix', '.'], { cwd });
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(AFTER);
  });
});

function throw_(e: Error): never {
  throw e;
}

function real_write(p: fs.PathLike, text: string): void {
  const fd = real.openSync(String(p), 'w');
  try {
    real.writeSync(fd, Buffer.from(text), 0, Buffer.byteLength(text));
  } finally {
    fs.closeSync(fd);
  }
}
