import { describe, expect, it } from 'vitest';
import { lineKeys, sha256 } from '../../src/format/fingerprint.js';
import { finding, report } from './helpers.js';

describe('line keys', () => {
  it('hash the rule and the collapsed line; findings sharing a line and rule are counted, not rehashed apart', () => {
    const text = 'FROM alpine\nRUN   apk add a && apk add b\nRUN apk add a && apk add b\n';
    const second = text.indexOf('RUN apk');
    const findings = [
      finding(text, 'apk add a'),
      finding(text, 'apk add b'),
      finding(text, 'apk add a', { ruleId: 'apk-no-cache' }),
      finding(text, { start: second + 4, end: second + 13 }),
    ];
    const keys = lineKeys(report('Dockerfile', text, findings));
    const line = sha256('upstream-package-source\nRUN apk add a && apk add b');
    expect(keys).toEqual([
      { hash: line, occurrence: 1 },
      { hash: line, occurrence: 2 },
      { hash: sha256('apk-no-cache\nRUN apk add a && apk add b'), occurrence: 1 },
      // Line 3 has the same collapsed text as line 2: its finding is that text's third of the rule.
      { hash: line, occurrence: 3 },
    ]);
  });

  it('use the message for a finding past the text, each on its own', () => {
    const text = 'FROM a\n';
    const f = finding(text, 'a');
    const past = { ...f, start: { line: 9, column: 1 }, end: { line: 9, column: 2 } };
    const keys = lineKeys(report('Dockerfile', text, [past, { ...past, message: 'other' }]));
    expect(keys.map((k) => k.hash)).toEqual([sha256('upstream-package-source\nRepository is not a hardened source'), sha256('upstream-package-source\nother')]);
  });
});
