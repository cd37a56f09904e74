/** The command line: parse flags, then wire config, discovery, the engine and a formatter. */
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { lintText } from '../engine/lint.js';
import { ignoreProblems } from '../engine/ignores.js';
import { LineIndex } from '../text.js';
import { DEFAULT_MAX_SIZE } from '../engine/input.js';
import { DEFAULT_TIMEOUT } from '../engine/budget.js';
import { RULES } from '../../rules/index.js';
import { ConfigLoader, displayPath, parseOverrides } from '../config/load.js';
import { ConfigError } from '../config/types.js';
import { FORMAT_NAMES, isFormatName, loadReportFormat } from '../format/index.js';
import type { ActiveSeverity } from '../rule.js';
import { helpText, parseCliArgs, type CliArgs } from './args.js';
import { explainRule, rulesTable, schemaText, UNKNOWN_RULE_HINT } from './commands.js';
import { discover } from './discover.js';
import { packageVersion, readAll, UsageError, type CliIO } from './io.js';
import { decode, errorReport, lintOne, readText, type LintedFile } from './lint-files.js';
import { startLintPool, workerCount, type Linted } from './parallel.js';
import { addPart, addToReport, withoutText } from './report-files.js';
import { deadlineIn } from '../engine/budget.js';
import type { FileConfig } from '../config/types.js';
import type { ReportFormat, ReportWriter } from '../format/types.js';
import type { FixedFile } from './fix-files.js';
import { maskerFor, printable, shownPath } from '../format/safe-text.js';
import { cliMasker, shownError } from './redact-cli.js';

export type { CliIO } from './io.js';

