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
