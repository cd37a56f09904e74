/** The model's facts for each writer and downloader it must recognise (issue: writers list). */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import type { Build, Fact } from '../../src/model/types.js';
import { makePolicy } from '../../src/policy/index.js';

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
const KEY_URL = `https://dhi.io/keyring/${KEY}`;
const HARDENED = 'https://dhi.io/apk/alpine/v3.23/main';


function model(...lines: string[]): Build {
  return buildModel(lines.join('\n') + '\n', { buildArgs: {}, policy: makePolicy() });
}

function facts(b: Build, stage = 0): Fact[] {
  return b.stages[stage]!.facts;
}

function writes(b: Build, stage = 0) {
  return facts(b, stage)
    .filter((f) => f.kind === 'repo-write')
    .map((f) => ({ file: f.file, mode: f.mode, via: f.via, lines: f.lines.map((l) => l.text) }));
}

function keys(b: Build, stage = 0) {
  return facts(b, stage)
    .filter((f) => f.kind === 'key-install')
    .map((f) => ({ path: f.path, url: f.url, via: f.via, movedLater: f.movedLater }));
}

function lastRepos(b: Build, stage = 0): string[] {
  const cmds = facts(b, stage).filter((f) => f.kind === 'package-command');
  return cmds.at(-1)!.repositories.map((r) => `${r.origin} ${r.url}`);
}

describe('repository writers', () => {
  it('echo >, echo >>', () => {
    const b = model('FROM alpine:3.23', `RUN echo "${HARDENED}" > /etc/apk/repositories`, `RUN echo ${HARDENED} >> /etc/apk/repositories && apk add x`);
    expect(writes(b)).toEqual([
      { file: '/etc/apk/repositories', mode: 'replace', via: 'echo', lines: [HARDENED] },
      { file: '/etc/apk/repositories', mode: 'append', via: 'echo', lines: [HARDENED] },
    ]);
    expect(lastRepos(b)).toEqual([`write ${HARDENED}`, `write ${HARDENED}`]);
  });

  it('printf with one line per argument, piped into tee -a', () => {
    const b = model('FROM alpine:3.23', `RUN printf '%s\\n' ${HARDENED} https://dhi.io/apk/alpine/v3.23/security | tee -a /etc/apk/repositories`);
    expect(writes(b)).toEqual([{ file: '/etc/apk/repositories', mode: 'append', via: 'tee', lines: [HARDENED, 'https://dhi.io/apk/alpine/v3.23/security'] }]);
  });

  it('cat heredoc into the file, and a .list in repositories.d', () => {
    const b = model('FROM alpine:3.23', 'RUN cat <<EOF > /etc/apk/repositories.d/dhi.list && apk add x', `# comment`, `@dhi ${HARDENED}`, 'EOF');
    expect(writes(b)).toEqual([{ file: '/etc/apk/repositories.d/dhi.list', mode: 'replace', via: 'cat', lines: [HARDENED] }]);
    const w = facts(b).find((f) => f.kind === 'repo-write');
    expect(w?.kind === 'repo-write' && w.lines[0]!.tag).toBe('dhi');
  });

  it('COPY heredoc and COPY from the context', () => {
    const b = model('FROM alpine:3.23', 'COPY <<EOF /etc/apk/repositories', HARDENED, 'EOF', 'COPY repositories /etc/apk/', 'RUN apk add x');
    expect(writes(b)).toEqual([
      { file: '/etc/apk/repositories', mode: 'replace', via: 'COPY', lines: [HARDENED] },
      { file: '/etc/apk/repositories', mode: 'replace', via: 'COPY', lines: [''] },
    ]);
    const cmd = facts(b).find((f) => f.kind === 'package-command');
    expect(cmd?.kind === 'package-command' && cmd.repositoriesUnknown).toBe(true);
  });

  it('sed -i edits the base entries', () => {
    const b = model('FROM alpine:3.23', "RUN sed -i -e 's|https://dl-cdn.alpinelinux.org/alpine|https://mirror.example.org/alpine|g' /etc/apk/repositories && apk add x");
    expect(writes(b)[0]).toMatchObject({ mode: 'edit', via: 'sed' });
    expect(lastRepos(b)).toEqual(['write https://mirror.example.org/alpine/v3.23/main', 'write https://mirror.example.org/alpine/v3.23/community']);
  });

  it('cp and mv of a file written earlier', () => {
    const b = model('FROM alpine:3.23', `RUN echo ${HARDENED} > /tmp/repos && cp /tmp/repos /etc/apk/repositories && apk add x`);
    expect(writes(b)).toEqual([{ file: '/etc/apk/repositories', mode: 'replace', via: 'cp', lines: [HARDENED] }]);
  });

  it('expands ARG and ENV values and a release computed from the image', () => {
    const b = model(
      'ARG V=3.23',
      'FROM alpine:${V}',
      'ARG V',
      'ENV HOST=dhi.io',
      'RUN echo "https://${HOST}/apk/alpine/v${V}/main" > /etc/apk/repositories',
      'RUN echo "https://dhi.io/apk/alpine/v$(cut -d. -f1,2 /etc/alpine-release)/main" >> /etc/apk/repositories',
    );
    const lines = facts(b).flatMap((f) => (f.kind === 'repo-write' ? f.lines : []));
    expect(lines.map((l) => [l.text, l.releaseFromBaseArg, l.releaseFromImage])).toEqual([
      [HARDENED, true, false],
      [HARDENED, false, true],
    ]);
  });

  it('allow-untrusted written to /etc/apk/config is a trust bypass', () => {
    const b = model('FROM alpine:3.23', 'RUN echo allow-untrusted >> /etc/apk/config');
    expect(facts(b).map((f) => f.kind)).toEqual(['repo-write', 'trust-bypass']);
  });
});

