#!/usr/bin/env node
// Runs the CLI bundle (dist/bundle/hardenfile.cjs, see scripts/bundle.mjs) as a script compiled
// with the V8 code cache the build wrote beside it: Node 20 has no compile cache for modules, and
// compiling the bundle and the functions a lint uses was a third of a one-file run. A cache V8
// rejects (another Node version or V8 flags) is ignored and the bundle is compiled as usual.
// This file is CommonJS (bin/package.json): an ES module entry would load Node's ESM loader, which
// `node -e 0` never does.
'use strict';
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const file = path.join(__dirname, '../dist/bundle/hardenfile.cjs');
const cacheFile = file.replace(/\.cjs$/, '.cache');

/** The cache, unless it is older than the bundle (V8 itself checks only the source's length). */
function readCache() {
  try {
    if (fs.statSync(cacheFile).mtimeMs < fs.statSync(file).mtimeMs) return undefined;
    return fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

const script = new vm.Script(Module.wrap(fs.readFileSync(file, 'utf8')), { filename: file, cachedData: readCache() });
const bundle = { exports: {} };
script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, path.dirname(file));

// A reader that goes away (`hardenfile … | head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

bundle.exports
  .main(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    // Only a run that reads standard input creates its stream (which loads fs/promises and readline).
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
  })
  .then((code) => {
    process.exitCode = code;
    // The build's training run (scripts/bundle.mjs): save what V8 compiled, for the runs that follow.
    if (process.env.HARDENFILE_WRITE_CODE_CACHE === '1') fs.writeFileSync(cacheFile, script.createCachedData());
  });
