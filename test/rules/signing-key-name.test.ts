import rule from '../../rules/signing-key-name.js';
import { df, runRuleTests } from '../rule-tester.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const SEC_KEY = 'dhi-apk-sec@docker-0F81AD7700D99184.rsa.pub';
const KEY_URL = `https://dhi.io/keyring/${KEY}`;
const SEC_KEY_URL = `https://dhi.io/keyring/${SEC_KEY}`;
const STALE_URL = 'https://dhi.io/keyring/apk@docker-0F81AD7700D99184.rsa.pub';
const GITHUB_NAME = 'dhi-dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const GITHUB_URL = `https://raw.githubusercontent.com/docker-hardened-images/keyring/main/${GITHUB_NAME}`;

const DEB_KEY_URL = 'https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key';
const DEB_ADD = (path: string) => `ADD --chmod=644 --checksum=sha256:9ccb62e93205ff8905120d8c8053f10372907b4b9a71ed3191f3bc1812c04290 ${DEB_KEY_URL} ${path}`;
const DEB_LIST = (keyring: string | null) => `RUN echo "deb ${keyring ? `[signed-by=${keyring}] ` : ''}https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list`;

runRuleTests(rule, {
  valid: [
    { name: 'apt: dearmored keyring', code: df('FROM debian:trixie', `RUN curl -fsSL ${DEB_KEY_URL} | gpg --dearmor -o /usr/share/keyrings/dhi-deb.gpg`, DEB_LIST('/usr/share/keyrings/dhi-deb.gpg')) },
    { name: 'apt: an armoured key downloaded to a temporary file and dearmored from it', code: df('FROM debian:trixie', `RUN curl -fsSLo /tmp/dhi.key ${DEB_KEY_URL} && gpg --dearmor -o /usr/share/keyrings/dhi-deb.gpg /tmp/dhi.key`, DEB_LIST('/usr/share/keyrings/dhi-deb.gpg')) },
    { name: 'apt: armoured key saved as .asc', code: df('FROM debian:trixie', DEB_ADD('/usr/share/keyrings/dhi-deb.asc'), DEB_LIST('/usr/share/keyrings/dhi-deb.asc')) },
    { name: 'apt: another vendor key with apt-key is not this rule', code: df('FROM debian:trixie', 'RUN curl -fsSL https://packages.example.com/key.asc | apt-key add -') },
    { name: 'remote name in the keys directory', code: df('FROM alpine:3.23', 'RUN cd /etc/apk/keys && \\', `    wget ${KEY_URL}`) },
    { name: 'wget -O with the exact name', code: df('FROM alpine:3.23', `RUN wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`) },
    { name: 'downloaded elsewhere, moved under the exact name', code: df('FROM alpine:3.23', `RUN wget -q -O /tmp/key ${KEY_URL} && mv /tmp/key /etc/apk/keys/${KEY}`) },
    { name: 'downloaded elsewhere, copied under the exact name', code: df('FROM alpine:3.23', `RUN wget -q -O /tmp/key ${KEY_URL} && cp /tmp/key /etc/apk/keys/${KEY}`) },
    { name: 'COPY from the context under the exact name', code: df('FROM alpine:3.23', `COPY ${KEY} /etc/apk/keys/`) },
    { name: 'ADD --checksum into the keys directory', code: df('FROM alpine:3.24', `ADD --checksum=sha256:0003d0ae2bf20db9669f784d6ccd5d52265cb1b73fdb14f5186b348b3308f0cd ${SEC_KEY_URL} /etc/apk/keys/`) },
    { name: 'an unrelated key of your own', code: df('FROM alpine:3.23', 'COPY acme.rsa.pub /etc/apk/keys/', 'RUN wget -O /etc/apk/keys/tools.rsa.pub https://example.com/tools.rsa.pub') },
    {
      name: 'trusted mirror key under its configured name',
      policy: { mirrors: [{ url: 'https://mirror.example.com/dhi/v{release}/main', keyName: 'mirror.rsa.pub', keyUrl: 'https://mirror.example.com/mirror.rsa.pub', keySha256: null, auth: false }] },
      code: df('FROM alpine:3.23', 'RUN wget -P /etc/apk/keys https://mirror.example.com/mirror.rsa.pub'),
    },
  ],
  invalid: [
    {
      name: 'wget -O <key URL> with no URL after it downloads nothing: the fix gives -O the key\'s path',
      code: df('FROM alpine:3.23', 'RUN wget -O https://dhi.io/keyring/dhi-apk@docker-0F81AD7700D99184.rsa.pub', 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add curl'),
      errors: [{ messageId: 'urlAsOutput', line: 2, column: 13, message: '`wget -O https://dhi.io/keyring/dhi-apk@docker-0F81AD7700D99184.rsa.pub` names the file to save' }],
      output: df(
        'FROM alpine:3.23',
        'RUN wget -O /etc/apk/keys/dhi-apk@docker-0F81AD7700D99184.rsa.pub https://dhi.io/keyring/dhi-apk@docker-0F81AD7700D99184.rsa.pub',
        'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories',
        'RUN apk add curl',
      ),
    },
    {
      name: 'wget -O under a short name',
      code: df('FROM alpine:3.23', `RUN wget -O /etc/apk/keys/dhi.pub ${KEY_URL}`),
      errors: [{ messageId: 'wrongName', line: 2, column: 27, endLine: 2, endColumn: 34, message: `saved as dhi.pub, but apk matches index signatures by file name: it must be ${KEY}` }],
      output: df('FROM alpine:3.23', `RUN wget -O /etc/apk/keys/${KEY} ${KEY_URL}`),
    },
    {
      name: 'relative name after cd, quoted',
      code: df('FROM alpine:3.23', `RUN cd /etc/apk/keys && wget -q -O "dhi.rsa.pub" ${KEY_URL}`),
      errors: [{ messageId: 'wrongName', line: 2, column: 37, endColumn: 48 }],
      output: df('FROM alpine:3.23', `RUN cd /etc/apk/keys && wget -q -O "${KEY}" ${KEY_URL}`),
    },
    {
      name: 'the security key under a made-up name',
      code: df('FROM alpine:3.23', `RUN curl -fsSL -o /etc/apk/keys/dhi-sec.rsa.pub ${SEC_KEY_URL}`),
      errors: [{ messageId: 'wrongName', line: 2, column: 33, message: `it must be ${SEC_KEY}` }],
      output: df('FROM alpine:3.23', `RUN curl -fsSL -o /etc/apk/keys/${SEC_KEY} ${SEC_KEY_URL}`),
    },
    {
      name: 'stale keyring URL, name from the URL: the URL is fixed',
      code: df('FROM alpine:3.23', 'RUN cd /etc/apk/keys && \\', `    wget ${STALE_URL}`),
      errors: [{ messageId: 'wrongUrl', line: 3, column: 10, endColumn: 68, message: `fetched from ${STALE_URL}` }],
      output: df('FROM alpine:3.23', 'RUN cd /etc/apk/keys && \\', `    wget ${KEY_URL}`),
    },
    {
      name: 'stale keyring URL ADDed into the directory',
      code: df('FROM alpine:3.23', `ADD ${STALE_URL} /etc/apk/keys/`),
      errors: [{ messageId: 'wrongUrl', line: 2, column: 5 }],
      output: df('FROM alpine:3.23', `ADD ${KEY_URL} /etc/apk/keys/`),
    },
    {
      name: 'stale URL and a wrong name: two one-word fixes',
      code: df('FROM alpine:3.23', `RUN wget -O /etc/apk/keys/dhi.pub ${STALE_URL}`),
      errors: [
        { messageId: 'wrongName', line: 2, column: 27, endColumn: 34 },
        { messageId: 'wrongUrl', line: 2, column: 35, endColumn: 93 },
      ],
      output: df('FROM alpine:3.23', `RUN wget -O /etc/apk/keys/${KEY} ${KEY_URL}`),
    },
    {
      name: 'GitHub file name by remote name: the URL is fixed',
      code: df('FROM alpine:3.24', `RUN wget -P /etc/apk/keys ${GITHUB_URL}`),
      errors: [{ messageId: 'wrongName', line: 2, column: 27, endColumn: 140, message: `saved as ${GITHUB_NAME}` }],
      output: df('FROM alpine:3.24', `RUN wget -P /etc/apk/keys ${KEY_URL}`),
    },
    {
      name: 'GitHub file name COPYed into the directory: the name is appended',
      code: df('FROM alpine:3.24', `COPY ${GITHUB_NAME} /etc/apk/keys/`),
      errors: [{ messageId: 'wrongName', line: 2, column: 50, endColumn: 64 }],
      output: df('FROM alpine:3.24', `COPY ${GITHUB_NAME} /etc/apk/keys/${KEY}`),
    },
    {
      name: 'right file from the context, wrong destination name',
      code: df('FROM alpine:3.24', `COPY ${KEY} /etc/apk/keys/dhi.pub`),
      errors: [{ messageId: 'wrongName', line: 2, column: 60 }],
      output: df('FROM alpine:3.24', `COPY ${KEY} /etc/apk/keys/${KEY}`),
    },
    {
      name: 'saved outside the keys directory and never moved',
      code: df('FROM alpine:3.23', `RUN wget -q -O /tmp/dhi.rsa.pub ${KEY_URL}`),
      errors: [{ messageId: 'outsideKeysDir', line: 2, column: 16, endColumn: 32, message: `saved as /tmp/dhi.rsa.pub, outside /etc/apk/keys` }],
      output: df('FROM alpine:3.23', `RUN wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`),
    },
    {
      name: 'moved into the directory under the download name: reported, no fix',
      code: df('FROM alpine:3.23', `RUN wget -O /tmp/dhi.pub ${KEY_URL} && mv /tmp/dhi.pub /etc/apk/keys/`),
      errors: [{ messageId: 'wrongName', line: 2, column: 108, endColumn: 122, message: 'saved as dhi.pub' }],
    },
    {
      name: 'name from an ARG: reported on the destination, no fix',
      code: df('FROM alpine:3.23', 'ARG KEYFILE=dhi.pub', `RUN wget -O /etc/apk/keys/\${KEYFILE} ${KEY_URL}`),
      errors: [{ messageId: 'wrongName', line: 3, column: 13, endColumn: 37 }],
    },
    {
      name: 'multi-stage with ARG-based FROM, each stage reported',
      code: df('ARG ALPINE=3.24', 'FROM alpine:${ALPINE} AS build', `RUN wget -O /etc/apk/keys/dhi.pub ${KEY_URL}`, 'FROM alpine:3.23', `COPY dhi.rsa.pub /etc/apk/keys/`),
      errors: [
        { messageId: 'wrongName', line: 3, column: 27 },
        { messageId: 'wrongName', line: 5, column: 18 },
      ],
      output: df('ARG ALPINE=3.24', 'FROM alpine:${ALPINE} AS build', `RUN wget -O /etc/apk/keys/${KEY} ${KEY_URL}`, 'FROM alpine:3.23', `COPY dhi.rsa.pub /etc/apk/keys/${KEY}`),
    },
    {
      name: 'heredoc RUN',
      code: df('FROM alpine:3.23', 'RUN <<EOF', 'set -e', `wget -O /etc/apk/keys/dhi.pub ${KEY_URL}`, 'EOF'),
      errors: [{ messageId: 'wrongName', line: 4, column: 23 }],
      output: df('FROM alpine:3.23', 'RUN <<EOF', 'set -e', `wget -O /etc/apk/keys/${KEY} ${KEY_URL}`, 'EOF'),
    },
    {
      name: 'continuation with a comment line',
      code: df('FROM alpine:3.23', 'RUN cd /etc/apk/keys && \\', '# the stale name', `    wget ${STALE_URL} && \\`, '    apk update'),
      errors: [{ messageId: 'wrongUrl', line: 4, column: 10 }],
      output: df('FROM alpine:3.23', 'RUN cd /etc/apk/keys && \\', '# the stale name', `    wget ${KEY_URL} && \\`, '    apk update'),
    },
    {
      name: 'CRLF kept',
      code: `FROM alpine:3.23\r\nRUN wget -O /etc/apk/keys/dhi.pub ${KEY_URL}\r\n`,
      errors: [{ messageId: 'wrongName', line: 2, column: 27, endColumn: 34 }],
      output: `FROM alpine:3.23\r\nRUN wget -O /etc/apk/keys/${KEY} ${KEY_URL}\r\n`,
    },
    {
      name: 'apt: armoured key saved as .gpg: renamed with its signed-by',
      code: df('FROM debian:trixie', DEB_ADD('/usr/share/keyrings/dhi-deb.gpg'), DEB_LIST('/usr/share/keyrings/dhi-deb.gpg')),
      errors: [{ messageId: 'aptArmouredName', line: 2, column: 176, endColumn: 187, message: 'save it as /usr/share/keyrings/dhi-deb.asc' }],
      output: df('FROM debian:trixie', DEB_ADD('/usr/share/keyrings/dhi-deb.asc'), DEB_LIST('/usr/share/keyrings/dhi-deb.asc')),
    },
    {
      name: 'apt: armoured key via curl -o into a deb822 Signed-By, heredoc, multi-stage',
      code: df('FROM debian:trixie AS base', `RUN curl -fsSL -o /etc/apt/keyrings/dhi.key ${DEB_KEY_URL}`, 'FROM base', 'COPY <<EOF /etc/apt/sources.list.d/dhi.sources', 'Types: deb', 'URIs: https://dhi.io/deb/debian/main', 'Suites: trixie', 'Components: main', 'Signed-By: /etc/apt/keyrings/dhi.key', 'EOF'),
      errors: [{ messageId: 'aptArmouredName', line: 2, column: 37, endColumn: 44 }],
      output: df('FROM debian:trixie AS base', `RUN curl -fsSL -o /etc/apt/keyrings/dhi.asc ${DEB_KEY_URL}`, 'FROM base', 'COPY <<EOF /etc/apt/sources.list.d/dhi.sources', 'Types: deb', 'URIs: https://dhi.io/deb/debian/main', 'Suites: trixie', 'Components: main', 'Signed-By: /etc/apt/keyrings/dhi.asc', 'EOF'),
    },
    {
      name: 'apt: apt-key and trusted.gpg.d do not bind the key to the source',
      code: df('FROM debian:trixie', `RUN curl -fsSL ${DEB_KEY_URL} | apt-key add -`, 'COPY dhi-deb.gpg /etc/apt/trusted.gpg.d/'),
      errors: [
        { messageId: 'aptUnbound', line: 2, column: 16, endColumn: 71, message: 'is added with apt-key' },
        { messageId: 'aptUnbound', line: 3, column: 18, message: 'is added with /etc/apt/trusted.gpg.d' },
      ],
    },
  ],
});
