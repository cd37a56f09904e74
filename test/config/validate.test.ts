import { describe, expect, it } from 'vitest';
import { buildConfigSchema } from '../../src/config/schema.js';
import { formatPath, validate } from '../../src/config/validate.js';
import { parseConfigText } from '../../src/config/load.js';
import { ConfigError } from '../../src/config/types.js';
import { FAKE_RULES } from './fake-rules.js';

const schema = buildConfigSchema(FAKE_RULES);

function problems(text: string, file = '.hardenfile.yaml'): string[] {
  try {
    parseConfigText(text, file, schema);
  } catch (err) {
    expect(err).toBeInstanceOf(ConfigError);
    return (err as ConfigError).problems;
  }
  return [];
}

describe('config validation', () => {
  it('accepts every documented key and rule entry form', () => {
    const text = [
      'rules:',
      '  missing-signing-key: error',
      '  upstream-package-source: { severity: info, options: { allowUpstream: true } }',
      'mirrors:',
      '  - url: https://mirror.example.com/dhi/v{release}/main',
      '    keyName: mirror.rsa.pub',
      '    keyUrl: https://mirror.example.com/key.rsa.pub',
      `    keySha256: ${'a'.repeat(64)}`,
      '    auth: true',
      'dhiImageMirrors: [myorg/dhi-]',
      'buildArgs: { ALPINE: "3.23" }',
      'ignore: [legacy/]',
      'failLevel: error',
    ].join('\n');
    expect(problems(text)).toEqual([]);
    expect(problems('rules:\n  upstream-package-source: [off, { maxEntries: 5 }]\n')).toEqual([]);
    expect(problems('{"rules": {"missing-signing-key": "off"}}', '.hardenfile.json')).toEqual([]);
    expect(problems('')).toEqual([]);
  });

  it('names the file and key path of an unknown key, with a suggestion', () => {
    expect(problems('failLevl: error\n')).toEqual(['.hardenfile.yaml: failLevl: unknown key (did you mean failLevel?)']);
    expect(problems('mirrors:\n  - url: https://m.example/v{release}\n    keyName: k\n    keyurl: https://k\n')).toEqual([
      '.hardenfile.yaml: mirrors[0].keyurl: unknown key (did you mean keyUrl?)',
    ]);
  });

  it('reports an unknown rule id with the closest one', () => {
    expect(problems('rules:\n  upstream-package-sourc: error\n')).toEqual([
      '.hardenfile.yaml: rules.upstream-package-sourc: unknown rule (did you mean upstream-package-source?)',
    ]);
    expect(problems('rules:\n  something-else-entirely: error\n')).toEqual(['.hardenfile.yaml: rules.something-else-entirely: unknown rule']);
  });

  it('reports wrong types, with a hint for unquoted YAML numbers', () => {
    expect(problems('ignore: legacy/\n')).toEqual(['.hardenfile.yaml: ignore: must be a list, not a string ("legacy/")']);
    expect(problems('buildArgs:\n  ALPINE: 3.20\n')).toEqual(['.hardenfile.yaml: buildArgs.ALPINE: must be a string, not a number (3.2) (quote it: "3.2")']);
    expect(problems('- a\n')).toEqual(['.hardenfile.yaml: (top level): must be a map, not a list']);
  });

  it('reports a bad severity and a bad fail level', () => {
    expect(problems('rules:\n  missing-signing-key: warn\n')).toEqual([
      '.hardenfile.yaml: rules.missing-signing-key: must be one of off, info, warning, error, not "warn" (did you mean warning?)',
    ]);
    expect(problems('rules:\n  missing-signing-key: { severity: fatal }\n')[0]).toMatch(/^\.hardenfile\.yaml: rules\.missing-signing-key\.severity: must be one of off, info, warning, error/);
    expect(problems('failLevel: off\n')[0]).toMatch(/^\.hardenfile\.yaml: failLevel: must be one of info, warning, error/);
    expect(problems('rules:\n  missing-signing-key: 3\n')).toEqual([
      '.hardenfile.yaml: rules.missing-signing-key: must be a string or a map or a list, not a number (3)',
    ]);
  });

  it('checks rule options against the rule\'s defaults', () => {
    expect(problems('rules:\n  upstream-package-source: { options: { allowUpstreem: true } }\n')).toEqual([
      '.hardenfile.yaml: rules.upstream-package-source.options.allowUpstreem: unknown option (did you mean allowUpstream?)',
    ]);
    expect(problems('rules:\n  upstream-package-source: [error, { allowUpstream: "yes" }]\n')).toEqual([
      '.hardenfile.yaml: rules.upstream-package-source[1].allowUpstream: must be a boolean, not a string ("yes")',
    ]);
    expect(problems('rules:\n  upstream-package-source: { options: { allowedHosts: [1] } }\n')).toEqual([
      '.hardenfile.yaml: rules.upstream-package-source.options.allowedHosts[0]: must be a string, not a number (1) (quote it: "1")',
    ]);
    expect(problems('rules:\n  missing-signing-key: { options: { x: 1 } }\n')).toEqual(['.hardenfile.yaml: rules.missing-signing-key.options.x: unknown option']);
  });

  it('requires a mirror url with {release} and a key name', () => {
    expect(problems('mirrors:\n  - url: https://mirror.example.com/main\n')).toEqual([
      '.hardenfile.yaml: mirrors[0].keyName: is required',
      '.hardenfile.yaml: mirrors[0].url: must be an http(s) URL template containing {release}, not "https://mirror.example.com/main"',
    ]);
  });

  it('checks Debian mirrors: a url is required, keys are known, values are URLs', () => {
    expect(problems('debMirrors:\n  - url: https://deb.example.com/dhi/debian/main\n    keySha256: ' + 'a'.repeat(64) + '\n')).toEqual([]);
    expect(problems('debMirrors:\n  - keyUrl: ftp://x\n    keyname: k\n')).toEqual([
      '.hardenfile.yaml: debMirrors[0].url: is required',
      '.hardenfile.yaml: debMirrors[0].keyUrl: must be an http(s) URL, not "ftp://x"',
      '.hardenfile.yaml: debMirrors[0].keyname: unknown key',
    ]);
  });

  it('reports YAML and JSON syntax errors with the file name', () => {
    expect(problems('rules: [\n')[0]).toMatch(/^\.hardenfile\.yaml:\d+:\d+: invalid YAML: /);
    expect(problems('failLevel: error\nfailLevel: info\n')[0]).toMatch(/^\.hardenfile\.yaml:2:1: invalid YAML: .*unique/i);
    expect(problems('{"rules": ', '.hardenfile.json')[0]).toMatch(/^\.hardenfile\.json: invalid JSON: /);
  });

  it('does not execute tags or expand alias bombs', () => {
    expect(problems('failLevel: !!js/function "function(){}"\n')).toEqual(['.hardenfile.yaml: failLevel: must be one of info, warning, error, not "function(){}"']);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]', 'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]', 'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]', 'd: [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]'].join('\n');
    expect(problems(bomb)[0]).toMatch(/^\.hardenfile\.yaml: invalid YAML: Excessive alias count/);
  });
});

describe('schema validator', () => {
  it('formats paths', () => {
    expect(formatPath(['rules', 'x', 'options', 0])).toBe('rules.x.options[0]');
    expect(formatPath([])).toBe('(top level)');
  });

  it('handles tuples, minItems and anyOf', () => {
    const s = { type: 'array' as const, items: [{ type: 'string' as const }, { type: 'number' as const }], additionalItems: false, minItems: 1 };
    expect(validate(s, ['a', 1])).toEqual([]);
    expect(validate(s, []).map((e) => e.message)).toEqual(['must have at least 1 item']);
    expect(validate(s, ['a', 1, 2]).map((e) => e.message)).toEqual(['must have at most 2 items']);
    expect(validate({ anyOf: [{ type: 'string' }, { type: 'boolean' }] }, true)).toEqual([]);
  });

  it('builds a schema with every rule and its options', () => {
    const rules = schema.properties!.rules!;
    expect(Object.keys(rules.properties!)).toEqual(['missing-signing-key', 'upstream-package-source']);
    expect(JSON.stringify(rules.properties!['upstream-package-source'])).toContain('"allowedHosts":{"type":"array","items":{"type":"string"},"default":["example.com"]}');
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });
});
