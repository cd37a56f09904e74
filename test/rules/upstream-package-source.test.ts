import rule from '../../rules/upstream-package-source.js';
import { df, runRuleTests } from '../rule-tester.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const DEB_KEY_URL = 'https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key';
const DEB_SHA = '9ccb62e93205ff8905120d8c8053f10372907b4b9a71ed3191f3bc1812c04290';
const DEB_LIST = (keyring: string) => `echo "deb [signed-by=${keyring}] https://dhi.io/deb/debian/main trixie main" > /etc/apt/sources.list.d/dhi.list`;
const CA = 'RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates && rm -rf /var/lib/apt/lists/*';
const ADD_ASC = `ADD --chmod=644 --checksum=sha256:${DEB_SHA} ${DEB_KEY_URL} /usr/share/keyrings/dhi-deb.asc`;

runRuleTests(rule, {
  valid: [
    { name: 'apk --root into a root with a hardened repository and its key', code: df('FROM alpine:3.23', `RUN mkdir -p /out/etc/apk/keys && wget -q -O /out/etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && echo https://dhi.io/apk/alpine/v3.23/main > /out/etc/apk/repositories && apk --root /out --initdb add busybox`) },
    {
      name: 'a hardened URL with user:password@ is still the hardened repository (the credentials are credentials-in-url\'s)',
      code: df('FROM alpine:3.24', `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY}`, 'RUN echo "https://ci-bot:hunter2hunter2@dhi.io/apk/alpine/v3.24/main" > /etc/apk/repositories', 'RUN apk add curl'),
    },
    { name: 'FROM scratch has no apk to report on', code: df('FROM scratch', 'COPY --from=alpine:3.23 / /', 'RUN apk add curl') },
    { name: 'documented public pattern', code: df('FROM alpine:3.23', `RUN cd /etc/apk/keys && \\`, `    wget https://dhi.io/keyring/${KEY}`, 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk update && \\', '    apk add libpng') },
    { name: 'DHI dev base is already hardened', code: df('FROM dhi.io/golang:1.26-alpine3.23-dev', 'RUN apk add git') },
    { name: 'no package installs', code: df('FROM alpine:3.23', 'RUN echo hi') },
    { name: 'apk del does not fetch', code: df('FROM alpine:3.23', 'RUN apk del curl') },
    { name: 'repositories copied from the build context are unknown', code: df('FROM alpine:3.23', 'COPY repositories /etc/apk/repositories', 'RUN apk add curl') },
    { name: 'heredoc COPY of the hardened URL', code: df('FROM alpine:3.24', 'COPY <<EOF /etc/apk/repositories', 'https://dhi.io/apk/alpine/v3.24/main', 'EOF', 'RUN apk add curl') },
    { name: 'child stage inherits the parent setup', code: df('FROM alpine:3.23 AS base', 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'FROM base', 'RUN apk add curl') },
    { name: 'trusted mirror', policy: { mirrors: [{ url: 'https://mirror.example.com/dhi/v{release}/main', keyName: 'm.rsa.pub', keyUrl: null, keySha256: null, auth: false }] }, code: df('FROM alpine:3.23', 'RUN echo https://mirror.example.com/dhi/v3.23/main > /etc/apk/repositories && apk add curl') },
    {
      name: 'apt: documented Debian pattern',
      code: df(
        'FROM debian:trixie-slim',
        'RUN apt-get update && apt-get install -y curl gnupg ca-certificates',
        `RUN curl -fsSL ${DEB_KEY_URL} | gpg --dearmor -o /usr/share/keyrings/dhi-deb.gpg`,
        `RUN ${DEB_LIST('/usr/share/keyrings/dhi-deb.gpg')}`,
        'RUN apt-get update && apt-get install -y libpng16-16',
      ),
      options: {},
    },
    { name: 'apt: DHI dev base', code: df('FROM dhi.io/python:3.13-dev', 'RUN apt-get update && apt-get install -y git') },
    { name: 'apt: deb822 source via COPY heredoc', code: df('FROM debian:13', 'COPY <<EOF /etc/apt/sources.list.d/dhi.sources', 'Types: deb', 'URIs: https://dhi.io/deb/debian/main', 'Suites: trixie', 'Components: main', 'Signed-By: /usr/share/keyrings/dhi-deb.asc', 'EOF', 'RUN apt-get update && apt-get install -y curl') },
    { name: 'apt: update only', code: df('FROM debian:trixie', 'RUN apt-get update') },
    {
      name: 'apt: a configured Debian mirror counts as the hardened source',
      policy: { debMirrors: [{ url: 'https://deb.example.com/dhi/main', keyUrl: null, keySha256: null, auth: false }] },
      code: df('FROM debian:trixie', ADD_ASC, 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://deb.example.com/dhi/main trixie main" > /etc/apt/sources.list.d/m.list', 'RUN apt-get update && apt-get install -y curl'),
    },

    { name: 'apk on a Debian or Ubuntu base: there is no apk there to have sources', code: df('FROM debian:trixie', 'RUN apk add curl', 'FROM ubuntu:22.04', 'RUN apk add curl') },
    { name: 'an ONBUILD trigger installs in a later build, whose sources are not known here', code: df('FROM alpine:3.23', 'ONBUILD RUN apk add curl', 'FROM debian:trixie', 'ONBUILD RUN apt-get update && apt-get install -y curl') },
    { name: 'ARG-resolved release in the URL', code: df('ARG ALPINE=3.23', 'FROM alpine:${ALPINE}', 'ARG ALPINE', 'RUN echo "https://dhi.io/apk/alpine/v${ALPINE}/main" > /etc/apk/repositories && apk add curl') },
    // DHI images, as Docker's catalog defines them.
    { name: 'DHI: the repositories a 3.24 dev image comes with include the hardened one', code: df('FROM dhi.io/node:24-alpine3.24-dev', 'RUN apk add --no-cache git') },
    { name: 'DHI: a tag the catalog has no definition of says nothing about its repositories', code: df('FROM dhi.io/node:24-alpine3.24-dev-dev', 'RUN apk add git') },
    { name: 'DHI: a dotnet -sdk image (a runtime definition with apk)', code: df('FROM dhi.io/dotnet:9-sdk-alpine3.23', 'RUN apk add icu-libs') },
    { name: 'apt: a hardened source without its repository path is unsupported-release\'s to fix, not a second setup', code: df('FROM debian:trixie', 'RUN apt-get update && apt-get install -y ca-certificates', 'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.gpg] https://dhi.io/deb/debian trixie main" > /etc/apt/sources.list.d/dhi.list', 'RUN apt-get update && apt-get install -y curl') },
  ],
  invalid: [
    {
      name: 'plain alpine base',
      code: df('FROM alpine:3.23', 'RUN apk add --no-cache curl'),
      errors: [{ messageId: 'upstream', line: 2, column: 5, endLine: 2, endColumn: 28, message: "the base image's default repositories" }],
      output: df('FROM alpine:3.23', `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`, '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add --no-cache curl'),
    },
    {
      name: 'add-checksum key style, CRLF kept',
      options: { keyInstall: 'add-checksum' },
      code: 'FROM alpine:3.24\r\nRUN apk add curl\r\n',
      errors: [{ messageId: 'upstream', line: 2, column: 5 }],
      output: `FROM alpine:3.24\r\nADD --checksum=sha256:0003d0ae2bf20db9669f784d6ccd5d52265cb1b73fdb14f5186b348b3308f0cd https://dhi.io/keyring/${KEY} /etc/apk/keys/${KEY}\r\nRUN echo "https://dhi.io/apk/alpine/v3.24/main" > /etc/apk/repositories\r\nRUN apk add curl\r\n`,
    },
    {
      name: 'lower-case file, key already present',
      code: df('from alpine:3.23', `add https://dhi.io/keyring/${KEY} /etc/apk/keys/`, 'run apk add curl'),
      errors: [{ messageId: 'upstream', line: 3, column: 5 }],
      output: df('from alpine:3.23', `add https://dhi.io/keyring/${KEY} /etc/apk/keys/`, 'run echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'run apk add curl'),
    },
    {
      name: 'release not served',
      code: df('FROM alpine:3.20', 'RUN apk add curl'),
      errors: [{ messageId: 'notServed', line: 2, column: 5, message: 'Alpine 3.20 has no hardened repository' }],
    },
    {
      name: 'a package the hardened repository does not build: the setup, which drops community, is no safe fix',
      code: df('FROM alpine:3.23', 'RUN apk add --no-cache imagemagick'),
      errors: [{ messageId: 'upstream', line: 2, column: 5 }],
      unsafe: true,
      output: df('FROM alpine:3.23', `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`, '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add --no-cache imagemagick'),
    },
    {
      name: 'a variable the model does not know is shown as written ($tempDir, not ${tempDir})',
      code: df('FROM alpine:3.23', 'RUN tempDir="$(mktemp -d)" && apk add -X "file://$tempDir" hello'),
      errors: [{ messageId: 'upstream', line: 2, column: 31, message: "from file://$tempDir beside the base image's default repositories" }],
      output: df('FROM alpine:3.23', `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`, '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN tempDir="$(mktemp -d)" && apk add -X "file://$tempDir" hello'),
      unsafe: true,
    },
    {
      name: 'a DHI Debian -dev stage whose hardened source was replaced by an upstream one',
      code: df('FROM dhi.io/debian-base:trixie-dev', 'RUN echo "deb https://deb.debian.org/debian trixie main" > /etc/apt/sources.list.d/dhi.list && apt-get update && apt-get install -y curl', 'FROM dhi.io/debian-base:trixie-dev', 'RUN apt-get update && apt-get install -y git'),
      errors: [{ messageId: 'aptUpstream', line: 2, column: 114 }],
    },
    {
      name: 'unpinned base',
      code: df('FROM alpine', 'RUN apk add curl'),
      errors: [{ messageId: 'unknownRelease', line: 2, column: 5 }],
    },
    {
      name: 'a base whose release the name does not tell: say so, and how to declare it (not "pin it")',
      code: df('FROM ghcr.io/linuxserver/baseimage-alpine:3.23', 'RUN apk add curl'),
      errors: [{ messageId: 'unknownRelease', line: 2, column: 5, message: 'the Alpine release of ghcr.io/linuxserver/baseimage-alpine:3.23 cannot be told from its name; declare what it is built on with baseImages' }],
    },
    {
      name: 'inserted setup goes above the comments that describe the instruction, and below the parser directives',
      code: df('# syntax=docker/dockerfile:1', 'FROM alpine:3.23', '# hardenfile-ignore trust-bypass', '# install the tools', 'RUN apk add curl'),
      errors: [{ messageId: 'upstream', line: 5, column: 5 }],
      output: df(
        '# syntax=docker/dockerfile:1',
        'FROM alpine:3.23',
        `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`,
        '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories',
        '# hardenfile-ignore trust-bypass',
        '# install the tools',
        'RUN apk add curl',
      ),
    },
    {
      name: 'a base declared in baseImages is read as the image it stands for, and gets the setup',
      code: df('FROM ghcr.io/linuxserver/baseimage-alpine:3.23', 'RUN apk add curl'),
      policy: { baseImages: { 'ghcr.io/linuxserver/baseimage-alpine': 'alpine:{tag}' } },
      errors: [{ messageId: 'upstream', line: 2, column: 5 }],
      output: df('FROM ghcr.io/linuxserver/baseimage-alpine:3.23', `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`, '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add curl'),
    },
    {
      name: 'a digest-only base: add the tag',
      code: df(`FROM alpine@sha256:${'0'.repeat(64)}`, 'RUN apk add curl'),
      errors: [{ messageId: 'unknownRelease', line: 2, column: 5, message: 'pinned by digest only, so its Alpine release cannot be told' }],
    },
    {
      name: 'a base from a build argument with no default: give it with --build-arg',
      code: df('ARG BASE', 'FROM ${BASE}', 'RUN apk add curl'),
      errors: [{ messageId: 'unknownRelease', line: 3, column: 5, message: 'give it with --build-arg BASE=<image>' }],
    },
    {
      name: 'quotes in FROM are removed as BuildKit does: alpine:"3.23" is alpine:3.23, with its fix',
      code: df('FROM alpine:"3.23"', 'RUN apk add curl'),
      errors: [{ messageId: 'upstream', line: 2, column: 5, message: '(base alpine:3.23)' }],
      output: df('FROM alpine:"3.23"', `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`, '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add curl'),
    },
    {
      name: 'after >> and -X the message names the repositories added, beside the base image\'s',
      code: df('FROM alpine:3.23', 'RUN echo https://mirror.example.org/alpine/v3.23/main >> /etc/apk/repositories', 'RUN apk add -X https://other.example/alpine/v3.23/main git'),
      errors: [{ messageId: 'upstream', line: 3, column: 5, message: "from https://mirror.example.org/alpine/v3.23/main and https://other.example/alpine/v3.23/main beside the base image's default repositories" }],
      output: df(
        'FROM alpine:3.23',
        'RUN echo https://mirror.example.org/alpine/v3.23/main >> /etc/apk/repositories',
        `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`,
        '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories',
        'RUN apk add -X https://other.example/alpine/v3.23/main git',
      ),
    },
    {
      name: 'apk --root: the root\'s own repositories, not the image\'s (no fix: the setup is for the image)',
      code: df('FROM alpine:3.23', 'RUN mkdir -p /out/etc/apk && echo https://dl-cdn.alpinelinux.org/alpine/v3.23/main > /out/etc/apk/repositories && apk --root /out --initdb add busybox'),
      errors: [{ messageId: 'upstreamRoot', line: 2, column: 115, message: 'into /out from https://dl-cdn.alpinelinux.org/alpine/v3.23/main' }],
    },
    {
      name: 'an Ubuntu codename in another image\'s tag is read as Ubuntu, as the -trixie form is read as Debian',
      code: df('FROM eclipse-temurin:21-jdk-noble', 'RUN apt-get update && apt-get install -y curl'),
      errors: [{ messageId: 'aptUbuntu', line: 2, column: 23, message: 'the base image eclipse-temurin:21-jdk-noble is Ubuntu' }],
    },
    {
      name: 'apt in a base the model cannot place: reported like apk, with how to declare it',
      code: df('FROM python:3.13-slim', 'RUN apt-get install -y git'),
      errors: [{ messageId: 'aptUnknownRelease', line: 2, column: 5, message: 'the sources python:3.13-slim comes with' }],
    },
    {
      name: 'upstream mirror via sed, multi-stage, continuation with a comment line',
      code: df(
        'FROM golang:1.22-alpine3.23 AS build',
        "RUN sed -i 's/dl-cdn.alpinelinux.org/mirror.example.org/' /etc/apk/repositories && \\",
        '# a comment BuildKit drops',
        '    apk add git',
        'FROM alpine:3.23',
        'RUN apk add ca-certificates',
      ),
      errors: [
        { messageId: 'upstream', line: 4, column: 5, message: 'https://mirror.example.org/alpine/v3.23/main' },
        { messageId: 'upstream', line: 6, column: 5 },
      ],
      output: df(
        'FROM golang:1.22-alpine3.23 AS build',
        `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`,
        '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories',
        "RUN sed -i 's/dl-cdn.alpinelinux.org/mirror.example.org/' /etc/apk/repositories && \\",
        '# a comment BuildKit drops',
        '    apk add git',
        'FROM alpine:3.23',
        `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`,
        '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories',
        'RUN apk add ca-certificates',
      ),
    },
    {
      name: 'a child stage inherits the setup the fix gives its parent',
      code: df('FROM alpine:3.23 AS base', 'RUN apk add curl', 'FROM base', 'RUN apk add git'),
      errors: [
        { messageId: 'upstream', line: 2, column: 5 },
        { messageId: 'upstream', line: 4, column: 5 },
      ],
      output: df('FROM alpine:3.23 AS base', `RUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\`, '    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add curl', 'FROM base', 'RUN apk add git'),
    },
    {
      name: 'no fix when the same RUN writes an unhardened list before installing',
      code: df('FROM alpine:3.23', 'RUN echo "https://mirror.example.org/alpine/v3.23/main" > /etc/apk/repositories && apk add curl'),
      errors: [{ messageId: 'upstream', line: 2, column: 84 }],
    },
    {
      name: 'heredoc RUN',
      code: df('FROM alpine:3.23', 'RUN <<EOF', 'apk update', 'apk add curl', 'EOF'),
      errors: [{ messageId: 'upstream', line: 4, column: 1 }],
      output: df('FROM alpine:3.23', 'RUN <<EOF', `wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY}`, 'echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'apk update', 'apk add curl', 'EOF'),
    },
    {
      // Found by the idempotence property (FUZZ_RUNS=20000): the setup went before the first apk
      // command, the script's own write undid it, and each fixer pass inserted it again.
      name: 'no fix when the heredoc script writes an unhardened list between its first apk command and this one',
      code: df('FROM alpine:3.23', 'RUN <<EOF', 'apk update', 'echo "https://mirror.example.org/alpine/v3.23/main" > /etc/apk/repositories', 'apk add curl', 'EOF'),
      errors: [{ messageId: 'upstream', line: 5, column: 1 }],
    },
    {
      name: 'heredoc RUN with indented lines and the key style needing ADD',
      options: { keyInstall: 'add-checksum' },
      code: df('FROM alpine:3.24', 'RUN <<-EOF', '\tset -e', '\tapk add curl', 'EOF'),
      errors: [{ messageId: 'upstream', line: 4, column: 2 }],
      output: df('FROM alpine:3.24', `ADD --checksum=sha256:0003d0ae2bf20db9669f784d6ccd5d52265cb1b73fdb14f5186b348b3308f0cd https://dhi.io/keyring/${KEY} /etc/apk/keys/${KEY}`, 'RUN echo "https://dhi.io/apk/alpine/v3.24/main" > /etc/apk/repositories', 'RUN <<-EOF', '\tset -e', '\tapk add curl', 'EOF'),
    },
    {
      name: 'heredoc RUN, key already installed: the list is written in the script',
      code: df('FROM alpine:3.24', `ADD https://dhi.io/keyring/${KEY} /etc/apk/keys/`, 'RUN <<-EOF', '\tset -e', '\tapk add curl', 'EOF'),
      errors: [{ messageId: 'upstream', line: 5, column: 2 }],
      output: df('FROM alpine:3.24', `ADD https://dhi.io/keyring/${KEY} /etc/apk/keys/`, 'RUN <<-EOF', '\tset -e', '\techo "https://dhi.io/apk/alpine/v3.24/main" > /etc/apk/repositories', '\tapk add curl', 'EOF'),
    },
    {
      name: 'apt: Debian trixie base, key by checksum (unsafe: no ca-certificates yet)',
      code: df('FROM debian:trixie-slim', 'RUN apt-get update && apt-get install -y --no-install-recommends curl'),
      errors: [{ messageId: 'aptUpstream', line: 2, column: 23, endColumn: 70, message: 'base debian:trixie-slim' }],
      unsafe: true,
      output: df('FROM debian:trixie-slim', CA, ADD_ASC, `RUN ${DEB_LIST('/usr/share/keyrings/dhi-deb.asc')}`, 'RUN apt-get update && apt-get install -y --no-install-recommends curl'),
    },
    {
      name: 'apt: with a Debian mirror configured, the fix points at the mirror (Docker\'s key verifies it when it names none)',
      policy: { debMirrors: [{ url: 'https://deb.example.com/dhi/main', keyUrl: null, keySha256: null, auth: false }] },
      code: df('FROM debian:trixie-slim', 'RUN apt-get update && apt-get install -y curl'),
      errors: [{ messageId: 'aptUpstream', line: 2, column: 23 }],
      unsafe: true,
      output: df(
        'FROM debian:trixie-slim',
        CA,
        ADD_ASC,
        'RUN echo "deb [signed-by=/usr/share/keyrings/dhi-deb.asc] https://deb.example.com/dhi/main trixie main" > /etc/apt/sources.list.d/dhi.list',
        'RUN apt-get update && apt-get install -y curl',
      ),
    },
    {
      name: 'apt: upgrade, dist-upgrade and aptitude install are installs too',
      code: df('FROM debian:bookworm', 'RUN apt-get update && apt-get dist-upgrade -y', 'RUN apt upgrade -y', 'RUN aptitude install -y curl'),
      errors: [
        { messageId: 'aptNotServed', line: 2, column: 23, message: 'Debian bookworm has no hardened source' },
        { messageId: 'aptNotServed', line: 3, column: 5 },
        { messageId: 'aptNotServed', line: 4, column: 5 },
      ],
      output: null,
    },
    {
      name: 'apt: not fixed with safe fixes only',
      code: df('FROM debian:trixie-slim', 'RUN apt-get update && apt-get install -y curl'),
      errors: [{ messageId: 'aptUpstream', line: 2, column: 23 }],
      output: null,
    },
    {
      name: 'apt: safe before the RUN that updates after ca-certificates is installed; multi-stage, ARG FROM, CRLF',
      code: 'ARG DEBIAN=trixie\r\nFROM debian:${DEBIAN} AS build\r\nRUN apt-get update && apt-get install -y ca-certificates\r\nRUN apt-get update && apt-get install -y git\r\nFROM build\r\nRUN apt install -y make\r\n',
      errors: [
        { messageId: 'aptUpstream', line: 3, column: 23 },
        { messageId: 'aptUpstream', line: 4, column: 23 },
        { messageId: 'aptUpstream', line: 6, column: 5 },
      ],
      output: `ARG DEBIAN=trixie\r\nFROM debian:\${DEBIAN} AS build\r\nRUN apt-get update && apt-get install -y ca-certificates\r\n${ADD_ASC}\r\nRUN ${DEB_LIST('/usr/share/keyrings/dhi-deb.asc')}\r\nRUN apt-get update && apt-get install -y git\r\nFROM build\r\nRUN apt install -y make\r\n`,
    },
    {
      name: "apt: Docker's curl | gpg pattern once curl, gnupg and ca-certificates are installed; heredoc RUN, comment line",
      code: df('FROM debian:trixie', 'RUN apt-get update && apt-get install -y curl gnupg ca-certificates', '# then the tools', 'RUN <<EOF', 'apt-get update', 'apt-get install -y git', 'EOF'),
      errors: [
        { messageId: 'aptUpstream', line: 2, column: 23 },
        { messageId: 'aptUpstream', line: 6, column: 1 },
      ],
      output: df(
        'FROM debian:trixie',
        'RUN apt-get update && apt-get install -y curl gnupg ca-certificates',
        // Inserted above the comment, which describes the instruction under it.
        `RUN curl -fsSL ${DEB_KEY_URL} | gpg --dearmor -o /usr/share/keyrings/dhi-deb.gpg && \\`,
        `    ${DEB_LIST('/usr/share/keyrings/dhi-deb.gpg')}`,
        '# then the tools',
        'RUN <<EOF',
        'apt-get update',
        'apt-get install -y git',
        'EOF',
      ),
    },
    {
      name: 'apt: escape=` on a Linux base; the inserted RUN continues with the backtick',
      code: df('# escape=`', 'FROM debian:trixie', 'RUN apt-get update && `', '    apt-get install -y curl gnupg ca-certificates', 'RUN apt-get update && apt-get install -y git'),
      errors: [
        { messageId: 'aptUpstream', line: 4, column: 5 },
        { messageId: 'aptUpstream', line: 5, column: 23 },
      ],
      output: df(
        '# escape=`',
        'FROM debian:trixie',
        'RUN apt-get update && `',
        '    apt-get install -y curl gnupg ca-certificates',
        `RUN curl -fsSL ${DEB_KEY_URL} | gpg --dearmor -o /usr/share/keyrings/dhi-deb.gpg && \``,
        `    ${DEB_LIST('/usr/share/keyrings/dhi-deb.gpg')}`,
        'RUN apt-get update && apt-get install -y git',
      ),
    },
    {
      name: 'apt: Debian release without a hardened source',
      code: df('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl'),
      errors: [{ messageId: 'aptNotServed', line: 2, column: 23, message: 'Debian bookworm has no hardened source (served: trixie)' }],
    },
    {
      name: 'apt: unpinned Debian base',
      code: df('FROM debian', 'RUN apt-get install -y curl'),
      errors: [{ messageId: 'aptUnknownRelease', line: 2, column: 5 }],
    },
    {
      name: 'apt: Ubuntu has no hardened source',
      code: df('FROM ubuntu:24.04', 'RUN apt-get update && apt-get install -y curl'),
      errors: [{ messageId: 'aptUbuntu', line: 2, column: 23, message: 'no hardened source' }],
    },
    {
      name: 'apt: older Ubuntu (sources.list), with curl and gnupg and ca-certificates installed: still no Debian source offered',
      code: df('FROM ubuntu:22.04', 'RUN apt-get update && apt-get install -y ca-certificates curl gnupg', 'RUN apt-get update && apt-get install -y make'),
      errors: [
        { messageId: 'aptUbuntu', line: 2, column: 23, message: 'the base image ubuntu:22.04 is Ubuntu' },
        { messageId: 'aptUbuntu', line: 3, column: 23 },
      ],
      unsafe: true,
      output: null,
    },
    {
      name: 'DHI: an Alpine 3.22 dev image installs upstream packages (no hardened 3.22 repository)',
      code: df('FROM dhi.io/node:24-alpine3.22-dev AS build', 'RUN apk add --no-cache git', 'FROM dhi.io/node:24-alpine3.22', 'COPY --from=build /usr/bin/git /usr/bin/git'),
      errors: [{ messageId: 'notServed', line: 2, column: 5, message: '3.22' }],
    },
    {
      name: 'DHI: a dotnet -sdk image on Alpine 3.22',
      code: df('FROM dhi.io/dotnet:9-sdk-alpine3.22', 'RUN apk add icu-libs'),
      errors: [{ messageId: 'notServed', line: 2, column: 5 }],
    },
    {
      name: 'DHI: the repositories of a dev image replaced with upstream ones',
      code: df('FROM dhi.io/alpine-base:3.23-dev', 'RUN echo "https://dl-cdn.alpinelinux.org/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add curl'),
      errors: [{ messageId: 'upstream', line: 3, column: 5 }],
      output: df('FROM dhi.io/alpine-base:3.23-dev', 'RUN echo "https://dl-cdn.alpinelinux.org/alpine/v3.23/main" > /etc/apk/repositories', 'RUN echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories', 'RUN apk add curl'),
    },
  ],
});
