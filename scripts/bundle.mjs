// Bundles the CLI into dist/bundle/ so a run loads a few files instead of ~150 modules: start-up
// is most of a one-file lint (see bench/). Dependencies stay external where they load lazily.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names carry a hash: without this, every build would leave the old chunks behind.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: { hardenfile: 'src/cli/main.ts', 'lint-worker': 'src/cli/lint-worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  // Loaded at run time only when needed (createRequire), or too large to be worth inlining.
  external: ['yaml', 'fast-glob', '@microsoft/*'],
  banner: { js: "import { createRequire as __hfRequire } from 'node:module'; const require = __hfRequire(import.meta.url);" },
  logLevel: 'warning',
});
