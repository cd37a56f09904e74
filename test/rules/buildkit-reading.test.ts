/**
 * Issue 15, rule by rule: findings that the reader lost or invented while it read a Dockerfile
 * unlike BuildKit (dockerfile frontend 1.16+). Each row would fail with the old reading.
 */
import { describe, expect, it } from 'vitest';
import authScope from '../../rules/auth-scope.js';
import enterpriseWithoutAuth from '../../rules/enterprise-without-auth.js';
import versionMismatch from '../../rules/repository-version-mismatch.js';
import { lintText } from '../../src/engine/lint.js';
import { makePolicy } from '../../src/policy/index.js';
import { fixText } from '../../src/fix/apply.js';
import type { AnyRule } from '../../src/rule.js';
import { configFor, df, lintWith, type InvalidRow, type ValidRow } from '../rule-tester.js';

/**
 * Rows for a few of a rule's messages (runRuleTests wants all of them): the findings at their
 * positions, and the fix's output, which fixing again does not change and which has no finding.
 */
function runRows(rule: AnyRule, rows: { valid: ValidRow[]; invalid: InvalidRow[] }): void {
  describe(rule.id, () => {
    for (const row of rows.valid) {
      it(row.name!, () => {
        const result = lintWith(rule, row);
        expect(result.error).toBeUndefined();
        expect(result.findings.map((f) => `${f.start.line}:${f.start.column} ${f.message}`)).toEqual([]);
      });
    }
    for (const row of rows.invalid) {
      it(row.name!, () => {
        const result = lintWith(rule, row);
        expect(result.error).toBeUndefined();
        expect(result.findings.map((f) => ({ messageId: f.messageId, line: f.start.line, column: f.start.column }))).toEqual(row.errors);
        const options = { config: configFor(row, rule), rules: [rule], unsafe: row.unsafe ?? false };
        const fixed = fixText(row.code, options);
        expect(fixed.problem).toBeUndefined();
        expect(fixed.output).toBe(row.output === null ? row.code : row.output);
        expect(fixText(fixed.output, options).output).toBe(fixed.output);
        if (row.output !== null) expect(lintWith(rule, { ...row, code: fixed.output }).findings).toEqual([]);
      });
    }
  });
}

const V324 = 'https://dhi.io/apk/alpine/v3.24/main';
const V323 = 'https://dhi.io/apk/alpine/v3.23/main';
const AUTH = 'HTTP_AUTH="$(cat /run/secrets/http_auth)" apk update';
const APT_SEC = 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb-sec.asc] https://dhi.io/deb/debian/security trixie main" > /etc/apt/sources.list.d/dhi-sec.list';

runRows(versionMismatch, {
  valid: [],
  invalid: [
    {
      name: '1. `cat << EOF > /etc/apk/repositories`: the body is a heredoc, its repository is read',
      code: df('FROM alpine:3.23', 'RUN cat << EOF > /etc/apk/repositories', V324, 'EOF'),
      errors: [{ messageId: 'mismatch', line: 3, column: 27 }],
      output: df('FROM alpine:3.23', 'RUN cat << EOF > /etc/apk/repositories', V323, 'EOF'),
    },
    {
      name: '4. a JSON array followed by `&&` is shell form',
      code: df('FROM alpine:3.23', `RUN ["sh","-c","true"] && echo "${V324}" > /etc/apk/repositories`),
      errors: [{ messageId: 'mismatch', line: 2, column: 59 }],
      output: df('FROM alpine:3.23', `RUN ["sh","-c","true"] && echo "${V323}" > /etc/apk/repositories`),
    },
    {
      name: '5. `RUN --` runs the command after it',
      code: df('FROM alpine:3.23', `RUN -- echo "${V324}" > /etc/apk/repositories`),
      errors: [{ messageId: 'mismatch', line: 2, column: 40 }],
      output: df('FROM alpine:3.23', `RUN -- echo "${V323}" > /etc/apk/repositories`),
    },
    {
      name: '6. a continuation line holding only a no-break space does not end the RUN',
      code: df('FROM alpine:3.23', 'RUN apk update && \\', '\u00a0', `    echo "${V324}" > /etc/apk/repositories`),
      errors: [{ messageId: 'mismatch', line: 4, column: 37 }],
      output: df('FROM alpine:3.23', 'RUN apk update && \\', '\u00a0', `    echo "${V323}" > /etc/apk/repositories`),
    },
    {
      name: '6. `\\v` after the keyword is a blank',
      code: df('FROM alpine:3.23', `RUN\vecho "${V324}" > /etc/apk/repositories`),
      errors: [{ messageId: 'mismatch', line: 2, column: 37 }],
      output: df('FROM alpine:3.23', `RUN\vecho "${V323}" > /etc/apk/repositories`),
    },
    {
      name: '8. `COPY <<E"O"F` is a heredoc source, its body read literally',
      code: df('FROM alpine:3.23', 'COPY <<E"O"F /etc/apk/repositories', V324, 'EOF'),
      errors: [{ messageId: 'mismatch', line: 3, column: 27 }],
      output: df('FROM alpine:3.23', 'COPY <<E"O"F /etc/apk/repositories', V323, 'EOF'),
    },
    {
      name: '9. a keyword split by a continuation is RUN',
      code: df('FROM alpine:3.23', 'R\\', `UN echo "${V324}" > /etc/apk/repositories`),
      errors: [{ messageId: 'mismatch', line: 3, column: 36 }],
      output: df('FROM alpine:3.23', 'R\\', `UN echo "${V323}" > /etc/apk/repositories`),
    },
    {
      name: '10. `RUN <<"E OF"` is a heredoc named `E OF`',
      code: df('FROM alpine:3.23', 'RUN <<"E OF"', `echo "${V324}" > /etc/apk/repositories`, 'E OF'),
      errors: [{ messageId: 'mismatch', line: 3, column: 33 }],
      output: df('FROM alpine:3.23', 'RUN <<"E OF"', `echo "${V323}" > /etc/apk/repositories`, 'E OF'),
    },
  ],
});

