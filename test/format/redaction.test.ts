/** Every format, present and future, keeps secrets out of its output. */
import { describe, expect, it } from 'vitest';
import { FORMAT_NAMES, loadFormatter } from '../../src/format/index.js';
import type { FileReport } from '../../src/format/types.js';
import { finding } from './helpers.js';
import { lintReport } from './lint-report.js';

const TOKEN = 'dckr_pat_AbCdEfGhIjKlMnOpQrStUv';
// Distinctive values: rule docs, printed by some formats, may well mention `user:pass`.
const BASIC = 'basic:hfrealm:hfuser:Sup3rS3cretPass';
const TEXT = `FROM alpine:3.23\nRUN TOKEN=${TOKEN} HTTP_AUTH=${BASIC} apk add curl\n`;
const HIDDEN = ['AbCdEfGhIjKlMnOpQrStUv', 'hfrealm:hfuser', 'Sup3rS3cretPass'];

async function reports(): Promise<FileReport[]> {
  const real = await lintReport('Dockerfile', TEXT);
  // A careless rule: the secret in its message, its fix title and its fix text.
  const careless = await lintReport('careless/Dockerfile', TEXT);
  const at = TEXT.indexOf('RUN');
  careless.result.findings.push(
    finding(TEXT, TOKEN, {
      message: `Token ${TOKEN} and ${BASIC} in RUN`,
      fix: { title: `Remove ${TOKEN}`, safety: 'unsafe', edits: [{ start: at, end: at + 3, text: `RUN --mount=type=secret,id=t # ${TOKEN} ${BASIC}` }] },
    }),
  );
  const failed: FileReport = { path: 'failed/Dockerfile', text: TEXT, result: { findings: [], secretSpans: real.result.secretSpans, error: `cannot lint ${TOKEN} ${BASIC}` } };
  return [real, careless, failed];
}

describe('redaction in every format', () => {
  it('the engine found the finding on the secret line and the secret spans', async () => {
    const real = await lintReport('Dockerfile', TEXT);
    expect(real.result.findings.map((f) => f.start.line)).toEqual([2]);
    expect(real.result.secretSpans.length).toBeGreaterThan(0);
  });

  it.each(FORMAT_NAMES)('%s never prints a secret', async (name) => {
    const format = await loadFormatter(name);
    for (const color of [false, true]) {
      const out = format(await reports(), { color });
      expect(out.length).toBeGreaterThan(0);
      for (const secret of HIDDEN) expect(out, `${name} prints ${secret}`).not.toContain(secret);
    }
  });
});

describe('fix edits that hold a secret', () => {
  const text = `FROM alpine:3.23\nRUN TOKEN=${TOKEN} apk add curl\n`;
  async function withFix(edit: string): Promise<FileReport> {
    const real = await lintReport('Dockerfile', text);
    const at = text.indexOf('RUN');
    real.result.findings = [finding(text, 'RUN', { fix: { title: 'Move it', safety: 'safe', edits: [{ start: at, end: at + 3, text: edit }] } })];
    return real;
  }

  it('json shows them masked and marks the fix and the edit redacted; a clean fix has no mark', async () => {
    const json = JSON.parse((await loadFormatter('json'))([await withFix(`RUN # ${TOKEN}`), { ...(await withFix('RUN')), path: 'clean/Dockerfile' }], { color: false }));
    const [secret, clean] = json.files.map((f: { findings: { fix: unknown }[] }) => f.findings[0]!.fix);
    expect(secret).toMatchObject({ redacted: true, edits: [{ text: 'RUN # ****', redacted: true }] });
    expect(clean).not.toHaveProperty('redacted');
    expect(clean.edits[0]).not.toHaveProperty('redacted');
  });

  it('sarif leaves the fix out and says why; a clean fix stays', async () => {
    const log = JSON.parse((await loadFormatter('sarif'))([await withFix(`RUN # ${TOKEN}`), { ...(await withFix('RUN')), path: 'clean/Dockerfile' }], { color: false }));
    const [secret, clean] = log.runs[0].results;
    expect(secret.fixes).toBeUndefined();
    expect(secret.properties.fixWithheld).toContain('holds a secret');
    expect(clean.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('RUN');
  });
});

describe('machine formats keep the data and make the bytes safe to print', () => {
  it.each(['json', 'sarif', 'gitlab', 'checkstyle', 'junit'])('%s escapes C1 and bidirectional controls', async (name) => {
    const text = 'FROM alpine:3.23\nRUN apk add curl\n';
    const real = await lintReport('Dockerfile', text);
    real.result.findings = [finding(text, 'apk add curl', { message: 'a \u202e b \u009b c' })];
    const out = (await loadFormatter(name))([real], { color: false });
    expect(out).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
    if (name === 'json') expect(JSON.parse(out).files[0].findings[0].message).toBe('a \u202e b \u009b c');
  });
});
