// Writes the tree a release tag should point at: the files `npm pack` ships (the committed bundle,
// bin/, rule pages, schema, README, LICENSE), the pre-commit hooks and the Action, and a
// package.json without the development tools and scripts. pre-commit installs a node hook by
// running `npm install` with devDependencies in the hook's repository, so from a tree that lists
// them every hook install fetches the whole toolchain; from this tree it fetches nothing.
// Usage: node scripts/release-tree.mjs <empty or new directory>
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/release-tree.mjs <directory>');
  process.exit(2);
}
if (existsSync(out) && readdirSync(out).length > 0) {
  console.error(`release-tree: ${out} is not empty`);
  process.exit(2);
}

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--silent'], { cwd: root, encoding: 'utf8' }));
const files = [...packed.files.map((f) => f.path).filter((f) => f !== 'package.json'), '.pre-commit-hooks.yaml', 'action.yml'];
for (const file of files) {
  mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
  copyFileSync(path.join(root, file), path.join(out, file));
}
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
delete pkg.devDependencies;
delete pkg.scripts;
writeFileSync(path.join(out, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
console.log(`${files.length + 1} files in ${out}`);