describe('key installs', () => {
  it('cd into the keys directory, then wget by remote name', () => {
    const b = model('FROM alpine:3.23', 'RUN cd /etc/apk/keys && \\', `    wget ${KEY_URL}`);
    expect(keys(b)).toEqual([{ path: `/etc/apk/keys/${KEY}`, url: KEY_URL, via: 'wget', movedLater: false }]);
  });

  it('wget -O, wget -P, wget -qO- with a redirect', () => {
    const b = model('FROM alpine:3.23', `RUN wget -O /etc/apk/keys/a.rsa.pub ${KEY_URL}`, `RUN wget -P /etc/apk/keys ${KEY_URL}`, `RUN wget -qO- ${KEY_URL} > /etc/apk/keys/c.rsa.pub`);
    expect(keys(b).map((k) => k.path)).toEqual(['/etc/apk/keys/a.rsa.pub', `/etc/apk/keys/${KEY}`, '/etc/apk/keys/c.rsa.pub']);
  });

  it('curl -o, curl -fsSLO --output-dir, curl to stdout with tee-less redirect', () => {
    const b = model('FROM alpine:3.23', `RUN curl -fsSLo /etc/apk/keys/a.rsa.pub ${KEY_URL}`, `RUN curl -fsSLO --output-dir /etc/apk/keys ${KEY_URL}`, `RUN curl -fsSL ${KEY_URL} > /etc/apk/keys/c.rsa.pub`);
    expect(keys(b).map((k) => k.path)).toEqual(['/etc/apk/keys/a.rsa.pub', `/etc/apk/keys/${KEY}`, '/etc/apk/keys/c.rsa.pub']);
  });

  it('downloaded elsewhere then moved: the first is marked moved', () => {
    const b = model('FROM alpine:3.23', `RUN wget -O /tmp/k.rsa.pub ${KEY_URL} && mv /tmp/k.rsa.pub /etc/apk/keys/${KEY}`);
    expect(keys(b)).toEqual([
      { path: '/tmp/k.rsa.pub', url: KEY_URL, via: 'wget', movedLater: true },
      { path: `/etc/apk/keys/${KEY}`, url: KEY_URL, via: 'mv', movedLater: false },
    ]);
  });

  it('ADD --checksum of the key URL into the keys directory, and COPY from the context', () => {
    const b = model('FROM alpine:3.23', `ADD --checksum=sha256:abc ${KEY_URL} /etc/apk/keys/`, `COPY ${KEY} /etc/apk/keys/`);
    const k = facts(b).filter((f) => f.kind === 'key-install');
    expect(k.map((f) => f.kind === 'key-install' && [f.path, f.via, f.checksum, f.contextSource])).toEqual([
      [`/etc/apk/keys/${KEY}`, 'ADD', 'sha256:abc', null],
      [`/etc/apk/keys/${KEY}`, 'COPY', null, KEY],
    ]);
  });

  it('a package command sees keys of the parent stage', () => {
    const b = model('FROM alpine:3.23 AS a', `RUN wget -P /etc/apk/keys ${KEY_URL}`, 'FROM a', 'RUN apk add x');
    const cmd = facts(b, 1).find((f) => f.kind === 'package-command');
    expect(cmd?.kind === 'package-command' && cmd.keys.map((k) => k.path)).toEqual([`/etc/apk/keys/${KEY}`]);
  });
});

