import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tree } from './harness.js';
import { RULES } from '../../rules/index.js';

const BAD = 'FROM alpine:3.20\nRUN apk add curl\n';
const GOOD = 'FROM scratch\n';
const TOKEN = 'dckr_pat_AbCdEfGhIjKlMnOpQrStUv';
const WITH_TOKEN = `FROM alpine:3.20\nRUN echo "https://user:${TOKEN}@dl-cdn.alpinelinux.org/alpine/v3.20/main" > /etc/apk/repositories && apk add curl\n`;
/** Only upstream-package-source stays on, so these tests do not move when other rules change. */
const ONLY_UPSTREAM = RULES.filter((r) => r.id !== 'upstream-package-source').flatMap((r) => ['--rule', `${r.id}=off`]);

describe('lint: exit codes and output', () => {
  it('exits 0 when nothing is found', async () => {
    const cwd = tree({ Dockerfile: GOOD });
    expect(await run(ONLY_UPSTREAM, { cwd })).toEqual({ code: 0, stdout: '✔ no problems in 1 file\n', stderr: '' });
  });

  it('exits 1 on a finding, with a code frame under the exact columns', async () => {
    const cwd = tree({ 'svc/Dockerfile': BAD });
    const r = await run([...ONLY_UPSTREAM, 'svc'], { cwd });
    expect(r.code).toBe(1);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(path.join('svc', 'Dockerfile'));
    expect(lines[1]).toMatch(/^ {2}2:5 {2}error {4}.+ {2}upstream-package-source$/);
    expect(lines[2]).toBe('    2 | RUN apk add curl');
    expect(lines[3]).toBe('      |     ^^^^^^^^^^^^');
    expect(lines.at(-2)).toBe('✖ 1 problem (1 error, 0 warnings, 0 info) in 1 file');
  });

  it('fails at the fail level: flag over config over the default (warning)', async () => {
    const cwd = tree({ Dockerfile: BAD });
    const asWarning = [...ONLY_UPSTREAM, '--rule', 'upstream-package-source=warning'];
    expect((await run(asWarning, { cwd })).code).toBe(1);
    expect((await run([...asWarning, '--fail-level', 'error'], { cwd })).code).toBe(0);
    fs.writeFileSync(path.join(cwd, '.hardenfile.yaml'), 'failLevel: error\n');
    expect((await run(asWarning, { cwd })).code).toBe(0);
    expect((await run([...asWarning, '--fail-level', 'warning'], { cwd })).code).toBe(1);
    const asInfo = [...ONLY_UPSTREAM, '--rule', 'upstream-package-source=info'];
    expect((await run([...asInfo, '--fail-level', 'warning'], { cwd })).code).toBe(0);
    expect((await run([...asInfo, '--fail-level', 'info'], { cwd })).code).toBe(1);
  });

  it('reports a bad file among good ones, lints the others and exits 2', async () => {
    const cwd = tree({ 'a/Dockerfile': BAD, 'b.Dockerfile': Buffer.from([0x46, 0x52, 0x00, 0x01, 0x02]), 'c/Dockerfile': GOOD });
    const r = await run([...ONLY_UPSTREAM, 'a', 'b.Dockerfile', 'c', 'missing'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain('missing: error: no such file or directory\n');
    expect(r.stdout).toContain('b.Dockerfile: error: file is binary');
    expect(r.stdout).toContain(`${path.join('a', 'Dockerfile')}\n  2:5  error`);
    expect(r.stdout).toContain('✖ 1 problem (1 error, 0 warnings, 0 info) in 1 of 2 files\n✖ 2 files could not be linted\n');
  });

  it('refuses a file over --max-size', async () => {
    const cwd = tree({ Dockerfile: BAD, 'small.Dockerfile': GOOD });
    const r = await run(['--max-size', '20', '.'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`Dockerfile: error: file is ${BAD.length} bytes, over the size cap of 20 bytes (--max-size)`);
    expect(r.stdout).not.toContain('small.Dockerfile: error');
  });

  it('prints json, with per-file errors also on stderr', async () => {
    const cwd = tree({ Dockerfile: BAD });
    const r = await run([...ONLY_UPSTREAM, '--format', 'json', 'Dockerfile', 'nope'], { cwd });
    expect(r.code).toBe(2);
    const json = JSON.parse(r.stdout);
    expect(json.files[0]).toEqual({ path: 'nope', findings: [], error: 'no such file or directory' });
    expect(json.files[1].path).toBe('Dockerfile');
    expect(json.files[1].findings[0]).toMatchObject({ rule: 'upstream-package-source', severity: 'error', line: 2, column: 5, endLine: 2, endColumn: 17 });
    expect(r.stderr).toBe('nope: error: no such file or directory\n');
  });

  it('writes the report to --output and the summary to the terminal', async () => {
    const cwd = tree({ Dockerfile: BAD });
    const r = await run([...ONLY_UPSTREAM, '--format', 'json', '--output', 'report.json'], { cwd, isTTY: true });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/✖ 1 problem \(1 error, 0 warnings, 0 info\)/);
    expect(JSON.parse(fs.readFileSync(path.join(cwd, 'report.json'), 'utf8')).files[0].findings).toHaveLength(1);
    const s = await run([...ONLY_UPSTREAM, '--output', 'report.txt'], { cwd, isTTY: true });
    expect(fs.readFileSync(path.join(cwd, 'report.txt'), 'utf8')).not.toContain('\u001b[');
    expect(s.stdout).toContain('\u001b[');
  });

  it('never prints a secret value, in stylish or json', async () => {
    const cwd = tree({ Dockerfile: WITH_TOKEN });
    const stylish = await run([...ONLY_UPSTREAM], { cwd });
    const json = await run([...ONLY_UPSTREAM, '-f', 'json'], { cwd });
    expect(stylish.code).toBe(1);
    expect(stylish.stdout).toContain('RUN echo "https://user:****@dl-cdn.alpinelinux.org/alpine/v3.20/main"');
    expect(stylish.stdout + json.stdout).not.toContain('AbCdEfGh');
    expect(json.stdout).not.toContain('RUN echo');
  });

  it('decides colour from the flags, NO_COLOR and the terminal', async () => {
    const cwd = tree({ Dockerfile: BAD });
    const esc = '\u001b[';
    expect((await run([], { cwd, isTTY: true })).stdout).toContain(esc);
    expect((await run([], { cwd, isTTY: false })).stdout).not.toContain(esc);
    expect((await run([], { cwd, isTTY: true, env: { NO_COLOR: '1' } })).stdout).not.toContain(esc);
    expect((await run(['--no-color'], { cwd, isTTY: true })).stdout).not.toContain(esc);
    expect((await run(['--color'], { cwd, isTTY: false })).stdout).toContain(esc);
  });
});

describe('lint: config and stdin', () => {
  it('applies a subdirectory config to its files only', async () => {
    const cwd = tree({ 'svc/.hardenfile.yaml': 'rules:\n  upstream-package-source: off\n', 'svc/Dockerfile': BAD, 'other/Dockerfile': BAD });
    const r = await run(ONLY_UPSTREAM, { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(path.join('other', 'Dockerfile'));
    expect(r.stdout).not.toContain(path.join('svc', 'Dockerfile'));
  });

  it('skips files matched by the config ignore list and .gitignore', async () => {
    const cwd = tree({ '.hardenfile.yaml': 'ignore: [legacy/]\n', '.gitignore': 'out/\n', 'legacy/Dockerfile': BAD, 'out/Dockerfile': BAD, Dockerfile: GOOD });
    expect(await run(ONLY_UPSTREAM, { cwd })).toEqual({ code: 0, stdout: '✔ no problems in 1 file\n', stderr: '' });
  });

  it('exits 2 on a config error, naming the file and key', async () => {
    const cwd = tree({ '.hardenfile.yaml': 'rules:\n  upstream-package-sourc: error\n', Dockerfile: BAD });
    expect(await run([], { cwd })).toEqual({
      code: 2,
      stdout: '',
      stderr: '.hardenfile.yaml: rules.upstream-package-sourc: unknown rule (did you mean upstream-package-source?)\n',
    });
  });

  it('takes --config and build args', async () => {
    const cwd = tree({ 'ci/hf.yml': 'rules:\n  upstream-package-source: off\n', Dockerfile: BAD });
    expect((await run([...ONLY_UPSTREAM, '--config', 'ci/hf.yml'], { cwd })).code).toBe(0);
    const args = await run([...ONLY_UPSTREAM, '--build-arg', 'V=3.20'], { cwd: tree({ Dockerfile: 'ARG V\nFROM alpine:${V}\nRUN apk add curl\n' }) });
    expect(args.stdout).toContain('3.20');
  });

  it('lints stdin, looking up the config from --stdin-filename', async () => {
    const cwd = tree({ 'svc/.hardenfile.yaml': 'rules:\n  upstream-package-source: off\n' });
    const plain = await run([...ONLY_UPSTREAM, '-'], { cwd, stdin: BAD });
    expect(plain.code).toBe(1);
    expect(plain.stdout.split('\n')[0]).toBe('<stdin>');
    const named = await run([...ONLY_UPSTREAM, '--stdin', '--stdin-filename', 'svc/Dockerfile'], { cwd, stdin: BAD });
    expect(named).toEqual({ code: 0, stdout: '✔ no problems in 1 file\n', stderr: '' });
    const other = await run([...ONLY_UPSTREAM, '--stdin', '--stdin-filename', 'Dockerfile.web'], { cwd, stdin: BAD });
    expect(other.stdout.split('\n')[0]).toBe('Dockerfile.web');
  });
});

describe('usage errors', () => {
  it.each([
    [['--formt', 'json'], 'unknown option --formt (did you mean --format?)'],
    [['--format', 'xml'], 'unknown format xml (choose stylish, json, sarif, github, gitlab, checkstyle, junit)'],
    [['--rule', 'upstream-package-sourc=off'], '--rule upstream-package-sourc=off: unknown rule (did you mean upstream-package-source?)'],
    [['--fail-level', 'fatal'], '--fail-level fatal: must be one of info, warning, error'],
    [['--max-size', 'big'], '--max-size big: expected a positive number of bytes'],
    [['--stdin', 'Dockerfile'], '--stdin cannot be combined with paths'],
    [['--config'], '--config needs a value'],
    [['explain'], 'usage: hardenfile explain <rule>'],
  ])('%j → exit 2', async (argv, message) => {
    const r = await run(argv, { cwd: tree({}) });
    expect(r).toEqual({ code: 2, stdout: '', stderr: `hardenfile: error: ${message}\nRun 'hardenfile --help' for usage.\n` });
  });
});

describe('subcommands', () => {
  it('lists the rules', async () => {
    const r = await run(['rules']);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^RULE +SEVERITY +FIXABLE +DESCRIPTION$/);
    expect(lines.slice(1).map((l) => l.split(/\s+/)[0])).toEqual(RULES.map((r) => r.id));
    const upstream = RULES.find((r) => r.id === 'upstream-package-source')!;
    expect(lines.find((l) => l.startsWith('upstream-package-source '))).toMatch(new RegExp(` ${upstream.meta.severity} +${upstream.meta.fixable} +`));
  });

  it('explains a rule from its doc, and suggests a close id', async () => {
    const doc = fs.readFileSync(path.join(import.meta.dirname, '../../rules/upstream-package-source.md'), 'utf8');
    expect(await run(['explain', 'upstream-package-source'])).toEqual({ code: 0, stdout: doc.endsWith('\n') ? doc : `${doc}\n`, stderr: '' });
    const bad = await run(['explain', 'upstream-package-sourc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown rule upstream-package-sourc (did you mean upstream-package-source?)');
  });

  it('prints the config schema, to stdout or --output', async () => {
    const r = await run(['schema']);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(Object.keys(schema.properties.rules.properties)).toEqual(RULES.map((x) => x.id));
    expect(Object.keys(schema.properties)).toEqual(['$schema', 'rules', 'mirrors', 'debMirrors', 'dhiImageMirrors', 'baseImages', 'buildStages', 'buildArgs', 'ignore', 'failLevel']);
    const cwd = tree({});
    expect((await run(['schema', '--output', 'schema.json'], { cwd })).code).toBe(0);
    expect(fs.readFileSync(path.join(cwd, 'schema.json'), 'utf8')).toBe(r.stdout);
  });

  it('prints the version and the help', async () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../../package.json'), 'utf8'));
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
    const help = await run(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--fail-level <level>       Lowest severity that fails the run: info, warning (default) or error');
  });
});

describe('lint: the summary counts what --fix fixes', () => {
  // Installing the key (safe) makes removing --allow-untrusted safe in the next pass.
  const CHAINED = 'FROM alpine:3.23\nRUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories\nRUN apk add --allow-untrusted curl\n';

  it('says "N fixable with --fix" for the N problems --fix then fixes, a fix made safe by another included', async () => {
    const cwd = tree({ Dockerfile: CHAINED });
    const lint = await run(['--no-color'], { cwd });
    const fixable = Number(/(\d+) fixable with --fix/.exec(lint.stdout)?.[1]);
    const safeFindings = (lint.stdout.match(/\(fixable\)/g) ?? []).length;
    expect(fixable).toBeGreaterThan(safeFindings);
    const fix = await run(['--no-color', '--fix'], { cwd });
    expect(fix.stdout).toContain(`Fixed ${fixable} problems.`);
  });
});
