/** apt in the model: sources (one-line and deb822), keys and their binding, trust options, base defaults, auth. */
import { describe, expect, it } from 'vitest';
import { buildModel } from '../../src/model/build.js';
import type { Build, Fact, PackageCommandFact } from '../../src/model/types.js';
import { makePolicy } from '../../src/policy/index.js';

const MAIN = 'https://dhi.io/deb/debian/main';
const KEY_URL = 'https://dhi.io/keyring/dhi-deb-gpg.D46852F6925E9F71.key';
const KEYRING = '/usr/share/keyrings/dhi-deb.gpg';


function model(...lines: string[]): Build {
  return buildModel(lines.join('\n') + '\n', { buildArgs: {}, policy: makePolicy() });
}

function facts(b: Build, stage = 0): Fact[] {
  return b.stages[stage]!.facts;
}

function sources(b: Build, stage = 0) {
  return facts(b, stage).flatMap((f) =>
    f.kind === 'repo-write' && f.manager === 'apt' && f.fileKind === 'repositories'
      ? f.lines.map((l) => ({ file: f.file, mode: f.mode, uri: l.text, suite: l.suite, components: l.components, signedBy: l.signedBy, trusted: l.trusted, format: l.format }))
      : [],
  );
}

function lastApt(b: Build, stage = 0): PackageCommandFact {
  return facts(b, stage).filter((f): f is PackageCommandFact => f.kind === 'package-command' && f.manager === 'apt').at(-1)!;
}

function keys(b: Build, stage = 0) {
  return facts(b, stage).flatMap((f) => (f.kind === 'key-install' ? [{ manager: f.manager, path: f.path, url: f.url, via: f.via, format: f.format, unbound: f.unbound }] : []));
}

function bypasses(b: Build, stage = 0): string[] {
  return facts(b, stage).flatMap((f) => (f.kind === 'trust-bypass' && f.manager === 'apt' ? [f.what] : []));
}

describe('apt sources', () => {
  it('one-line source written with echo >', () => {
    const b = model('FROM debian:trixie', `RUN echo "deb [arch=amd64 signed-by=${KEYRING}] ${MAIN} trixie main contrib" > /etc/apt/sources.list.d/dhi.list`);
    expect(sources(b)).toEqual([
      { file: '/etc/apt/sources.list.d/dhi.list', mode: 'replace', uri: MAIN, suite: 'trixie', components: ['main', 'contrib'], signedBy: KEYRING, trusted: false, format: 'one-line' },
    ]);
  });

  it('printf, tee -a, deb-src and comments', () => {
    const b = model('FROM debian:trixie', `RUN printf '# dhi\\ndeb ${MAIN} trixie main\\ndeb-src ${MAIN} trixie main\\n' | tee -a /etc/apt/sources.list`);
    expect(sources(b).map((s) => [s.file, s.mode, s.uri, s.suite, s.signedBy])).toEqual([['/etc/apt/sources.list', 'append', MAIN, 'trixie', null]]);
  });

  it('cat heredoc of a deb822 .sources file, with two suites', () => {
    const b = model(
      'FROM debian:trixie',
      'RUN cat <<EOF > /etc/apt/sources.list.d/dhi.sources',
      'Types: deb',
      `URIs: ${MAIN}`,
      'Suites: trixie trixie-updates',
      'Components: main',
      `Signed-By: ${KEYRING}`,
      'EOF',
    );
    expect(sources(b).map((s) => [s.uri, s.suite, s.signedBy, s.format])).toEqual([
      [MAIN, 'trixie', KEYRING, 'deb822'],
      [MAIN, 'trixie-updates', KEYRING, 'deb822'],
    ]);
  });

  it('COPY heredoc deb822 with an inline key, a disabled stanza and Trusted: yes', () => {
    const b = model(
      'FROM debian:trixie',
      'COPY <<EOF /etc/apt/sources.list.d/x.sources',
      'Types: deb',
      'URIs: https://example.com/debian',
      'Suites: trixie',
      'Trusted: yes',
      '',
      'Types: deb',
      `URIs: ${MAIN}`,
      'Suites: trixie',
      'Signed-By:',
      ' -----BEGIN PGP PUBLIC KEY BLOCK-----',
      ' .',
      ' mQINBGWAAAAB',
      ' -----END PGP PUBLIC KEY BLOCK-----',
      '',
      'Types: deb',
      'Enabled: no',
      'URIs: http://off.example.com',
      'Suites: trixie',
      'EOF',
    );
    const lines = facts(b).flatMap((f) => (f.kind === 'repo-write' ? f.lines : []));
    expect(lines.map((l) => [l.text, l.trusted, l.signedBy, l.signedByInline ?? false])).toEqual([
      ['https://example.com/debian', true, null, false],
      [MAIN, false, null, true],
    ]);
    expect(bypasses(b)).toEqual(['trusted=yes']);
  });

  it('suite computed from the image is resolved to the stage codename', () => {
    const b = model('FROM debian:trixie-slim', `RUN echo "deb [signed-by=${KEYRING}] ${MAIN} $(. /etc/os-release && echo "$VERSION_CODENAME") main" > /etc/apt/sources.list.d/dhi.list`);
    const line = facts(b).find((f) => f.kind === 'repo-write')!;
    expect(line.kind === 'repo-write' && [line.lines[0]!.suite, line.lines[0]!.suiteFromImage]).toEqual(['trixie', true]);
  });

  it('sed -i on the base sources edits URL and suite', () => {
    const b = model('FROM debian:bookworm', "RUN sed -i 's/bookworm/trixie/' /etc/apt/sources.list.d/debian.sources && apt-get update");
    expect(lastApt(b).repositories.map((r) => `${r.origin} ${r.url} ${r.suite}`)).toEqual([
      'write http://deb.debian.org/debian trixie',
      'write http://deb.debian.org/debian trixie-updates',
      'write http://deb.debian.org/debian-security trixie-security',
    ]);
  });
});

