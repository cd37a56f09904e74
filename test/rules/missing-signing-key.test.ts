import rule from '../../rules/missing-signing-key.js';
import { df, runRuleTests } from '../rule-tester.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const SEC_KEY = 'dhi-apk-sec@docker-0F81AD7700D99184.rsa.pub';
const KEY_URL = `https://dhi.io/keyring/${KEY}`;
const SEC_KEY_URL = `https://dhi.io/keyring/${SEC_KEY}`;
const MAIN = 'https://dhi.io/apk/alpine/v3.23/main';
const SECURITY = 'https://dhi.io/apk/alpine/v3.23/security';
const WRITE = `RUN echo "${MAIN}" > /etc/apk/repositories`;
const INSTALL = `RUN wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`;
const INSTALL_SEC = `RUN wget -q -O /etc/apk/keys/${SEC_KEY} ${SEC_KEY_URL}`;
const MIRROR = { url: 'https://mirror.example.com/dhi/v{release}/main', keyName: 'mirror.rsa.pub', keyUrl: null, keySha256: null, auth: false };

const DEB_KEY_URL = 'https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key';
const DEB_ADD = (path: string) => `ADD --chmod=644 --checksum=sha256:9ccb62e93205ff8905120d8c8053f10372907b4b9a71ed3191f3bc1812c04290 ${DEB_KEY_URL} ${path}`;
const DEB_LIST = (keyring: string | null) => `RUN echo "deb ${keyring ? `[signed-by=${keyring}] ` : ''}https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list`;

