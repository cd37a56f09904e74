import rule from '../../rules/trust-bypass.js';
import { df, runRuleTests } from '../rule-tester.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const KEY_URL = `https://dhi.io/keyring/${KEY}`;
const GET_KEY = `RUN wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`;
const REPOS = 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories';

runRuleTests(rule, {
  valid: [
    { name: 'documented pattern', code: df('FROM alpine:3.23', GET_KEY, REPOS, 'RUN apk add curl') },
    { name: '-k on a download that is neither key nor repository', code: df('FROM alpine:3.23', 'RUN curl -fsSLk -o /tmp/app.tgz https://example.org/app.tgz') },
    { name: 'other ENV values', code: df('FROM alpine:3.23', 'ENV LANG=C.UTF-8', 'RUN apk add curl') },
    { name: 'apk options that are harmless', code: df('FROM dhi.io/alpine-base:3.23-dev', 'RUN apk add --no-cache -U curl') },
  ],
  invalid: [
    {
      name: '--allow-untrusted with the right key in place',
      code: df('FROM alpine:3.23', GET_KEY, REPOS, 'RUN apk add --allow-untrusted curl'),
      errors: [{ messageId: 'allowUntrusted', line: 4, column: 13, endLine: 4, endColumn: 30 }],
      output: df('FROM alpine:3.23', GET_KEY, REPOS, 'RUN apk add curl'),
    },
    {
      name: '--allow-untrusted without the hardened key: the removal is unsafe',
      code: df('FROM alpine:3.23', REPOS, 'RUN apk add --allow-untrusted curl'),
      errors: [{ messageId: 'allowUntrusted', line: 3, column: 13 }],
      output: null,
    },
    {
      name: '--allow-untrusted for a local .apk (unsafe removal)',
      code: df('FROM dhi.io/alpine-base:3.23-dev', 'COPY tool.apk /tmp/', 'RUN apk add --allow-untrusted /tmp/tool.apk'),
      errors: [{ messageId: 'allowUntrusted', line: 3, column: 13 }],
      unsafe: true,
      output: df('FROM dhi.io/alpine-base:3.23-dev', 'COPY tool.apk /tmp/', 'RUN apk add /tmp/tool.apk'),
    },
    {
      name: '--keys-dir on a DHI dev base',
      code: df('FROM dhi.io/alpine-base:3.23-dev', 'RUN apk add --keys-dir /tmp/keys curl'),
      errors: [{ messageId: 'keysDir', line: 2, column: 13, endColumn: 33, message: '--keys-dir /tmp/keys makes apk trust the keys in /tmp/keys instead of /etc/apk/keys' }],
      output: df('FROM dhi.io/alpine-base:3.23-dev', 'RUN apk add curl'),
    },
    {
      name: 'allow-untrusted in /etc/apk/config has no fix',
      code: df('FROM alpine:3.23', 'RUN echo allow-untrusted >> /etc/apk/config', 'RUN apk add curl'),
      errors: [{ messageId: 'configAllowUntrusted', line: 2, column: 10, endColumn: 25 }],
    },
    {
      name: 'SSL_NO_VERIFY_HOSTNAME as a prefix of apk',
      code: df('FROM alpine:3.23', GET_KEY, REPOS, 'RUN SSL_NO_VERIFY_HOSTNAME=1 apk add curl'),
      errors: [{ messageId: 'noVerifyHostname', line: 4, column: 5, endColumn: 29, message: 'on this apk command' }],
      output: df('FROM alpine:3.23', GET_KEY, REPOS, 'RUN apk add curl'),
    },
    {
      name: 'ENV SSL_NO_VERIFY_HOSTNAME on its own (unsafe removal), CRLF kept',
      code: 'FROM alpine:3.23\r\nENV SSL_NO_VERIFY_HOSTNAME=1\r\nRUN apk add curl\r\n',
      errors: [{ messageId: 'noVerifyHostname', line: 2, column: 5, message: 'ENV, for every later RUN' }],
      unsafe: true,
      output: 'FROM alpine:3.23\r\nRUN apk add curl\r\n',
    },
    {
      name: 'ENV with other variables and an export are left alone',
      code: df('FROM alpine:3.23', 'ENV LANG=C.UTF-8 SSL_NO_VERIFY_HOSTNAME=1', 'RUN export SSL_NO_VERIFY_HOSTNAME=1 && apk add curl'),
      errors: [
        { messageId: 'noVerifyHostname', line: 2, column: 18 },
        { messageId: 'noVerifyHostname', line: 3, column: 12, message: 'exported in the RUN' },
      ],
      unsafe: true,
      output: null,
    },
    {
      name: 'curl -k in a cluster fetching the key',
      code: df('FROM alpine:3.23', `RUN curl -fsSLk -o /etc/apk/keys/${KEY} ${KEY_URL}`),
      errors: [{ messageId: 'insecureDownload', line: 2, column: 10, endColumn: 16, message: `-fsSLk turns off TLS certificate checks while downloading the signing key ${KEY_URL}` }],
      output: df('FROM alpine:3.23', `RUN curl -fsSL -o /etc/apk/keys/${KEY} ${KEY_URL}`),
    },
    {
      name: 'multi-stage, ARG-based FROM, continuation with a comment line',
      code: df(
        'ARG ALPINE=3.23',
        'FROM alpine:${ALPINE} AS base',
        `RUN wget --no-check-certificate -q -O /tmp/k.pub \\`,
        '# keyring',
        `    ${KEY_URL} && mv /tmp/k.pub /etc/apk/keys/${KEY}`,
        'FROM base',
        'RUN curl --insecure -fsSL https://dhi.io/apk/alpine/v3.23/main/x86_64/APKINDEX.tar.gz -o /tmp/index.tgz',
      ),
      errors: [
        { messageId: 'insecureDownload', line: 3, column: 10, endColumn: 32, message: 'the signing key' },
        { messageId: 'insecureDownload', line: 7, column: 10, endColumn: 20, message: 'repository data from https://dhi.io/' },
      ],
      output: df(
        'ARG ALPINE=3.23',
        'FROM alpine:${ALPINE} AS base',
        `RUN wget -q -O /tmp/k.pub \\`,
        '# keyring',
        `    ${KEY_URL} && mv /tmp/k.pub /etc/apk/keys/${KEY}`,
        'FROM base',
        'RUN curl -fsSL https://dhi.io/apk/alpine/v3.23/main/x86_64/APKINDEX.tar.gz -o /tmp/index.tgz',
      ),
    },
    {
      name: 'heredoc RUN',
      code: df('FROM dhi.io/alpine-base:3.23-dev', 'RUN <<EOF', 'apk update', 'apk add --allow-untrusted curl', 'EOF'),
      errors: [{ messageId: 'allowUntrusted', line: 4, column: 9 }],
      output: df('FROM dhi.io/alpine-base:3.23-dev', 'RUN <<EOF', 'apk update', 'apk add curl', 'EOF'),
    },
  ],
});