describe('add-apt-repository', () => {
  it('a deb line, -S, a ppa and a bare URI; --remove is not tracked', () => {
    const b = model(
      'FROM debian:trixie',
      `RUN add-apt-repository -y "deb [signed-by=${KEYRING}] ${MAIN} trixie main"`,
      `RUN add-apt-repository --yes -S "deb ${MAIN} trixie main" && add-apt-repository ppa:deadsnakes/ppa`,
      'RUN add-apt-repository -c contrib https://example.com/debian && add-apt-repository -r ppa:x/y',
    );
    expect(sources(b).map((s) => [s.file, s.mode, s.uri, s.suite, s.signedBy])).toEqual([
      ['/etc/apt/sources.list.d/add-apt-repository.list', 'append', MAIN, 'trixie', KEYRING],
      ['/etc/apt/sources.list.d/add-apt-repository.list', 'append', MAIN, 'trixie', null],
      ['/etc/apt/sources.list.d/add-apt-repository.list', 'append', 'ppa:deadsnakes/ppa', 'trixie', null],
      ['/etc/apt/sources.list.d/add-apt-repository.list', 'append', 'https://example.com/debian', 'trixie', null],
    ]);
    const span = facts(b).find((f) => f.kind === 'repo-write')!.lines[0]!.span!;
    expect(b.text.slice(span.start, span.end)).toBe(`"deb [signed-by=${KEYRING}] ${MAIN} trixie main"`);
  });

  it('the source is active for a later apt command', () => {
    const cmd = lastApt(model('FROM debian:trixie', `RUN add-apt-repository "deb [signed-by=${KEYRING}] ${MAIN} trixie main" && apt-get install -y x`));
    expect(cmd.repositories.at(-1)).toMatchObject({ url: MAIN, suite: 'trixie', signedBy: KEYRING, origin: 'write' });
  });
});

