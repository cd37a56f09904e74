import rule from '../../rules/trust-bypass.js';
import { df, runRuleTests } from '../rule-tester.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const KEY_URL = `https://dhi.io/keyring/${KEY}`;
const GET_KEY = `RUN wget -q -O /etc/apk/keys/${KEY} ${KEY_URL}`;
const REPOS = 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories';
const DEB_KEY = 'ADD --checksum=sha256:9ccb62e93205ff8905120d8c8053f10372907b4b9a71ed3191f3bc1812c04290 https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key /usr/share/keyrings/dhi-deb.asc';
const DEB_LIST = 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list';

runRuleTests(rule, {
  valid: [
    { name: 'documented pattern', code: df('FROM alpine:3.23', GET_KEY, REPOS, 'RUN apk add curl') },
    { name: '-k on a download that is neither key nor repository', code: df('FROM alpine:3.23', 'RUN curl -fsSLk -o /tmp/app.tgz https://example.org/app.tgz') },
    { name: 'other ENV values', code: df('FROM alpine:3.23', 'ENV LANG=C.UTF-8', 'RUN apk add curl') },
    { name: 'apt: documented pattern', code: df('FROM debian:trixie', DEB_KEY, DEB_LIST, 'RUN apt-get update && apt-get install -y curl') },
    { name: 'dpkg -i of a .deb copied from the build context, and dpkg queries', code: df('FROM debian:trixie', 'COPY pkg.deb /tmp/', 'RUN dpkg -i /tmp/pkg.deb && dpkg -l') },
    { name: 'a .deb ADDed by --checksum is pinned to the bytes the author checked', code: df('FROM debian:trixie', `ADD --checksum=sha256:${'a'.repeat(64)} https://example.com/tool_1.0_amd64.deb /tmp/tool.deb`, 'RUN dpkg -i /tmp/tool.deb') },
    {
      name: 'a .deb checked with sha256sum -c against a digest in the Dockerfile is pinned, as ADD --checksum is',
      code: df('FROM debian:trixie', `RUN curl -fsSLo /tmp/x.deb https://example.com/x.deb && echo "${'a'.repeat(64)}  /tmp/x.deb" | sha256sum -c - && dpkg -i /tmp/x.deb`),
    },
    {
      name: 'sha256sum -c of a sums file the RUN wrote, and a digest from a build argument',
      code: df('FROM debian:trixie', 'ARG DEB_SHA256', `RUN cd /tmp && wget -q https://example.com/tool.deb && echo "\${DEB_SHA256} *tool.deb" > sums && sha256sum -c sums && apt-get install -y ./tool.deb`),
    },
    {
      name: 'gpg --verify of a downloaded .deb against its signature, and sha256sum --strict --check',
      code: df(
        'FROM debian:trixie',
        'RUN curl -fsSLo x.deb https://example.com/x.deb && curl -fsSLo x.deb.asc https://example.com/x.deb.asc && gpg --batch --verify x.deb.asc x.deb && dpkg -i x.deb',
        `RUN curl -fsSLo /tmp/y.deb https://example.com/y.deb && echo "${'b'.repeat(64)}  /tmp/y.deb" | sha256sum --strict --check - && dpkg -i /tmp/y.deb`,
      ),
    },
    {
      name: '[trusted=yes] on a local file: repository the build made itself downloads nothing',
      code: df('FROM debian:trixie-slim', 'RUN tempDir="$(mktemp -d)"; cd "$tempDir"; apt-get source --compile nginx; dpkg-scanpackages . > Packages; echo "deb [ trusted=yes ] file://$tempDir ./" > /etc/apt/sources.list.d/temp.list; apt-get update; apt-get install -y nginx'),
    },
    { name: 'a downloaded .deb that is not installed', code: df('FROM debian:trixie', 'RUN curl -fsSLo /tmp/x.deb https://example.com/x.deb && dpkg-deb -x /tmp/x.deb /opt') },
    { name: 'apt: harmless -o options', code: df('FROM debian:trixie', 'RUN apt-get -o Acquire::Retries=3 -o Acquire::https::Verify-Peer=true install -y curl') },
    { name: 'apk options that are harmless', code: df('FROM dhi.io/alpine-base:3.23-dev', 'RUN apk add --no-cache -U curl') },
    { name: 'apt: --force-yes on purge, remove and autoremove downloads nothing', code: df('FROM debian:trixie', 'RUN apt-get purge --force-yes -y foo && apt-get remove --allow-unauthenticated -y bar && apt-get autoremove --force-yes -y') },
    {
      name: 'apk --root with --keys-dir /etc/apk/keys trusts the image\'s own keys: the usual way to bootstrap a root',
      code: df('FROM alpine:3.23', 'RUN apk --root /out --keys-dir /etc/apk/keys --initdb -X https://dl-cdn.alpinelinux.org/alpine/v3.23/main add busybox'),
    },
    { name: '--keys-dir naming the default directory', code: df('FROM alpine:3.23', 'RUN apk add --keys-dir /etc/apk/keys curl', 'RUN apk --root /out --keys-dir etc/apk/keys --initdb add busybox') },
  ],
  invalid: [
    {
      name: 'apt-key add of a third-party key: trusted for every source, and gone from Debian 13',
      code: df('FROM debian:trixie', 'RUN curl -fsSL https://packages.example.com/repo.key | apt-key add -', 'FROM debian:bookworm', 'COPY vendor.gpg /tmp/', 'RUN apt-key add /tmp/vendor.gpg'),
      errors: [
        { messageId: 'aptKeyGlobal', line: 2, column: 16, endColumn: 53, message: 'trust https://packages.example.com/repo.key for every source that names no keyring with signed-by=, not only its own, and Debian trixie has no apt-key at all' },
        { messageId: 'aptKeyGlobal', line: 5, column: 5 },
      ],
    },
    {
      name: 'exec-form RUN is read as its one command; no fix edits inside the JSON',
      code: df('FROM alpine:3.23', GET_KEY, REPOS, 'RUN ["apk","add","--allow-untrusted","curl"]', 'RUN ["apt-get", "install", "-y", \\', '    "--allow-unauthenticated", "curl"]'),
      errors: [
        { messageId: 'allowUntrusted', line: 4, column: 19, endColumn: 36 },
        { messageId: 'aptUnauthenticated', line: 6, column: 6, endColumn: 29 },
      ],
      output: null,
    },
    {
      name: 'a checksum check that does not stop the build (joined by ;), or whose digest is fetched too, pins nothing',
      code: df(
        'FROM debian:trixie',
        `RUN curl -fsSLo /tmp/x.deb https://example.com/x.deb; echo "${'a'.repeat(64)}  /tmp/x.deb" | sha256sum -c -; dpkg -i /tmp/x.deb`,
        'RUN curl -fsSLo /tmp/y.deb https://example.com/y.deb && echo "$(curl -fsSL https://example.com/y.sha256)  /tmp/y.deb" | sha256sum -c - && dpkg -i /tmp/y.deb',
      ),
      errors: [
        { messageId: 'downloadedPackage', line: 2, column: 165 },
        { messageId: 'downloadedPackage', line: 3, column: 147 },
      ],
    },
    {
      name: 'ONBUILD triggers: the bypass is wrong in whatever build runs them (no fix: its keys are unknown)',
      code: df('FROM alpine:3.23', 'ONBUILD RUN apk add --allow-untrusted curl', 'ONBUILD RUN apt-get install -y --allow-unauthenticated curl'),
      errors: [
        { messageId: 'allowUntrusted', line: 2, column: 21, endColumn: 38 },
        { messageId: 'aptUnauthenticated', line: 3, column: 32, endColumn: 55 },
      ],
    },
    {
      name: 'an ONBUILD trigger writing a [trusted=yes] source names the source (its repo-write is not kept)',
      code: df('FROM debian:trixie', 'ONBUILD RUN echo "deb [trusted=yes] http://deb.debian.org/debian trixie main" > /etc/apt/sources.list.d/x.list'),
      errors: [{ messageId: 'aptTrustedSource', line: 2, column: 24, endColumn: 35, message: '[trusted=yes] on the source http://deb.debian.org/debian makes apt' }],
    },
    {
      name: 'an ONBUILD trigger sees the ENV the image passes on, not its ARGs',
      code: df('FROM alpine:3.23', 'ARG FLAG=--allow-untrusted', 'ENV APK_FLAGS=--allow-untrusted', 'ONBUILD RUN apk add $FLAG curl', 'ONBUILD RUN apk add $APK_FLAGS git'),
      errors: [{ messageId: 'allowUntrusted', line: 5, column: 21, endColumn: 31 }],
    },
    {
      name: 'an ONBUILD trigger fetching the signing key with -k: removing it is safe on dhi.io',
      code: df('FROM alpine:3.23', `ONBUILD RUN curl -fsSLk -o /etc/apk/keys/${KEY} ${KEY_URL}`),
      errors: [{ messageId: 'insecureDownload', line: 2, column: 18, endColumn: 24 }],
      output: df('FROM alpine:3.23', `ONBUILD RUN curl -fsSL -o /etc/apk/keys/${KEY} ${KEY_URL}`),
    },
    {
      name: '--allow-untrusted in a sh -c script',
      code: df('FROM alpine:3.23', GET_KEY, REPOS, 'RUN sh -c "apk add --allow-untrusted curl"'),
      errors: [{ messageId: 'allowUntrusted', line: 4, column: 20, endColumn: 37 }],
      output: df('FROM alpine:3.23', GET_KEY, REPOS, 'RUN sh -c "apk add curl"'),
    },
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
      name: '--keys-dir elsewhere under --root: instead of the root\'s own keys (no safe fix: the root\'s keys are unknown)',
      code: df('FROM alpine:3.23', 'RUN apk --root /out --initdb --keys-dir /tmp/keys add busybox'),
      errors: [{ messageId: 'keysDir', line: 2, column: 30, endColumn: 50, message: 'instead of /out/etc/apk/keys' }],
      unsafe: true,
      output: df('FROM alpine:3.23', 'RUN apk --root /out --initdb add busybox'),
    },
    {
      name: 'apt: --force-yes on an install still counts',
      code: df('FROM debian:trixie', 'RUN apt-get purge --force-yes -y foo && apt-get install --force-yes -y bar'),
      errors: [{ messageId: 'aptUnauthenticated', line: 2, column: 57, endColumn: 68 }],
      unsafe: true,
      output: df('FROM debian:trixie', 'RUN apt-get purge --force-yes -y foo && apt-get install -y bar'),
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
    {
      name: 'apt: --allow-unauthenticated with every source bound to a present keyring (safe removal)',
      code: df('FROM debian:trixie', DEB_KEY, DEB_LIST, 'RUN apt-get update && apt-get install -y --allow-unauthenticated curl'),
      errors: [{ messageId: 'aptUnauthenticated', line: 4, column: 42, endColumn: 65, message: '--allow-unauthenticated makes apt install packages' }],
      output: df('FROM debian:trixie', DEB_KEY, DEB_LIST, 'RUN apt-get update && apt-get install -y curl'),
    },
    {
      name: 'apt: -o APT::Get::AllowUnauthenticated, key missing: unsafe removal; continuation with a comment line',
      code: df('FROM debian:trixie', DEB_LIST, 'RUN apt-get update && \\', '# install', '    apt-get -o APT::Get::AllowUnauthenticated=true install -y curl'),
      errors: [{ messageId: 'aptUnauthenticated', line: 5, column: 13, endColumn: 51 }],
      output: null,
    },
    {
      name: 'apt: the same, with unsafe fixes',
      unsafe: true,
      code: df('FROM debian:trixie', DEB_LIST, 'RUN apt-get -o APT::Get::AllowUnauthenticated=true install -y curl'),
      errors: [{ messageId: 'aptUnauthenticated', line: 3, column: 13 }],
      output: df('FROM debian:trixie', DEB_LIST, 'RUN apt-get install -y curl'),
    },
    {
      name: 'apt: insecure repositories and TLS checks off (always unsafe), multi-stage',
      unsafe: true,
      code: df('FROM debian:trixie AS a', 'RUN apt-get update --allow-insecure-repositories', 'FROM a', 'RUN apt-get -oAcquire::https::Verify-Peer=false install -y curl'),
      errors: [
        { messageId: 'aptInsecureRepositories', line: 2, column: 20 },
        { messageId: 'aptVerifyPeer', line: 4, column: 13, message: 'Acquire::https::Verify-Peer turns off TLS' },
      ],
      output: df('FROM debian:trixie AS a', 'RUN apt-get update', 'FROM a', 'RUN apt-get install -y curl'),
    },
    {
      name: 'apt: [trusted=yes] on a source line, and apt.conf.d options (no fix)',
      code: df(
        'FROM debian:trixie',
        'RUN echo "deb [trusted=yes] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list',
        'COPY <<EOF /etc/apt/apt.conf.d/99insecure',
        'APT::Get::AllowUnauthenticated "true";',
        'EOF',
      ),
      errors: [
        { messageId: 'aptTrustedSource', line: 2, column: 16, endColumn: 27, message: '[trusted=yes] on the source https://dhi.io/deb/debian/main' },
        { messageId: 'aptUnauthenticated', line: 4, column: 1 },
      ],
    },
    {
      name: 'apt: the message names the option as written: [trusted=true], [trusted=1], [allow-insecure=true]',
      code: df(
        'FROM debian:trixie',
        'RUN echo "deb [trusted=true] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list',
        'RUN echo "deb [arch=amd64 trusted=1] https://deb.debian.org/debian trixie main" > /etc/apt/sources.list.d/up.list',
        'RUN echo "deb [allow-insecure=true] https://deb.debian.org/debian trixie main" > /etc/apt/sources.list.d/in.list',
      ),
      errors: [
        { messageId: 'aptTrustedSource', line: 2, column: 16, endColumn: 28, message: '[trusted=true] on the source https://dhi.io/deb/debian/main' },
        { messageId: 'aptTrustedSource', line: 3, column: 27, endColumn: 36, message: '[trusted=1] on the source https://deb.debian.org/debian' },
        { messageId: 'aptTrustedSource', line: 4, column: 16, endColumn: 35, message: '[allow-insecure=true] on the source https://deb.debian.org/debian' },
      ],
    },
    {
      name: 'apt: deb822 Trusted: yes is named as written',
      code: df('FROM debian:trixie', 'COPY <<EOF /etc/apt/sources.list.d/dhi.sources', 'Types: deb', 'URIs: https://dhi.io/deb/debian/main', 'Suites: trixie', 'Components: main', 'Trusted: yes', 'EOF'),
      errors: [{ messageId: 'aptTrustedSource', line: 7, column: 1, endColumn: 13, message: 'Trusted: yes on the source https://dhi.io/deb/debian/main makes apt' }],
    },
    {
      name: 'apt: nested Acquire { https { … } } and APT { Get { … } } blocks in apt.conf.d (no fix)',
      code: df(
        'FROM debian:trixie',
        'COPY <<EOF /etc/apt/apt.conf.d/99insecure',
        'Acquire {',
        '  https { Verify-Peer "false"; };',
        '  AllowInsecureRepositories "true";',
        '};',
        'APT { Get { AllowUnauthenticated "true"; }; };',
        'EOF',
        'RUN apt-get update && apt-get install -y curl',
      ),
      errors: [
        { messageId: 'aptVerifyPeer', line: 4, column: 11, endColumn: 30, message: 'Acquire::https::Verify-Peer turns off TLS' },
        { messageId: 'aptInsecureRepositories', line: 5, column: 3, endColumn: 35, message: 'Acquire::AllowInsecureRepositories lets apt' },
        { messageId: 'aptUnauthenticated', line: 7, column: 13, endColumn: 40, message: 'APT::Get::AllowUnauthenticated makes apt' },
      ],
    },
    {
      name: 'dpkg -i of a deb downloaded with curl in the same RUN (no fix)',
      code: df('FROM debian:trixie', 'RUN curl -fsSL -o /tmp/tool.deb https://example.com/tool_1.2_amd64.deb && \\', '    dpkg -i /tmp/tool.deb'),
      errors: [
        {
          messageId: 'downloadedPackage',
          line: 3,
          column: 13,
          endColumn: 26,
          message: 'dpkg installs /tmp/tool.deb, downloaded from https://example.com/tool_1.2_amd64.deb on line 2, without checking any signature',
        },
      ],
    },
    {
      name: 'the message names the line of the download, not the first line of a long RUN',
      code: df('FROM debian:trixie', 'RUN set -eux; \\', '    apt-get update; \\', '    curl -fsSL -o /tmp/tool.deb https://example.com/tool.deb; \\', '    dpkg -i /tmp/tool.deb'),
      errors: [{ messageId: 'downloadedPackage', line: 5, column: 13, endColumn: 26, message: 'downloaded from https://example.com/tool.deb on line 4,' }],
    },
    {
      name: 'ADD of a .deb URL, installed by apt-get install ./x.deb in a later stage; a glob with dpkg',
      code: df(
        'FROM debian:trixie AS base',
        'WORKDIR /tmp',
        'ADD https://example.com/a.deb ./',
        'FROM base',
        'RUN wget -q https://example.com/b.deb && apt-get install -y ./a.deb && dpkg -i *.deb',
      ),
      errors: [
        { messageId: 'downloadedPackage', line: 5, column: 61, endColumn: 68, message: 'apt-get installs /tmp/a.deb, downloaded from https://example.com/a.deb on line 3' },
        { messageId: 'downloadedPackage', line: 5, column: 80, endColumn: 85, message: 'dpkg installs /tmp/*.deb, downloaded from https://example.com/a.deb on line 3' },
      ],
    },
    {
      name: 'apt: Ubuntu 24.04 sources are bound to the archive keyring the image has (safe removal)',
      code: df('FROM ubuntu:24.04', 'RUN apt-get update && apt-get install -y --allow-unauthenticated curl'),
      errors: [{ messageId: 'aptUnauthenticated', line: 2, column: 42 }],
      output: df('FROM ubuntu:24.04', 'RUN apt-get update && apt-get install -y curl'),
    },
    {
      name: 'apt: -o Acquire::AllowInsecureRepositories=1 on the command line',
      code: df('FROM debian:trixie', 'RUN apt-get -o Acquire::AllowInsecureRepositories=1 update'),
      errors: [{ messageId: 'aptInsecureRepositories', line: 2, column: 13, endColumn: 52 }],
      unsafe: true,
      output: df('FROM debian:trixie', 'RUN apt-get update'),
    },
  ],
});
