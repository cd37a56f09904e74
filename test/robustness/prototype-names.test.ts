/**
 * Names from a Dockerfile or a config are looked up only among the file's own: a variable, build
 * argument, stage or table key named like something every object inherits (`toString`,
 * `constructor`, `__proto__`, …) is the file's, or unknown — never the inherited function or
 * object (`${toString}` → `function toString() { [native code] }`, `alpine:[object Object]`).
 */
import { describe, expect, it } from 'vitest';
import { parseOverrides, resolveConfig } from '../../src/config/load.js';
import { lintText } from '../../src/engine/lint.js';
import { buildModel } from '../../src/model/build.js';
import type { Build } from '../../src/model/types.js';
import { makePolicy } from '../../src/policy/index.js';
import { RULES } from '../../rules/index.js';
import { run, tree } from '../cli/harness.js';

/** Every name Object.prototype has; each is a valid ARG/ENV/shell name or stage name here. */
const NAMES = Object.getOwnPropertyNames(Object.prototype);
const model = (text: string, buildArgs: Record<string, string> = {}) => buildModel(text, { buildArgs, policy: makePolicy({ baseImages: { 'acme/base': 'alpine:3.22' } }) });
const leaked = (build: Build) => JSON.stringify(build.stages.map((s) => [s.image, s.facts])).match(/native code|\[object Object\]|function /)?.[0] ?? null;

describe('a name Object.prototype has is the file\'s own variable', () => {
  it.each(NAMES)('%s as ARG, ENV, stage name and shell variable', (name) => {
    const text = [
      `ARG ${name}=3.23`,
      `FROM alpine:\${${name}} AS ${name}`,
      `ARG ${name}`,
      `ENV E=\${${name}}-env`,
      `COPY a /\${${name}}/`,
      `RUN ${name}=https://dhi.example/\${${name}}; echo "$${name}" > /etc/apk/repositories`,
      `FROM ${name}`,
      `RUN echo ok`,
      '',
    ].join('\n');
    const build = model(text);
    expect(build.stages[0]!.image).toMatchObject({ text: 'alpine:3.23', tag: '3.23' });
    expect(build.stages[1]!.parent).toBe(0);
    const facts = build.stages[0]!.facts;
    expect(facts.find((f) => f.kind === 'variable' && f.name === 'E')).toMatchObject({ value: '3.23-env' });
    expect(facts.find((f) => f.kind === 'copy')).toMatchObject({ dest: '/3.23/' });
    expect(JSON.stringify(facts)).toContain('https://dhi.example/3.23');
    expect(leaked(build)).toBeNull();
  });

  it.each(NAMES)('%s undeclared is unknown, not inherited', (name) => {
    const build = model(`FROM alpine:\${${name}}\nCOPY a /\${${name}}/\nRUN echo "\${${name}}" > /etc/apk/repositories && sha256sum -c x && shasum -a ${name} -c y\nFROM acme/base:${name}\nFROM debian:${name}\n`);
    expect(build.stages[0]!.releaseUnknownReason).toBe('variable');
    expect(build.stages[0]!.facts.some((f) => f.kind === 'copy')).toBe(false);
    expect(build.stages[1]!.release).toBe('3.22');
    expect(build.stages[2]!.release).toBeNull();
    expect(leaked(build)).toBeNull();
  });

  it('no message carries an inherited value', () => {
    for (const name of NAMES) {
      const text = `FROM alpine:\${${name}}\nRUN echo \${${name}} && apk add curl\nFROM debian:${name}\nRUN apt-get install -y curl\n`;
      const messages = lintText(text, { config: { rules: {}, policy: makePolicy(), buildArgs: {} } }).findings.map((f) => f.message).join('\n');
      expect(messages, name).not.toMatch(/native code|\[object Object\]/);
    }
  });
});

describe('build arguments named like Object.prototype', () => {
  const FILE = 'ARG __proto__\nARG constructor\nARG toString\nFROM alpine:${__proto__}\nFROM alpine:${constructor}\nFROM alpine:${toString}\n';

  it('from a JSON or YAML config and from --build-arg, they are plain entries', () => {
    const file = JSON.parse('{"buildArgs": {"__proto__": "3.23", "constructor": "3.22"}}') as { buildArgs: Record<string, string> };
    const overrides = parseOverrides({ buildArg: ['toString=3.21', '__proto__=3.20'] }, RULES);
    const { config } = resolveConfig(file, overrides);
    expect(Object.getPrototypeOf(config.buildArgs)).toBeNull();
    expect(Object.entries(config.buildArgs)).toEqual([['__proto__', '3.20'], ['constructor', '3.22'], ['toString', '3.21']]);
    expect(model(FILE, config.buildArgs).stages.map((s) => s.image?.tag)).toEqual(['3.20', '3.22', '3.21']);
  });

  it('the CLI: a config\'s __proto__ build argument reaches FROM, `--build-arg toString` takes no inherited value', async () => {
    const cwd = tree({ '.hardenfile.json': '{"buildArgs": {"__proto__": "3.23"}}', Dockerfile: 'ARG __proto__\nARG toString\nFROM alpine:${__proto__}\nRUN apk add curl\nFROM alpine:${toString}\nRUN apk add curl\n' });
    const r = await run(['--format', 'json', '--build-arg', 'toString', 'Dockerfile'], { cwd });
    expect(r.stdout).not.toMatch(/native code|\[object Object\]/);
    expect(r.stdout).toContain('alpine:3.23');
  });
});
