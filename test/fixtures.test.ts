/**
 * Snapshot fixtures: every `fixtures/<folder>/*.Dockerfile` is linted (with the folder's rule when the
 * folder is named after one, else with every rule), rendered through the real stylish formatter
 * with colour off, then fixed with unsafe fixes included; the findings and the unified diff go
 * into a `.snap` beside it. The fixed text must be stable: fixing it again changes nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { lintText } from '../src/engine/lint.js';
import { fixText } from '../src/fix/apply.js';
import { unifiedDiff } from '../src/fix/diff.js';
import { formatStylish } from '../src/format/stylish.js';
import { makePolicy } from '../src/policy/index.js';

const root = fileURLToPath(new URL('../fixtures', import.meta.url));
const config = { rules: {}, policy: makePolicy(), buildArgs: {} };

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) yield* walk(join(dir, e.name));
    else if (e.name.endsWith('.Dockerfile')) yield join(dir, e.name);
  }
}

describe('fixtures', () => {
  for (const file of walk(root)) {
    const name = relative(root, file);
    it(name, async () => {
      const folder = name.split(/[\\/]/)[0]!;
      const rule = RULES.find((r) => r.id === folder);
      const rules = rule ? [rule] : RULES;
      const text = readFileSync(file, 'utf8');
      const result = lintText(text, { config, rules });
      expect(result.error).toBeUndefined();
      if (rule) expect(result.findings.length, 'a rule fixture shows its rule').toBeGreaterThan(0);
      const report = formatStylish([{ path: name, text, result }], { color: false });
      const fixed = fixText(text, { config, rules, unsafe: true });
      expect(fixed.problem).toBeUndefined();
      expect(fixText(fixed.output, { config, rules, unsafe: true }).output).toBe(fixed.output);
      const diff = unifiedDiff(name, text, fixed.output) || '(no fix)\n';
      await expect(`${report}\n${diff}`).toMatchFileSnapshot(`${file}.snap`);
    });
  }
});
