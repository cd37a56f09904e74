/**
 * Issue 17 for `--fix` and `--diff`: files go through in a stream (each one's text is dropped
 * before the next is read), and one budget per file bounds its lint, its fix passes and the
 * re-lint of the fixed text. The budget's clock is replaced (see `afterReads`) so that no test
 * depends on how fast the machine is.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RULES } from '../../rules/index.js';
import { tree } from './harness.js';
import { main, type CliIO } from '../../src/cli/main.js';
import type { LintedFile } from '../../src/cli/lint-files.js';
import { ConfigLoader, parseOverrides } from '../../src/config/load.js';
import { lintText } from '../../src/engine/lint.js';
import { fixText } from '../../src/fix/apply.js';
import { DEFAULT_MAX_SIZE } from '../../src/engine/input.js';
import { budgetTick, type Deadline } from '../../src/engine/budget.js';
import { jsonReport } from '../../src/format/json.js';

/** What `deadlineIn` hands out while a test sets it; the real deadlines otherwise. */
const clock = vi.hoisted(() => ({ make: undefined as (() => Deadline) | undefined, made: 0 }));
vi.mock('../../src/engine/budget.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/engine/budget.js')>();
  return {
    ...real,
    deadlineIn: (ms: number) => {
      clock.made++;
      return clock.make ? clock.make() : real.deadlineIn(ms);
    },
  };
});

const KEY = 'dhi-apk@docker-0F81AD7700D99184.rsa.pub';
/** Only upstream-package-source on, so the texts do not move as other rules land. */
const ONLY_FLAGS = RULES.filter((r) => r.id !== 'upstream-package-source').map((r) => `${r.id}=off`);
const ONLY = ONLY_FLAGS.flatMap((f) => ['--rule', f]);
const BEFORE = 'FROM alpine:3.23\nRUN apk add curl\n';
const AFTER = `FROM alpine:3.23\nRUN wget -q -O /etc/apk/keys/${KEY} https://dhi.io/keyring/${KEY} && \\\n    echo "https://dhi.io/apk/alpine/v3.23/main" > /etc/apk/repositories\nRUN apk add curl\n`;
const MESSAGE = 'took longer than 5 ms (the time budget, --timeout)';

/** A deadline that runs out at the `reads`-th reading of its clock (never, for Infinity). */
function afterReads(reads: number): Deadline & { readings: () => number } {
  let now = 0;
  return { at: reads - 0.5, ms: 5, now: () => ++now, readings: () => now };
}

async function run(argv: string[], cwd: string, onKept?: (file: LintedFile) => void) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: (s: string) => (stderr += s) },
    stdin: [],
    cwd,
    env: {},
    isTTY: false,
    ...(onKept && { onKept }),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

afterEach(() => {
  vi.restoreAllMocks();
  clock.make = undefined;
  clock.made = 0;
});

