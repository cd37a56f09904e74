import { describe, expect, it } from 'vitest';
import { FRAME_WIDTH, formatStylish, frameWindow, summaryLine } from '../../src/format/stylish.js';
import { finding, report } from './helpers.js';

const off = { color: false };

describe('stylish', () => {
  it('prints a header, the finding and a frame with carets under the exact columns', () => {
    const text = 'FROM alpine:3.20\nRUN echo "https://dl-cdn.alpinelinux.org/alpine/v3.20/main" > /etc/apk/repositories\n';
    const f = finding(text, 'https://dl-cdn.alpinelinux.org/alpine/v3.20/main');
    const out = formatStylish([report('svc/Dockerfile', text, [f])], off);
    expect(out).toBe(
      [
        'svc/Dockerfile',
        '  2:11  warning  Repository is not a hardened source  upstream-package-source',
        '    2 | RUN echo "https://dl-cdn.alpinelinux.org/alpine/v3.20/main" > /etc/apk/repositories',
        `      | ${' '.repeat(10)}${'^'.repeat('https://dl-cdn.alpinelinux.org/alpine/v3.20/main'.length)}`,
        '',
        '✖ 1 problem (0 errors, 1 warning, 0 info) in 1 file',
        '',
      ].join('\n'),
    );
    const lines = out.split('\n');
    expect(lines[3]!.indexOf('^')).toBe(lines[2]!.indexOf('https'));
  });

  it('expands tabs so carets still line up', () => {
    const text = 'RUN\tapk add\tcurl\n';
    const out = formatStylish([report('Dockerfile', text, [finding(text, 'curl', { severity: 'error' })])], off).split('\n');
    expect(out[2]).toBe('    1 | RUN apk add curl');
    expect(out[3]).toBe('      |             ^^^^');
  });

  it('shows at most three lines of a range, marks continuation lines, and an ellipsis', () => {
    const text = 'RUN apk add \\\n    a \\\n    b \\\n    c\n';
    const out = formatStylish([report('Dockerfile', text, [finding(text, { start: 4, end: text.length - 1 }, { severity: 'info' })])], off).split('\n');
    expect(out.slice(1, 7)).toEqual([
      '  1:5  info     Repository is not a hardened source  upstream-package-source',
      '    1 | RUN apk add \\',
      '      |     ^^^^^^^^^',
      '  > 2 |     a \\',
      '  > 3 |     b \\',
      '      …',
    ]);
  });

  it('does not show the next line when a range ends with its line break', () => {
    const text = 'FROM a\nRUN x\n';
    const out = formatStylish([report('Dockerfile', text, [finding(text, 'FROM a\n')])], off).split('\n');
    expect(out.slice(2, 5)).toEqual(['    1 | FROM a', '      | ^^^^^^', '']);
  });

  it('marks safe and unsafe fixes and counts them in the summary', () => {
    const text = 'RUN a\nRUN b\nRUN c\n';
    const safe = { title: 'Fix a', safety: 'safe' as const, edits: [{ start: 4, end: 5, text: 'x' }] };
    const unsafe = { title: 'Fix b', safety: 'unsafe' as const, edits: [{ start: 10, end: 11, text: 'y' }] };
    const out = formatStylish([report('Dockerfile', text, [finding(text, 'a', { fix: safe, severity: 'error' }), finding(text, 'b', { fix: unsafe }), finding(text, 'c', { severity: 'info' })])], off);
    expect(out).toContain('  1:5  error    Repository is not a hardened source  upstream-package-source  (fixable)');
    expect(out).toContain('  2:5  warning  Repository is not a hardened source  upstream-package-source  (unsafe fix)');
    expect(out.trimEnd().split('\n').at(-1)).toBe('✖ 3 problems (1 error, 1 warning, 1 info) in 1 file — 1 fixable with --fix, 1 more with --unsafe-fixes');
    const clean = report('ok/Dockerfile', 'FROM scratch\n', []);
    expect(summaryLine([report('Dockerfile', text, [finding(text, 'a')]), clean, clean], off)).toBe('✖ 1 problem (0 errors, 1 warning, 0 info) in 1 of 3 files');
  });

  it('never prints a secret from the file, in the frame or the message', () => {
    const token = 'dckr_pat_AbCdEfGhIjKlMnOpQrStUv';
    const text = `ARG TOKEN=${token}\nRUN echo $TOKEN\n`;
    const start = text.indexOf(token);
    const f = finding(text, `TOKEN=${token}`, { message: `Secret ${token} in an ARG`, ruleId: 'secret-in-build-arg' });
    const out = formatStylish([report('Dockerfile', text, [f], { secretSpans: [{ start: start + 9, end: start + token.length }] })], off);
    expect(out).not.toContain('AbCdEfGh');
    expect(out).toContain('ARG TOKEN=dckr_pat_****');
    expect(out).toContain('Secret dckr_pat_**** in an ARG');
    // Carets cover the redacted text as printed.
    const lines = out.split('\n');
    expect(lines[3]).toBe(`      |     ${'^'.repeat('TOKEN=dckr_pat_****'.length)}`);
  });

  it('defuses terminal escape sequences from the file', () => {
    const text = 'RUN echo \u001b[2Jhi\n';
    const out = formatStylish([report('Dockerfile', text, [finding(text, 'hi')])], off);
    expect(out).not.toContain('\u001b');
    expect(out).toContain('RUN echo \uFFFD[2Jhi');
  });

  it('shows a line longer than FRAME_WIDTH around the range, its cut ends marked', () => {
    const words = Array.from({ length: 300 }, (_, i) => `w${i}`);
    const text = `RUN echo ${words.join(' ')}\n`;
    const lineLength = text.length - 1;
    expect(lineLength).toBeGreaterThan(FRAME_WIDTH);
    const frame = (needle: string) => formatStylish([report('Dockerfile', text, [finding(text, needle)])], off).split('\n').slice(2, 4);
    // Near the start: the line from its first column, cut at the right.
    const [near, nearCarets] = frame('w1 ');
    expect(near).toBe(`    1 | ${text.slice(0, FRAME_WIDTH)}…`);
    expect(nearCarets).toBe(`      | ${' '.repeat(text.indexOf('w1 '))}^^^`);
    // Far in: FRAME_LEAD units before the range, cut on both sides, carets still under it.
    const [far, farCarets] = frame(' w150 ');
    const at = text.indexOf(' w150 ');
    expect(far).toBe(`    1 | …${text.slice(at - 40, at - 40 + FRAME_WIDTH)}…`);
    expect(farCarets!.indexOf('^')).toBe(far!.indexOf(' w150 '));
    expect(farCarets!.trim().endsWith(' ^^^^^^')).toBe(true);
    expect(farCarets!.match(/\^/g)).toHaveLength(' w150 '.length);
    // At the end: the last FRAME_WIDTH units, nothing cut at the right.
    const [end] = frame('w299');
    expect(end).toBe(`    1 | …${text.slice(lineLength - FRAME_WIDTH, lineLength)}`);
  });

  it('cuts a range that runs past the window at the window, and never splits a surrogate pair', () => {
    const text = `RUN echo ${'😀'.repeat(150)}\n`;
    const out = formatStylish([report('Dockerfile', text, [finding(text, { start: 4, end: text.length - 1 })])], off).split('\n');
    const shown = out[2]!.slice('    1 | '.length);
    expect(shown.endsWith('…')).toBe(true);
    // No lone surrogate: every UTF-16 unit of the frame belongs to a whole emoji.
    expect(shown.replace(/😀/g, '')).not.toMatch(/[\uD800-\uDFFF]/);
    expect(shown.length).toBeLessThanOrEqual(FRAME_WIDTH + 1);
    expect(out[3]!.trimEnd().endsWith('^')).toBe(true);
    expect(frameWindow(text.slice(0, -1), 4)).toEqual({ start: 0, end: FRAME_WIDTH - 1 });
    expect(frameWindow('x'.repeat(FRAME_WIDTH), 150)).toEqual({ start: 0, end: FRAME_WIDTH });
  });

  it('prints per-file errors and a clean summary', () => {
    const bad = { path: 'image.bin', result: { findings: [], secretSpans: [], error: 'file is binary (it contains NUL bytes)' } };
    const good = report('Dockerfile', 'FROM scratch\n', []);
    expect(formatStylish([bad, good], off)).toBe('image.bin: error: file is binary (it contains NUL bytes)\n\n✔ no problems in 1 file\n✖ 1 file could not be linted\n');
    expect(formatStylish([good, good], off)).toBe('✔ no problems in 2 files\n');
    expect(formatStylish([bad], off)).toBe('image.bin: error: file is binary (it contains NUL bytes)\n\n✖ 1 file could not be linted\n');
    expect(formatStylish([], off)).toBe('✔ no problems in 0 files\n');
  });

  it('colours only when asked', () => {
    const text = 'RUN a\n';
    const r = [report('Dockerfile', text, [finding(text, 'a', { severity: 'error' })])];
    expect(formatStylish(r, off)).not.toContain('\u001b[');
    const coloured = formatStylish(r, { color: true });
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(summaryLine(r, { color: true })).toContain('\u001b[');
  });
});

describe('redaction of overlapping secret spans', () => {
  it('hides a token that is also a URL password without eating the text after it', () => {
    const text = 'RUN echo "https://user:dckr_pat_AbCdEfGhIjKlMnOpQrStUv@dl-cdn.alpinelinux.org/x" > /etc/apk/repositories\n';
    const at = text.indexOf('dckr_pat_');
    const spans = [{ start: at, end: at + 31 }, { start: at + 9, end: at + 31 }];
    const out = formatStylish([report('Dockerfile', text, [finding(text, '/etc/apk/repositories')], { secretSpans: spans })], { color: false });
    expect(out).toContain('RUN echo "https://user:****@dl-cdn.alpinelinux.org/x" > /etc/apk/repositories');
  });
});