describe('apt package commands and state', () => {
  it('Debian base: default sources are known', () => {
    const cmd = lastApt(model('FROM debian:bookworm-slim', 'RUN apt-get update && apt-get install -y curl'));
    expect(cmd.repositoriesUnknown).toBe(false);
    expect(cmd.repositories.map((r) => `${r.origin} ${r.url} ${r.suite}`)).toEqual([
      'base http://deb.debian.org/debian bookworm',
      'base http://deb.debian.org/debian bookworm-updates',
      'base http://deb.debian.org/debian-security bookworm-security',
    ]);
    expect(cmd.keys.map((k) => k.path)).toEqual(['/usr/share/keyrings/debian-archive-keyring.gpg']);
    expect([cmd.tool, cmd.subcommand, cmd.packages.map((p) => p.value)]).toEqual(['apt-get', 'install', ['curl']]);
  });

  it('Ubuntu 24.04 and later: the deb822 ubuntu.sources, bound to the Ubuntu archive keyring', () => {
    for (const from of ['ubuntu:24.04', 'ubuntu:noble-20240423', 'ubuntu']) {
      const cmd = lastApt(model(`FROM ${from}`, 'RUN apt-get update && apt-get install -y curl'));
      const suite = from === 'ubuntu' ? null : 'noble';
      expect(cmd.repositoriesUnknown).toBe(false);
      expect(cmd.repositories.map((r) => [r.file, r.url, r.suite, r.signedBy])).toEqual([
        ['/etc/apt/sources.list.d/ubuntu.sources', 'http://archive.ubuntu.com/ubuntu/', suite, '/usr/share/keyrings/ubuntu-archive-keyring.gpg'],
        ['/etc/apt/sources.list.d/ubuntu.sources', 'http://archive.ubuntu.com/ubuntu/', suite && `${suite}-updates`, '/usr/share/keyrings/ubuntu-archive-keyring.gpg'],
        ['/etc/apt/sources.list.d/ubuntu.sources', 'http://archive.ubuntu.com/ubuntu/', suite && `${suite}-backports`, '/usr/share/keyrings/ubuntu-archive-keyring.gpg'],
        ['/etc/apt/sources.list.d/ubuntu.sources', 'http://security.ubuntu.com/ubuntu/', suite && `${suite}-security`, '/usr/share/keyrings/ubuntu-archive-keyring.gpg'],
      ]);
      expect(cmd.keys.map((k) => k.path)).toEqual(['/usr/share/keyrings/ubuntu-archive-keyring.gpg']);
    }
  });

  it('older Ubuntu: one-line /etc/apt/sources.list, keys in trusted.gpg.d; a sed -i edits them', () => {
    const b = model('FROM ubuntu:22.04', 'RUN sed -i s/archive.ubuntu.com/mirror.example.com/ /etc/apt/sources.list && apt-get install -y curl');
    const cmd = lastApt(b);
    expect(cmd.repositories.map((r) => [r.file, r.url, r.suite, r.signedBy])).toEqual([
      ['/etc/apt/sources.list', 'http://mirror.example.com/ubuntu/', 'jammy', null],
      ['/etc/apt/sources.list', 'http://mirror.example.com/ubuntu/', 'jammy-updates', null],
      ['/etc/apt/sources.list', 'http://mirror.example.com/ubuntu/', 'jammy-backports', null],
      ['/etc/apt/sources.list', 'http://security.ubuntu.com/ubuntu/', 'jammy-security', null],
    ]);
    expect(cmd.keys.map((k) => k.path)).toEqual(['/etc/apt/trusted.gpg.d/ubuntu-keyring-2018-archive.gpg']);
  });

  it('unknown base, or sources copied from the context: unknown', () => {
    expect(lastApt(model('FROM python:3.13-slim', 'RUN apt-get install -y curl')).repositoriesUnknown).toBe(true);
    expect(lastApt(model('FROM debian:trixie', 'COPY dhi.list /etc/apt/sources.list.d/', 'RUN apt-get install -y curl')).repositoriesUnknown).toBe(true);
  });

  it('a DHI dev image comes with the source and key of its catalog definition', () => {
    // Docker's own source line is plain http, bound to the keyring the image ships.
    const cmd = lastApt(model('FROM dhi.io/python:3.13-dev', 'RUN apt-get install -y curl'));
    expect(cmd.repositories.map((r) => `${r.origin} ${r.url} ${r.suite} ${r.signedBy}`)).toEqual(['base http://dhi.io/deb/debian/main trixie /usr/share/keyrings/dhi-deb-main.gpg']);
    expect(cmd.keys.map((k) => k.path)).toEqual(['/usr/share/keyrings/dhi-deb-main.gpg']);
    expect(cmd.repositoriesUnknown).toBe(false);
  });

  it('a DHI image that keeps a vendor source beside the hardened one', () => {
    const cmd = lastApt(model('FROM dhi.io/azure-functions-node:4-node24.19-dev', 'RUN apt-get install -y curl'));
    expect(cmd.repositories.map((r) => `${r.url} ${r.suite}`)).toEqual(['https://packages.microsoft.com/debian/13/prod trixie', 'http://dhi.io/deb/debian/main trixie']);
    expect(cmd.keys.map((k) => k.path)).toEqual(['/usr/share/keyrings/microsoft-signing-key.gpg', '/usr/share/keyrings/dhi-deb-main.gpg']);
  });

  it('a Debian 12 DHI dev image, whose definition lists no sources, has unknown sources', () => {
    const cmd = lastApt(model('FROM dhi.io/node:24-debian12-dev', 'RUN apt-get install -y curl'));
    expect(cmd.repositories).toEqual([]);
    expect(cmd.repositoriesUnknown).toBe(true);
  });

  it('apk state does not see apt entries, and apt does not see apk ones', () => {
    const b = model('FROM debian:trixie', `RUN echo "deb ${MAIN} trixie main" > /etc/apt/sources.list.d/dhi.list && apk add x && aptitude install y`);
    const apk = facts(b).find((f): f is PackageCommandFact => f.kind === 'package-command' && f.manager === 'apk')!;
    expect(apk.repositories.some((r) => r.url === MAIN)).toBe(false);
    expect(lastApt(b).repositories.at(-1)!.url).toBe(MAIN);
    expect(lastApt(b).tool).toBe('aptitude');
  });

  it('trust options on the command line', () => {
    const b = model('FROM debian:trixie', 'RUN apt-get install -y --allow-unauthenticated -o APT::Get::AllowUnauthenticated=true -oAcquire::https::Verify-Peer=false --allow-insecure-repositories x');
    expect(bypasses(b)).toEqual(['--allow-unauthenticated', 'APT::Get::AllowUnauthenticated', 'Acquire::https::Verify-Peer', '--allow-insecure-repositories']);
  });

  it('harmless -o options are no bypass', () => {
    const b = model('FROM debian:trixie', 'RUN apt-get -o Acquire::Retries=3 -o Acquire::https::Verify-Peer=true install -y x');
    expect(bypasses(b)).toEqual([]);
    expect(lastApt(b).packages.map((p) => p.value)).toEqual(['x']);
  });

  it('trust options written to apt.conf.d', () => {
    const b = model('FROM debian:trixie', `RUN echo 'Acquire::AllowInsecureRepositories "true"; Acquire::https::dhi.io::Verify-Peer "false";' > /etc/apt/apt.conf.d/99insecure`);
    expect(bypasses(b)).toEqual(['Acquire::AllowInsecureRepositories', 'Acquire::https::Verify-Peer']);
  });

  it('nested scopes in apt.conf.d read the same as the :: form; comments are skipped', () => {
    const b = model(
      'FROM debian:trixie',
      'COPY <<EOF /etc/apt/apt.conf.d/99insecure',
      '// Acquire::AllowInsecureRepositories "true";',
      'Acquire {',
      '  https { Verify-Peer "false"; };',
      '  https::dhi.io { Verify-Host "false"; };',
      '  Retries "3";',
      '  /* AllowInsecureRepositories "true"; */',
      '};',
      'APT { Get { AllowUnauthenticated "1"; }; };',
      'Acquire::http { Proxy "http://proxy:3128"; };',
      'EOF',
    );
    expect(bypasses(b)).toEqual(['Acquire::https::Verify-Peer', 'Acquire::https::Verify-Host', 'APT::Get::AllowUnauthenticated']);
    const at = facts(b).filter((f) => f.kind === 'trust-bypass').map((f) => b.text.slice(f.span.start, f.span.end));
    expect(at).toEqual(['Verify-Peer "false"', 'Verify-Host "false"', 'AllowUnauthenticated "1"']);
  });

  it('harmless nested options are no bypass', () => {
    const b = model('FROM debian:trixie', `RUN printf 'Acquire {\\n  https { Verify-Peer "true"; };\\n};\\n' > /etc/apt/apt.conf.d/99tls`);
    expect(bypasses(b)).toEqual([]);
  });
});