/** Run the CLI with the arguments after the program name; resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let debug = argv.includes('--debug');
  const say = (message: string) => shownError(cliMasker(argv), message);
  try {
    const args = parseCliArgs(argv);
    debug = args.debug;
    switch (args.command) {
      case 'help':
        io.stdout.write(helpText(args.helpTopic));
        return 0;
      case 'version':
        io.stdout.write(`${packageVersion()}\n`);
        return 0;
      case 'rules':
        io.stdout.write(rulesTable(RULES));
        return 0;
      case 'explain':
        io.stdout.write(explainRule(args.positionals[0]!, RULES));
        return 0;
      case 'schema':
        return writeReport(args, io, schemaText(RULES)) ? 0 : 2;
      case 'lint':
        return await lintCommand(args, io);
      case 'lsp':
        return await lspCommand(args, io);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`hardenfile: error: ${say(err.message)}\nRun 'hardenfile --help' for usage.\n`);
    } else if (err instanceof ConfigError) {
      io.stderr.write(`${say(err.problems.join('\n'))}\n`);
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      io.stderr.write(`hardenfile: error: ${say(e.message)}\n`);
      if (debug && e.stack) io.stderr.write(`${say(e.stack)}\n`);
    }
    return 2;
  }
}

const RANK: Record<ActiveSeverity, number> = { info: 0, warning: 1, error: 2 };

async function lspCommand(args: CliArgs, io: CliIO): Promise<number> {
  const overrides = flagOverrides(args, io.env);
  // Loaded here only: a lint run never pays for the LSP libraries.
  const { startLanguageServer } = await import('../lsp/server.js');
  const input = io.stdin instanceof Readable ? io.stdin : Readable.from(io.stdin);
  const output = isWritable(io.stdout)
    ? io.stdout
    : new Writable({
        write(chunk: Buffer, _encoding, done) {
          io.stdout.write(chunk.toString('utf8'));
          done();
        },
      });
  const server = startLanguageServer({
    input,
    output,
    cwd: io.cwd,
    overrides,
    version: packageVersion(),
    ...(args.config !== undefined && { configFile: args.config }),
    ...(args.maxSize !== undefined && { maxSize: args.maxSize }),
    ...(args.timeout !== undefined && { timeout: args.timeout }),
  });
  const code = await server.exited;
  // Stop reading so the process can end even if the editor keeps the pipe open.
  input.destroy();
  return code;
}

function isWritable(stream: CliIO['stdout']): stream is Writable {
  return stream instanceof Writable;
}

async function lintCommand(args: CliArgs, io: CliIO): Promise<number> {
  if (!isFormatName(args.format)) throw new UsageError(`unknown format ${args.format} (choose ${FORMAT_NAMES.join(', ')})`);
  const overrides = flagOverrides(args, io.env);
  const loader = new ConfigLoader({ rules: RULES, cwd: io.cwd, ...(args.config !== undefined && { configFile: args.config }), overrides });
  const format = await loadReportFormat(args.format);
  const maxSize = args.maxSize ?? DEFAULT_MAX_SIZE;
  const timeout = args.timeout ?? DEFAULT_TIMEOUT;

  if (args.fix || args.diff) return fixCommand(args, io, loader, format, { maxSize, timeout });
  // Each file is read, linted, counted and formatted, and its text dropped, before the next ones
  // are read: memory is bounded by the largest files and the report, not by the tree.
  const fixer = args.format === 'stylish' ? (await import('../fix/apply.js')).fixText : null;
  const color = useColor(args, io);
  const report = format({ color: args.output === undefined ? color : false });
  const files = await streamLint(
    args,
    io,
    loader,
    { maxSize, timeout },
    (file, config) => {
      warnAboutIgnores([file], io);
      const shown = addPart(report, file);
      // Counted after the file's part is written: the summary's count is a nicety, and running out
      // of time on it leaves the count of findings marked fixable, never a report out of time.
      if (fixer) countFixable(fixer, shown, config, { maxSize, timeout });
      return withoutText(shown);
    },
    { pool: true, report },
  );
  io.onLinted?.(files);

  if (!writeReport(args, io, report.end(files))) return 2;
  if (args.output !== undefined || args.format !== 'stylish') {
    const { fileErrorLine, summaryLine } = await import('../format/stylish.js');
    for (const f of files) if (f.result.error !== undefined) io.stderr.write(`${fileErrorLine(f)}\n`);
    if (args.output !== undefined) io.stdout.write(`${summaryLine(files, { color })}\n`);
  }
  if (args.debug) for (const f of files) if (f.stack) io.stderr.write(`${fileProblem(f, f.stack)}\n`);
  return exitCode(files);
}

type Limits = { maxSize: number; timeout: number };

/** What `streamLint` is told about the run beyond the files' reports. */
interface StreamOptions {
  /** Lint in the worker pool that `--jobs` asks for; the main thread only when false. */
  pool: boolean;
  /** Given every discovered path once discovery is done, before any file is read. */
  discovered?: (files: readonly string[]) => void;
  /** The report that `finish` adds each file to: a file discovery could not read is added here. */
  report: ReportWriter | null;
}

/**
 * Lint in a stream: each file is read when a thread is ready for it, and `finish` (given the
 * linted file with its text, its path on disk and its index among the discovered files; null
 * and -1 for standard input) returns what is kept of it. At most two files per thread are in
 * flight, one without the pool. Reports come back in discovery order, discovery errors first.
 */
