/**
 * Configuration is data, through the CLI: tags are never executed nor turned into objects, alias
 * bombs and absurd nesting are refused naming the file, `__proto__` is just an unknown key, and a
 * config reaches no file outside its directory. (Parsing details: test/config/validate.test.ts;
 * a subdirectory's rules not leaking out: test/config/load.test.ts and test/cli/main.test.ts.)
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, tree } from '../cli/harness.js';

const BAD = 'FROM alpine:3.23\nRUN apk add curl\n';
const BOMB = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');

describe('a hostile config file is refused, naming it', () => {
  const cases: [string, string, string, RegExp][] = [
    ['a !!js/function tag', '.hardenfile.yaml', 'failLevel: !!js/function "function () { process.exit(7) }"\n', /^\.hardenfile\.yaml: failLevel: must be one of info, warning, error, not "function \(\) \{ process\.exit\(7\) \}"$/],
    ['an alias bomb', '.hardenfile.yaml', BOMB, /^\.hardenfile\.yaml: invalid YAML: Excessive alias count/],
    ['a !!set tag (not a Set)', '.hardenfile.yaml', 'rules: !!set {no-such-rule}\n', /^\.hardenfile\.yaml: rules\.no-such-rule: unknown rule/],
    ['a !!binary tag (not a Buffer)', '.hardenfile.yaml', 'failLevel: !!binary ZXJyb3I=\n', /^\.hardenfile\.yaml: failLevel: must be one of info, warning, error, not "ZXJyb3I="$/],
    ['a !!omap tag (not a Map)', '.hardenfile.yml', 'rules: !!omap [upstream-package-source: off]\n', /^\.hardenfile\.yml: rules: must be a map, not a list$/],
    ['100,000 nested flow sequences', '.hardenfile.yaml', '['.repeat(100_000), /^\.hardenfile\.yaml(?::\d+:\d+)?: invalid YAML: /],
    ['100,000 nested JSON arrays', '.hardenfile.json', `{"mirrors": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, /^\.hardenfile\.json: mirrors\[0\]: must be a map, not a list$/],
    ['__proto__ keys in JSON', '.hardenfile.json', '{"__proto__": {"failLevel": "info"}, "rules": {"__proto__": "off", "constructor": "off"}}', /^\.hardenfile\.json: __proto__: unknown key$/],
    ['__proto__ keys in YAML', '.hardenfile.yaml', '__proto__:\n  failLevel: info\nrules:\n  __proto__: off\n', /^\.hardenfile\.yaml: __proto__: unknown key$/],
  ];

  it.each(cases)('%s', async (_name, file, text, message) => {
    const cwd = tree({ [file]: text, Dockerfile: BAD });
    const r = await run(['Dockerfile'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(message);
    expect(lines.length).toBeLessThanOrEqual(6);
    for (const line of lines) expect(line.startsWith(`${file}`)).toBe(true);
    expect(r.stderr).not.toMatch(/^\s+at /m);
    // Nothing was planted on the prototype of every object.
    expect(({} as Record<string, unknown>).failLevel).toBeUndefined();
  });
});

describe('a config reaches only the files below its directory', () => {
  it('ignore patterns that climb out of it match nothing outside', async () => {
    const cwd = tree({
      'svc/.hardenfile.yaml': 'ignore: ["../other/", "../**", "/**", "**/*", "../other/Dockerfile"]\nrules:\n  upstream-package-source: off\n',
      'svc/Dockerfile': BAD,
      'other/Dockerfile': BAD,
    });
    const r = await run(['--format', 'json', '.'], { cwd });
    expect(r.stderr).toBe('');
    const files = (JSON.parse(r.stdout) as { files: { path: string; findings: { rule: string }[] }[] }).files;
    expect(files.map((f) => f.path)).toEqual([path.join('other', 'Dockerfile')]);
    expect(files[0]!.findings.map((f) => f.rule)).toContain('upstream-package-source');
  });

  it('nor through a path given with .. on the command line', async () => {
    const cwd = tree({ 'svc/.hardenfile.yaml': 'rules:\n  upstream-package-source: off\n', 'other/Dockerfile': BAD });
    const r = await run(['--format', 'json', '../other/Dockerfile'], { cwd: path.join(cwd, 'svc') });
    const files = (JSON.parse(r.stdout) as { files: { findings: { rule: string }[] }[] }).files;
    expect(files[0]!.findings.map((f) => f.rule)).toContain('upstream-package-source');
  });

  it('nor to standard input named outside it', async () => {
    const cwd = tree({ 'svc/.hardenfile.yaml': 'rules:\n  upstream-package-source: off\n', 'other/.keep': '' });
    const outside = await run(['--format', 'json', '--stdin-filename', '../other/Dockerfile', '-'], { cwd: path.join(cwd, 'svc'), stdin: BAD });
    expect(JSON.parse(outside.stdout).files[0].findings.map((f: { rule: string }) => f.rule)).toContain('upstream-package-source');
    const inside = await run(['--format', 'json', '--stdin-filename', 'Dockerfile', '-'], { cwd: path.join(cwd, 'svc'), stdin: BAD });
    expect(inside.stdout).not.toContain('upstream-package-source');
  });
});
