import { describe, expect, it } from 'vitest';
import { formatGitlab, type CodeQualityIssue } from '../../src/format/gitlab.js';
import type { FileReport } from '../../src/format/types.js';
import { APK, lintReport, UPSTREAM } from './lint-report.js';

const issues = (results: FileReport[]) => JSON.parse(formatGitlab(results)) as CodeQualityIssue[];

describe('gitlab', () => {
  it('writes a Code Quality issue per finding', async () => {
    const file = await lintReport('svc/Dockerfile', APK);
    const [issue] = issues([file]);
    expect(issue).toEqual({
      description: file.result.findings[0]!.message,
      check_name: UPSTREAM,
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      severity: 'major',
      location: { path: 'svc/Dockerfile', lines: { begin: 2, end: 2 } },
    });
  });

  it('maps info, warning and error to info, minor and major', async () => {
    const severities = await Promise.all((['info', 'warning', 'error'] as const).map(async (s) => issues([await lintReport('Dockerfile', APK, s)])[0]!.severity));
    expect(severities).toEqual(['info', 'minor', 'major']);
  });

  it('spans the lines of a multi-line range', async () => {
    const [issue] = issues([await lintReport('Dockerfile', 'FROM alpine:3.23\nRUN apk add \\\n    curl\n')]);
    expect(issue!.location.lines).toEqual({ begin: 2, end: 3 });
  });

  it('has fingerprints that are unique per finding and stable across runs and moved lines', async () => {
    const fp = async (path: string, text: string) => issues([await lintReport(path, text)]).map((i) => i.fingerprint);
    const base = await fp('Dockerfile', APK);
    expect(await fp('Dockerfile', APK)).toEqual(base);
    expect(await fp('Dockerfile', `# moved down\n${APK}`)).toEqual(base);
    expect(await fp('other/Dockerfile', APK)).not.toEqual(base);
    const twice = await fp('Dockerfile', 'FROM alpine:3.23\nRUN apk add curl\nRUN apk add curl\n');
    expect(new Set(twice).size).toBe(2);
    expect(twice[0]).toBe(base[0]);
  });

  it('is an empty array when nothing is found', async () => {
    expect(formatGitlab([await lintReport('Dockerfile', 'FROM scratch\n')])).toBe('[]\n');
  });
});