async function streamLint(
  args: CliArgs,
  io: CliIO,
  loader: ConfigLoader,
  limits: Limits,
  finish: (file: LintedFile, config: FileConfig, absPath: string | null, index: number) => LintedFile,
  options: StreamOptions,
): Promise<LintedFile[]> {
  const { maxSize, timeout } = limits;
  const keep = (kept: LintedFile) => {
    io.onKept?.(kept);
    return kept;
  };
  if (args.stdin) {
    const name = args.stdinFilename ?? '<stdin>';
    const config = loader.forFile(path.resolve(io.cwd, args.stdinFilename ?? 'stdin'));
    return [keep(finish(lintOne(name, decode(await readAll(io.stdin), maxSize), config, { maxSize, timeout, lint: lintText }), config, null, -1))];
  }
  const found = await discover(args.positionals, { cwd: io.cwd, isIgnored: (f) => loader.forFile(f).ignores(f) });
  refuseOutputOverInput(args, io, found.files);
  options.discovered?.(found.files);
  const out: LintedFile[] = found.errors.map((e) => keep(addToReport(options.report, errorReport(e.path, e.message))));
  const pool = options.pool ? startLintPool(workerCount(found.files.length, args.jobs), maxSize, timeout) : null;
  const inFlight: { file: string; index: number; config: FileConfig; source: ReturnType<typeof readText>; result: Promise<Linted> | null }[] = [];
  const settle = async (keepInFlight: number) => {
    while (inFlight.length > keepInFlight) {
      const next = inFlight.shift()!;
      // Without the pool, a turn of the event loop between reading a file and the work on it lets
      // output drain (a pipe can be asynchronous), and another run's reads and writes interleave
      // with this one's as they would with the pool.
      if (!pool) await new Promise<void>((resolve) => setImmediate(resolve));
      const linted = next.result && (await next.result);
      const outcome = linted?.outcome;
      const lint = outcome ? () => (outcome instanceof Error ? throwIt(outcome) : outcome) : lintText;
      const file = lintOne(displayPath(next.file, io.cwd), next.source, next.config, { maxSize, timeout, lint, ...(linted && { deadline: linted.deadline }) });
      out.push(keep(finish(file, next.config, next.file, next.index)));
    }
  };
  try {
    for (const [index, file] of found.files.entries()) {
      const config = loader.forFile(file);
      const source = readText(file, maxSize);
      const result = pool && 'text' in source ? pool.lint(source.text, config.config) : null;
      inFlight.push({ file, index, config, source, result });
      await settle(pool ? 2 * pool.threads : 0);
    }
    await settle(0);
  } finally {
    await pool?.close();
  }
  return out;
}

/**
 * The summary's "N fixable with --fix" is what `--fix` then fixes: the fixer runs (writing
 * nothing) on each file that has a safe fix, since one fix can make another one safe. It runs on
 * what is left of the file's budget; when that runs out, the count is the findings marked fixable.
 */
function countFixable(fixText: typeof import('../fix/apply.js').fixText, f: LintedFile, config: FileConfig, limits: Limits): void {
  if (f.text === undefined || !f.result.findings.some((x) => x.fix?.safety === 'safe')) return;
  // The same call fixOne makes for `--fix`, so the two counts agree.
  const outcome = fixText(f.text, { config: config.config, unsafe: false, maxSize: limits.maxSize, deadline: f.deadline ?? deadlineIn(limits.timeout) });
  if (!outcome.outOfTime) f.fixable = outcome.applied.length;
}

/** The first discovered name of a file that several names share (a symlink, a hard link). */
interface FirstName {
  path: string;
  /** Written, or nothing to write. */
  written: boolean;
  /** The fixed text differs from the text read: the write changed the file. */
  changed: boolean;
  /** The fixed text, kept until the file's last name has been seen. */
  output: string;
  /** Names of the file not yet fixed. */
  left: number;
}

/**
 * `--fix` and `--diff` in a stream, like a plain lint: each file is read, linted, fixed, written
 * (`--fix`), its diff printed (`--diff`) and its report cut down to what is printed before the next
 * file is read, so memory is bounded by the largest file, not the tree. The fixer runs in the main
 * thread, and so does the lint: `--jobs` has no effect here (the pool only lints, and a file's fix
 * and write follow its lint at once).
 */
