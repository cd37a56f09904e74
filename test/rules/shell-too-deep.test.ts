import { describe, expect, it } from 'vitest';
import rule from '../../rules/shell-too-deep.js';
import { lintText } from '../../src/engine/lint.js';
import { MAX_SHELL_DEPTH } from '../../src/parse/shell.js';
import { makePolicy } from '../../src/policy/index.js';
import { df, runRuleTests } from '../rule-tester.js';

const sub = (n: number, inner: string) => `${'( '.repeat(n)}${inner}${' )'.repeat(n)}`;
const subst = (n: number, inner: string) => `${'echo $('.repeat(n)}${inner}${')'.repeat(n)}`;

runRuleTests(rule, {
  valid: [
    { name: 'nesting the reader follows', code: df('FROM alpine:3.23', `RUN ${sub(MAX_SHELL_DEPTH - 1, 'apk add curl')}`) },
    { name: 'exec form is JSON, not shell: no depth', code: df('FROM alpine:3.23', `RUN ${'['.repeat(5000)}"apk"${']'.repeat(5000)}`) },
  ],
  invalid: [
    {
      name: '500 subshells: an error where the reader stopped, not a clean result',
      code: df('FROM alpine:3.23', `RUN ${sub(500, 'apk add curl')}`),
      errors: [{ messageId: 'tooDeep', line: 2, column: 5 + 2 * MAX_SHELL_DEPTH, message: `Shell nested deeper than ${MAX_SHELL_DEPTH} levels` }],
    },
    {
      name: "the issue's `((((…apk add curl…))))` 500 deep: not arithmetic, 500 subshells",
      code: df('FROM alpine:3.23', `RUN ${'('.repeat(500)}apk add curl${')'.repeat(500)}`),
      errors: [{ messageId: 'tooDeep', line: 2, column: 5 + MAX_SHELL_DEPTH }],
    },
    {
      name: '250 command substitutions (each is two levels: the command and its substitution)',
      code: df('FROM alpine:3.23', `RUN ${subst(250, 'true')}; apk add curl`),
      errors: [{ messageId: 'tooDeep', line: 2, column: 5 + 7 * (MAX_SHELL_DEPTH / 2) }],
    },
    {
      name: 'a child shell nested too deep, in an ONBUILD trigger too',
      code: df('FROM alpine:3.23', `RUN sh -c '${sub(450, 'apk add curl')}'`, `ONBUILD RUN ${sub(450, 'true')}`),
      errors: [
        { messageId: 'tooDeep', line: 2, column: 12 + 2 * MAX_SHELL_DEPTH },
        { messageId: 'tooDeep', line: 3, column: 13 + 2 * MAX_SHELL_DEPTH },
      ],
    },
  ],
});

describe('shell-too-deep: the rest of the file is still linted', () => {
  const config = { rules: {}, policy: makePolicy(), buildArgs: {} };
  const lint = (code: string) => lintText(code, { config }).findings.map((f) => `${f.start.line} ${f.ruleId}`);

  it('commands before the deep part, and other instructions, are checked', () => {
    const code = df('FROM alpine:3.21', `RUN apk add curl && ${sub(500, 'apk add git')}`, 'RUN apk add wget');
    expect(lint(code)).toEqual(['2 upstream-package-source', '2 shell-too-deep', '3 upstream-package-source']);
  });

  it('`((((…apk add curl…))))` the reader follows is read as the subshells sh runs', () => {
    expect(lint(df('FROM alpine:3.21', `RUN ${'('.repeat(300)}apk add curl${')'.repeat(300)}`))).toEqual(['2 upstream-package-source']);
  });

  it('thousands deep ends as the same error, never a stack overflow', () => {
    const code = df('FROM alpine:3.23', `RUN ${subst(5000, 'true')}`, `RUN ${'{ '.repeat(5000)}true${'; }'.repeat(5000)}`);
    expect(lint(code)).toEqual(['2 shell-too-deep', '3 shell-too-deep']);
  });
});
