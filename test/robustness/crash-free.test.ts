/**
 * Hostile and broken input through the whole CLI: every case ends with exit 0, 1 or 2, a one-line
 * `path: error: …` for a file that cannot be linted (the others still reported), output that
 * parses as JSON, and never a stack trace without --debug.
 */
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { RULES } from '../../rules/index.js';
import { run, tree } from '../cli/harness.js';

interface Case {
  name: string;
  files?: Record<string, string | Buffer>;
  /** Extra set-up on the tree (links, FIFOs, directories). */
  setup?: (root: string) => void;
  /** Paths on the command line (default: the whole tree). */
  paths?: string[];
  args?: string[];
  /** Files expected to fail, by the path shown, with the error message. */
  errors?: Record<string, RegExp>;
  /** Files expected in the report without an error. */
  linted?: string[];
  /** Big inputs: linting them takes seconds on a slow machine (the time budget is lifted). */
  slow?: boolean;
  /** More checks on the JSON report. */
  check?: (report: JsonReport) => void;
}

interface JsonReport {
  files: { path: string; error?: string; findings: { rule: string }[] }[];
}

const APK = 'FROM alpine:3.23\nRUN apk add curl\n';
const repeat = (n: number, f: (i: number) => string) => Array.from({ length: n }, (_, i) => f(i)).join('');

