/** fast-check generators of Dockerfiles: realistic pieces glued with the syntax that breaks parsers. */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const release = fc.constantFrom('3.23', '3.24', '3.22', 'edge', '3', 'latest', '${V}', '${V:-3.23}');
const url = fc.constantFrom(
  'https://dhi.io/apk/alpine/v3.23/main',
  'https://dhi.io/apk/alpine/v3.24/security',
  'http://dhi.io/apk/alpine/v3.23/main',
  'https://dl-cdn.alpinelinux.org/alpine/v3.23/community',
  'https://user:pa55@mirror.example.org/alpine/v3.23/main',
  'https://dhi.io/apk/alpine/v$(cut -d. -f1,2 /etc/alpine-release)/main',
);
const keyUrl = fc.constantFrom(`https://dhi.io/keyring/${KEY}`, `http://dhi.io/keyring/${KEY}`, 'https://dhi.io/keyring/apk@docker-0F81AD7700D99184.rsa.pub');
const pkg = fc.constantFrom('curl', 'git', 'dhi-enterprise-conf', 'openssl-fips', './local.apk', 'x@dhi', '$PKGS');

const shellCommand = fc.oneof(
  fc.tuple(fc.constantFrom('>', '>>'), url).map(([op, u]) => `echo "${u}" ${op} /etc/apk/repositories`),
  fc.tuple(url, url).map(([a, b]) => `printf '%s\\n' ${a} ${b} | tee -a /etc/apk/repositories`),
  keyUrl.map((u) => `wget -O /etc/apk/keys/${KEY} ${u}`),
  keyUrl.map((u) => `cd /etc/apk/keys && wget ${u}`),
  keyUrl.map((u) => `curl -fsSLk ${u} -o /etc/apk/keys/dhi.pub`),
  fc.tuple(fc.constantFrom('add', 'update', 'upgrade', 'del', 'fix'), fc.array(pkg, { maxLength: 3 }), fc.constantFrom('', '--no-cache', '--allow-untrusted', '-X https://dl-cdn.alpinelinux.org/alpine/v3.23/main')).map(([s, p, o]) => `apk ${s} ${o} ${p.join(' ')}`),
  fc.constant('HTTP_AUTH="$(cat /run/secrets/http_auth)" apk update'),
  fc.constant('export HTTP_AUTH="$(cat /run/secrets/http_auth)"'),
  fc.constant("sed -i 's/dl-cdn.alpinelinux.org/dhi.io/' /etc/apk/repositories"),
  fc.constant('echo allow-untrusted > /etc/apk/config'),
  fc.constant('cat /run/secrets/http_auth > /root/.netrc'),
  fc.constant('echo dckr_pat_AbCdEfGhIjKlMnOpQrStUv12'),
);

const join$ = fc.constantFrom(' && ', '; ', ' || ', ' | ', ' && \\\n    ', ' \\\n# comment\n    && ', '\n');

const run = fc.oneof(
  fc.tuple(fc.array(shellCommand, { minLength: 1, maxLength: 4 }), join$, fc.constantFrom('', '--mount=type=secret,id=http_auth ')).map(([cmds, j, m]) => `RUN ${m}${cmds.join(j.includes('\n') && !j.includes('\\') ? ' && ' : j)}`),
  fc.array(shellCommand, { minLength: 1, maxLength: 4 }).map((cmds) => `RUN <<EOF\n${cmds.join('\n')}\nEOF`),
  fc.array(shellCommand, { minLength: 1, maxLength: 2 }).map((cmds) => `RUN ["sh", "-c", ${JSON.stringify(cmds.join(' && '))}]`),
);

const instruction = fc.oneof(
  { weight: 4, arbitrary: run },
  { weight: 1, arbitrary: url.map((u) => `COPY <<EOF /etc/apk/repositories\n${u}\nEOF`) },
  { weight: 1, arbitrary: keyUrl.map((u) => `ADD --checksum=sha256:0003d0ae2bf20db9669f784d6ccd5d52265cb1b73fdb14f5186b348b3308f0cd ${u} /etc/apk/keys/`) },
  { weight: 1, arbitrary: fc.constantFrom('ARG HTTP_AUTH', 'ENV NPM_TOKEN=npm_abcdefghijklmnopqrstuvwxyz0123456789', 'ARG V=3.23', 'ENV SSL_NO_VERIFY_HOSTNAME=1', 'COPY http_auth.txt /tmp/', 'WORKDIR /etc/apk/keys', '# hardenfile-ignore upstream-package-source', 'USER 65532') },
);

const from = fc.oneof(
  release.map((r) => `FROM alpine:${r}`),
  fc.constantFrom('FROM dhi.io/python:3.14-alpine3.24', 'FROM dhi.io/golang:1.26-alpine3.23-dev', 'FROM golang:1.22-alpine3.19', 'FROM debian:trixie-slim', 'FROM scratch', 'FROM base'),
);

const stage = fc.tuple(from, fc.constantFrom('', ' AS base', ' AS build'), fc.array(instruction, { maxLength: 6 })).map(([f, as, body]) => [f + as, ...body].join('\n'));

export const dockerfile = fc
  .tuple(fc.constantFrom('', 'ARG V=3.24\n', '# escape=`\n', '# syntax=docker/dockerfile:1\n', '\uFEFF'), fc.array(stage, { minLength: 1, maxLength: 3 }), fc.constantFrom('\n', '\r\n', ''))
  .map(([head, stages, eol]) => head + stages.join('\n') + (eol === '\r\n' ? '' : eol))
  .chain((text) => fc.constantFrom(text, text.replace(/\n/g, '\r\n')));

function fixtureTexts(): string[] {
  const root = fileURLToPath(new URL('../../fixtures', import.meta.url));
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.Dockerfile')) out.push(readFileSync(join(dir, e.name), 'utf8'));
    }
  };
  walk(root);
  return out;
}

const NASTY = ['\\', '\\\n', '"', "'", '`', '$(', '<<EOF\n', '\r', '\n', '#', '[', ']', '{', '}', '${', 'RUN ', 'FROM ', '\t', 'é', '😀', '\u202e'];

/** A fixture with a few random edits: cuts, duplicated slices and inserted syntax. */
export const mutatedFixture = fc
  .tuple(
    fc.constantFrom(...fixtureTexts()),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 40 }), fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 6 }))), { minLength: 1, maxLength: 5 }),
  )
  .map(([text, edits]) => {
    let out = text;
    for (const [at, cut, insert] of edits) {
      const i = out.length ? at % out.length : 0;
      out = out.slice(0, i) + insert + out.slice(Math.min(out.length, i + cut));
    }
    return out;
  });
