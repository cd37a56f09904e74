import { describe, expect, it } from 'vitest';
import rule from '../../rules/value-too-large.js';
import { lintText, MAX_MESSAGE_VALUE } from '../../src/engine/lint.js';
import { FORMAT_NAMES, loadFormatter } from '../../src/format/index.js';
import { buildModel } from '../../src/model/build.js';
import { MAX_VALUE_LENGTH } from '../../src/model/vars.js';
import { makePolicy } from '../../src/policy/index.js';
import { df, runRuleTests } from '../rule-tester.js';

/** `KW A=xxxxxxxx` then `times` lines of `KW A=$A$A`: 8 × 2^times characters. */
const doubled = (kw: string, times: number) => [`${kw} A=xxxxxxxx`, ...Array.from({ length: times }, () => `${kw} A=$A$A`)];
/** The shapes: `A="$A$A"` doubled in a RUN, or `A=$A$A` in ARG/ENV lines, then `apk add "$A"`. */
function doubling(times: number, where: 'RUN' | 'ARG' | 'ENV' = 'RUN'): string {
  if (where === 'RUN') return df('FROM alpine:3.21', `RUN A=xxxxxxxx; ${'A="$A$A"; '.repeat(times)}apk add "$A"`);
  return df('FROM alpine:3.21', ...doubled(where, times), 'RUN apk add "$A"');
}

/** Line 2 + 13 is the first `A=$A$A` over 64 KiB (8 × 2^14 > 65,536). */
const OVER = 2 + 14;

runRuleTests(rule, {
  valid: [
    { name: 'a doubling that stays under the cap', code: df('FROM alpine:3.23', ...doubled('ARG', 13), 'RUN echo "$A"') },
    { name: 'a shell doubling that stays under the cap', code: df('FROM alpine:3.23', `RUN A=xxxxxxxx; ${'A="$A$A"; '.repeat(13)}echo "$A"`) },
    { name: 'an unknown value is no large one', code: df('FROM alpine:3.23', 'ARG A', ...doubled('ARG', 30).slice(1), 'RUN echo "$A"') },
  ],
  invalid: [
    {
      name: 'ARG doubled past the cap: reported once, where it became too large',
      code: df('FROM alpine:3.23', ...doubled('ARG', 24), 'RUN echo "$A"'),
      errors: [{ messageId: 'variable', line: OVER, column: 7, endColumn: 11, message: `A is too large to expand (over ${MAX_VALUE_LENGTH} characters)` }],
    },
    {
      name: 'ENV doubled past the cap',
      code: df('FROM alpine:3.23', ...doubled('ENV', 24), 'RUN echo "$A"'),
      errors: [{ messageId: 'variable', line: OVER, column: 7, message: 'A is too large to expand' }],
    },
    {
      name: 'global ARGs doubled and used in FROM',
      code: df(...doubled('ARG', 15), 'FROM alpine:$A', 'RUN apk add curl'),
      errors: [{ messageId: 'variable', line: 15, column: 7, message: 'A is too large' }],
    },
    {
      name: 'a FROM that joins two values under the cap into one over it names the longer',
      code: df('ARG B=x', ...doubled('ARG', 13), 'FROM alpine:$B$A$A', 'RUN apk add curl'),
      errors: [{ messageId: 'variable', line: 16, column: 6, message: 'A is too large' }],
    },
    {
      name: 'shell assignments doubled in one RUN (the issue\'s 342-byte file)',
      code: doubling(22),
      errors: [{ messageId: 'variable', line: 2, column: 18 + 10 * 13 + 1, message: 'A is too large' }],
    },
    {
      name: 'a RUN word of one value repeated, an unquoted heredoc line, a COPY heredoc line',
      code: df(
        'FROM alpine:3.23',
        ...doubled('ENV', 13),
        'RUN echo "$A$A" > /etc/apk/repositories',
        'RUN cat <<EOF > /etc/apk/repositories',
        'https://x.example/$A/$A',
        'EOF',
        'COPY <<EOF /etc/apk/repositories',
        'https://x.example/$A$A',
        'EOF',
        'WORKDIR /$A$A',
        'LABEL big=$A$A',
      ),
      errors: [
        { messageId: 'variable', line: 16, column: 10, message: 'A is too large' },
        { messageId: 'variable', line: 18, column: 1 },
        { messageId: 'variable', line: 21, column: 1 },
        { messageId: 'variable', line: 23, column: 9 },
        { messageId: 'variable', line: 24, column: 11, message: 'big is too large' },
      ],
    },
    {
      name: '${V:-${V:-…}} nested past the expander in ARG and FROM: unknown, and said so',
      code: df(`ARG A=${'${V:-'.repeat(70)}x${'}'.repeat(70)}`, `FROM alpine:${'${V:-'.repeat(70)}3.23${'}'.repeat(70)}`, `ARG B=${'${V:-'.repeat(60)}x${'}'.repeat(60)}`),
      errors: [
        { messageId: 'nested', line: 1, column: 7, message: 'deeper than 64 levels' },
        { messageId: 'nested', line: 2, column: 6 },
      ],
    },
    {
      name: 'a literal value longer than the cap in a continued RUN names no variable it does not have',
      code: df('FROM alpine:3.23', `RUN echo ${'x'.repeat(40000)}\\`, `${'y'.repeat(40000)}$A`),
      errors: [{ messageId: 'value', line: 2, column: 5 }], // the word crosses the continuation: the command's range
    },
  ],
});

