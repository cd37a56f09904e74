/**
 * The README's rule table is generated from the registry; this test keeps it true.
 * `UPDATE_README=1 npx vitest run test/readme.test.ts` rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RULES } from '../rules/index.js';

const path = fileURLToPath(new URL('../README.md', import.meta.url));
const HEADER = '| rule | default | fix | what it reports |\n| --- | --- | --- | --- |\n';

function table(): string {
  return RULES.map((r) => `| [\`${r.id}\`](rules/${r.id}.md) | ${r.meta.severity} | ${r.meta.fixable === 'never' ? '—' : r.meta.fixable} | ${r.meta.description} |`).join('\n') + '\n';
}

describe('README', () => {
  it('lists every rule with its default severity, fixability and description', () => {
    const readme = readFileSync(path, 'utf8');
    const start = readme.indexOf(HEADER);
    expect(start, 'README has the rule table header').toBeGreaterThan(-1);
    const bodyStart = start + HEADER.length;
    const bodyEnd = readme.indexOf('\n\n', bodyStart) + 1;
    const current = readme.slice(bodyStart, bodyEnd);
    if (process.env.UPDATE_README && current !== table()) {
      writeFileSync(path, readme.slice(0, bodyStart) + table() + readme.slice(bodyEnd));
      return;
    }
    expect(current).toBe(table());
  });

  it('opens with the two commands a new user runs', () => {
    const readme = readFileSync(path, 'utf8');
    const first = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(first).toMatch(/^npm ci && node bin\/hardenfile\.js examples\/Dockerfile/m);
    expect(first).toMatch(/^npm test/m);
  });
});
