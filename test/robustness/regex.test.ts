/**
 * No regular expression that sees a Dockerfile's text may backtrack catastrophically. Three nets:
 * every regex literal in src/ and rules/ attacked on its own with long strings pumped from its
 * own pieces (regex-attack.mjs, in a worker thread, so a hang fails the test at vitest's timeout
 * instead of stalling the run), the exported credential patterns, and the whole engine on ~100 KB inputs
 * built against each shape. A 20 s test timeout is the only clock: a catastrophic pattern on
 * 100 KB runs for minutes or forever, while a linear one finishes in well under a second even on
 * a loaded CI machine (the default 5 s came close under load).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { fixText } from '../../src/fix/apply.js';
import { loadFormatter } from '../../src/format/index.js';
import { resolveConfig } from '../../src/config/load.js';
import { findSecrets, NOT_SECRET_NAME, SECRET_NAME, SECRET_SHAPES, URL_CREDENTIALS } from '../../src/policy/secrets.js';
import { sedRegex } from '../../src/model/sed-regex.js';

vi.setConfig({ testTimeout: 20_000 });

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Files whose patterns never see a Dockerfile, a config or an argument: the project's own rule docs. */
const NOT_USER_TEXT = new Set(['src/format/rule-docs.ts']);
/** Long enough that a quadratic pattern runs for many seconds; a linear one takes milliseconds. */
const N = 100_000;

interface Found {
  where: string;
  source: string;
  flags: string;
}

function regexLiterals(): Found[] {
  const out: Found[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (p.endsWith('.ts') && !p.endsWith('.test.ts')) scan(p);
    }
  };
  const scan = (file: string) => {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    if (NOT_USER_TEXT.has(rel)) return;
    const sf = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (n: ts.Node) => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = (n as ts.RegularExpressionLiteral).text;
        const slash = text.lastIndexOf('/');
        out.push({ where: `${rel}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`, source: text.slice(1, slash), flags: text.slice(slash + 1) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  };
  walk(path.join(ROOT, 'src'));
  walk(path.join(ROOT, 'rules'));
  return out;
}

const workers = new Set<Worker>();
afterEach(async () => {
  // A pattern past its timeout is still running in its worker: stop it.
  await Promise.all([...workers].map((w) => w.terminate()));
  workers.clear();
});

function attack(found: Found): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./regex-attack.mjs', import.meta.url), { workerData: { source: found.source, flags: found.flags, n: N } });
    workers.add(worker);
    worker.once('message', () => resolve());
    worker.once('error', reject);
  });
}

const literals = regexLiterals();

describe('every regex literal in src/ and rules/', () => {
  it('finds them (the scan works)', () => {
    expect(literals.length).toBeGreaterThan(100);
    expect(literals.some((l) => l.where.startsWith('src/policy/secrets.ts:'))).toBe(true);
  });

  it.each(literals.map((l) => [`${l.where} /${l.source}/${l.flags}`, l] as const))('%s', async (_name, found) => {
    await attack(found);
  });
});

describe('the exported credential patterns', () => {
  const long = (s: string) => s.repeat(Math.ceil(100_000 / s.length));
  const inputs = [
    `dckr_pat_${long('a')}!`,
    `dckr_pat_${long('a-')}`,
    `ghp_${long('A')}`,
    `github_pat_${long('_')}!`,
    `glpat-${long('-')}`,
    `AKIA${long('A')}`,
    `xoxb-${long('-')}`,
    `npm_${long('a')}`,
    `basic:${long('a:')}`,
    `basic:${long('a')}`,
    long('basic:a:'),
    `https://${long('a:')}`,
    `https://a:${long('b')}`,
    long('https://a:b'),
    long('-----BEGIN '),
    `-----BEGIN ${long('A ')}`,
    long('a'),
    long(':@'),
  ];

  it.each(inputs.map((s) => [`${JSON.stringify(s.slice(0, 24))}…`, s] as const))('findSecrets on %s', (_name, s) => {
    findSecrets(s);
    findSecrets(`${s}\n${s.slice(0, 1000)}`);
  });

  it('every secret shape and the name patterns on long names', () => {
    for (const shape of SECRET_SHAPES) for (const s of inputs) shape.pattern.test(s);
    URL_CREDENTIALS.lastIndex = 0;
    for (const name of [long('A'), long('_'), `${long('TOKEN_')}X`, `${long('A_')}FILE!`, `${long('_API')}_`]) {
      SECRET_NAME.test(name);
      NOT_SECRET_NAME.test(name);
    }
  });
});