describe('value-too-large: what the cap bounds', () => {
  const config = { rules: {}, policy: makePolicy(), buildArgs: {} };

  it('a capped value is unknown in the model: FROM is a variable base, the repository URL is not expanded', () => {
    const code = df(...doubled('ARG', 24), 'FROM alpine:$A', 'RUN echo "http://x.example/$A" > /etc/apk/repositories && apk add curl');
    const build = buildModel(code, { buildArgs: {}, policy: makePolicy() });
    expect(build.stages[0]!.releaseUnknownReason).toBe('variable');
    expect(build.limits.map((l) => [l.kind, build.lines.position(l.span.start).line])).toEqual([['too-large', 15]]);
    const facts = JSON.stringify(build.stages[0]!.facts);
    expect(facts.length).toBeLessThan(20_000);
  });

  it('a --build-arg value over the cap is reported where it is used, not expanded', () => {
    const code = df('ARG BIG', 'FROM alpine:3.23', 'ARG BIG', 'RUN echo "$BIG$BIG"');
    const result = lintText(code, { config: { ...config, buildArgs: { BIG: 'b'.repeat(MAX_VALUE_LENGTH / 2 + 1) } }, rules: [rule] });
    expect(result.findings.map((f) => [f.start.line, f.message.slice(0, 30)])).toEqual([[4, 'BIG is too large to expand (ov']]);
  });

  it('a value under the cap quoted by many findings: each message quotes at most MAX_MESSAGE_VALUE of it', () => {
    const writes = Array.from({ length: 300 }, (_, i) => `RUN echo "http://x${i}.example/$A" >> /etc/apk/repositories`);
    const code = df('FROM alpine:3.21', ...doubled('ENV', 12), ...writes, 'RUN apk add curl');
    const result = lintText(code, { config });
    const quoting = result.findings.filter((f) => f.message.includes('xxxxxxxx'));
    expect(quoting.length).toBeGreaterThanOrEqual(300);
    for (const f of quoting) {
      expect(f.message).toMatch(/x{1000,}… \(\d{5} characters\)/);
      expect(f.message.length).toBeLessThan(MAX_MESSAGE_VALUE + 400);
    }
    expect(result.findings.every((f) => !f.message.includes('x'.repeat(MAX_MESSAGE_VALUE + 1)))).toBe(true);
  });

  it('every output format shows the finding, and no output holds the doubled value', async () => {
    const code = doubling(24, 'ENV').replace('RUN apk add "$A"', 'RUN echo "https://x.example/$A$A" > /etc/apk/repositories && apk add "$A$A"');
    const result = lintText(code, { config });
    expect(result.findings.filter((f) => f.ruleId === 'value-too-large')).toHaveLength(1);
    for (const name of FORMAT_NAMES) {
      const out = (await loadFormatter(name))([{ path: 'Dockerfile', text: code, result }], { color: false });
      expect(out, name).toContain('value-too-large');
      expect(out.length, name).toBeLessThan(4 * MAX_VALUE_LENGTH);
    }
  });
});
