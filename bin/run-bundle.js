// Runs an export of the CLI bundle (dist/bundle/hardenfile.cjs, see scripts/bundle.mjs) as a script
// compiled with a V8 code cache: Node 20 has no compile cache for modules, and compiling the bundle
// and the functions a lint uses was a third of a one-file run.
// The cache starts with the hash the build wrote on the bundle's first line, so it is used only
// with the bundle it was made from, whatever the files' times (an npm or git install sets them in
// any order). A cache this Node rejects (another V8 or V8 flags), or one that is missing, is
// replaced after the run when the directory is writable; until then the bundle compiles as usual.
// This file is CommonJS (bin/package.json): an ES module entry would load Node's ESM loader, which
// `node -e 0` never does.
'use strict';
const { Buffer } = require('node:buffer');
const fs = require('node:fs');
const Module = require('node:module');
const path = require('node:path');
const vm = require('node:vm');

const file = path.join(__dirname, '../dist/bundle/hardenfile.cjs');
const cacheFile = path.join(__dirname, '../dist/bundle/hardenfile.cache');

/** The cached data for this bundle, or undefined. */
function readCache(stamp) {
  let data;
  try {
    data = fs.readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  const head = stamp.length + 1;
  return data.length > head && data.latin1Slice(0, head) === `${stamp}\n` ? data.subarray(head) : undefined;
}

function writeCache(script, stamp) {
  const temp = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, Buffer.concat([Buffer.from(`${stamp}\n`, 'latin1'), script.createCachedData()]));
    // A rename, so a run that starts meanwhile reads the old cache or the new one, never half of one.
    fs.renameSync(temp, cacheFile);
  } catch {
    try {
      fs.unlinkSync(temp);
    } catch {
      // Nothing was written.
    }
  }
}

/** Run `name` from the bundle with (argv, io); sets the exit code from the promise it returns. */
module.exports = function runBundle(name, argv, extraIO) {
  // The build keeps the bundle ASCII, so latin1 reads it exactly and faster than UTF-8.
  const source = fs.readFileSync(file, 'latin1');
  const stamp = source.slice(0, source.indexOf('\n'));
  const cachedData = readCache(stamp);
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const bundle = { exports: {} };
  script.runInThisContext()(bundle.exports, Module.createRequire(file), bundle, file, path.dirname(file));

  // A reader that goes away (`hardenfile … | head`) is not an error: stop quietly.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw error;
    });
  }

  const io = {
    stdout: process.stdout,
    stderr: process.stderr,
    // Only a run that reads standard input creates its stream (which loads fs/promises and readline).
    get stdin() {
      return process.stdin;
    },
    cwd: process.cwd(),
    env: process.env,
    isTTY: Boolean(process.stdout.isTTY),
    ...extraIO,
  };
  return bundle.exports[name](argv, io).then((code) => {
    process.exitCode = code;
    // The build's training run (scripts/bundle.mjs) writes the cache; so does a run that had none.
    if (process.env.HARDENFILE_WRITE_CODE_CACHE === '1' || cachedData === undefined || script.cachedDataRejected) writeCache(script, stamp);
  });
};