const CASES: Case[] = [
  { name: 'an empty file', files: { Dockerfile: '' }, linted: ['Dockerfile'] },
  { name: 'only comments', files: { Dockerfile: '# syntax=docker/dockerfile:1\n# nothing here\n#\n' }, linted: ['Dockerfile'] },
  { name: 'an unterminated heredoc', files: { Dockerfile: 'FROM alpine:3.23\nRUN <<EOF\napk add curl\n' }, linted: ['Dockerfile'] },
  { name: 'an unterminated quote', files: { Dockerfile: 'FROM alpine:3.23\nRUN echo "never closed && apk add curl\n' }, linted: ['Dockerfile'] },
  { name: 'an unterminated JSON array', files: { Dockerfile: 'FROM alpine:3.23\nRUN ["sh", "-c", "apk add curl\n' }, linted: ['Dockerfile'] },
  { name: 'a backtick escape directive', files: { Dockerfile: '# escape=`\nFROM alpine:3.23\nRUN apk add `\n    curl\n' }, linted: ['Dockerfile'] },
  { name: 'an invalid escape character', files: { Dockerfile: '# escape=x\nFROM alpine:3.23\nRUN apk add curl\n' }, linted: ['Dockerfile'] },
  { name: 'an escape directive after an instruction', files: { Dockerfile: 'FROM alpine:3.23\n# escape=`\nRUN apk add curl `\n    git\n' }, linted: ['Dockerfile'] },
  {
    name: 'a Windows/PowerShell Dockerfile',
    files: {
      Dockerfile: [
        '# escape=`',
        'FROM mcr.microsoft.com/windows/servercore:ltsc2022',
        'SHELL ["powershell", "-Command", "$ErrorActionPreference = \'Stop\'; $ProgressPreference = \'SilentlyContinue\';"]',
        'RUN Invoke-WebRequest -Uri "https://example.com/x.msi" -OutFile x.msi; `',
        '    Start-Process msiexec.exe -ArgumentList \'/i\', \'x.msi\', \'/quiet\' -Wait; `',
        '    if ($?) { Write-Host "ok $(Get-Date)" } else { exit 1 }',
        'RUN cmd /S /C "echo %PATH% && dir C:\\ > nul"',
        '',
      ].join('\r\n'),
    },
    linted: ['Dockerfile'],
    // PowerShell is not parsed as sh: `$(Get-Date)` or `if (…) { … }` mean nothing to the model.
    check: (report) => expect(report.files[0]!.findings).toEqual([]),
  },
  { name: 'NUL bytes', files: { Dockerfile: Buffer.from('FROM alpine:3.23\n\0\0\0RUN apk add curl\n') }, errors: { Dockerfile: /^file is binary \(it contains NUL bytes\)$/ } },
  { name: 'bytes that are not UTF-8', files: { Dockerfile: Buffer.from(repeat(64, () => '\xff\xfe\x80').split('').map((c) => c.charCodeAt(0))) }, errors: { Dockerfile: /^file is not UTF-8 text$/ } },
  { name: 'one invalid UTF-8 byte in a comment', files: { Dockerfile: Buffer.concat([Buffer.from('# caf'), Buffer.from([0xe9]), Buffer.from(`\n${APK}`)]) }, linted: ['Dockerfile'] },
  { name: 'a byte order mark', files: { Dockerfile: `\uFEFF${APK}` }, linted: ['Dockerfile'] },
  { name: 'CR-only line endings', files: { Dockerfile: APK.replace(/\n/g, '\r') }, linted: ['Dockerfile'] },
  { name: 'mixed CRLF and LF', files: { Dockerfile: 'FROM alpine:3.23\r\nRUN apk add curl\nRUN apk add \\\r\n    git\r\n' }, linted: ['Dockerfile'] },
  {
    name: 'a line over 64 KiB',
    files: { Dockerfile: `FROM alpine:3.23\nRUN echo ${'a'.repeat(70_000)}\n` },
    errors: { Dockerfile: /^line 2 is longer than 65535 bytes \(BuildKit refuses a line of 64 KiB\)$/ },
  },
  {
    // 25,000 characters, but 75,000 bytes in UTF-8: BuildKit's limit is in bytes.
    name: 'a line of CJK text over 64 KiB in UTF-8',
    files: { Dockerfile: `FROM alpine:3.23\nLABEL note="${'漢'.repeat(25_000)}"\n` },
    errors: { Dockerfile: /^line 2 is longer than 65535 bytes \(BuildKit refuses a line of 64 KiB\)$/ },
  },
  {
    // BuildKit's limit is per physical line: a 100 KB RUN of continued lines builds, so it is linted.
    name: 'a RUN of 100 KB made of continued lines',
    files: { Dockerfile: `FROM alpine:3.23\nRUN true${repeat(2_000, () => ` && echo ${'b'.repeat(40)} \\\n`)}  && apk add curl\n` },
    linted: ['Dockerfile'],
    check: (report) => expect(report.files[0]!.findings.map((f) => f.rule)).toContain('upstream-package-source'),
  },
  {
    name: 'a file over the size cap',
    files: { Dockerfile: APK, 'small/Dockerfile': 'FROM scratch\n' },
    args: ['--max-size', '20'],
    errors: { Dockerfile: /^file is \d+ bytes, over the size cap of 20 bytes \(--max-size\)$/ },
    linted: [path.join('small', 'Dockerfile')],
  },
  { name: '3,000 nested $(', files: { Dockerfile: `FROM alpine:3.23\nRUN echo ${'$('.repeat(3_000)}apk add curl${')'.repeat(3_000)}\n` }, linted: ['Dockerfile'] },
  { name: '5,000 nested (', files: { Dockerfile: `FROM alpine:3.23\nRUN ${'('.repeat(5_000)}apk add curl${')'.repeat(5_000)}\n` }, linted: ['Dockerfile'] },
  { name: '2,000 nested if', files: { Dockerfile: `FROM alpine:3.23\nRUN ${'if true; then '.repeat(2_000)}apk add curl; ${'fi; '.repeat(2_000)}\n` }, linted: ['Dockerfile'] },
  { name: 'unbalanced nesting', files: { Dockerfile: `FROM alpine:3.23\nRUN ${'$( ( { [[ '.repeat(2_000)}apk add curl\n` }, linted: ['Dockerfile'] },
  { name: '10,000 stages', files: { Dockerfile: repeat(10_000, (i) => `FROM alpine:3.23 AS s${i}\nRUN apk add curl\n`) }, linted: ['Dockerfile'], slow: true },
  {
    name: 'a FROM chain 3,000 stages long',
    files: { Dockerfile: `FROM alpine:3.23 AS s0\n${repeat(3_000, (i) => `FROM s${i} AS s${i + 1}\nRUN apk add curl\n`)}` },
    linted: ['Dockerfile'],
    slow: true,
  },
  {
    name: 'symbolic link loops in a directory',
    files: { 'a/Dockerfile': APK },
    setup: (root) => {
      fs.symlinkSync('..', path.join(root, 'a/up'));
      fs.symlinkSync('loop2', path.join(root, 'a/loop1'));
      fs.symlinkSync('loop1', path.join(root, 'a/loop2'));
    },
    linted: [path.join('a', 'Dockerfile')],
  },
  {
    name: 'a symbolic link loop named explicitly',
    files: { Dockerfile: APK },
    setup: (root) => {
      fs.symlinkSync('self.Dockerfile', path.join(root, 'self.Dockerfile'));
    },
    paths: ['self.Dockerfile', 'Dockerfile'],
    errors: { 'self.Dockerfile': /^too many levels of symbolic links$/ },
    linted: ['Dockerfile'],
  },
  {
    name: 'a FIFO named explicitly (never read, so never blocks)',
    files: { Dockerfile: APK },
    setup: (root) => execFileSync('mkfifo', [path.join(root, 'pipe.Dockerfile')]),
    paths: ['pipe.Dockerfile', 'Dockerfile'],
    errors: { 'pipe.Dockerfile': /^not a regular file$/ },
    linted: ['Dockerfile'],
  },
  {
    name: 'a dangling symbolic link named explicitly',
    files: { Dockerfile: APK },
    setup: (root) => fs.symlinkSync('gone', path.join(root, 'dangling.Dockerfile')),
    paths: ['dangling.Dockerfile', 'Dockerfile'],
    errors: { 'dangling.Dockerfile': /^no such file or directory$/ },
    linted: ['Dockerfile'],
  },
  {
    name: 'paths with spaces and unicode',
    files: { 'my dir/Dockerfile': APK, 'ünï cødé/Dockerfile.wéb': APK, '日本/Containerfile': APK },
    linted: [path.join('my dir', 'Dockerfile'), path.join('ünï cødé', 'Dockerfile.wéb'), path.join('日本', 'Containerfile')],
  },
  {
    name: 'a directory named Dockerfile',
    files: { 'Dockerfile/Dockerfile': APK, 'svc/Dockerfile/readme.txt': 'not a Dockerfile\n' },
    linted: [path.join('Dockerfile', 'Dockerfile')],
  },
  {
    name: 'many files, one of them bad',
    files: { ...Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`svc${i}/Dockerfile`, APK])), 'svc7/Dockerfile': Buffer.from([0x46, 0, 0x52]) },
    errors: { [path.join('svc7', 'Dockerfile')]: /^file is binary/ },
    linted: Array.from({ length: 30 }, (_, i) => path.join(`svc${i}`, 'Dockerfile')).filter((p) => !p.startsWith('svc7')),
  },
];