describe('--fix and --diff in a stream', () => {
  const N = 40;
  const names = Array.from({ length: N }, (_, i) => path.join(`d${String(i).padStart(2, '0')}`, 'Dockerfile'));

  /**
   * Run with every read of a linted file counted (the reader opens it without blocking, by path;
   * the writer imports its own `openSync` by name and is not counted) against the reports the run
   * keeps: `most` is the largest number of texts read and not yet given up at once.
   */
  async function counted(argv: string[], cwd: string) {
    let reads = 0;
    let held = 0;
    let most = 0;
    const kept: LintedFile[] = [];
    const open = fs.openSync;
    vi.spyOn(fs, 'openSync').mockImplementation((...args: Parameters<typeof fs.openSync>) => {
      const [file, flags] = args;
      if (typeof file === 'string' && file.startsWith(cwd) && path.basename(file) === 'Dockerfile' && typeof flags === 'number') {
        reads++;
        most = Math.max(most, ++held);
      }
      return open(...args);
    });
    const r = await run(argv, cwd, (file) => {
      kept.push(file);
      if (file.text === undefined) held--;
    });
    return { ...r, reads, most, kept };
  }

  it('--fix writes each file and drops its text before the next one is read', async () => {
    const cwd = tree(Object.fromEntries(names.map((n) => [n, BEFORE])));
    const r = await counted([...ONLY, '--fix', '.'], cwd);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`Fixed ${N} problems.`);
    for (const n of names) expect(fs.readFileSync(path.join(cwd, n), 'utf8')).toBe(AFTER);
    expect(r.reads).toBe(N);
    // Every report is kept without its text, in discovery order.
    expect(r.kept.map((f) => f.path)).toEqual(names);
    expect(r.kept.every((f) => f.text === undefined)).toBe(true);
    // Never more than the one file being worked on (the old path held all N until the end).
    expect(r.most).toBe(1);
  });

  it('--diff prints every diff, in discovery order, holding one text at a time', async () => {
    const cwd = tree(Object.fromEntries(names.map((n) => [n, BEFORE])));
    const r = await counted([...ONLY, '--diff', '.'], cwd);
    expect(r.code).toBe(1);
    const heads = [...r.stdout.matchAll(/^--- a\/(.*)$/gm)].map((m) => m[1]);
    expect(heads).toEqual(names.map((n) => n.split(path.sep).join('/')));
    for (const n of names) expect(fs.readFileSync(path.join(cwd, n), 'utf8')).toBe(BEFORE);
    expect(r.reads).toBe(N);
    expect(r.kept.every((f) => f.text === undefined)).toBe(true);
    expect(r.most).toBe(1);
  });

  it('a plain lint holds one text at a time too (no pool from the sources)', async () => {
    const cwd = tree(Object.fromEntries(names.map((n) => [n, BEFORE])));
    const r = await counted([...ONLY, '--format', 'json', '.'], cwd);
    expect(r.code).toBe(1);
    expect(r.kept).toHaveLength(N);
    expect(r.most).toBe(1);
  });

  it('a discovery error is reported first, the files after it are still fixed', async () => {
    const cwd = tree({ 'a/Dockerfile': BEFORE });
    const r = await run([...ONLY, '--fix', 'missing/Dockerfile', '.'], cwd);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(path.join(cwd, 'a/Dockerfile'), 'utf8')).toBe(AFTER);
    expect(r.stdout.indexOf('missing')).toBeGreaterThan(-1);
    expect(r.stdout.indexOf('missing')).toBeLessThan(r.stdout.indexOf('Fixed 1 problem.'));
  });

  it('a hard link found after its other name is written once; the other files are fixed as usual', async () => {
    const cwd = tree({ 'a/Dockerfile': BEFORE, 'c/Dockerfile': BEFORE });
    fs.mkdirSync(path.join(cwd, 'b'));
    fs.linkSync(path.join(cwd, 'a/Dockerfile'), path.join(cwd, 'b/Dockerfile'));
    const r = await run([...ONLY, '--fix', '.'], cwd);
    expect(r).toMatchObject({ code: 0, stderr: `${path.join('b', 'Dockerfile')}: fix: the same file as ${path.join('a', 'Dockerfile')}; written once\n` });
    expect(r.stdout).toContain('Fixed 2 problems.');
    for (const n of ['a', 'b', 'c']) expect(fs.readFileSync(path.join(cwd, n, 'Dockerfile'), 'utf8')).toBe(AFTER);
    expect(fs.statSync(path.join(cwd, 'b/Dockerfile')).ino).toBe(fs.statSync(path.join(cwd, 'a/Dockerfile')).ino);
  });
});

