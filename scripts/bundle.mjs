// Bundles the CLI into dist/bundle/, which is committed: pre-commit, the GitHub Action and
// `npm install -g github:…` run it as the repository holds it, with nothing to install or build.
//   hardenfile.cjs    the CLI as one script, formatters and the language server included (they
//                     initialise only when used); its first line is the hash of the rest, which
//                     bin/hardenfile.js checks the code cache against
//   lint-worker.js    the worker thread of `--jobs` and of the language server
//   vendor/*.cjs      yaml and fast-glob, which a run loads only for a config file or a directory
//                     search: each is its own script, so a run that needs neither never reads it
//   THIRD-PARTY-LICENSES.txt  the licences of the packages bundled into these files
//   hardenfile.cache  the V8 code cache, written by a training run below (not committed)
// `node scripts/bundle.mjs --check` builds into a temporary directory and fails when the committed
// files differ from what the sources build (CI runs it).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');
const out = check ? mkdtempSync(path.join(tmpdir(), 'hardenfile-bundle-')) : path.join(root, 'dist/bundle');

/** Packages the sources load lazily with `createRequire(import.meta.url)(name)`, and their scripts. */
const VENDORED = { yaml: './vendor/yaml.cjs', 'fast-glob': './vendor/fast-glob.cjs' };

// The sources load yaml and fast-glob through `createRequire(import.meta.url)(name)`, which esbuild
// leaves alone; in the bundle, `node:module` is this module instead, whose require maps those names
// to the vendored scripts beside the bundle, so no node_modules is needed at run time.
const vendoredRequire = {
  name: 'vendored-require',
  setup(b) {
    b.onResolve({ filter: /^node:module$/ }, (args) =>
      args.namespace === 'vendored-require' ? { path: 'node:module', external: true } : { path: 'node:module', namespace: 'vendored-require' },
    );
    b.onLoad({ filter: /.*/, namespace: 'vendored-require' }, () => ({
      loader: 'js',
      contents: `
        import { createRequire as nodeCreateRequire } from 'node:module';
        export * from 'node:module';
        const VENDORED = ${JSON.stringify(VENDORED)};
        export function createRequire(from) {
          const load = nodeCreateRequire(from);
          return (id) => load(Object.hasOwn(VENDORED, id) ? VENDORED[id] : id);
        }`,
    }));
  },
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  sourcemap: false,
  plugins: [vendoredRequire],
  logLevel: 'warning',
  metafile: true,
};

rmSync(out, { recursive: true, force: true });
const inputs = new Set();
const noteInputs = (result) => Object.keys(result.metafile.inputs).forEach((i) => inputs.add(i));

const cli = await build({
  ...common,
  entryPoints: ['src/cli/entry.ts'],
  write: false,
  outfile: path.join(out, 'hardenfile.cjs'),
  format: 'cjs',
  // The sources are ES modules: keep their strict mode, and give `import.meta.url` its meaning.
  define: { 'import.meta.url': '__hfModuleUrl' },
  banner: { js: "'use strict';\nconst __hfModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
});
noteInputs(cli);
// A rebuilt bundle must never meet the code cache of an older one: the cache records this hash.
// esbuild escapes non-ASCII text in strings, regular expressions and names, but not in comments:
// escaping those too keeps the file ASCII (esbuild writes no other control character), which bin/run-bundle.js reads as latin1 (faster).
const body = cli.outputFiles[0].text.replace(/[^\t\n\r\x20-\x7e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
const stamped = `// hardenfile bundle ${createHash('sha256').update(body).digest('hex').slice(0, 32)}\n${body}`;
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'hardenfile.cjs'), stamped);

noteInputs(
  await build({
    ...common,
    entryPoints: ['src/cli/lint-worker.ts'],
    outfile: path.join(out, 'lint-worker.js'),
    format: 'esm',
    banner: { js: "import { createRequire as __hfRequire } from 'node:module'; const require = __hfRequire(import.meta.url);" },
  }),
);

for (const [name, file] of Object.entries(VENDORED)) {
  noteInputs(
    await build({
      ...common,
      plugins: [],
      stdin: { contents: `module.exports = require(${JSON.stringify(name)});`, resolveDir: root, loader: 'js' },
      outfile: path.join(out, file),
      format: 'cjs',
    }),
  );
}

writeFileSync(path.join(out, 'THIRD-PARTY-LICENSES.txt'), licences(inputs));

if (check) {
  const committed = path.join(root, 'dist/bundle');
  const stale = listFiles(out).filter((f) => !existsSync(path.join(committed, f)) || !readFileSync(path.join(committed, f)).equals(readFileSync(path.join(out, f))));
  const extra = existsSync(committed) ? listFiles(committed).filter((f) => f !== 'hardenfile.cache' && !existsSync(path.join(out, f))) : [];
  rmSync(out, { recursive: true, force: true });
  if (stale.length + extra.length > 0) {
    console.error(`dist/bundle is not what the sources build (${[...stale, ...extra].join(', ')}): run npm run build and commit dist/bundle`);
    process.exit(1);
  }
} else {
  // The training run: lint the example the way a user would (stylish output), so the cache holds
  // the functions a lint compiles. Findings make it exit 1; anything else is a failure. The DHI
  // file puts the catalog's lookup in the cache too (with its data: a function compiled on first
  // use otherwise, which cost a lint of a DHI file ~5 ms of CPU on a busy machine).
  try {
    execFileSync(process.execPath, ['bin/hardenfile.js', '--no-color', 'examples/Dockerfile', 'fixtures/realistic/dhi-node-alpine.Dockerfile'], {
      cwd: root,
      env: { ...process.env, HARDENFILE_WRITE_CODE_CACHE: '1' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  } catch (error) {
    if (error.status !== 1) throw error;
  }
}

/** The licence text of every package whose code went into the bundle, in name order. */
function licences(files) {
  const packages = new Map();
  for (const file of files) {
    const m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(file);
    if (!m) continue;
    const dir = path.join(root, file.slice(0, m.index + m[0].length));
    if (packages.has(dir)) continue;
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const licenceFile = readdirSync(dir).find((f) => /^(licen[cs]e|copying)([.-]|$)/i.test(f));
    if (!licenceFile) throw new Error(`${pkg.name} has no licence file to ship with the bundle`);
    packages.set(dir, { name: pkg.name, version: pkg.version, license: pkg.license, text: readFileSync(path.join(dir, licenceFile), 'utf8').trim() });
  }
  const sorted = [...packages.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const head = 'The files in dist/bundle include code from these packages, under these licences.\n';
  return `${head}${sorted.map((p) => `\n${'-'.repeat(72)}\n${p.name} ${p.version} (${p.license})\n\n${p.text}\n`).join('')}`;
}

function listFiles(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]));
}
