// Bundles the CLI into dist/bundle/ for start-up, which is most of a one-file lint (see bench/):
//   hardenfile.cjs    the CLI as one script, formatters and the language server included (they
//                     initialise only when used); bin/hardenfile.js runs it with a V8 code cache
//   hardenfile.cache  that code cache, written by a training run of the built CLI below
//   lint-worker.js    the `--jobs` worker thread
// Dependencies that load lazily (yaml, fast-glob, the SARIF multitool) stay external.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// A rebuilt bundle must never meet the code cache of an older one.
rmSync('dist/bundle', { recursive: true, force: true });

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  external: ['yaml', 'fast-glob', '@microsoft/*'],
  logLevel: 'warning',
};

await build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: 'dist/bundle/hardenfile.cjs',
  format: 'cjs',
  // The sources are ES modules: keep their strict mode, and give `import.meta.url` its meaning.
  define: { 'import.meta.url': '__hfModuleUrl' },
  banner: { js: "'use strict';\nconst __hfModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});

await build({
  ...common,
  entryPoints: ['src/cli/lint-worker.ts'],
  outfile: 'dist/bundle/lint-worker.js',
  format: 'esm',
  banner: { js: "import { createRequire as __hfRequire } from 'node:module'; const require = __hfRequire(import.meta.url);" },
});

// The training run: lint the examples and fixtures the way a user would (stylish output), so the
// cache holds the functions a lint compiles. Findings make it exit 1; anything else is a failure.
// The DHI file puts the catalog's lookup in the cache too (with its data: a function compiled on
// first use otherwise, which cost a lint of a DHI file ~5 ms of CPU on a busy machine).
try {
  execFileSync(process.execPath, ['bin/hardenfile.js', '--no-color', 'examples/Dockerfile', 'fixtures/realistic/dhi-node-alpine.Dockerfile'], {
    env: { ...process.env, HARDENFILE_WRITE_CODE_CACHE: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
} catch (error) {
  if (error.status !== 1) throw error;
}
