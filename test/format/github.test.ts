import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/format/github.js';
import { finding, report } from './helpers.js';
import { APK, lintReport, UPSTREAM } from './lint-report.js';

describe('github', () => {
  it('writes one annotation per finding with file, range and the rule id as title', async () => {
    const file = await lintReport('svc/Dockerfile', APK);
    const message = file.result.findings[0]!.message;
    expect(formatGithub([file])).toBe(`::error file=svc/Dockerfile,line=2,endLine=2,col=5,endColumn=17,title=${UPSTREAM}::${escapeData(message)}\n`);
  });

  it('uses ::warning and ::notice for the lower severities', async () => {
    expect(formatGithub([await lintReport('Dockerfile', APK, 'warning')])).toMatch(/^::warning file=Dockerfile,line=2,/);
    expect(formatGithub([await lintReport('Dockerfile', APK, 'info')])).toMatch(/^::notice file=Dockerfile,line=2,/);
  });

  it('gives columns only to a range on one line', async () => {
    const file = await lintReport('Dockerfile', 'FROM alpine:3.23\nRUN apk add \\\n    curl\n');
    expect(file.result.findings[0]!.end.line).toBe(3);
    expect(formatGithub([file])).toMatch(/^::error file=Dockerfile,line=2,endLine=3,title=upstream-package-source::/);
  });

  it('escapes data and properties as the runner reads them', () => {
    expect(escapeData('100% done\r\nnext:a,b')).toBe('100%25 done%0D%0Anext:a,b');
    expect(escapeProperty('a:b,c%\n')).toBe('a%3Ab%2Cc%25%0A');
    const text = 'RUN a\n';
    const out = formatGithub([report('odd,dir:x/Dockerfile', text, [finding(text, 'a', { message: '50% of\nthe lines' })])]);
    expect(out).toBe('::warning file=odd%2Cdir%3Ax/Dockerfile,line=1,endLine=1,col=5,endColumn=6,title=upstream-package-source::50%25 of%0Athe lines\n');
    expect(out.trimEnd().split('\n')).toHaveLength(1);
  });

  it('defuses terminal control characters', () => {
    const text = 'RUN a\n';
    const out = formatGithub([report('Dockerfile', text, [finding(text, 'a', { message: 'x\u001b[31my' })])]);
    expect(out).not.toContain('\u001b');
  });

  it('annotates a file that could not be linted, writes nothing for clean files, and uses forward slashes', async () => {
    const out = formatGithub([{ path: 'sub\\x.Dockerfile', result: { findings: [], secretSpans: [], error: 'file is binary' } }, await lintReport('clean', 'FROM scratch\n')]);
    expect(out).toBe('::error file=sub/x.Dockerfile,title=hardenfile::could not lint: file is binary\n');
    expect(formatGithub([])).toBe('');
  });
});
