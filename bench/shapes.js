// Hostile shapes of Dockerfile (issue 17): each is a function of a target size in bytes, so the
// benchmark can show that the work per file grows linearly with it. Used by `bench/run.js` (rows)
// and by the tests that check a capped or reported outcome (never a time).

/** Repeat `line(i)` until the text reaches `bytes`. */
function fill(head, line, bytes) {
  const parts = [head];
  let size = head.length;
  for (let i = 0; size < bytes; i++) {
    const l = line(i);
    parts.push(l);
    size += l.length;
  }
  return parts.join('');
}

export const SHAPES = {
  /** One stage of many package commands: `RUN apk add a`, again and again. */
  'many commands': (bytes) => fill('FROM alpine:3.21\n', (i) => `RUN apk add a${i % 10}\n`, bytes),
  /** Many stages, each FROM the one before it. */
  'long FROM chain': (bytes) => fill('FROM alpine:3.21 AS s0\nRUN apk add curl\n', (i) => `FROM s${i} AS s${i + 1}\nRUN apk add b\n`, bytes),
  /**
   * A FROM chain whose stages each add an ENV and install a package: each stage's environment is
   * its chain's, which a copy per stage made quadratic (and a filter of it, cubic).
   */
  'ENV chain': (bytes) => fill('FROM alpine:3.21 AS s0\nENV HTTP_AUTH=basic:x:y\n', (i) => `FROM s${i} AS s${i + 1}\nENV V${i}=x\nRUN apk add b\n`, bytes),
  /** One RUN that exports many variables, then runs many package commands, each seeing them all. */
  'exports then commands': (bytes) => {
    const head = 'FROM alpine:3.21\nRUN true';
    const half = fill(head, (i) => ` \\\n && export V${i}=x`, bytes / 2);
    return fill(half, () => ' \\\n && apk add curl', bytes) + '\n';
  },
  /** One RUN that assigns many variables, then runs many subshells, each seeing them all. */
  'variables then subshells': (bytes) => {
    const half = fill('FROM alpine:3.21\nRUN true', (i) => ` \\\n && V${i}=x`, bytes / 2);
    return fill(half, (i) => ` \\\n && (apk add "c$V${i % 100}")`, bytes) + '\n';
  },
  /** Many global ARGs, then many RUNs in a stage of a plain distro image (where an undeclared global is empty). */
  'global ARGs then RUNs': (bytes) => {
    const half = fill('', (i) => `ARG G${i}=x\n`, bytes / 2);
    return fill(`${half}FROM alpine:3.21\n`, (i) => `RUN apk add c${i % 10}\n`, bytes);
  },
  /** Many independent stages. */
  'many stages': (bytes) => fill('', (i) => `FROM alpine:3.21 AS s${i}\n`, bytes),
  /** Secrets everywhere: tokens in ENV, ARG and RUN. */
  'many secrets': (bytes) =>
    fill('FROM alpine:3.21\n', (i) => (i % 2 ? `ENV GITHUB_TOKEN${i}=ghp_${String(i).padStart(36, '0').replace(/0/g, 'a')}\n` : `RUN curl -H "Authorization: Bearer tok${i}abcdefghijklmnopqrstu" https://x.example/${i}\n`), bytes),
  /**
   * Long lines full of findings: ENV lines of about 43 KB (BuildKit's cap is 64 KiB), each with
   * 900 tokens, so each line carries 1,800 findings. A report that printed the whole line under
   * each of them grew with findings times line length.
   */
  'long lines': (bytes) =>
    fill('FROM alpine:3.21\n', (k) => `ENV ${Array.from({ length: 900 }, (_, i) => `T${k}_${i}=ghp_${String(i).padStart(36, '0').replace(/0/g, 'a')}`).join(' ')}\n`, bytes),
  /** One RUN of continued lines, with mixed line endings (\n, \r\n, \r). */
  'mixed line endings': (bytes) => fill('FROM debian:bookworm\nRUN true', (i) => ` && apt-get install -y p${i % 10}${['\\\n', '\\\r\n', '\r'][i % 3]}`, bytes) + '\n',
};

/** A value that doubles each time: `A="$A$A"`, `times` times, in RUN, ARG or ENV. */
export function doubling(times, where = 'RUN') {
  if (where === 'RUN') return `FROM alpine:3.21\nRUN A=xxxxxxxx; ${Array.from({ length: times }, () => 'A="$A$A";').join(' ')} apk add "$A"\n`;
  const kw = where;
  const lines = [`FROM alpine:3.21`, `${kw} A=xxxxxxxx`];
  for (let i = 0; i < times; i++) lines.push(`${kw} A=$A$A`);
  lines.push('RUN apk add "$A"', '');
  return lines.join('\n');
}

/** `apk add` inside `depth` nested subshells, or `$(` substitutions. */
export function nested(depth, kind = '(') {
  if (kind === '(') return `FROM alpine:3.21\nRUN ${'('.repeat(depth)}apk add curl${')'.repeat(depth)}\n`;
  return `FROM alpine:3.21\nRUN ${'echo $('.repeat(depth)}true${')'.repeat(depth)}; apk add curl\n`;
}
