import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absoluteLinks } from '../../src/format/rule-docs.js';
import { formatSarif, toSarifLog, type SarifLog, type SarifTool } from '../../src/format/sarif.js';
import type { FileReport } from '../../src/format/types.js';
import { packageVersion } from '../../src/package.js';
import type { AnyRule, Edit } from '../../src/rule.js';
import { RULES } from '../../rules/index.js';
import { finding, report } from './helpers.js';
import { APK, lintReport, UPSTREAM } from './lint-report.js';
import { multitool, multitoolProblems, sarifSchemaValidator } from './sarif-tools.js';

const validate = sarifSchemaValidator();
const tool = multitool();

function rule(id: string, severity: AnyRule['meta']['severity'], tags?: string[]): AnyRule {
  return { id, meta: { description: `The ${id} rule.`, severity, fixable: 'never', messages: {}, options: {}, ...(tags && { tags }) }, check: () => {} };
}

function sarif(results: FileReport[], t?: SarifTool): SarifLog {
  return JSON.parse(t ? JSON.stringify(toSarifLog(results, t)) : formatSarif(results)) as SarifLog;
}

function applyEdits(text: string, edits: Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

async function mixedReports(): Promise<FileReport[]> {
  return [
    await lintReport('svc/Dockerfile', APK),
    await lintReport('Containerfile', 'FROM alpine:3.23\nRUN apk add curl && \\\n    apk add git\n', 'warning'),
    await lintReport('clean.Dockerfile', 'FROM scratch\n'),
    { path: 'huge.Dockerfile', result: { findings: [], secretSpans: [], error: 'file is 2000000 bytes, over the size cap of 1048576 bytes (--max-size)' } },
  ];
}

describe('sarif', () => {
  it('is valid against the SARIF 2.1.0 JSON schema', async (ctx) => {
    if (!validate) return ctx.skip('the SARIF 2.1.0 schema ships with @microsoft/sarif-multitool, which is not installed for this platform');
    expect(validate(sarif(await mixedReports()))).toEqual([]);
    expect(validate(sarif([]))).toEqual([]);
    // The validator does catch a broken log.
    const broken = sarif(await mixedReports()) as unknown as { runs: { results: { level: string }[] }[] };
    broken.runs[0]!.results[0]!.level = 'fatal';
    expect(validate(broken)).not.toEqual([]);
  });

  it('passes the SARIF multitool validator with the GitHub code scanning rules', async (ctx) => {
    if ('missing' in tool) return ctx.skip(tool.missing);
    expect(multitoolProblems(tool.binary, formatSarif(await mixedReports()))).toEqual([]);
    // And it does flag what GitHub rejects.
    const log = sarif(await mixedReports()) as unknown as { runs: { tool: { driver: { rules: Record<string, unknown>[] } } }[] };
    delete log.runs[0]!.tool.driver.rules[0]!.shortDescription;
    expect(multitoolProblems(tool.binary, JSON.stringify(log)).join('\n')).toMatch(/GH\d+ error: .*shortDescription/);
  }, 120_000);

  it('describes the tool and every rule of the registry, with its doc as help', () => {
    const log = sarif([]);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    const driver = log.runs[0].tool.driver;
    expect(driver).toMatchObject({ name: 'hardenfile', semanticVersion: packageVersion(), informationUri: 'https://github.com/hardenfile/hardenfile' });
    expect(driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const [i, r] of driver.rules.entries()) {
      const meta = RULES[i]!.meta;
      expect(r.shortDescription.text).toBe(meta.description);
      expect(r.helpUri).toBe(`https://github.com/hardenfile/hardenfile/blob/main/rules/${r.id}.md`);
      expect(r.name).toMatch(/^[A-Z][A-Za-z0-9]*$/);
      expect(r.properties.tags).toContain('security');
      expect(r.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', info: 'note' }[meta.severity]);
      expect(r.properties['security-severity']).toBe({ error: '8.0', warning: '5.0', info: '2.0' }[meta.severity]);
      expect(r.help.text.length).toBeGreaterThan(0);
      expect(r.help.markdown.length).toBeGreaterThan(0);
    }
    // The docs are read when the log is made, not copied into the code.
    const upstream = driver.rules.find((r) => r.id === UPSTREAM)!;
    const doc = readFileSync(new URL(`../../rules/${UPSTREAM}.md`, import.meta.url), 'utf8');
    expect(upstream.name).toBe('UpstreamPackageSource');
    expect(upstream.help.markdown).toBe(absoluteLinks(doc).trim());
    expect(upstream.help.text).not.toContain('```');
    expect(upstream.fullDescription.text).toMatch(/^Reports an `apk add`/);
  });

  it('maps severities to levels and security severities, keeps rule tags, and falls back without a doc', () => {
    const rules = [rule('a-error', 'error', ['supply-chain']), rule('b-warning', 'warning', ['security']), rule('c-info', 'info')];
    const docs: Record<string, string> = { 'a-error': '# a-error\n\nTitle.\n\n## What it does\n\nReports a thing,\non two lines.\n\n## Why\n\nSee [the other rule](b-warning.md) and [ours](#why).\n' };
    const log = sarif([], { version: '9.9.9', rules, readDoc: (id) => docs[id] ?? null });
    const [a, b, c] = log.runs[0].tool.driver.rules;
    expect([a!.defaultConfiguration.level, b!.defaultConfiguration.level, c!.defaultConfiguration.level]).toEqual(['error', 'warning', 'note']);
    expect([a!.properties['security-severity'], b!.properties['security-severity'], c!.properties['security-severity']]).toEqual(['8.0', '5.0', '2.0']);
    expect(a!.properties.tags).toEqual(['security', 'supply-chain']);
    expect(b!.properties.tags).toEqual(['security']);
    expect(a!.fullDescription.text).toBe('Reports a thing, on two lines.');
    expect(a!.help.markdown).toContain('[the other rule](https://github.com/hardenfile/hardenfile/blob/main/rules/b-warning.md) and [ours](#why)');
    expect(a!.help.text).toContain('the other rule (https://github.com/hardenfile/hardenfile/blob/main/rules/b-warning.md)');
    expect(a!.help.text).not.toMatch(/^#/m);
    expect(c!.fullDescription.text).toBe('The c-info rule.');
    expect(c!.help.markdown).toBe('The c-info rule.\n\nSee [c-info](https://github.com/hardenfile/hardenfile/blob/main/rules/c-info.md).');
    expect(log.runs[0].tool.driver.semanticVersion).toBe('9.9.9');
  });

  it('reports results with rule index, level, repository-relative location and 1-based exclusive region', async () => {
    const file = await lintReport('svc/Dockerfile', APK, 'info');
    const f = file.result.findings[0]!;
    const log = sarif([file]);
    const [result] = log.runs[0].results;
    const rules = log.runs[0].tool.driver.rules;
    expect(result).toMatchObject({ ruleId: UPSTREAM, level: 'note', message: { text: f.message } });
    expect(rules[result!.ruleIndex]!.id).toBe(UPSTREAM);
    expect(result!.locations[0]!.physicalLocation).toEqual({
      artifactLocation: { uri: 'svc/Dockerfile', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 5, endLine: 2, endColumn: 'RUN apk add curl'.length + 1 },
    });
    expect(log.runs[0].columnKind).toBe('utf16CodeUnits');
  });

  it('writes paths as URIs: forward slashes, escaped characters, absolute paths as file URIs', () => {
    const text = 'RUN a\n';
    const paths = ['.\\svc\\Dockerfile', 'my app/Dockerfile#1', '/abs/path/Dockerfile'];
    const log = sarif(paths.map((p) => report(p, text, [finding(text, 'a')])));
    expect(log.runs[0].results.map((r) => r.locations[0]!.physicalLocation.artifactLocation)).toEqual([
      { uri: 'svc/Dockerfile', uriBaseId: '%SRCROOT%' },
      { uri: 'my%20app/Dockerfile%231', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///abs/path/Dockerfile' },
    ]);
  });

  it('ends a range that took its line break on the line before', () => {
    const text = 'FROM a\nRUN apk add x\nRUN b\n';
    const start = text.indexOf('RUN apk');
    const f = finding(text, { start, end: text.indexOf('RUN b') });
    expect(f.end).toEqual({ line: 3, column: 1 });
    expect(sarif([report('Dockerfile', text, [f])]).runs[0].results[0]!.locations[0]!.physicalLocation.region).toEqual({ startLine: 2, startColumn: 1, endLine: 2, endColumn: 14 });
  });

  it('has line-hash fingerprints that survive moved lines and count identical lines', async () => {
    const hashes = async (text: string) => sarif([await lintReport('Dockerfile', text)]).runs[0].results.map((r) => r.partialFingerprints.primaryLocationLineHash);
    const once = await hashes(APK);
    expect(once[0]).toMatch(/^[0-9a-f]{16}:1$/);
    expect(await hashes(APK)).toEqual(once);
    expect(await hashes(`# a comment\n\n${APK}`)).toEqual(once);
    expect(await hashes('FROM alpine:3.23\nRUN  apk add   curl\n')).toEqual(once);
    const twice = await hashes('FROM alpine:3.23\nRUN apk add curl\nRUN apk add curl\n');
    expect(twice).toEqual([once[0], once[0]!.replace(/:1$/, ':2')]);
    expect(await hashes('FROM alpine:3.23\nRUN apk add git\n')).not.toEqual(once);
  });

  it('hashes the redacted line: two secret values give one fingerprint', async () => {
    const line = (token: string) => `FROM alpine:3.23\nRUN TOKEN=${token} apk add curl\n`;
    const a = sarif([await lintReport('Dockerfile', line('dckr_pat_AbCdEfGhIjKlMnOpQrStUv'))]);
    const b = sarif([await lintReport('Dockerfile', line('dckr_pat_ZyXwVuTsRqPoNmLkJiHgFe'))]);
    expect(a.runs[0].results[0]!.partialFingerprints).toEqual(b.runs[0].results[0]!.partialFingerprints);
  });

  it('turns fixes into replacements that rebuild the fixed text', async () => {
    const file = await lintReport('Dockerfile', APK);
    const fix = file.result.findings[0]!.fix!;
    expect(fix).toBeDefined();
    const [sarifFix] = sarif([file]).runs[0].results[0]!.fixes!;
    expect(sarifFix!.description.text).toBe(fix.title);
    expect(sarifFix!.properties.safety).toBe(fix.safety);
    const change = sarifFix!.artifactChanges[0]!;
    expect(change.artifactLocation).toEqual({ uri: 'Dockerfile', uriBaseId: '%SRCROOT%' });
    const edits = change.replacements.map((r) => ({ start: r.deletedRegion.charOffset, end: r.deletedRegion.charOffset + r.deletedRegion.charLength, text: r.insertedContent.text }));
    expect(applyEdits(APK, edits)).toBe(applyEdits(APK, fix.edits));
  });

  it('leaves out a fix whose inserted text had to be redacted', () => {
    const token = 'dckr_pat_AbCdEfGhIjKlMnOpQrStUv';
    const text = `ARG TOKEN=${token}\n`;
    const fix = { title: 'Move it', safety: 'unsafe' as const, edits: [{ start: 0, end: 3, text: `# ${token}` }] };
    const [result] = sarif([report('Dockerfile', text, [finding(text, token, { fix })])]).runs[0].results;
    expect(result!.fixes).toBeUndefined();
  });

  it('lists files that could not be linted as tool execution notifications', async () => {
    const log = sarif(await mixedReports());
    expect(log.runs[0].invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'huge.Dockerfile: file is 2000000 bytes, over the size cap of 1048576 bytes (--max-size)' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'huge.Dockerfile', uriBaseId: '%SRCROOT%' } } }],
          },
        ],
      },
    ]);
    expect(sarif([await lintReport('Dockerfile', APK)]).runs[0].invocations[0].executionSuccessful).toBe(true);
  });

  it('gives a finding of a rule outside the registry its own descriptor', () => {
    const text = 'RUN a\n';
    const log = sarif([report('Dockerfile', text, [finding(text, 'a', { ruleId: 'plugin-rule' })])]);
    const [result] = log.runs[0].results;
    expect(log.runs[0].tool.driver.rules[result!.ruleIndex]!.id).toBe('plugin-rule');
    expect(log.runs[0].tool.driver.rules).toHaveLength(RULES.length + 1);
  });
});
