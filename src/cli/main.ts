/** The command line: parse flags, then wire config, discovery, the engine and a formatter. */
import fs from 'node:fs';
import path from 'node:path';
import { initEngine, lintText } from '../engine/lint.js';
import { DEFAULT_MAX_SIZE } from '../engine/input.js';
import { RULES } from '../../rules/index.js';
import { ConfigLoader, displayPath, parseOverrides } from '../config/load.js';
import { ConfigError } from '../config/types.js';
import { FORMAT_NAMES, isFormatName, loadFormatter } from '../format/index.js';
import type { ActiveSeverity } from '../rule.js';
import { HELP, parseCliArgs, type CliArgs } from './args.js';
import { explainRule, rulesTable, schemaText } from './commands.js';
import { discover } from './discover.js';
import { packageVersion, readAll, UsageError, type CliIO } from './io.js';
import { decode, errorReport, lintOne, readText, type LintedFile } from './lint-files.js';

export type { CliIO } from './io.js';

/** Run the CLI with the arguments after the program name; resolves to the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const args = parseCliArgs(argv);
    debug = args.debug;
    switch (args.command) {
      case 'help':
        io.stdout.write(HELP);
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
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr.write(`hardenfile: error: ${err.message}\nRun 'hardenfile --help' for usage.\n`);
    } else if (err instanceof ConfigError) {
      io.stderr.write(`${err.problems.join('\n')}\n`);
    } else {
      const e = err instanceof Error ? err : new Error(String(err));
      io.stderr.write(`hardenfile: error: ${e.message}\n`);
      if (debug && e.stack) io.stderr.write(`${e.stack}\n`);
    }
    return 2;
  }
}

const RANK: Record<ActiveSeverity, number> = { info: 0, warning: 1, error: 2 };

async function lintCommand(args: CliArgs, io: CliIO): Promise<number> {
  if (!isFormatName(args.format)) throw new UsageError(`unknown format ${args.format} (choose ${FORMAT_NAMES.join(', ')})`);
  const overrides = flagOverrides(args);
  const loader = new ConfigLoader({ rules: RULES, cwd: io.cwd, ...(args.config !== undefined && { configFile: args.config }), overrides });
  const format = await loadFormatter(args.format);
  const maxSize = args.maxSize ?? DEFAULT_MAX_SIZE;
  await initEngine();
  const options = { maxSize, lint: lintText };

  const files: LintedFile[] = [];
  if (args.stdin) {
    const name = args.stdinFilename ?? '<stdin>';
    const config = loader.forFile(path.resolve(io.cwd, args.stdinFilename ?? 'stdin'));
    files.push(lintOne(name, decode(await readAll(io.stdin), maxSize), config, options));
  } else {
    const found = await discover(args.positionals, { cwd: io.cwd, isIgnored: (f) => loader.forFile(f).ignores(f) });
    for (const e of found.errors) files.push(errorReport(e.path, e.message));
    for (const file of found.files) {
      files.push(lintOne(displayPath(file, io.cwd), readText(file, maxSize), loader.forFile(file), options));
    }
  }
  // The fix step (--fix, --unsafe-fixes, --fix-rule, --diff) goes here: it takes `files` and
  // returns their reports after fixing.

  const color = useColor(args, io);
  const report = format(files, { color: args.output === undefined ? color : false });
  if (!writeReport(args, io, report)) return 2;
  if (args.output !== undefined || args.format !== 'stylish') {
    const { fileErrorLine, summaryLine } = await import('../format/stylish.js');
    for (const f of files) if (f.result.error !== undefined) io.stderr.write(`${fileErrorLine(f)}\n`);
    if (args.output !== undefined) io.stdout.write(`${summaryLine(files, { color })}\n`);
  }
  if (args.debug) for (const f of files) if (f.stack) io.stderr.write(`${f.path}: ${f.stack}\n`);
  return exitCode(files);
}

function flagOverrides(args: CliArgs) {
  try {
    return parseOverrides({ rule: args.rules, buildArg: args.buildArgs, ...(args.failLevel !== undefined && { failLevel: args.failLevel }) }, RULES);
  } catch (err) {
    if (err instanceof ConfigError) throw new UsageError(err.problems.join('\n'));
    throw err;
  }
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

function writeReport(args: CliArgs, io: CliIO, text: string): boolean {
  if (args.output === undefined) {
    io.stdout.write(text);
    return true;
  }
  try {
    fs.writeFileSync(path.resolve(io.cwd, args.output), text);
    return true;
  } catch (err) {
    io.stderr.write(`hardenfile: error: cannot write ${args.output}: ${(err as Error).message}\n`);
    return false;
  }
}