async function fixCommand(args: CliArgs, io: CliIO, loader: ConfigLoader, format: ReportFormat, limits: Limits): Promise<number> {
  const unknown = args.fixRules.filter((id) => !RULES.some((r) => r.id === id));
  if (unknown.length) throw new UsageError(`--fix-rule: unknown rule ${unknown.join(', ')}`);
  const { fixOne, writeFixed } = await import('./fix-files.js');
  const request = { unsafe: args.unsafeFixes, only: args.fixRules, maxSize: limits.maxSize, timeout: limits.timeout, lint: lintText };
  // Several names for one file (a symlink, a hard link) are linted under each name and written once.
  // Identities are taken for all names before any write (a rename gives the file a new inode), and
  // only a file with more than one name has its first name's outcome kept.
  let ids: (string | null)[] = [];
  const names = new Map<string, number>();
  const firstNames = new Map<string, FirstName>();
  let failed = false;
  let fixedCount = 0;
  let stdinOutput = '';
  let diffs = false;
  const color = useColor(args, io);
  // `--diff` prints no report; `--fix -` prints it on stderr, without colour.
  const report = args.diff ? null : format({ color: args.stdin || args.output !== undefined ? false : color });

  /**
   * Write one file's fix, once per file. `problem`: null when written (or nothing to write);
   * `once`: the name of the file's first name, when this name needed no write of its own.
   */
  const write = (file: LintedFile & { text: string }, r: FixedFile, absPath: string, index: number): { problem: string | null } | { once: string } => {
    const id = ids[index] ?? null;
    const count = id === null ? 0 : (names.get(id) ?? 0);
    const first = id === null ? undefined : firstNames.get(id);
    if (id === null || count < 2 || first === undefined) {
      const problem = writeFixed(absPath, file.text, r);
      if (id !== null && count > 1) firstNames.set(id, { path: file.path, written: problem === null, changed: r.output !== file.text, output: r.output, left: count - 1 });
      return { problem };
    }
    if (--first.left === 0) firstNames.delete(id);
    const once = { once: shownPath(first.path) };
    // This name is read after the first one was written: when that changed the file, the text here
    // is the first name's fixed text, and nothing left to fix in it means the one write did it all.
    if (r.output === file.text) return first.written && first.changed && file.text === first.output ? once : { problem: null };
    if (!first.written) return { problem: `the same file as ${once.once}, which was not written` };
    return r.output === first.output ? once : { problem: `the same file as ${once.once}, which was fixed with that name's settings; not written again` };
  };

  const finish = (file: LintedFile, config: FileConfig, absPath: string | null, index: number): LintedFile => {
    warnAboutIgnores([file], io);
    const r = fixOne(file, config, request, absPath);
    if (r.note) io.stderr.write(`${fileProblem(file, r.note, 'fix')}\n`);
    if (args.diff && r.diff !== '') {
      io.stdout.write(r.diff);
      diffs = true;
    }
    if (args.stdin) stdinOutput = r.output;
    if (args.fix && absPath !== null && file.text !== undefined) {
      const written = write(file as LintedFile & { text: string }, r, absPath, index);
      if ('once' in written) {
        io.stderr.write(`${fileProblem(file, `the same file as ${written.once}; written once`, 'fix')}\n`);
        return addToReport(report, r.file);
      }
      if (written.problem !== null) {
        io.stderr.write(`${fileProblem(file, written.problem, 'error')}\n`);
        failed = true;
        // The report shows the file as it is on disk: unfixed, its problems still there.
        return addToReport(report, file);
      }
    }
    fixedCount += r.fixed;
    return addToReport(report, r.file);
  };

  const files = await streamLint(args, io, loader, limits, finish, {
    pool: false,
    report,
    discovered: (found) => {
      ids = found.map(fileIdentity);
      for (const id of ids) if (id !== null) names.set(id, (names.get(id) ?? 0) + 1);
    },
  });
  if (report === null) {
    for (const f of files) if (f.result.error !== undefined) io.stderr.write(`${fileProblem(f, f.result.error, 'error')}\n`);
    if (files.some((f) => f.result.error !== undefined) || failed) return 2;
    return diffs ? 1 : 0;
  }
  if (args.stdin) {
    // Like `ruff --fix -`: the fixed text on stdout, the remaining findings on stderr.
    io.stdout.write(stdinOutput);
    io.stderr.write(report.end(files));
  } else {
    if (!writeReport(args, io, report.end(files))) return 2;
    if (fixedCount > 0) (args.format === 'stylish' && args.output === undefined ? io.stdout : io.stderr).write(`Fixed ${fixedCount} problem${fixedCount === 1 ? '' : 's'}.\n`);
  }
  const code = exitCode(files);
  return failed ? 2 : code;
}