describe('one budget for the lint, the fix and the re-lint of a file', () => {
  // Big enough that each pass reads the clock many times (once per 1,024 ticks).
  const TEXT = 'FROM alpine:3.23\n' + 'RUN apk add curl\n'.repeat(3000);

  /** Clock readings of the lint, the fixer and the re-lint of the fixed text, on the CLI's config. */
  function readings(cwd: string) {
    const loader = new ConfigLoader({ rules: RULES, cwd, overrides: parseOverrides({ rule: ONLY_FLAGS }, RULES) });
    const { config } = loader.forFile(path.join(cwd, 'Dockerfile'));
    const count = (work: (deadline: Deadline) => unknown) => {
      const deadline = afterReads(Infinity);
      work(deadline);
      return deadline.readings();
    };
    const fixed = fixText(TEXT, { config, unsafe: false, maxSize: DEFAULT_MAX_SIZE });
    expect(fixed.applied.length).toBeGreaterThan(0);
    return {
      lint: count((deadline) => expect(lintText(TEXT, { config, maxSize: DEFAULT_MAX_SIZE, deadline }).error).toBeUndefined()),
      fix: count((deadline) => expect(fixText(TEXT, { config, unsafe: false, maxSize: DEFAULT_MAX_SIZE, deadline }).output).toBe(fixed.output)),
      relint: count((deadline) => expect(lintText(fixed.output, { config, maxSize: DEFAULT_MAX_SIZE, deadline }).error).toBeUndefined()),
      // Writing the file's part of a JSON report, on the same budget.
      format: count((deadline) => jsonReport({ color: false }).add({ path: 'Dockerfile', text: TEXT, result: lintText(TEXT, { config, maxSize: DEFAULT_MAX_SIZE }) }, budgetTick(deadline))),
    };
  }

  it('the CLI lints on the clock counted here (the numbers below are the real ones)', async () => {
    const cwd = tree({ Dockerfile: TEXT });
    const n = readings(cwd);
    expect(n.lint).toBeGreaterThan(3);
    expect(n.fix).toBeGreaterThan(3);
    expect(n.relint).toBeGreaterThan(0);
    expect(n.format).toBeGreaterThan(0);
    const deadline = afterReads(Infinity);
    clock.make = () => deadline;
    expect((await run([...ONLY, '--format', 'json', 'Dockerfile'], cwd)).code).toBe(1);
    expect(deadline.readings()).toBe(n.lint + n.format);
  });

  it('a lint that leaves too little for the report: the file is the budget error, as a lint out of time is', async () => {
    const cwd = tree({ Dockerfile: TEXT });
    const n = readings(cwd);
    clock.make = () => afterReads(n.lint + 1);
    const r = await run([...ONLY, '--format', 'json', 'Dockerfile'], cwd);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ files: [{ path: 'Dockerfile', findings: [], error: MESSAGE }] });
  });

  it('a lint that used most of the budget leaves too little for the fix: the file is left as it was, and the note says so', async () => {
    const cwd = tree({ Dockerfile: TEXT });
    const n = readings(cwd);
    // A fresh budget of this size for the fixer would let it finish; what the lint left does not.
    clock.make = () => afterReads(n.lint + Math.ceil(n.fix / 2));
    const r = await run([...ONLY, '--fix', 'Dockerfile'], cwd);
    expect(clock.made).toBe(1);
    expect(r.stderr).toContain(`Dockerfile: fix: ${MESSAGE}; nothing fixed, the file is left as it was\n`);
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(TEXT);
    expect(fs.readdirSync(cwd)).toEqual(['Dockerfile']);
    // Nothing is left for the report of the lint's 3,000 findings either: the file is the budget's error.
    expect(r.code).toBe(2);
    expect(r.stdout).not.toContain('Fixed');
    expect(r.stdout).toContain(`Dockerfile: error: ${MESSAGE}`);

    const diff = await run([...ONLY, '--diff', 'Dockerfile'], cwd);
    expect(diff).toMatchObject({ code: 0, stdout: '' });
    expect(diff.stderr).toContain(`Dockerfile: fix: ${MESSAGE}; nothing fixed, the file is left as it was\n`);
  });

  it('out of time in the re-lint: the fixed text is not written, and the file is an error', async () => {
    const cwd = tree({ Dockerfile: TEXT });
    const n = readings(cwd);
    // Enough for the lint and the fixer; the re-lint's first reading is over.
    clock.make = () => afterReads(n.lint + n.fix + 1);
    const r = await run([...ONLY, '--fix', 'Dockerfile'], cwd);
    expect(clock.made).toBe(1);
    expect(r.code).toBe(2);
    expect(r.stdout).toContain(`Dockerfile: error: the fixed text could not be checked, so the file is left as it was: ${MESSAGE}`);
    expect(r.stdout).not.toContain('Fixed');
    expect(r.stdout).not.toMatch(/no problems/i);
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(TEXT);
    expect(fs.readdirSync(cwd)).toEqual(['Dockerfile']);

    const json = await run([...ONLY, '--fix', '--format', 'json', 'Dockerfile'], cwd);
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).files[0].error).toBe(`the fixed text could not be checked, so the file is left as it was: ${MESSAGE}`);

    const diff = await run([...ONLY, '--diff', 'Dockerfile'], cwd);
    expect(diff).toEqual({ code: 2, stdout: '', stderr: `Dockerfile: error: the fixed text could not be checked, so the file is left as it was: ${MESSAGE}\n` });
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).toBe(TEXT);
  });

  it('with enough budget for all three, the file is fixed on one deadline', async () => {
    const cwd = tree({ Dockerfile: TEXT });
    const n = readings(cwd);
    const deadline = afterReads(n.lint + n.fix + n.relint + 1);
    clock.make = () => deadline;
    const r = await run([...ONLY, '--fix', 'Dockerfile'], cwd);
    expect(r.code).toBe(0);
    expect(clock.made).toBe(1);
    expect(deadline.readings()).toBe(n.lint + n.fix + n.relint);
    expect(fs.readFileSync(path.join(cwd, 'Dockerfile'), 'utf8')).not.toBe(TEXT);
  });

  it('--stdin --fix out of time in the re-lint prints the text as it was', async () => {
    const cwd = tree({});
    const n = readings(cwd);
    clock.make = () => afterReads(n.lint + n.fix + 1);
    let stdout = '';
    let stderr = '';
    const code = await main([...ONLY, '--stdin', '--stdin-filename', 'Dockerfile', '--fix'], {
      stdout: { write: (s: string) => (stdout += s) },
      stderr: { write: (s: string) => (stderr += s) },
      stdin: [Buffer.from(TEXT)],
      cwd,
      env: {},
      isTTY: false,
    });
    expect(code).toBe(2);
    expect(stdout).toBe(TEXT);
    expect(stderr).toContain(`the fixed text could not be checked, so the file is left as it was: ${MESSAGE}`);
  });
});
