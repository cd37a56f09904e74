/**
 * Every rule has its doc with the same sections in order, and the doc's examples are executed:
 * each `Incorrect` block yields the rule, each `Correct` block yields nothing from it.
 */
import { readFileSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';
import { lintText } from '../src/engine/lint.js';
import { fixText } from '../src/fix/apply.js';
import { makePolicy } from '../src/policy/index.js';

const SECTIONS = ['What it does', 'Why', 'Examples', 'Fix', 'Options', 'When not to use it'];

function docPath(id: string): string {
  return fileURLToPath(new URL(`../rules/${id}.md`, import.meta.url));
}

function examples(md: string, heading: 'Incorrect' | 'Correct'): string[] {
  const section = md.split(/^### /m).find((s) => s.startsWith(heading));
  if (!section) return [];
  return [...section.matchAll(/```dockerfile\n([\s\S]*?)```/g)].map((m) => m[1]!);
}

describe('rule docs', () => {
  const config = { rules: {}, policy: makePolicy(), buildArgs: {} };

  it('the registry is sorted by id and ids are unique kebab-case', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([...ids].sort());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z]+(?:-[a-z]+)*$/);
  });

  for (const rule of RULES) {
    describe(rule.id, () => {
      const path = docPath(rule.id);
      it('has a doc with the sections in order', () => {
        expect(existsSync(path)).toBe(true);
        const md = readFileSync(path, 'utf8');
        expect(md.startsWith(`# ${rule.id}\n`)).toBe(true);
        const headings = [...md.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
        expect(headings).toEqual(SECTIONS);
        expect(examples(md, 'Incorrect').length).toBeGreaterThan(0);
        expect(examples(md, 'Correct').length).toBeGreaterThan(0);
      });

      it('every incorrect example yields the rule, and its safe fix removes it', () => {
        const md = readFileSync(path, 'utf8');
        for (const code of examples(md, 'Incorrect')) {
          const found = lintText(code, { config, rules: [rule] }).findings;
          expect(found.length, code).toBeGreaterThan(0);
          if (found.some((f) => f.fix?.safety === 'safe')) {
            const fixed = fixText(code, { config, rules: [rule], unsafe: false });
            const left = lintText(fixed.output, { config, rules: [rule] }).findings;
            expect(left.filter((f) => f.fix?.safety === 'safe'), fixed.output).toEqual([]);
          }
        }
      });

      it('every correct example yields nothing from the rule', () => {
        const md = readFileSync(path, 'utf8');
        for (const code of examples(md, 'Correct')) {
          const found = lintText(code, { config, rules: [rule] }).findings;
          expect(found.map((f) => f.message), code).toEqual([]);
        }
      });
    });
  }
});