/** `path: what: message` about one file, its secrets and the terminal controls hidden. */
function fileProblem(file: LintedFile, message: string, what?: string): string {
  const masker = maskerFor(file.result, file.text);
  const text = message.split('\n').map((l) => printable(masker.prose(l))).join('\n');
  return `${shownPath(file.path)}: ${what === undefined ? '' : `${what}: `}${text}`;
}

/** `path:line:col: warning: …` for each ignore comment that silences less than it says. */
function warnAboutIgnores(files: LintedFile[], io: CliIO): void {
  const ids = RULES.map((r) => r.id);
  for (const f of files) {
    if (f.text === undefined || f.result.error !== undefined) continue;
    const problems = ignoreProblems(f.text, ids);
    if (problems.length === 0) continue;
    const lines = new LineIndex(f.text);
    for (const p of problems) {
      const at = lines.position(p.span.start);
      io.stderr.write(`${shownPath(f.path)}:${at.line}:${at.column}: warning: ${printable(maskerFor(f.result, f.text).prose(p.message))}\n`);
    }
  }
}

function throwIt(error: Error): never {
  throw error;
}

function flagOverrides(args: CliArgs, env: CliIO['env']) {
  try {
    return parseOverrides({ rule: args.rules, buildArg: buildArgsFromEnv(args.buildArgs, env), ...(args.failLevel !== undefined && { failLevel: args.failLevel }) }, RULES);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.problems.map((p) => (p.endsWith(': unknown rule') ? `${p}${UNKNOWN_RULE_HINT}` : p)).join('\n'));
    throw err;
  }
}

/**
 * `--build-arg NAME` takes NAME's value from the environment, as `docker build` does, and is
 * dropped, as there, when the environment has none.
 */
function buildArgsFromEnv(flags: string[], env: CliIO['env']): string[] {
  return flags.flatMap((flag) => {
    if (flag.includes('=') || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(flag)) return [flag];
    const value = Object.hasOwn(env, flag) ? env[flag] : undefined;
    return value === undefined ? [] : [`${flag}=${value}`];
  });
}

/** 2 if any file could not be linted, else 1 if any finding reaches its file's fail level, else 0. */
export function exitCode(files: LintedFile[]): number {
  if (files.some((f) => f.result.error !== undefined)) return 2;
  const failing = files.some((f) => f.result.findings.some((x) => RANK[x.severity] >= RANK[f.failLevel]));
  return failing ? 1 : 0;
}

function useColor(args: CliArgs, io: CliIO): boolean {
  if (args.color !== undefined) return args.color;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY;
}

/** `dev:ino` of the file a path names (through symlinks), or null when it cannot be stat'ed. */
function fileIdentity(file: string): string | null {
  try {
    const st = fs.statSync(file, { bigint: true });
    return `${st.dev}:${st.ino}`;
  } catch {
    return null;
  }
}

/** `-o` naming one of the files being linted (by any name: a symlink, a hard link) would replace it with the report. */
function refuseOutputOverInput(args: CliArgs, io: CliIO, inputs: string[]): void {
  if (args.output === undefined) return;
  const out = fileIdentity(path.resolve(io.cwd, args.output));
  if (out === null) return;
  if (inputs.some((f) => fileIdentity(f) === out)) throw new Error(`cannot write the report to ${args.output}: it is one of the files being linted; not overwritten`);
}

function writeReport(args: CliArgs, io: CliIO, text: string): boolean {
  if (args.output === undefined) {
    io.stdout.write(text);
    return true;
  }
  try {
    const file = path.resolve(io.cwd, args.output);
    // CI reports often go to a directory of their own (`-o reports/hardenfile.sarif`).
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
    return true;
  } catch (err) {
    io.stderr.write(`hardenfile: error: ${shownError(cliMasker([]), `cannot write ${args.output}: ${(err as Error).message}`)}\n`);
    return false;
  }
}