runRuleTests(rule, {
  valid: [
    { name: "wget -O <key URL> is signing-key-name's finding, fixed there: no second download here", code: df('FROM alpine:3.23', 'RUN wget -O https://dhi.io/keyring/dhi-apk@docker-0F81AD7700D99184.rsa.pub', 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add curl') },
    { name: 'apt: documented pattern', code: df('FROM debian:trixie', `RUN curl -fsSL ${DEB_KEY_URL} | gpg --dearmor -o /usr/share/keyrings/dhi-deb.gpg`, DEB_LIST('/usr/share/keyrings/dhi-deb.gpg'), 'RUN apt-get update') },
    { name: 'apt: DHI dev base', code: df('FROM dhi.io/node:24-dev', 'RUN apt-get update && apt-get install -y git') },
    { name: 'apt: ADD --chmod=0444 of the keyring', code: df('FROM debian:trixie', `ADD --chmod=0444 ${DEB_KEY_URL} /usr/share/keyrings/dhi-deb.asc`, DEB_LIST('/usr/share/keyrings/dhi-deb.asc'), 'RUN apt-get update') },
    {
      name: 'apt: keyring dearmored from a downloaded file (-o, redirect, stdin) or through tee',
      code: df(
        'FROM debian:trixie',
        `RUN curl -fsSLo /tmp/dhi.key ${DEB_KEY_URL} && gpg --dearmor -o /usr/share/keyrings/a.gpg /tmp/dhi.key && gpg --dearmor < /tmp/dhi.key > /usr/share/keyrings/b.gpg && gpg --dearmor /tmp/dhi.key`,
        `RUN curl -fsSL ${DEB_KEY_URL} | gpg --dearmor | tee /usr/share/keyrings/c.gpg > /dev/null`,
        ...['a', 'b', 'c'].map((k) => DEB_LIST(`/usr/share/keyrings/${k}.gpg`).replace('dhi.list', `${k}.list`)),
        DEB_LIST('/tmp/dhi.key.gpg').replace('dhi.list', 'd.list'),
        'RUN apt-get update',
      ),
    },
    {
      name: 'keys copied from another stage or image (COPY --from)',
      code: df(
        'FROM debian:trixie AS keys',
        `RUN curl -fsSL ${DEB_KEY_URL} | gpg --dearmor -o /dhi-deb.gpg`,
        'FROM debian:trixie',
        'COPY --from=keys /dhi-deb.gpg /usr/share/keyrings/dhi-deb.gpg',
        DEB_LIST('/usr/share/keyrings/dhi-deb.gpg'),
        'RUN apt-get update',
        'FROM alpine:3.23',
        `COPY --from=ghcr.io/example/keys:1 /${KEY} /etc/apk/keys/`,
        WRITE,
        'RUN apk add curl',
      ),
    },
    { name: 'apt: keyring copied from the context', code: df('FROM debian:trixie', 'COPY dhi-deb.gpg /usr/share/keyrings/', DEB_LIST('/usr/share/keyrings/dhi-deb.gpg'), 'RUN apt-get update') },
    { name: 'documented order: key, repositories, apk', code: df('FROM alpine:3.23', `RUN cd /etc/apk/keys && \\`, `    wget ${KEY_URL}`, WRITE, 'RUN apk update && \\', '    apk add libpng') },
    { name: 'key COPYed from the build context by name', code: df('FROM alpine:3.23', `COPY ${KEY} /etc/apk/keys/`, WRITE, 'RUN apk add curl') },
    { name: 'key ADDed into the keys directory', code: df('FROM alpine:3.24', `ADD ${KEY_URL} /etc/apk/keys/`, 'RUN apk add -X https://dhi.io/apk/alpine/v3.24/main curl') },
    { name: 'DHI dev base has the key', code: df('FROM dhi.io/golang:1.26-alpine3.23-dev', 'RUN apk add git') },
    {
      name: 'dhi-enterprise-conf installs the -sec key with the security repository',
      code: df('FROM alpine:3.23', INSTALL, WRITE, 'RUN apk add dhi-enterprise-conf && \\', '    apk update && \\', '    apk add openssl'),
    },
    { name: 'upstream repositories need no DHI key', code: df('FROM alpine:3.23', 'RUN apk add curl') },
    { name: 'apk del reads no index', code: df('FROM alpine:3.23', WRITE, 'RUN apk del curl') },
    { name: 'child stage inherits the key of its parent', code: df('FROM alpine:3.23 AS base', INSTALL, WRITE, 'FROM base', 'RUN apk add git') },
    { name: 'key saved under a wrong name is signing-key-name\'s business', code: df('FROM alpine:3.23', `RUN wget -O /etc/apk/keys/dhi.pub ${KEY_URL}`, WRITE, 'RUN apk add curl') },
    { name: 'key from a stale keyring URL is signing-key-name\'s business', code: df('FROM alpine:3.23', 'RUN cd /etc/apk/keys && wget https://dhi.io/keyring/apk@docker-0F81AD7700D99184.rsa.pub', WRITE, 'RUN apk add curl') },
    { name: 'key saved outside the keys directory is signing-key-name\'s business', code: df('FROM alpine:3.23', `RUN wget -O /tmp/dhi.rsa.pub ${KEY_URL}`, WRITE, 'RUN apk add curl') },
    { name: 'heredoc RUN: key first', code: df('FROM alpine:3.23', 'RUN <<EOF', `wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`, `echo "${MAIN}" > /etc/apk/repositories`, 'apk add curl', 'EOF') },
    { name: 'keys from another directory are out of sight', code: df('FROM alpine:3.23', WRITE, 'RUN apk add --keys-dir /opt/keys curl', 'RUN apk --root /sysroot add curl') },
    { name: 'trusted mirror with its key', policy: { mirrors: [MIRROR] }, code: df('FROM alpine:3.23', 'COPY mirror.rsa.pub /etc/apk/keys/', 'RUN echo https://mirror.example.com/dhi/v3.23/main > /etc/apk/repositories && apk add curl') },
  ],
  invalid: [
    {
      name: 'no key at all',
      code: df('FROM alpine:3.23', WRITE, 'RUN apk update && apk add curl'),
      errors: [{ messageId: 'missing', line: 3, column: 5, endLine: 3, endColumn: 15, message: `apk uses ${MAIN}, but its signing key ${KEY} is not in /etc/apk/keys` }],
      output: df('FROM alpine:3.23', WRITE, INSTALL, 'RUN apk update && apk add curl'),
    },
    {
      name: 'key installed later by an instruction of its own: moved up',
      code: df('FROM alpine:3.23', WRITE, 'RUN apk add curl', INSTALL, 'RUN apk add git'),
      errors: [{ messageId: 'installedLater', line: 3, column: 5, endColumn: 17, message: 'is installed only later, on line 4' }],
      output: df('FROM alpine:3.23', WRITE, INSTALL, 'RUN apk add curl', 'RUN apk add git'),
    },
    {
      name: 'key COPYed later: moved up',
      code: df('FROM alpine:3.23', WRITE, 'RUN apk add curl', `COPY ${KEY} /etc/apk/keys/`),
      errors: [{ messageId: 'installedLater', line: 3, column: 5, message: 'on line 4' }],
      output: df('FROM alpine:3.23', WRITE, `COPY ${KEY} /etc/apk/keys/`, 'RUN apk add curl'),
    },
    {
      name: 'key installed later in the same RUN: inserted',
      code: df('FROM alpine:3.23', `RUN echo "${MAIN}" > /etc/apk/repositories && apk add curl && \\`, `    wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`),
      errors: [{ messageId: 'installedLater', line: 2, column: 76, endColumn: 88, message: 'on line 2' }],
      output: df('FROM alpine:3.23', INSTALL, `RUN echo "${MAIN}" > /etc/apk/repositories && apk add curl && \\`, `    wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`),
    },
    {
      name: 'key installed later with an ENV in between: inserted, not moved',
      code: df('FROM alpine:3.23', WRITE, 'RUN apk add curl', 'ENV KEYS=/etc/apk/keys', INSTALL),
      errors: [{ messageId: 'installedLater', line: 3, column: 5, message: 'on line 5' }],
      output: df('FROM alpine:3.23', WRITE, INSTALL, 'RUN apk add curl', 'ENV KEYS=/etc/apk/keys', INSTALL),
    },
    {
      name: 'key installed later together with other work: inserted',
      code: df('FROM alpine:3.23', WRITE, 'RUN apk add curl', `RUN curl -fsSLo /etc/apk/keys/${KEY} ${KEY_URL}`),
      errors: [{ messageId: 'installedLater', line: 3, column: 5 }],
      output: df('FROM alpine:3.23', WRITE, INSTALL, 'RUN apk add curl', `RUN curl -fsSLo /etc/apk/keys/${KEY} ${KEY_URL}`),
    },
    {
      name: '-X repository on the command line',
      code: df('FROM alpine:3.24', 'RUN apk add --no-cache -X https://dhi.io/apk/alpine/v3.24/main curl'),
      errors: [{ messageId: 'missing', line: 2, column: 5, endColumn: 68, message: 'https://dhi.io/apk/alpine/v3.24/main' }],
      output: df('FROM alpine:3.24', INSTALL, 'RUN apk add --no-cache -X https://dhi.io/apk/alpine/v3.24/main curl'),
    },
    {
      name: 'security repository with only the main key',
      code: df('FROM alpine:3.23', INSTALL, `RUN printf '%s\\n' ${MAIN} ${SECURITY} > /etc/apk/repositories`, 'RUN --mount=type=secret,id=http_auth export HTTP_AUTH="$(cat /run/secrets/http_auth)" && apk add curl'),
      errors: [{ messageId: 'missing', line: 4, column: 90, message: `its signing key ${SEC_KEY}` }],
      output: df('FROM alpine:3.23', INSTALL, `RUN printf '%s\\n' ${MAIN} ${SECURITY} > /etc/apk/repositories`, INSTALL_SEC, 'RUN --mount=type=secret,id=http_auth export HTTP_AUTH="$(cat /run/secrets/http_auth)" && apk add curl'),
    },
    {
      name: 'both keys missing: two findings, both fixed',
      code: df('FROM alpine:3.23', `RUN printf '%s\\n' ${MAIN} ${SECURITY} > /etc/apk/repositories`, 'RUN apk update'),
      errors: [
        { messageId: 'missing', line: 3, column: 5, message: KEY },
        { messageId: 'missing', line: 3, column: 5, message: SEC_KEY },
      ],
      output: df('FROM alpine:3.23', `RUN printf '%s\\n' ${MAIN} ${SECURITY} > /etc/apk/repositories`, INSTALL, INSTALL_SEC, 'RUN apk update'),
    },
    {
      name: 'multi-stage: reported in the parent only, the child inherits the fix',
      code: df('FROM alpine:3.23 AS base', WRITE, 'RUN apk add curl', 'FROM base', 'RUN apk add git', 'FROM alpine:3.23', WRITE, 'RUN apk add make'),
      errors: [
        { messageId: 'missing', line: 3, column: 5 },
        { messageId: 'missing', line: 8, column: 5 },
      ],
      output: df('FROM alpine:3.23 AS base', WRITE, INSTALL, 'RUN apk add curl', 'FROM base', 'RUN apk add git', 'FROM alpine:3.23', WRITE, INSTALL, 'RUN apk add make'),
    },
    {
      name: 'ARG-based FROM and URL',
      code: df('ARG ALPINE=3.24', 'FROM alpine:${ALPINE}', 'ARG ALPINE', 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories && apk add curl'),
      errors: [{ messageId: 'missing', line: 4, column: 81, message: 'https://dhi.io/apk/alpine/v3.24/main' }],
      output: df('ARG ALPINE=3.24', 'FROM alpine:${ALPINE}', 'ARG ALPINE', INSTALL, 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories && apk add curl'),
    },
    {
      name: 'heredoc RUN',
      code: df('FROM alpine:3.23', 'RUN <<EOF', `echo "${MAIN}" > /etc/apk/repositories`, 'apk add curl', 'EOF'),
      errors: [{ messageId: 'missing', line: 4, column: 1, endColumn: 13 }],
      output: df('FROM alpine:3.23', INSTALL, 'RUN <<EOF', `echo "${MAIN}" > /etc/apk/repositories`, 'apk add curl', 'EOF'),
    },
    {
      name: 'continuation with a comment line, indented and lower-case',
      code: df('from alpine:3.23', `  run echo "${MAIN}" > /etc/apk/repositories && \\`, '# BuildKit drops this line', '      apk add curl'),
      errors: [{ messageId: 'missing', line: 4, column: 7 }],
      output: df('from alpine:3.23', `  run wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`, `  run echo "${MAIN}" > /etc/apk/repositories && \\`, '# BuildKit drops this line', '      apk add curl'),
    },
    {
      name: 'CRLF kept, moved instruction included',
      code: `FROM alpine:3.23\r\n${WRITE}\r\nRUN apk add curl\r\n${INSTALL}\r\n`,
      errors: [{ messageId: 'installedLater', line: 3, column: 5 }],
      output: `FROM alpine:3.23\r\n${WRITE}\r\n${INSTALL}\r\nRUN apk add curl\r\n`,
    },
    {
      name: 'trusted mirror without a key URL: reported, no fix',
      policy: { mirrors: [MIRROR] },
      code: df('FROM alpine:3.23', 'RUN echo https://mirror.example.com/dhi/v3.23/main > /etc/apk/repositories && apk add curl'),
      errors: [{ messageId: 'missing', line: 2, column: 79, message: 'mirror.rsa.pub' }],
    },
    {
      name: 'apt: signed-by keyring never installed (.asc: ADD it by checksum)',
      code: df('FROM debian:trixie', DEB_LIST('/usr/share/keyrings/dhi-deb.asc'), 'RUN apt-get update && apt-get install -y curl'),
      errors: [{ messageId: 'aptMissing', line: 3, column: 5, endColumn: 19, message: 'its keyring /usr/share/keyrings/dhi-deb.asc (signed-by) does not exist yet' }],
      output: df('FROM debian:trixie', DEB_LIST('/usr/share/keyrings/dhi-deb.asc'), DEB_ADD('/usr/share/keyrings/dhi-deb.asc'), 'RUN apt-get update && apt-get install -y curl'),
    },
    {
      name: 'apt: enterprise security source, -sec keyring missing: no checksum is known for the -sec key, so no ADD is offered',
      code: df(
        'FROM debian:trixie',
        'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb-sec.asc] https://dhi.io/deb/debian/security trixie main" > /etc/apt/sources.list.d/dhi-sec.list',
        'RUN --mount=type=secret,id=netrc,target=/etc/apt/auth.conf.d/dhi.conf,mode=0600 apt-get update',
      ),
      errors: [{ messageId: 'aptMissing', line: 3, column: 81, message: 'https://dhi.io/deb/debian/security, but its keyring /usr/share/keyrings/dhi-deb-sec.asc' }],
      output: null,
    },
    {
      name: 'apt: a configured Debian mirror with its own key and checksum: the ADD uses them',
      policy: { debMirrors: [{ url: 'https://deb.example.com/dhi/main', keyUrl: 'https://deb.example.com/dhi.key', keySha256: 'b'.repeat(64), auth: false }] },
      code: df('FROM debian:trixie', 'RUN echo "deb [signed-by=/etc/apt/keyrings/m.asc] https://deb.example.com/dhi/main trixie main" > /etc/apt/sources.list.d/m.list', 'RUN apt-get update'),
      errors: [{ messageId: 'aptMissing', line: 3, column: 5, message: 'apt uses https://deb.example.com/dhi/main' }],
      output: df(
        'FROM debian:trixie',
        'RUN echo "deb [signed-by=/etc/apt/keyrings/m.asc] https://deb.example.com/dhi/main trixie main" > /etc/apt/sources.list.d/m.list',
        `ADD --chmod=644 --checksum=sha256:${'b'.repeat(64)} https://deb.example.com/dhi.key /etc/apt/keyrings/m.asc`,
        'RUN apt-get update',
      ),
    },
    {
      name: 'apt: add-apt-repository of the hardened source whose keyring is never installed',
      code: df('FROM debian:trixie', 'RUN add-apt-repository -y "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main trixie main" && apt-get update'),
      errors: [{ messageId: 'aptMissing', line: 2, column: 123, endColumn: 137 }],
      output: df('FROM debian:trixie', DEB_ADD('/usr/share/keyrings/dhi-deb.asc'), 'RUN add-apt-repository -y "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main trixie main" && apt-get update'),
    },
    {
      name: 'apt: a .gpg keyring is not invented (it needs gpg --dearmor)',
      code: df('FROM debian:trixie', DEB_LIST('/usr/share/keyrings/dhi-deb.gpg'), 'RUN apt-get update'),
      errors: [{ messageId: 'aptMissing', line: 3, column: 5 }],
      output: null,
    },
    {
      name: 'apt: keyring ADDed only later is moved up; multi-stage',
      code: df('FROM debian:trixie AS a', DEB_LIST('/usr/share/keyrings/dhi-deb.asc'), 'RUN apt-get update', DEB_ADD('/usr/share/keyrings/dhi-deb.asc'), 'FROM a', 'RUN apt-get update'),
      errors: [{ messageId: 'aptInstalledLater', line: 3, column: 5, message: 'installed only later, on line 4' }],
      output: df('FROM debian:trixie AS a', DEB_LIST('/usr/share/keyrings/dhi-deb.asc'), DEB_ADD('/usr/share/keyrings/dhi-deb.asc'), 'RUN apt-get update', 'FROM a', 'RUN apt-get update'),
    },
    {
      name: 'apt: hardened source with no signed-by and no key at all',
      code: df('FROM debian:trixie', DEB_LIST(null), 'RUN apt-get update'),
      errors: [{ messageId: 'aptNoSignedBy', line: 3, column: 5, message: 'names no keyring with signed-by=' }],
    },
    {
      name: 'apt: keyring ADDed from a URL without --chmod is mode 0600, unreadable to _apt',
      code: df('FROM debian:trixie', `ADD --checksum=sha256:${'9ccb62e93205ff8905120d8c8053f10372907b4b9a71ed3191f3bc1812c04290'} ${DEB_KEY_URL} /usr/share/keyrings/dhi-deb.asc`, DEB_LIST('/usr/share/keyrings/dhi-deb.asc'), 'RUN apt-get update'),
      errors: [{ messageId: 'aptKeyUnreadable', line: 4, column: 5, message: 'ADD on line 2 saves it with mode 0600' }],
      output: df('FROM debian:trixie', DEB_ADD('/usr/share/keyrings/dhi-deb.asc'), DEB_LIST('/usr/share/keyrings/dhi-deb.asc'), 'RUN apt-get update'),
    },
    {
      name: 'apt: --chmod=600 on the ADD is reported, not rewritten',
      code: df('FROM debian:trixie', `ADD --chmod=600 ${DEB_KEY_URL} /usr/share/keyrings/dhi-deb.asc`, DEB_LIST('/usr/share/keyrings/dhi-deb.asc'), 'RUN apt-get update'),
      errors: [{ messageId: 'aptKeyUnreadable', line: 4, column: 5 }],
      output: null,
    },
  ],
});
