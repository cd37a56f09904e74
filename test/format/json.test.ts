import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/format/json.js';
import { FORMAT_NAMES, isFormatName, loadFormatter } from '../../src/format/index.js';
import { formatStylish } from '../../src/format/stylish.js';
import { finding, report } from './helpers.js';

describe('json', () => {
  it('has a stable shape with 1-based positions and fix edit ranges', () => {
    const text = 'FROM alpine\nRUN echo http://dhi.io/apk > /etc/apk/repositories\n';
    const at = text.indexOf('http:');
    const fix = { title: 'Use https', safety: 'safe' as const, edits: [{ start: at, end: at + 5, text: 'https:' }] };
    const out = formatJson([report('Dockerfile', text, [finding(text, 'http://dhi.io/apk', { fix, ruleId: 'insecure-package-source', messageId: 'http' })])]);
    expect(JSON.parse(out)).toEqual({
      files: [
        {
          path: 'Dockerfile',
          findings: [
            {
              rule: 'insecure-package-source',
              messageId: 'http',
              severity: 'warning',
              message: 'Repository is not a hardened source',
              line: 2,
              column: 10,
              endLine: 2,
              endColumn: 27,
              fix: { title: 'Use https', safety: 'safe', edits: [{ start: at, end: at + 5, text: 'https:', range: { line: 2, column: 10, endLine: 2, endColumn: 15 } }] },
            },
          ],
        },
      ],
    });
    // Key order is part of the format.
    expect(out.indexOf('"rule"')).toBeLessThan(out.indexOf('"messageId"'));
    expect(out.indexOf('"endColumn"')).toBeLessThan(out.indexOf('"fix"'));
    expect(out).not.toContain('FROM alpine');
  });

  it('reports per-file errors and omits fix when there is none', () => {
    const out = JSON.parse(formatJson([{ path: 'x.bin', result: { findings: [], secretSpans: [], error: 'file is binary' } }, report('Dockerfile', 'RUN a\n', [finding('RUN a\n', 'a')])]));
    expect(out.files[0]).toEqual({ path: 'x.bin', findings: [], error: 'file is binary' });
    expect(Object.keys(out.files[1].findings[0])).toEqual(['rule', 'messageId', 'severity', 'message', 'line', 'column', 'endLine', 'endColumn']);
  });

  it('redacts secrets in messages and fix texts', () => {
    const token = 'dckr_pat_AbCdEfGhIjKlMnOpQrStUv';
    const text = `ARG TOKEN=${token}\n`;
    const start = text.indexOf(token);
    const fix = { title: 'Move it', safety: 'unsafe' as const, edits: [{ start: 0, end: text.length - 1, text: `# was ${token}` }] };
    const out = formatJson([report('Dockerfile', text, [finding(text, token, { message: `Secret ${token}`, fix })], { secretSpans: [{ start: start + 9, end: start + token.length }] })]);
    expect(out).not.toContain('AbCdEfGh');
    expect(JSON.parse(out).files[0].findings[0].message).toBe('Secret dckr_pat_****');
  });
});

describe('formatter registry', () => {
  it('loads formatters by name', async () => {
    expect(FORMAT_NAMES).toEqual(['stylish', 'json', 'sarif', 'github', 'gitlab', 'checkstyle', 'junit']);
    expect(isFormatName('json')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
    expect(await loadFormatter('json')).toBe(formatJson);
    expect(await loadFormatter('stylish')).toBe(formatStylish);
    await expect(loadFormatter('xml')).rejects.toThrow('unknown format xml');
  });
});