describe('the whole engine on adversarial inputs', () => {
  // Lines stay under BuildKit's 64 KB limit, so the text is linted rather than refused.
  const L = 30_000;
  const fill = (s: string) => s.repeat(Math.floor(L / s.length));
  const mirrorConfig = resolveConfig({ mirrors: [{ url: 'https://mirror.example.org/alpine/v{release}/main', keyName: 'mirror.rsa.pub' }] }).config;
  const config = resolveConfig({}).config;

  const CASES: Record<string, string> = {
    'a Docker token that never ends': `FROM alpine:3.23\nARG T=dckr_pat_${fill('a')}!\nRUN echo dckr_pat_${fill('a')}!\n`,
    'basic: followed by a:×30k': `FROM alpine:3.23\nENV HTTP_AUTH=basic:${fill('a:')}\nRUN HTTP_AUTH=basic:${fill('a:')} apk add curl\n`,
    'a URL followed by a:×30k': `FROM alpine:3.23\nRUN echo "https://${fill('a:')}" > /etc/apk/repositories\nRUN wget https://${fill('a:')}@\n`,
    'comments of # and spaces': `FROM alpine:3.23\n${fill('#')}\n# ${fill(' ')}!\n${fill('# ')}\nRUN apk add curl\n`,
    'a hardenfile-ignore comment with a long list': `# hardenfile-ignore${fill(' ')}!\n# hardenfile-ignore a${fill(' ,')}!\n# hardenfile-ignore-file ${fill('a -')}\nFROM alpine:3.23\n`,
    '${ ×30k': `FROM alpine:3.23\nARG A=${fill('${')}\nRUN echo ${fill('${')}\nFROM ${fill('${')}\n`,
    'backslashes': `FROM alpine:3.23\nRUN echo ${fill('\\')}x\nRUN echo '${fill('\\')}'\n${fill('\\')}\n`,
    'unbalanced quotes': `FROM alpine:3.23\nRUN echo ${fill("'")}\nRUN echo ${fill('"')}\nENV A=${fill('"')}\nRUN echo ${fill('"\'')}\n`,
    'runs of -----BEGIN ': `FROM alpine:3.23\nRUN echo "${fill('-----BEGIN ')}"\nARG KEY=${fill('-----BEGIN ')}\n`,
    'slashes in paths and URLs': `FROM alpine:3.23\nADD https://example.org/${fill('/')}! /etc/apk/keys/\nCOPY a ${fill('/')}!\nRUN wget -O /etc/apk/keys/${fill('/')}! https://x${fill('/')}?\n`,
    'queries in URLs': `FROM alpine:3.23\nADD https://example.org/${fill('?')}\n /tmp/\nRUN wget https://dhi.io/keyring/${fill('#')}\n`,
    'braces in words': `FROM alpine:3.23\nRUN echo ${fill('{')}\nRUN apk add ${fill('{,')}\nRUN echo ${fill('{a,')}\n`,
    'command substitutions in a repository line': `FROM alpine:3.23\nRUN echo "https://dhi.io/apk/alpine/v${fill('$(')}/etc/alpine-release/main" > /etc/apk/repositories\n`,
    'a sed replacement made of letters': `FROM alpine:3.23\nRUN sed -i 's|dl-cdn|${fill('a')}|' /etc/apk/repositories && apk add curl\n`,
    'an exponential sed pattern': `FROM alpine:3.23\nRUN echo "https://${'a'.repeat(40)}!" > /etc/apk/repositories && sed -E -i 's/(a+)+$/x/' /etc/apk/repositories && apk add curl\n`,
    'a polynomial sed pattern on a long line': `FROM alpine:3.23\nRUN echo "https://${fill('a')}" > /etc/apk/repositories && sed -i 's/a*a*a*b/x/' /etc/apk/repositories && apk add curl\n`,
    'quotes after a signing key name': `FROM alpine:3.23\nRUN wget -O /etc/apk/keys/dhi.rsa.pub "https://dhi.io/keyring/dhi-apk@docker-0F81AD7700D99184.rsa.pub${fill('"\'')}x"\n`,
    'a long apt source': `FROM debian:trixie\nRUN echo "deb https://deb.debian.org/debian${fill('/')}! trixie main" > /etc/apt/sources.list\n`,
    'nested substitutions and expansions': `FROM alpine:3.23\nRUN echo ${fill('$( ')}\nRUN echo ${fill('${A:-')}\nRUN echo ${fill('`')}\n`,
    'shell syntax that never closes': `FROM alpine:3.23\nRUN echo ${fill('[')}\nRUN ${fill('(( ')}\nRUN echo ${fill('$((')}\nRUN ${fill('A=(')}\nRUN ${fill('if ')}\nRUN ${fill('case x in ')}\nRUN ${fill('f() ')}\nRUN echo ${fill('"$(')}\n`,
    'many heredocs on one line': `FROM alpine:3.23\nRUN cat ${fill('<<E ')}\nRUN cat <<E ${fill('| cat <<E ')}\n`,
  };


  const FORMATS = ['stylish', 'json', 'sarif'];
  it.each(Object.entries(CASES))('%s: lints, fixes and formats', async (_name, text) => {
    for (const c of [config, mirrorConfig]) {
      const result = lintText(text, { config: c, maxSize: 4 * 1024 * 1024 });
      expect(result.error).toBeUndefined();
      fixText(text, { config: c, unsafe: true, maxSize: 4 * 1024 * 1024 });
      for (const name of FORMATS) (await loadFormatter(name))([{ path: 'Dockerfile', text, result }], { color: false });
    }
  });

  it('a mirror template against a long URL', () => {
    const text = `FROM alpine:3.23\nRUN echo "https://mirror.example.org/alpine/v${fill('a')}/main${fill('/')}" > /etc/apk/repositories && apk add curl\n`;
    expect(lintText(text, { config: mirrorConfig }).error).toBeUndefined();
  });
});

describe('sed patterns from the Dockerfile', () => {
  it('are run only when they cannot blow up', () => {
    for (const evil of ['(a+)+$', '(a|a)*b', '(a*)*', '(.*)\\1', 'a*a*a*b', '(?=a)', '(a?){20}', 'a|b|c|d|e|f']) expect(sedRegex(evil), evil).toBeNull();
    for (const fine of ['dl-cdn.alpinelinux.org', 'https\\?://', '.*', 'v3\\.[0-9]*', '^(.*)main$', '[)*+]+x', 'a{2}']) expect(sedRegex(fine), fine).toBeInstanceOf(RegExp);
  });
});
