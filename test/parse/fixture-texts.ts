/** Every Dockerfile under fixtures/ and examples/, as [path, text]: the inputs of the oracle tests. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function fixtureTexts(): [string, string][] {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const out: [string, string][] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      const path = join(dir, e.name);
      if (e.isDirectory()) walk(path);
      else if (/Dockerfile$/.test(e.name)) out.push([path, readFileSync(join(root, path), 'utf8')]);
    }
  };
  walk('fixtures');
  walk('examples');
  return out;
}