describe('package commands and their environment', () => {
  it('apk options, -X, and packages', () => {
    const b = model('FROM alpine:3.23', `RUN apk --no-cache add -X ${HARDENED} --allow-untrusted --virtual .deps curl ./local.apk`);
    const cmd = facts(b).find((f) => f.kind === 'package-command');
    expect(cmd?.kind === 'package-command' && [cmd.subcommand, cmd.packages.map((p) => p.value), cmd.extraRepositories.map((x) => x.url), cmd.options.map((o) => o.name)]).toEqual([
      'add',
      ['curl', './local.apk'],
      [HARDENED],
      ['--allow-untrusted'],
    ]);
  });

  it('a prefix assignment reaches one command, an export the rest of the chain', () => {
    const b = model('FROM alpine:3.23', 'RUN --mount=type=secret,id=http_auth HTTP_AUTH="$(cat /run/secrets/http_auth)" apk update && apk add a && export HTTP_AUTH=x && apk add b');
    const envs = facts(b)
      .filter((f) => f.kind === 'package-command')
      .map((f) => (f.kind === 'package-command' ? f.env.named('HTTP_AUTH').map((e) => e.how) : []));
    expect(envs).toEqual([['prefix'], [], ['export']]);
    const read = facts(b).find((f) => f.kind === 'secret-read');
    expect(read).toMatchObject({ id: 'http_auth', mounted: true, into: { variable: 'HTTP_AUTH' } });
  });

  it('a secret written into a file of the layer, unless removed in the same RUN', () => {
    const b = model('FROM alpine:3.23', 'RUN --mount=type=secret,id=t cat /run/secrets/t > /root/.netrc', 'RUN --mount=type=secret,id=t cat /run/secrets/t > /tmp/n && apk add x && rm /tmp/n');
    expect(facts(b).flatMap((f) => (f.kind === 'secret-write' ? [[f.file, f.removed]] : []))).toEqual([
      ['/root/.netrc', false],
      ['/tmp/n', true],
    ]);
  });

  it('Windows shells are not parsed as sh', () => {
    const b = model('# escape=`', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022', 'SHELL ["powershell", "-Command"]', 'RUN echo x > /etc/apk/repositories');
    expect(facts(b)).toEqual([]);
  });

  it('a stage is Windows with escape=` on a base not known as Linux, or after a powershell SHELL', () => {
    const b = model('# escape=`', 'FROM debian:trixie AS linux', 'FROM mcr.microsoft.com/windows/servercore:ltsc2022 AS win', 'FROM win', 'FROM alpine:3.23 AS ps', 'SHELL ["pwsh", "-Command"]');
    expect(b.stages.map((s) => s.windows)).toEqual([false, true, true, true]);
    expect(model('FROM alpine:3.23').stages[0]!.windows).toBe(false);
  });

  it('escape=` on a Linux base still runs sh: its RUNs are read, continued with the backtick', () => {
    const b = model('# escape=`', 'FROM debian:trixie-slim', 'RUN apt-get update && `', '    apt-get install -y nginx');
    expect(facts(b).filter((f) => f.kind === 'package-command').map((f) => f.kind === 'package-command' && f.subcommand)).toEqual(['update', 'install']);
  });
});

describe('secret mounts', () => {
  it('a secret given only as env= mounts no file', () => {
    const b = model('FROM alpine:3.23', 'RUN --mount=type=secret,id=http_auth,env=HTTP_AUTH cat /run/secrets/http_auth && apk add x');
    expect(b.instructions[1]!.mounts.map((m) => [m.id, m.target, m.env])).toEqual([['http_auth', '', 'HTTP_AUTH']]);
    expect(facts(b).find((f) => f.kind === 'secret-read')).toMatchObject({ path: '/run/secrets/http_auth', mounted: false });
    const cmd = facts(b).find((f) => f.kind === 'package-command');
    expect(cmd?.kind === 'package-command' && cmd.env.named('HTTP_AUTH').map((e) => e.how)).toEqual(['mount-env']);
  });
});

describe('flags followed by a continuation', () => {
  it('a comment line after `RUN --mount=… \\` is dropped, not taken as the script', () => {
    const b = model('FROM alpine:3.23', 'RUN --mount=type=secret,id=http_auth \\', '    # fetch with the credential', '', '    apk add curl');
    expect(facts(b).filter((f) => f.kind === 'package-command').map((f) => f.kind === 'package-command' && f.packages.map((p) => p.value))).toEqual([['curl']]);
  });
});

describe('ONBUILD triggers', () => {
  it('keep only what is wrong in any build: a trigger changes nothing in its own stage', () => {
    const b = model(
      'FROM alpine:3.23',
      `ONBUILD RUN echo "${HARDENED}" > /etc/apk/repositories && wget -O /etc/apk/keys/${KEY} ${KEY_URL} && cd /opt`,
      'ONBUILD RUN apk add --allow-untrusted curl',
      'RUN apk add git',
    );
    expect(facts(b).map((f) => f.kind)).toEqual(['download', 'trust-bypass', 'package-command']);
    expect(writes(b)).toEqual([]);
    expect(keys(b)).toEqual([]);
    expect(lastRepos(b)).toEqual(['base https://dl-cdn.alpinelinux.org/alpine/v3.23/main', 'base https://dl-cdn.alpinelinux.org/alpine/v3.23/community']);
    // The trigger's own RUN is not the instruction's script: rules that read `run` see none.
    expect(b.instructions[1]!.run).toBeUndefined();
  });
});

describe('variables assigned in if and case arms', () => {
  const written = (b: Build) => writes(b).flatMap((w) => w.lines);

  it('are unknown after the construct when the arms give different values', () => {
    const b = model(
      'FROM alpine:3.23',
      'RUN case "$(apk --print-arch)" in x86_64) REL=3.22 ;; aarch64) REL=3.23 ;; esac && \\',
      `    echo "https://dhi.io/apk/alpine/v$REL/main" > /etc/apk/repositories`,
    );
    expect(facts(b).find((f) => f.kind === 'repo-write')).toMatchObject({ lines: [{ dynamic: true }] });
  });

  it('keep an arm its own value, and one value when every way gives it', () => {
    const b = model(
      'FROM alpine:3.23',
      `RUN if [ -n "$X" ]; then R=v3.23; echo "https://dhi.io/apk/alpine/$R/main" > /etc/apk/repositories; else R=v3.23; fi && \\`,
      `    if [ -z "$UNSET" ]; then M=main; fi && echo "https://dhi.io/apk/alpine/$R/$M" >> /etc/apk/repositories`,
    );
    expect(written(b)).toEqual([HARDENED, HARDENED]);
  });

  it('count the value before the construct when an arm may not run', () => {
    const b = model('FROM alpine:3.23', 'ARG REL=3.22', 'RUN if [ "$(uname -m)" = aarch64 ]; then REL=3.23; fi && echo "https://dhi.io/apk/alpine/v$REL/main" > /etc/apk/repositories');
    expect(facts(b).find((f) => f.kind === 'repo-write')).toMatchObject({ lines: [{ dynamic: true }] });
  });
});

describe('sh -c scripts', () => {
  it('are read like the RUN, seeing what it exported and not its other variables', () => {
    const b = model(
      'FROM alpine:3.23',
      `RUN A=3.23 && export B=3.23 && sh -c 'echo https://dhi.io/apk/alpine/v$B/main > /etc/apk/repositories; echo "https://dhi.io/apk/alpine/v$A/community" >> /etc/apk/repositories'`,
    );
    expect(writes(b)).toEqual([
      { file: '/etc/apk/repositories', mode: 'replace', via: 'echo', lines: [HARDENED] },
      { file: '/etc/apk/repositories', mode: 'append', via: 'echo', lines: ['https://dhi.io/apk/alpine/v$A/community'] },
    ]);
  });

  it('map their ranges into the file, through bash options and -ec', () => {
    const text = "FROM alpine:3.23\nRUN bash -o pipefail -ec 'apk add --no-cache curl'\n";
    const b = buildModel(text, { buildArgs: {}, policy: makePolicy() });
    const apk = facts(b).find((f) => f.kind === 'package-command')!;
    expect(text.slice(apk.span.start, apk.span.end)).toBe('apk add --no-cache curl');
    // Lines inserted before it would land inside the quotes: its fixes go before the instruction.
    expect(apk).toMatchObject({ commandSpan: null });
  });

  it('are read across the RUN\'s line continuations, which BuildKit removes even inside quotes', () => {
    const text = "FROM alpine:3.23\nRUN /bin/ash -c 'set -ex && \\\n    apk add --no-cache curl'\n";
    const b = buildModel(text, { buildArgs: {}, policy: makePolicy() });
    const apk = facts(b).find((f) => f.kind === 'package-command')!;
    expect(text.slice(apk.span.start, apk.span.end)).toBe('apk add --no-cache curl');
  });
});

describe('variables assigned after || or a test', () => {
  it('are unknown after the list when it may or may not assign them', () => {
    const b = model(
      'FROM alpine:3.23',
      'ARG REL=3.22',
      'RUN [ "$(uname -m)" = aarch64 ] && REL=3.23; echo "https://dhi.io/apk/alpine/v$REL/main" > /etc/apk/repositories',
      'RUN [ -n "$X" ] && V=3.22 || V=3.23; echo "https://dhi.io/apk/alpine/v$V/main" > /etc/apk/repositories',
    );
    expect(facts(b).filter((f) => f.kind === 'repo-write').map((f) => f.kind === 'repo-write' && f.lines[0]!.dynamic)).toEqual([true, true]);
  });

  it('keep their value inside the list, and after && behind a command that is not a test', () => {
    const b = model('FROM alpine:3.23', `RUN cd /tmp && R=v3.23 && echo "https://dhi.io/apk/alpine/$R/main" > /etc/apk/repositories && [ -z "$M" ] && M=main && echo "https://dhi.io/apk/alpine/$R/$M" >> /etc/apk/repositories`);
    expect(writes(b).flatMap((w) => w.lines)).toEqual([HARDENED, HARDENED]);
  });
});