describe('apt keys', () => {
  it('curl | gpg --dearmor -o', () => {
    const b = model('FROM debian:trixie', `RUN curl -fsSL ${KEY_URL} | gpg --dearmor -o ${KEYRING}`);
    expect(keys(b)).toEqual([{ manager: 'apt', path: KEYRING, url: KEY_URL, via: 'curl | gpg', format: 'binary', unbound: undefined }]);
  });

  it('wget -O- | gpg --dearmor > file, and ADD --checksum to .asc', () => {
    const b = model('FROM debian:trixie', `RUN wget -qO- ${KEY_URL} | gpg --dearmor > ${KEYRING}`, `ADD --checksum=sha256:abc ${KEY_URL} /usr/share/keyrings/dhi-deb.asc`);
    expect(keys(b).map((k) => [k.path, k.format, k.via])).toEqual([
      [KEYRING, 'binary', 'wget | gpg'],
      ['/usr/share/keyrings/dhi-deb.asc', 'armoured', 'ADD'],
    ]);
  });

  it('armoured key downloaded straight into a .gpg file', () => {
    const b = model('FROM debian:trixie', `RUN curl -fsSLo ${KEYRING} ${KEY_URL}`);
    expect(keys(b).map((k) => [k.path, k.format])).toEqual([[KEYRING, 'armoured']]);
  });

  it('COPY from the context into a keyring directory', () => {
    const b = model('FROM debian:trixie', 'COPY dhi-deb.gpg /usr/share/keyrings/');
    expect(keys(b).map((k) => [k.path, k.format, k.via])).toEqual([[KEYRING, 'unknown', 'COPY']]);
  });

  it('apt-key and trusted.gpg.d are not bound to a source', () => {
    const b = model(
      'FROM debian:trixie',
      `RUN curl -fsSL ${KEY_URL} | apt-key add -`,
      'RUN apt-key add /tmp/k.asc',
      `RUN curl -fsSL ${KEY_URL} -o /etc/apt/trusted.gpg.d/dhi.asc`,
    );
    expect(keys(b).map((k) => [k.path, k.unbound])).toEqual([
      ['/etc/apt/trusted.gpg', 'apt-key'],
      ['/etc/apt/trusted.gpg', 'apt-key'],
      ['/etc/apt/trusted.gpg.d/dhi.asc', 'trusted.gpg.d'],
    ]);
  });

  it('the state knows the bound keyring when apt runs', () => {
    const b = model('FROM debian:trixie', `RUN curl -fsSL ${KEY_URL} | gpg --dearmor -o ${KEYRING}`, `RUN echo "deb [signed-by=${KEYRING}] ${MAIN} trixie main" > /etc/apt/sources.list.d/dhi.list`, 'RUN apt-get update');
    expect(lastApt(b).keys.map((k) => k.path)).toContain(KEYRING);
    expect(lastApt(b).repositories.at(-1)).toMatchObject({ url: MAIN, suite: 'trixie', signedBy: KEYRING, trusted: false });
  });
});