runRows(authScope, {
  valid: [
    { name: '2. a mount continued on an unindented line is one mount with its id', code: df('FROM alpine:3.23', 'RUN --mount=type=secret,\\', `id=http_auth ${AUTH}`) },
    { name: '3. a quoted --mount value is a mount', code: df('FROM alpine:3.23', `RUN --mount="type=secret,id=http_auth" ${AUTH}`) },
    { name: '12. mount option keys are case-insensitive', code: df('FROM alpine:3.23', `RUN --mount=Type=Secret,ID=http_auth ${AUTH}`) },
  ],
  invalid: [],
});

runRows(enterpriseWithoutAuth, {
  valid: [],
  invalid: [
    {
      name: '3. the fix completes a quoted mount inside its quotes, and adds no second mount',
      unsafe: true,
      code: df('FROM debian:trixie', APT_SEC, 'RUN --mount="type=secret,id=netrc" apt-get update && apt-get install -y openssl'),
      errors: [{ messageId: 'aptNoAuth', line: 3, column: 36 }],
      output: df('FROM debian:trixie', APT_SEC, 'RUN --mount="type=secret,id=netrc,target=/etc/apt/auth.conf.d/dhi.conf,mode=0600" apt-get update && apt-get install -y openssl'),
    },
  ],
});

describe('11. the line limit is 64 KiB of bytes per physical line', () => {
  const lint = (text: string) => lintText(text, { config: { rules: {}, policy: makePolicy(), buildArgs: {} } });

  it('lints a 100 KB RUN made of continued lines', () => {
    const lines = Array.from({ length: 2_000 }, () => ` && echo ${'b'.repeat(40)} \\\n`).join('');
    const result = lint(`FROM alpine:3.23\nRUN true${lines}  && echo "${V324}" > /etc/apk/repositories\n`);
    expect(result.error).toBeUndefined();
    expect(result.findings.map((f) => f.ruleId)).toContain('repository-version-mismatch');
  });

  it('refuses a 75 KB line of CJK text, which is 25,000 UTF-16 units', () => {
    expect(lint(`FROM alpine:3.23\nLABEL note="${'漢'.repeat(25_000)}"\n`).error).toMatch(/^line 2 is longer than 65535 bytes/);
    expect(lint(`FROM alpine:3.23\nLABEL note="${'漢'.repeat(21_000)}"\n`).error).toBeUndefined();
  });

  it('counts the bytes up to the limit exactly', () => {
    // `# `, then a's, then `é` (2 bytes): n bytes in all.
    const at = (n: number) => lint(`FROM alpine:3.23\n# ${'a'.repeat(n - 4)}é\n`).error;
    expect(at(65_535)).toBeUndefined();
    expect(at(65_536)).toMatch(/^line 2 /);
  });
});
