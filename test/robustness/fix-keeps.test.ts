/**
 * `--fix` keeps what the user had, on the real file system: owner and group, mode, extended
 * attributes and ACLs, hard links; several names for one file are written once; a failed write
 * says so in the summary; an append made around the rename is never lost; `-o` never replaces an
 * input. Cases that need root (chown, chattr) or the attr/acl tools are skipped with the reason.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { syncBuiltinESMExports } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../rules/index.js';
import { run, tree } from '../cli/harness.js';
import { tempName, writeAtomically, WriteError } from '../../src/fix/write.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
/** Only upstream-package-source on, so the expected text does not move as other rules land. */
const ONLY = RULES.filter((r) => r.id !== 'upstream-package-source').flatMap((r) => ['--rule', `${r.id}=off`]);
const BEFORE = 'FROM alpine:3.23\nRUN apk add curl\n';
const AFTER = `FROM alpine:3.23\nRUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\\n    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories\nRUN apk add curl\n`;

const isRoot = process.getuid?.() === 0;
const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
const canXattr = process.platform === 'linux' && has('setfattr') && has('getfattr');
const canAcl = process.platform === 'linux' && has('setfacl') && has('getfacl');
const PATH = process.env.PATH;

afterEach(() => {
  vi.restoreAllMocks();
  syncBuiltinESMExports();
  process.env.PATH = PATH;
});

function xattr(file: string, name: string): string {
  return execFileSync('getfattr', ['--only-values', '-n', name, file], { encoding: 'utf8' });
}

/** A `cp` that always fails, first on PATH: the attributes cannot be copied to a temp file. */
function withoutAttributeCopy(): void {
  const bin = tree({ cp: '#!/bin/sh\nexit 1\n' });
  fs.chmodSync(path.join(bin, 'cp'), 0o755);
  process.env.PATH = `${bin}${path.delimiter}${PATH}`;
}

function entries(dir: string): string[] {
  return fs.readdirSync(dir).sort();
}

describe('owner and group', () => {
  it.skipIf(!isRoot)('a file of another user, fixed by root, keeps its owner and group (needs root to chown)', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    fs.chownSync(file, 1234, 5678);
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(AFTER);
    expect(fs.statSync(file)).toMatchObject({ uid: 1234, gid: 5678 });
    expect(entries(cwd)).toEqual(['Dockerfile']);
  });

  it('when the process may not chown the temp file, the file is written through its inode and keeps its owner', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    const theirs = { uid: (process.getuid?.() ?? 0) + 1, gid: (process.getgid?.() ?? 0) + 1 };
    if (isRoot) fs.chownSync(file, theirs.uid, theirs.gid);
    // As for a user without CAP_CHOWN: chown to another owner is refused.
    vi.spyOn(fs, 'fchownSync').mockImplementation(() => {
      throw Object.assign(new Error('EPERM: injected'), { code: 'EPERM' });
    });
    syncBuiltinESMExports();
    const ino = fs.statSync(file).ino;
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(AFTER);
    expect(fs.statSync(file).ino).toBe(ino);
    if (isRoot) expect(fs.statSync(file)).toMatchObject(theirs);
    expect(entries(cwd)).toEqual(['Dockerfile']);
  });
});