describe('apt credentials', () => {
  it('a secret mount at auth.conf.d with its mode', () => {
    const cmd = lastApt(model('FROM debian:trixie', 'RUN --mount=type=secret,id=netrc,target=/etc/apt/auth.conf.d/dhi.conf,mode=0600 apt-get update'));
    expect(cmd.mounts.map((m) => [m.id, m.target, m.mode])).toEqual([['netrc', '/etc/apt/auth.conf.d/dhi.conf', '0600']]);
  });

  it('writing auth.conf in a RUN without a secret mount is a secret write', () => {
    const b = model('FROM debian:trixie', 'RUN echo "machine dhi.io login me password x" > /etc/apt/auth.conf.d/dhi.conf && apt-get update');
    expect(facts(b).filter((f) => f.kind === 'secret-write').map((f) => f.kind === 'secret-write' && [f.file, f.literal])).toEqual([['/etc/apt/auth.conf.d/dhi.conf', true]]);
  });

  it('not when it is removed in the same RUN', () => {
    const b = model('FROM debian:trixie', 'RUN echo "machine dhi.io" > /etc/apt/auth.conf && apt-get update && rm /etc/apt/auth.conf');
    expect(facts(b).filter((f) => f.kind === 'secret-write')).toEqual([]);
  });
});

