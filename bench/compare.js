// A/B of in-process lint cost between this checkout and another built one (e.g. a `git worktree` of
// an older commit, after `npm run build` there): both engines are loaded into one process and run
// in turns on the same typical files, so a busy machine slows both alike. Prints the median CPU
// time per file of each and their ratio. Usage: node bench/compare.js <other-checkout>
import { join, resolve } from 'node:path';
import { makeDockerfile } from './corpus.js';

const other = process.argv[2];
if (!other) {
  console.error('usage: node bench/compare.js <other-checkout>');
  process.exit(2);
}
const here = new URL('..', import.meta.url).pathname;

async function engine(root) {
  const { initEngine, lintText } = await import(join(resolve(root), 'dist/src/engine/lint.js'));
  const { makePolicy } = await import(join(resolve(root), 'dist/src/policy/index.js'));
  // Checkouts from before the shell reader replaced tree-sitter load their grammar first.
  await initEngine?.();
  const config = { rules: {}, policy: makePolicy(), buildArgs: {} };
  return (text) => lintText(text, { config });
}

const files = Array.from({ length: 500 }, (_, i) => makeDockerfile(900000 + i, 40));
const lintA = await engine(other);
const lintB = await engine(here);
const cpuPerFile = (lint) => {
  const start = process.cpuUsage();
  for (const text of files) lint(text);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / files.length;
};
cpuPerFile(lintA);
cpuPerFile(lintB);
const a = [];
const b = [];
for (let round = 0; round < 6; round++) {
  a.push(cpuPerFile(lintA));
  b.push(cpuPerFile(lintB));
}
const median = (xs) => [...xs].sort((p, q) => p - q)[xs.length >> 1];
console.log(`${other}: ${median(a).toFixed(0)} µs/file; this checkout: ${median(b).toFixed(0)} µs/file; ratio ${(median(b) / median(a)).toFixed(2)}`);
