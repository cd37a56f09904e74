import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigLoader, MAX_CONFIG_SIZE } from '../../src/config/load.js';
import { duplicateJsonKeys } from '../../src/config/json-keys.js';
import { MAX_ENTRIES } from '../../src/config/validate.js';
import { ConfigError } from '../../src/config/types.js';
import { FAKE_RULES } from './fake-rules.js';
import { tree } from '../cli/harness.js';

function problems(files: Record<string, string>, configFile?: string): string[] {
  const root = tree({ ...files, Dockerfile: '' });
  const loader = new ConfigLoader({ rules: FAKE_RULES, cwd: root, ...(configFile !== undefined && { configFile }) });
  try {
    loader.forFile(path.join(root, 'Dockerfile'));
    return [];
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
}

const many = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`ARG_${i}`, 'x']));

describe('config caps', () => {
  it('refuses a config over the size cap by its size, before parsing it', () => {
    const big = `{"ignore": [${'"x",'.repeat(MAX_CONFIG_SIZE / 4)}"x"]}`;
    expect(problems({ '.hardenfile.json': big })).toEqual([`.hardenfile.json: config file is ${big.length} bytes, over the size cap of ${MAX_CONFIG_SIZE} bytes`]);
  });

  it('refuses a map with more keys or a list with more items than the cap, naming the key', () => {
    expect(problems({ '.hardenfile.json': JSON.stringify({ buildArgs: many(MAX_ENTRIES + 1) }) })).toEqual([
      `.hardenfile.json: buildArgs: has ${MAX_ENTRIES + 1} keys, over the cap of ${MAX_ENTRIES}`,
    ]);
    const ignore = Array.from({ length: MAX_ENTRIES + 1 }, (_, i) => `dir${i}/`);
    expect(problems({ '.hardenfile.yaml': `ignore:\n${ignore.map((p) => `  - ${p}\n`).join('')}` })).toEqual([
      `.hardenfile.yaml: ignore: has ${MAX_ENTRIES + 1} items, over the cap of ${MAX_ENTRIES}`,
    ]);
    expect(problems({ '.hardenfile.json': JSON.stringify({ buildArgs: many(MAX_ENTRIES) }) })).toEqual([]);
  });

  it('reports a duplicate JSON key with its line and column, where JSON.parse would keep the last', () => {
    const text = '{\n  "failLevel": "error",\n  "buildArgs": { "A": "1", "B": "2", "A": "3" },\n  "failLevel": "info"\n}\n';
    expect(problems({ '.hardenfile.json': text })).toEqual([
      '.hardenfile.json:3:38: duplicate key "A" (JSON keeps only the last)',
      '.hardenfile.json:4:3: duplicate key "failLevel" (JSON keeps only the last)',
    ]);
    // Equal keys in different objects, escaped spellings of one key, and keys inside strings.
    expect(duplicateJsonKeys('{"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}], "c": "\\"a\\": 1, \\"a\\""}')).toEqual([]);
    expect(duplicateJsonKeys('{"a": 1, "\\u0061": 2}')).toEqual([{ key: 'a', offset: 9 }]);
    expect(problems({ '.hardenfile.json': '\uFEFF{"failLevel": "error", "failLevel": "info"}' })).toEqual(['.hardenfile.json:1:24: duplicate key "failLevel" (JSON keeps only the last)']);
  });

  it('reports a duplicate YAML key (yaml\'s uniqueKeys) with its line', () => {
    expect(problems({ '.hardenfile.yaml': 'failLevel: error\nbuildArgs:\n  A: "1"\n  A: "2"\n' })).toEqual([
      '.hardenfile.yaml:4:3: invalid YAML: Map keys must be unique',
    ]);
  });

  it('never reads a FIFO given as --config', () => {
    const root = tree({ Dockerfile: '' });
    execFileSync('mkfifo', [path.join(root, 'pipe.yaml')]);
    const loader = new ConfigLoader({ rules: FAKE_RULES, cwd: root, configFile: 'pipe.yaml' });
    expect(() => loader.forFile(path.join(root, 'Dockerfile'))).toThrow('pipe.yaml: cannot read config file: not a regular file');
  });
});
