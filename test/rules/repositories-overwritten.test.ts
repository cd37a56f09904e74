import rule from '../../rules/repositories-overwritten.js';
import { df, runRuleTests } from '../rule-tester.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const MAIN = 'https://dhi.io/apk/alpine/v3.23/main';
const SEC = 'https://dhi.io/apk/alpine/v3.23/security';
const SETUP = [`RUN cd /etc/apk/keys && wget https://dhi.io/keyring/${KEY}`, `RUN echo "${MAIN}" > /etc/apk/repositories`, 'RUN apk update && apk add dhi-enterprise-conf'];

runRuleTests(rule, {
  valid: [
    { name: 'documented enterprise setup', code: df('FROM alpine:3.23', ...SETUP, 'RUN apk add openssl-fips') },
    { name: 'replaced before the configuration package', code: df('FROM alpine:3.23', `RUN echo "${MAIN}" > /etc/apk/repositories`, `RUN echo "${MAIN}" > /etc/apk/repositories`, 'RUN apk add dhi-enterprise-conf') },
    { name: 'appended after it', code: df('FROM alpine:3.23', ...SETUP, `RUN echo "${MAIN}" >> /etc/apk/repositories`) },
    { name: 'the replace writes the security repository back', code: df('FROM alpine:3.23', ...SETUP, `RUN printf '%s\\n' ${MAIN} ${SEC} > /etc/apk/repositories`) },
    { name: 'the same RUN appends it back', code: df('FROM alpine:3.23', ...SETUP, `RUN echo "${MAIN}" > /etc/apk/repositories && echo "${SEC}" >> /etc/apk/repositories`) },
    { name: 'content from the build context is unknown', code: df('FROM alpine:3.23', ...SETUP, 'COPY repositories /etc/apk/repositories') },
    { name: 'an in-place edit keeps the other lines', code: df('FROM alpine:3.23', ...SETUP, "RUN sed -i 's/v3.23/v3.23/' /etc/apk/repositories") },
    { name: 'another file', code: df('FROM alpine:3.23', ...SETUP, `RUN echo "${MAIN}" > /etc/apk/repositories.d/extra.list`) },
  ],
  invalid: [
    {
      name: 'the documented step repeated after the configuration package',
      code: df('FROM alpine:3.23', ...SETUP, `RUN echo "${MAIN}" > /etc/apk/repositories`),
      errors: [{ messageId: 'overwritten', line: 5, column: 49, endLine: 5, endColumn: 50, message: `/etc/apk/repositories is replaced here, which drops ${SEC} that dhi-enterprise-conf added on line 4.` }],
      output: df('FROM alpine:3.23', ...SETUP, `RUN echo "${MAIN}" > /etc/apk/repositories && echo "${SEC}" >> /etc/apk/repositories`),
    },
    {
      name: 'no fix when the replace also drops an upstream entry',
      code: df('FROM alpine:3.23', `RUN echo "${MAIN}" >> /etc/apk/repositories`, 'RUN apk add dhi-enterprise-conf', `RUN echo "${MAIN}" > /etc/apk/repositories`),
      errors: [{ messageId: 'overwritten', line: 4, column: 49, message: 'added on line 3' }],
    },
    {
      name: 'tee without -a: the security line is written back after it',
      code: df('FROM alpine:3.23', ...SETUP, `RUN echo "${MAIN}" | tee /etc/apk/repositories`),
      errors: [{ messageId: 'overwritten', line: 5, column: 51, endColumn: 76 }],
      output: df('FROM alpine:3.23', ...SETUP, `RUN echo "${MAIN}" | tee /etc/apk/repositories && echo "${SEC}" >> /etc/apk/repositories`),
    },
    {
      name: 'multi-stage with an ARG-based FROM',
      code: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE} AS base', ...SETUP, 'FROM base', 'ARG ALPINE', 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories'),
      errors: [{ messageId: 'overwritten', line: 8, column: 54, message: 'added on line 5' }],
      output: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE} AS base', ...SETUP, 'FROM base', 'ARG ALPINE', `RUN echo "https://dhi.io/apk/alpine/v\${ALPINE}/main" > /etc/apk/repositories && echo "${SEC}" >> /etc/apk/repositories`),
    },
    {
      name: 'heredoc',
      code: df('FROM alpine:3.23', ...SETUP, 'RUN cat <<EOF > /etc/apk/repositories', MAIN, 'EOF'),
      errors: [{ messageId: 'overwritten', line: 5, column: 15, endColumn: 16 }],
      output: df('FROM alpine:3.23', ...SETUP, `RUN cat <<EOF > /etc/apk/repositories && echo "${SEC}" >> /etc/apk/repositories`, MAIN, 'EOF'),
    },
    {
      name: 'continuation with a comment line, CRLF kept',
      code: ['FROM alpine:3.23', ...SETUP, 'RUN set -e; \\', '# back to main only', `    echo "${MAIN}" > /etc/apk/repositories`, ''].join('\r\n'),
      errors: [{ messageId: 'overwritten', line: 7, column: 49 }],
      output: ['FROM alpine:3.23', ...SETUP, 'RUN set -e; \\', '# back to main only', `    echo "${MAIN}" > /etc/apk/repositories && echo "${SEC}" >> /etc/apk/repositories`, ''].join('\r\n'),
    },
    {
      name: 'COPY heredoc',
      code: df('FROM alpine:3.23', ...SETUP, 'COPY <<EOF /etc/apk/repositories', MAIN, 'EOF'),
      errors: [{ messageId: 'overwritten', line: 5, column: 1 }],
    },
  ],
});
