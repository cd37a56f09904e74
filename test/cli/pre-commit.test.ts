/**
 * .pre-commit-hooks.yaml: its `files` regex (Python `re`, applied with re.search to each staged path)
 * picks the same names as directory discovery, and the CLI behaves as pre-commit expects when handed
 * the staged files: many paths at once, exit 1 on findings, 0 when clean.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { discover } from '../../src/cli/discover.js';
import { RULES } from '../../rules/index.js';
import { run, tree } from './harness.js';

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  pass_filenames?: boolean;
}

const hooks = parse(fs.readFileSync(new URL('../../.pre-commit-hooks.yaml', import.meta.url), 'utf8')) as Hook[];

/** A Python `re` pattern as a JS RegExp; fails on syntax whose meaning differs between the two. */
function pythonRegex(pattern: string): RegExp {
  if (/\(\?[aiLmsux]+[):]/.test(pattern)) throw new Error('inline flags: convert them to RegExp flags');
  if (/\\[AZ]/.test(pattern)) throw new Error('\\A and \\Z have no JS equivalent here');
  return new RegExp(pattern.replace(/\(\?P</g, '(?<').replace(/\(\?P=(\w+)\)/g, '\\k<$1>'), 'u');
}

const BAD_DOCKERFILE = 'FROM alpine:3.23\nRUN apk add curl\n';
const GOOD_DOCKERFILE = 'FROM scratch\n';
// Only upstream-package-source runs (as a hook's `args:` could say): other rules are being written.
const ONE_RULE = RULES.filter((r) => r.id !== 'upstream-package-source').flatMap((r) => ['--rule', `${r.id}=off`]);

describe('.pre-commit-hooks.yaml', () => {
  it('declares a lint hook and a fix hook for node that receive file names', () => {
    expect(hooks.map((h) => h.id)).toEqual(['hardenfile', 'hardenfile-fix']);
    for (const h of hooks) {
      expect(h.language).toBe('node');
      expect(h.pass_filenames ?? true).toBe(true);
      expect(h.entry.split(' ')[0]).toBe('hardenfile');
    }
    expect(hooks[0]!.entry).toBe('hardenfile');
    expect(hooks[1]!.entry).toBe('hardenfile --fix');
    // `hardenfile` is the package's bin, which pre-commit installs from this repository.
    const pkg = JSON.parse(fs.readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { bin: Record<string, string> };
    expect(Object.keys(pkg.bin)).toContain('hardenfile');
    expect(hooks[1]!.files).toBe(hooks[0]!.files);
  });

  it("is what the README's config uses", () => {
    const readme = fs.readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const block = /```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)```/.exec(readme)![1]!;
    const config = parse(block.replace(/# - id:/g, '- id:')) as { repos: { repo: string; rev: string; hooks: { id: string }[] }[] };
    expect(config.repos[0]!.repo).toBe('https://github.com/hardenfile/hardenfile');
    expect(config.repos[0]!.hooks.map((h) => h.id)).toEqual(hooks.map((h) => h.id));
  });

  it('matches the Dockerfile names and nothing else, in any directory', () => {
    const files = pythonRegex(hooks[0]!.files);
    const yes = ['Dockerfile', 'dockerfile', 'Dockerfile.dev', 'dockerfile.dev', 'Dockerfile.prod.arm64', 'Dockerfile-dev', 'web.Dockerfile', 'api.dockerfile', 'Containerfile', 'containerfile', 'Containerfile.prod', 'Containerfile-dev', 'containerfile-ci', 'x.Containerfile', 'x.containerfile'];
    const no = ['Dockerfile.dockerignore', 'Containerfile.dockerignore', 'web.Dockerfile.dockerignore', '.dockerignore', 'DOCKERFILE', 'MyDockerfile', 'Dockerfiles', 'notes.md', 'Containerfiles', 'compose.yaml', 'Dockerfile_dev'];
    for (const dir of ['', 'services/api/', '.devcontainer/']) {
      for (const name of yes) expect(files.test(dir + name), `${dir}${name} should match`).toBe(true);
      for (const name of no) expect(files.test(dir + name), `${dir}${name} should not match`).toBe(false);
    }
    expect(files.test('Dockerfile/notes.md')).toBe(false);
  });

  it('agrees with directory discovery on every name', async () => {
    const names = ['Dockerfile', 'dockerfile', 'Dockerfile.dev', 'dockerfile.dev', 'Dockerfile-dev', 'x.Dockerfile', 'x.dockerfile', 'Containerfile', 'containerfile', 'Containerfile.ci', 'Containerfile-dev', 'x.containerfile'];
    names.push('Dockerfile.dockerignore', 'Containerfile.dockerignore', 'DOCKERFILE', 'MyDockerfile', 'Dockerfile_dev', 'a.md', 'Containerfiles', 'Dockerfiles');
    const root = tree(Object.fromEntries(names.map((n) => [`d/${n}`, ''])));
    const found = (await discover(['.'], { cwd: root })).files.map((f) => path.basename(f)).sort();
    const files = pythonRegex(hooks[0]!.files);
    expect(names.filter((n) => files.test(`d/${n}`)).sort()).toEqual(found);
  });

  it('lints the many paths pre-commit passes and exits 1 on findings, 0 when clean', async () => {
    const clean: Record<string, string> = {};
    for (let i = 0; i < 40; i++) clean[`services/s${i}/Dockerfile`] = GOOD_DOCKERFILE;
    const root = tree({ ...clean, 'bad/Dockerfile': BAD_DOCKERFILE, 'bad/web.Dockerfile': BAD_DOCKERFILE });
    const cleanPaths = Object.keys(clean);

    const ok = await run([...ONE_RULE, ...cleanPaths], { cwd: root });
    expect(ok.code).toBe(0);

    const bad = await run([...ONE_RULE, ...cleanPaths, 'bad/Dockerfile', 'bad/web.Dockerfile'], { cwd: root });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bad/Dockerfile');
    expect(bad.stdout).toContain('bad/web.Dockerfile');
    expect(bad.stdout).toContain('upstream-package-source');
  });

  it('the fix hook rewrites the staged files and then passes', async () => {
    const root = tree({ Dockerfile: BAD_DOCKERFILE, 'ok/Dockerfile': GOOD_DOCKERFILE });
    const fixHook = hooks[1]!.entry.split(' ').slice(1);
    const first = await run([...fixHook, ...ONE_RULE, 'Dockerfile', 'ok/Dockerfile'], { cwd: root });
    expect(fs.readFileSync(path.join(root, 'Dockerfile'), 'utf8')).not.toBe(BAD_DOCKERFILE);
    expect(fs.readFileSync(path.join(root, 'ok/Dockerfile'), 'utf8')).toBe(GOOD_DOCKERFILE);
    // pre-commit fails the hook because the file changed; the second run finds it done.
    expect(first.stdout + first.stderr).toMatch(/Fixed \d+ problem/);
    expect((await run([...ONE_RULE, 'Dockerfile', 'ok/Dockerfile'], { cwd: root })).code).toBe(0);
  });
});
