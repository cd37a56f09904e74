// Deterministic generator of realistic Dockerfiles for the benchmark (Alpine and Debian, single and
// multi-stage, heredocs, continuations with comments, hardened and unhardened setups).
const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PKGS = ['curl', 'git', 'ca-certificates', 'openssl', 'libpng', 'tzdata', 'bash', 'jq', 'make', 'gcc', 'musl-dev', 'python3', 'py3-pip', 'nodejs', 'npm'];

function pick(r, list) {
  return list[Math.floor(r() * list.length)];
}

function packages(r, n) {
  const out = new Set();
  while (out.size < n) out.add(pick(r, PKGS));
  return [...out];
}

function alpineStage(r, name, release) {
  const lines = [`FROM alpine:${release}${name ? ` AS ${name}` : ''}`, ''];
  const hardened = r() < 0.6;
  if (hardened) {
    lines.push('# Install the signing key', 'RUN cd /etc/apk/keys && \\', `    wget https://dhi.io/keyring/${KEY}`, '');
    lines.push(`RUN echo "https://dhi.io/apk/alpine/v${release}/main" ${r() < 0.2 ? '>>' : '>'} /etc/apk/repositories`, '');
  }
  const pk = packages(r, 2 + Math.floor(r() * 5));
  if (r() < 0.3) {
    lines.push('RUN <<EOF', 'set -eux', 'apk update', `apk add --no-cache ${pk.join(' ')}`, 'rm -rf /var/cache/apk/*', 'EOF');
  } else {
    lines.push('RUN apk update && \\', '    # packages for the build', `    apk add --no-cache ${pk.slice(0, 2).join(' ')} \\`, `        ${pk.slice(2).join(' ')} && \\`, '    rm -rf /var/cache/apk/*');
  }
  lines.push('', 'WORKDIR /app', 'COPY . /app', `ENV APP_HOME=/app PATH=/app/bin:$PATH`);
  return lines;
}

function debianStage(r, name) {
  const pk = packages(r, 3);
  return [
    `FROM debian:trixie-slim${name ? ` AS ${name}` : ''}`,
    '',
    'RUN apt-get update && \\',
    `    apt-get install -y --no-install-recommends ${pk.join(' ')} && \\`,
    '    rm -rf /var/lib/apt/lists/*',
    '',
    'WORKDIR /srv',
    'COPY --chown=1000:1000 . .',
  ];
}

/** One Dockerfile of roughly `target` lines. */
export function makeDockerfile(seed, target = 40) {
  const r = rng(seed);
  const lines = ['# syntax=docker/dockerfile:1', `ARG VERSION=1.${Math.floor(r() * 20)}.0`, ''];
  let stage = 0;
  while (lines.length < target - 8) {
    const name = `stage${stage++}`;
    lines.push(...(r() < 0.75 ? alpineStage(r, name, pick(r, ['3.23', '3.24', '3.22'])) : debianStage(r, name)), '');
  }
  lines.push('FROM alpine:3.23', 'COPY --from=stage0 /app /app', 'USER 65532', 'EXPOSE 8080', 'HEALTHCHECK CMD wget -qO- http://localhost:8080/health || exit 1', 'CMD ["/app/bin/server", "--port", "8080"]');
  return lines.join('\n') + '\n';
}

export function makeCorpus(count, seed = 1) {
  const out = [];
  for (let i = 0; i < count; i++) out.push(makeDockerfile(seed * 100003 + i, 20 + ((i * 37) % 280)));
  return out;
}
