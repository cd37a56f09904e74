import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeCorpus } from '../../bench/corpus.js';
import { FILES_PER_WORKER, workerCount } from '../../src/cli/parallel.js';
import { tree } from './harness.js';

describe('workerCount', () => {
  it('uses one thread until there are enough files for each worker', () => {
    expect(workerCount(1, 8)).toBe(1);
    expect(workerCount(FILES_PER_WORKER * 2 - 1, 8)).toBe(1);
    expect(workerCount(FILES_PER_WORKER * 2, 8)).toBe(2);
    expect(workerCount(10_000, 4)).toBe(4);
  });
});

const root = path.resolve(import.meta.dirname, '../..');
const built = fs.existsSync(path.join(root, 'dist/bundle/lint-worker.js'));

// Worker threads run the compiled module: the committed dist/bundle (`npm run build` rebuilds it).
describe.skipIf(!built)('--jobs, end to end', () => {
  it('gives the same report, in the same order, on 2 workers as on one', () => {
    const files: Record<string, string> = {};
    makeCorpus(FILES_PER_WORKER * 2 + 5).forEach((text, i) => (files[`svc${i % 7}/${i}.Dockerfile`] = text));
    files['broken/Dockerfile'] = Buffer.from([0x46, 0, 0x52]).toString('latin1');
    const cwd = tree(files);
    const run = (jobs: string) => {
      try {
        return execFileSync(process.execPath, [path.join(root, 'bin/hardenfile.js'), '--format', 'json', '-j', jobs, '.'], { cwd, encoding: 'utf8' });
      } catch (e) {
        return (e as { stdout: string }).stdout;
      }
    };
    const one = run('1');
    const two = run('2');
    expect(JSON.parse(one).files.length).toBe(FILES_PER_WORKER * 2 + 6);
    expect(two).toBe(one);
    // Two CLI runs over 54 files: seconds each on a machine shared by several test runs.
  }, 60_000);
});