describe('apt local package files', () => {
  const local = (b: Build, stage = 0) =>
    facts(b, stage).flatMap((f) => (f.kind === 'local-package' ? [{ tool: f.tool, path: f.path, url: f.downloaded?.url ?? null, at: b.text.slice(f.span.start, f.span.end) }] : []));

  it('dpkg -i of a file curl, wget or ADD fetched', () => {
    const b = model(
      'FROM debian:trixie',
      'WORKDIR /tmp',
      'RUN curl -fsSLo pkg.deb https://example.com/pkg.deb && dpkg -i ./pkg.deb',
      'RUN wget https://example.com/tool_1.0_amd64.deb && dpkg --force-depends --install tool_1.0_amd64.deb',
      'ADD https://example.com/other.deb /opt/',
      'RUN dpkg -i /opt/other.deb /opt/local.deb',
    );
    expect(local(b)).toEqual([
      { tool: 'dpkg', path: '/tmp/pkg.deb', url: 'https://example.com/pkg.deb', at: './pkg.deb' },
      { tool: 'dpkg', path: '/tmp/tool_1.0_amd64.deb', url: 'https://example.com/tool_1.0_amd64.deb', at: 'tool_1.0_amd64.deb' },
      { tool: 'dpkg', path: '/opt/other.deb', url: 'https://example.com/other.deb', at: '/opt/other.deb' },
      { tool: 'dpkg', path: '/opt/local.deb', url: null, at: '/opt/local.deb' },
    ]);
  });

  it('apt-get install ./x.deb and apt install /path/x.deb; a glob; names without a slash are packages', () => {
    const b = model(
      'FROM debian:trixie',
      'RUN curl -fsSL -o /tmp/a.deb https://example.com/a.deb && apt-get install -y /tmp/a.deb curl',
      'RUN cd /tmp && wget -q https://example.com/b.deb && apt install -y ./b.deb',
      'RUN wget -P /pkgs https://example.com/c.deb && dpkg -i /pkgs/*.deb',
      'RUN apt-get install -y x.deb && dpkg -l',
    );
    expect(local(b)).toEqual([
      { tool: 'apt-get', path: '/tmp/a.deb', url: 'https://example.com/a.deb', at: '/tmp/a.deb' },
      { tool: 'apt', path: '/tmp/b.deb', url: 'https://example.com/b.deb', at: './b.deb' },
      { tool: 'dpkg', path: '/pkgs/*.deb', url: 'https://example.com/c.deb', at: '/pkgs/*.deb' },
    ]);
  });

  it('a file copied from the build context is no download', () => {
    const b = model('FROM debian:trixie', 'COPY pkg.deb /tmp/', 'RUN dpkg -i /tmp/pkg.deb');
    expect(local(b)).toEqual([{ tool: 'dpkg', path: '/tmp/pkg.deb', url: null, at: '/tmp/pkg.deb' }]);
  });
});
