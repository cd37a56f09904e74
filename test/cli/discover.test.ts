import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/cli/discover.js';
import { tree } from './harness.js';

async function found(root: string, args: string[], isIgnored?: (f: string) => boolean) {
  const r = await discover(args, { cwd: root, ...(isIgnored && { isIgnored }) });
  return { files: r.files.map((f) => path.relative(root, f).split(path.sep).join('/')), errors: r.errors };
}

describe('discover', () => {
  it('finds Dockerfile names recursively, sorted', async () => {
    const root = tree({
      Dockerfile: '',
      'a/dockerfile': '',
      'a/Dockerfile.dev': '',
      'a/Dockerfile.dockerignore': '',
      'b/web.Dockerfile': '',
      'b/api.dockerfile': '',
      'c/Containerfile': '',
      'c/Containerfile.prod': '',
      '.devcontainer/Dockerfile': '',
      'd/DOCKERFILE': '',
      'd/notes.md': '',
      'd/MyDockerfile': '',
    });
    expect(await found(root, [])).toEqual({
      files: [
        '.devcontainer/Dockerfile',
        'Dockerfile',
        'a/Dockerfile.dev',
        'a/dockerfile',
        'b/api.dockerfile',
        'b/web.Dockerfile',
        'c/Containerfile',
        'c/Containerfile.prod',
      ],
      errors: [],
    });
  });

  it('skips .git, node_modules and .gitignored files, nested .gitignore included', async () => {
    const root = tree({
      '.git/HEAD': '',
      '.git/Dockerfile': '',
      '.git/info/exclude': 'excluded/\n',
      '.gitignore': 'build/\n*.tmp.Dockerfile\n',
      'node_modules/pkg/Dockerfile': '',
      'build/Dockerfile': '',
      'x.tmp.Dockerfile': '',
      'excluded/Dockerfile': '',
      'svc/.gitignore': 'generated/\n!keep.tmp.Dockerfile\n',
      'svc/generated/Dockerfile': '',
      'svc/keep.tmp.Dockerfile': '',
      'svc/Dockerfile': '',
    });
    // Searching a subdirectory still honours the repository root's .gitignore.
    expect((await found(root, ['svc'])).files).toEqual(['svc/Dockerfile', 'svc/keep.tmp.Dockerfile']);
    expect((await found(root, ['.'])).files).toEqual(['svc/Dockerfile', 'svc/keep.tmp.Dockerfile']);
  });

  it('keeps a file under a directory ignored by a parent, even if re-included deeper', async () => {
    const root = tree({ '.git/HEAD': '', '.gitignore': 'vendor/\n', 'vendor/.gitignore': '!Dockerfile\n', 'vendor/Dockerfile': '', Dockerfile: '' });
    expect((await found(root, [])).files).toEqual(['Dockerfile']);
  });

  it('applies the caller\'s ignore to searched files but not to explicit ones', async () => {
    const root = tree({ 'legacy/Dockerfile': '', Dockerfile: '' });
    const isIgnored = (f: string) => f.includes(`${path.sep}legacy${path.sep}`);
    expect((await found(root, ['.'], isIgnored)).files).toEqual(['Dockerfile']);
    expect((await found(root, ['legacy/Dockerfile'], isIgnored)).files).toEqual(['legacy/Dockerfile']);
  });

  it('lints an explicitly named file whatever its name, once', async () => {
    const root = tree({ 'build.txt': 'FROM scratch\n', '.gitignore': 'build.txt\n', Dockerfile: '' });
    expect(await found(root, ['build.txt', './build.txt', '.', 'Dockerfile'])).toEqual({ files: ['Dockerfile', 'build.txt'], errors: [] });
  });

  it('searches a directory named Dockerfile given explicitly, and skips one found while searching', async () => {
    const root = tree({ 'Dockerfile/Containerfile': '', 'x/Dockerfile.d/README': '' });
    expect(await found(root, ['Dockerfile'])).toEqual({ files: ['Dockerfile/Containerfile'], errors: [] });
    expect(await found(root, ['x'])).toEqual({ files: [], errors: [] });
  });

  it('reports a missing path and an empty glob, and still returns the rest', async () => {
    const root = tree({ Dockerfile: '', 'images/a.Dockerfile': '', 'images/b.txt': '' });
    expect(await found(root, ['missing/Dockerfile', 'images/*.txt', 'nothing/*.Dockerfile', 'Dockerfile'])).toEqual({
      files: ['Dockerfile', 'images/b.txt'],
      errors: [
        { path: 'missing/Dockerfile', message: 'no such file or directory' },
        { path: 'nothing/*.Dockerfile', message: 'no files match this pattern' },
      ],
    });
  });

  it('does not follow a link to a directory, and reports a link loop and a broken link found by name', async () => {
    const root = tree({ 'a/Dockerfile': '' });
    fs.symlinkSync(root, path.join(root, 'a', 'loop'), 'dir');
    fs.symlinkSync(path.join(root, 'a', 'Dockerfile'), path.join(root, 'linked.Dockerfile'));
    fs.symlinkSync(path.join(root, 'self.Dockerfile'), path.join(root, 'self.Dockerfile'));
    fs.symlinkSync(path.join(root, 'gone'), path.join(root, 'a', 'Dockerfile.old'));
    expect(await found(root, ['.'])).toEqual({
      files: ['a/Dockerfile', 'linked.Dockerfile'],
      errors: [
        { path: 'a/Dockerfile.old', message: 'broken symbolic link (its target does not exist)' },
        { path: 'self.Dockerfile', message: 'too many levels of symbolic links' },
      ],
    });
    expect(await found(root, ['**/Dockerfile'])).toEqual({ files: ['a/Dockerfile'], errors: [] });
  });

  it('reports a FIFO and a socket found under Dockerfile names, never opening them', async () => {
    const root = tree({ Dockerfile: '', 'svc/notes.md': '' });
    execFileSync('mkfifo', [path.join(root, 'svc', 'Dockerfile')]);
    const server = net.createServer().listen(path.join(root, 'svc', 'api.Dockerfile'));
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      expect(await found(root, ['.'])).toEqual({
        files: ['Dockerfile'],
        errors: [
          { path: 'svc/Dockerfile', message: 'not a regular file (a FIFO)' },
          { path: 'svc/api.Dockerfile', message: 'not a regular file (a socket)' },
        ],
      });
      expect((await found(root, ['svc/Dockerfile'])).errors).toEqual([{ path: 'svc/Dockerfile', message: 'not a regular file' }]);
    } finally {
      server.close();
    }
  });

  it('reports a directory the search cannot read and still returns the rest', async () => {
    const root = tree({ Dockerfile: '', 'secret/Dockerfile': '', 'open/Dockerfile': '' });
    const failing = (dir: string, ...rest: unknown[]) => {
      const done = rest.at(-1) as (err: NodeJS.ErrnoException | null, entries?: unknown) => void;
      if (dir === path.join(root, 'secret')) return done(Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: 'EACCES' }));
      return (fs.readdir as unknown as (...a: unknown[]) => void)(dir, ...rest);
    };
    const r = await discover(['.'], { cwd: root, fs: { readdir: failing as unknown as typeof fs.readdir } });
    expect(r.files.map((f) => path.relative(root, f))).toEqual(['Dockerfile', path.join('open', 'Dockerfile')]);
    expect(r.errors).toEqual([{ path: 'secret', message: 'cannot read directory: permission denied' }]);
  });

  it('says nothing of an unreadable directory that .gitignore or the config ignores', async () => {
    const root = tree({ '.git/HEAD': '', '.gitignore': 'build/\n', Dockerfile: '', 'build/Dockerfile': '', 'legacy/Dockerfile': '' });
    const failing = (dir: string, ...rest: unknown[]) => {
      const done = rest.at(-1) as (err: NodeJS.ErrnoException | null) => void;
      if (dir.endsWith(`${path.sep}build`) || dir.endsWith(`${path.sep}legacy`)) return done(Object.assign(new Error('EACCES'), { code: 'EACCES' }));
      return (fs.readdir as unknown as (...a: unknown[]) => void)(dir, ...rest);
    };
    const isIgnored = (f: string) => f.includes(`${path.sep}legacy${path.sep}`);
    const r = await discover(['.'], { cwd: root, isIgnored, fs: { readdir: failing as unknown as typeof fs.readdir } });
    expect(r).toEqual({ files: [path.join(root, 'Dockerfile')], errors: [] });
  });

  it.skipIf(process.getuid?.() === 0)('reports a chmod 000 directory (skipped as root, who reads it anyway)', async () => {
    const root = tree({ Dockerfile: '', 'locked/Dockerfile': '' });
    fs.chmodSync(path.join(root, 'locked'), 0o000);
    try {
      expect(await found(root, ['.'])).toEqual({ files: ['Dockerfile'], errors: [{ path: 'locked', message: 'cannot read directory: permission denied' }] });
    } finally {
      fs.chmodSync(path.join(root, 'locked'), 0o755);
    }
  });
});