describe('mode, extended attributes and ACLs', () => {
  it('the mode is kept, set-group-ID bit included', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    fs.chmodSync(file, 0o2604);
    await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(fs.readFileSync(file, 'utf8')).toBe(AFTER);
    expect(fs.statSync(file).mode & 0o7777).toBe(0o2604);
  });

  it.skipIf(!canXattr)('user.* extended attributes are copied to the new file (needs setfattr/getfattr on Linux)', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    execFileSync('setfattr', ['-n', 'user.origin', '-v', 'kept', file]);
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(AFTER);
    expect(xattr(file, 'user.origin')).toBe('kept');
  });

  it.skipIf(!canAcl)('an ACL entry is kept (needs setfacl/getfacl on Linux)', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    execFileSync('setfacl', ['-m', 'u:4321:rw', file]);
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(AFTER);
    expect(execFileSync('getfacl', ['-c', '-n', file], { encoding: 'utf8' })).toMatch(/^user:4321:rw-$/m);
  });

  it.skipIf(!canXattr)('when the attributes cannot be copied, the file is written in place and keeps them (needs setfattr/getfattr)', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    execFileSync('setfattr', ['-n', 'user.origin', '-v', 'kept', file]);
    const ino = fs.statSync(file).ino;
    withoutAttributeCopy();
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(AFTER);
    expect(fs.statSync(file).ino).toBe(ino);
    expect(xattr(file, 'user.origin')).toBe('kept');
    // The verified backup is gone once the file is written.
    expect(entries(cwd)).toEqual(['Dockerfile']);
  });

  it('a write in place that fails part-way puts the original back from the backup', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    withoutAttributeCopy();
    const real = fs.ftruncateSync;
    let calls = 0;
    // The first truncate (to the new length) fails as a full disk would; the restore's succeeds.
    vi.spyOn(fs, 'ftruncateSync').mockImplementation(((fd: number, len?: number) => {
      if (calls++ === 0) throw Object.assign(new Error('ENOSPC: injected'), { code: 'ENOSPC' });
      real(fd, len);
    }) as typeof fs.ftruncateSync);
    syncBuiltinESMExports();
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Dockerfile: error: could not write the fixed file: ENOSPC\n');
    expect(fs.readFileSync(file, 'utf8')).toBe(BEFORE);
    expect(entries(cwd)).toEqual(['Dockerfile']);
  });

  it('a write in place whose original cannot be put back keeps the backup and names it', () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    withoutAttributeCopy();
    vi.spyOn(fs, 'ftruncateSync').mockImplementation(() => {
      throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
    });
    syncBuiltinESMExports();
    let message = '';
    try {
      writeAtomically(file, Buffer.from(BEFORE), AFTER);
    } catch (e) {
      message = (e as Error).message;
    }
    const backup = entries(cwd).find((f) => f.endsWith('.bak'));
    expect(backup).toBeDefined();
    expect(message).toBe(`could not write the fixed file: EIO (the original text is kept in ${backup})`);
    expect(fs.readFileSync(path.join(cwd, backup!), 'utf8')).toBe(BEFORE);
  });
});

describe('hard links', () => {
  it('a file with another hard link is written through its inode: the other name sees the new text', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    fs.linkSync(file, path.join(cwd, 'Dockerfile.copy'));
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(AFTER);
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile.copy'), 'utf8')).toBe(AFTER);
    expect(fs.statSync(file).nlink).toBe(2);
    expect(entries(cwd)).toEqual(['Dockerfile', 'Dockerfile.copy']);
  });

  it('two hard-linked names found by `--fix .` are written once and both show the fixed text', async () => {
    const cwd = tree({ 'a/Dockerfile': BEFORE });
    fs.mkdirSync(path.join(cwd, 'b'));
    fs.linkSync(path.join(cwd, 'a/Dockerfile'), path.join(cwd, 'b/Dockerfile'));
    const r = await run([...ONLY, '--fix', '.'], { cwd });
    expect(r).toMatchObject({ code: 0, stderr: `${path.join('b', 'Dockerfile')}: fix: the same file as ${path.join('a', 'Dockerfile')}; written once\n` });
    expect(r.stdout).toContain('Fixed 1 problem.');
    for (const name of ['a/Dockerfile', 'b/Dockerfile']) expect(fs.readFileSync(path.join(cwd, name), 'utf8')).toBe(AFTER);
  });
});

describe('a symlink alias found by discovery', () => {
  it('`--fix .` with Dockerfile.prod -> Dockerfile writes the file once and keeps the link', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    fs.symlinkSync('Dockerfile', path.join(cwd, 'Dockerfile.prod'));
    const r = await run([...ONLY, '--fix', '.'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('Dockerfile.prod: fix: the same file as Dockerfile; written once\n');
    expect(r.stdout).toBe('✔ no problems in 2 files\nFixed 1 problem.\n');
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(AFTER);
    expect(fs.readlinkSync(path.join(cwd, 'Dockerfile.prod'))).toBe('Dockerfile');
  });

  it('when the file cannot be written, both names say so and keep their problems in the summary', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    fs.symlinkSync('Dockerfile', path.join(cwd, 'Dockerfile.prod'));
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EXDEV: injected'), { code: 'EXDEV' });
    });
    syncBuiltinESMExports();
    const r = await run([...ONLY, '--fix', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Dockerfile: error: could not write the fixed file: EXDEV\nDockerfile.prod: error: the same file as Dockerfile, which was not written\n');
    expect(r.stdout).toMatch(/^✖ 2 problems \(2 errors, 0 warnings, 0 info\) in 2 files/m);
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(BEFORE);
  });
});