const NO_STACK = /^\s+at .+[(:]/m;

describe('never a crash', () => {
  for (const c of CASES) {
    it(c.name, { timeout: c.slow ? 120_000 : undefined }, async () => {
      const root = tree(c.files ?? {});
      c.setup?.(root);
      const argv = [...(c.args ?? []), ...(c.slow ? ['--timeout', '600000'] : []), ...(c.paths ?? ['.'])];

      const stylish = await run(argv, { cwd: root });
      expect([0, 1, 2]).toContain(stylish.code);
      expect(stylish.stdout + stylish.stderr).not.toMatch(NO_STACK);
      const errors = Object.entries(c.errors ?? {});
      expect(stylish.code === 2).toBe(errors.length > 0);
      const lines = stylish.stdout.split('\n');
      for (const [file, message] of errors) {
        const line = lines.find((l) => l.startsWith(`${file}: error: `));
        expect(line, `a one-line error naming ${file}`).toBeDefined();
        expect(line!.slice(`${file}: error: `.length)).toMatch(message);
      }

      const json = await run(['--format', 'json', ...argv], { cwd: root });
      expect(json.code).toBe(stylish.code);
      expect(json.stdout + json.stderr).not.toMatch(NO_STACK);
      const report = JSON.parse(json.stdout) as JsonReport;
      const byPath = new Map(report.files.map((f) => [f.path, f]));
      for (const [file, message] of errors) expect(byPath.get(file)?.error).toMatch(message);
      for (const file of c.linted ?? []) {
        expect(byPath.has(file), `${file} is reported`).toBe(true);
        expect(byPath.get(file)!.error).toBeUndefined();
      }
      // Each file error is on stderr as well, one line each.
      for (const [file] of errors) expect(json.stderr).toMatch(new RegExp(`^${escape(file)}: error: .+$`, 'm'));
      c.check?.(report);
    });
  }

  it.skipIf(process.getuid?.() === 0)('an unreadable file (chmod 000; skipped as root, who reads it anyway)', async () => {
    const root = tree({ Dockerfile: APK, 'locked/Dockerfile': APK });
    fs.chmodSync(path.join(root, 'locked/Dockerfile'), 0);
    try {
      const r = await run(['.'], { cwd: root });
      expect(r.code).toBe(2);
      expect(r.stdout).toContain(`${path.join('locked', 'Dockerfile')}: error: permission denied\n`);
      expect(r.stdout).toMatch(/^Dockerfile$/m);
    } finally {
      fs.chmodSync(path.join(root, 'locked/Dockerfile'), 0o600);
    }
  });

  it('a binary file in JSON and SARIF: the error is data, not a crash', async () => {
    const root = tree({ 'bin.Dockerfile': Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]), Dockerfile: APK });
    const json = await run(['--format', 'json', '.'], { cwd: root });
    expect(json.code).toBe(2);
    const report = JSON.parse(json.stdout) as { files: { path: string; error?: string }[] };
    expect(report.files.find((f) => f.path === 'bin.Dockerfile')?.error).toBe('file is binary (it contains NUL bytes)');
    expect(json.stderr).toBe('bin.Dockerfile: error: file is binary (it contains NUL bytes)\n');

    const sarif = await run(['--format', 'sarif', '.'], { cwd: root });
    expect(sarif.code).toBe(2);
    const log = JSON.parse(sarif.stdout) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string }; locations?: unknown[] }[] }[] }[] };
    const notes = log.runs[0]!.invocations[0]!.toolExecutionNotifications;
    expect(JSON.stringify(notes)).toContain('bin.Dockerfile');
    expect(notes.map((n) => n.message.text).join('\n')).toContain('file is binary (it contains NUL bytes)');
    expect(sarif.stdout + sarif.stderr).not.toMatch(NO_STACK);
  });

  it('standard input that is binary, or empty', async () => {
    const binary = await run(['--format', 'json', '-'], { stdin: 'FROM x\0' });
    expect(binary.code).toBe(2);
    expect(JSON.parse(binary.stdout).files[0]).toMatchObject({ path: '<stdin>', error: 'file is binary (it contains NUL bytes)' });
    expect(await run(['-'], { stdin: '' })).toMatchObject({ code: 0 });
  });

  it('an internal error is that file\'s error; its stack only with --debug', async () => {
    const root = tree({ 'a/Dockerfile': APK, 'b/Dockerfile': APK });
    const rule = RULES.find((r) => r.id === 'upstream-package-source')!;
    const spy = vi.spyOn(rule, 'check').mockImplementationOnce(() => {
      throw new Error('boom');
    });
    try {
      const plain = await run(['.'], { cwd: root });
      expect(plain.code).toBe(2);
      expect(plain.stdout).toContain(`${path.join('a', 'Dockerfile')}: error: internal error: boom (run with --debug for details)\n`);
      expect(plain.stdout).toMatch(new RegExp(`^${escape(path.join('b', 'Dockerfile'))}$`, 'm'));
      expect(plain.stdout + plain.stderr).not.toMatch(NO_STACK);

      spy.mockImplementationOnce(() => {
        throw new Error('boom');
      });
      const debug = await run(['--debug', '.'], { cwd: root });
      expect(debug.code).toBe(2);
      expect(debug.stderr).toMatch(NO_STACK);
    } finally {
      spy.mockRestore();
    }
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