describe('an honest summary when a write fails', () => {
  it('a 240-character file name is fixed: the temp name is shortened to fit NAME_MAX', async () => {
    const name = `${'D'.repeat(229)}.Dockerfile`;
    expect(name).toHaveLength(240);
    const cwd = tree({ [name]: BEFORE });
    const r = await run([...ONLY, '--fix', '.'], { cwd });
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(fs.readFileSync(path.join(cwd, name), 'utf8')).toBe(AFTER);
    expect(entries(cwd)).toEqual([name]);
  });

  it('temp names fit 255 bytes, cut at whole characters', () => {
    for (const base of ['D'.repeat(255), 'é'.repeat(127), '😀'.repeat(63), 'Dockerfile']) {
      const temp = path.basename(tempName(path.join('/x', base), 'tmp'));
      expect(Buffer.byteLength(temp)).toBeLessThanOrEqual(255);
      expect(temp).not.toContain('\uFFFD');
      expect(temp).toMatch(/^\..+\.hardenfile-[0-9a-f]{8}\.tmp$/);
    }
    expect(path.basename(tempName('/x/Dockerfile', 'bak'))).toMatch(/^\.Dockerfile\.hardenfile-[0-9a-f]{8}\.bak$/);
  });

  it.skipIf(!isRoot || spawnSync('chattr', ['-V']).error !== undefined)('an immutable file (chattr +i, which stops root too) is reported, not counted as fixed (needs root and chattr)', async (ctx) => {
    const cwd = tree({ Dockerfile: BEFORE, 'ok/Dockerfile': BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    if (spawnSync('chattr', ['+i', file]).status !== 0) ctx.skip('the file system does not take chattr +i');
    try {
      const r = await run([...ONLY, '--fix', '.'], { cwd });
      expect(r.code).toBe(2);
      expect(r.stderr).toBe('Dockerfile: error: could not write the fixed file: EPERM\n');
      expect(r.stdout).not.toContain('✔ no problems');
      // Only the file that was written counts as fixed; the other keeps its problem in the report.
      expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files');
      expect(r.stdout).toContain('Fixed 1 problem.');
      expect(fs.readFileSync(path.join(cwd, 'ok/Dockerfile'), 'utf8')).toBe(AFTER);
    } finally {
      spawnSync('chattr', ['-i', file]);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(BEFORE);
  });

  it('an injected failure of the only file: no "no problems", no "Fixed"', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw Object.assign(new Error('EROFS: injected'), { code: 'EROFS' });
    });
    syncBuiltinESMExports();
    const r = await run([...ONLY, '--fix', 'Dockerfile'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('Dockerfile: error: could not write the fixed file: EROFS\n');
    expect(r.stdout).not.toMatch(/no problems|Fixed/);
    expect(r.stdout).toMatch(/^✖ 1 problem /m);
  });
});

describe('another writer appending just around the rename', () => {
  const realRename = fs.renameSync;
  const moments = ['by name, just before the rename', 'through a descriptor opened earlier, just before the rename', 'through a descriptor opened earlier, just after the rename'] as const;

  // 60 trials here (each spawns cp twice); scripts/fix-race.mjs runs 1,000 with a separate appending process.
  it('in 60 trials no append is lost: each is refused as changed on disk and the append is in the file', () => {
    const cwd = tree({});
    const file = path.join(cwd, 'Dockerfile');
    let moment: (typeof moments)[number] = moments[0];
    let held: number | null = null;
    vi.spyOn(fs, 'renameSync').mockImplementation((from, to) => {
      if (moment === moments[0]) fs.appendFileSync(file, '# appended\n');
      if (moment === moments[1]) fs.writeSync(held!, '# appended\n', BEFORE.length);
      realRename(from, to);
      if (moment === moments[2]) fs.writeSync(held!, '# appended\n', BEFORE.length);
    });
    syncBuiltinESMExports();
    const outcomes = new Map<string, number>();
    for (let trial = 0; trial < 60; trial++) {
      moment = moments[trial % moments.length]!;
      fs.writeFileSync(file, BEFORE);
      held = fs.openSync(file, 'r+');
      let outcome = 'written';
      try {
        writeAtomically(file, Buffer.from(BEFORE), AFTER);
      } catch (e) {
        expect(e).toBeInstanceOf(WriteError);
        outcome = (e as Error).message;
      } finally {
        fs.closeSync(held);
      }
      const text = fs.readFileSync(file, 'utf8');
      expect(text.includes('# appended\n') || outcome.includes('changed on disk'), `trial ${trial}, ${moment}: ${outcome}`).toBe(true);
      expect(text, `trial ${trial}, ${moment}`).toBe(`${BEFORE}# appended\n`);
      outcomes.set(`${moment}: ${outcome}`, (outcomes.get(`${moment}: ${outcome}`) ?? 0) + 1);
    }
    expect(Object.fromEntries(outcomes)).toEqual(Object.fromEntries(moments.map((m) => [`${m}: the file changed on disk while fixing; not written`, 20])));
    expect(entries(cwd)).toEqual(['Dockerfile']);
  });
});

describe('another writer appending while a file is written in place', () => {
  it('an append during the write is kept and reported, with the original in the named backup', () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const file = path.join(cwd, 'Dockerfile');
    fs.linkSync(file, path.join(cwd, 'other'));
    const real = fs.ftruncateSync;
    vi.spyOn(fs, 'ftruncateSync').mockImplementation(((fd: number, len?: number) => {
      real(fd, len);
      fs.appendFileSync(file, '# appended\n');
    }) as typeof fs.ftruncateSync);
    syncBuiltinESMExports();
    let message = '';
    try {
      writeAtomically(file, Buffer.from(BEFORE), AFTER);
    } catch (e) {
      message = (e as Error).message;
    }
    const backup = entries(cwd).find((f) => f.endsWith('.bak'));
    expect(message).toBe(`the file changed on disk while it was written (the original text is kept in ${backup})`);
    expect(fs.readFileSync(file, 'utf8')).toBe(`${AFTER}# appended\n`);
    expect(fs.readFileSync(path.join(cwd, backup!), 'utf8')).toBe(BEFORE);
  });
});

describe('-o never replaces a file being linted', () => {
  it('-o naming the input is refused and the input is untouched', async () => {
    const cwd = tree({ Dockerfile: BEFORE });
    const r = await run(['-o', 'Dockerfile', 'Dockerfile'], { cwd });
    expect(r).toMatchObject({ code: 2, stderr: 'hardenfile: error: cannot write the report to Dockerfile: it is one of the files being linted; not overwritten\n' });
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(BEFORE);
  });

  it('-o through a symlink or a hard link to an input found in a directory, with --fix: refused before anything is written', async () => {
    const cwd = tree({ 'svc/Dockerfile': BEFORE });
    fs.symlinkSync(path.join('svc', 'Dockerfile'), path.join(cwd, 'report.txt'));
    fs.linkSync(path.join(cwd, 'svc/Dockerfile'), path.join(cwd, 'report.json'));
    for (const out of ['report.txt', 'report.json']) {
      const r = await run([...ONLY, '--fix', '--output', out, 'svc'], { cwd });
      expect(r).toMatchObject({ code: 2, stderr: `hardenfile: error: cannot write the report to ${out}: it is one of the files being linted; not overwritten\n` });
      expect(fs.readFileSync(path.join(cwd, 'svc/Dockerfile'), 'utf8')).toBe(BEFORE);
    }
  });

  it('-o naming another file is written as before', async () => {
    const cwd = tree({ Dockerfile: BEFORE, 'report.txt': 'old' });
    const r = await run(['-o', 'report.txt', 'Dockerfile'], { cwd });
    expect(r.code).toBe(1);
    expect(fs.readFileSync(path.join(cwd, 'report.txt'), 'utf8')).toContain('upstream-package-source');
  });
});
