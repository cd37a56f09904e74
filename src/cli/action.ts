/**
 * The GitHub Action's lint step (action.yml runs bin/action.js): reads its inputs from `INPUT_*`
 * variables, runs the CLI in this process, then writes the step's outputs to `$GITHUB_OUTPUT` and a
 * markdown summary to `$GITHUB_STEP_SUMMARY`.
 */
import fs from 'node:fs';
import path from 'node:path';
import { FAIL_LEVELS } from '../config/schema.js';
import { ruleDocUrl } from '../format/rule-docs.js';
import { maskerFor, printable, shownPath } from '../format/safe-text.js';
import { escapeData } from '../format/github.js';
import { maskShapes } from '../model/redaction.js';
import type { CliIO } from './io.js';
import type { LintedFile } from './lint-files.js';
import { main } from './main.js';

/** The formats the action offers: a report for code scanning, or annotations on the run. */
const FORMATS = ['sarif', 'github'] as const;
/** `none`: report only, findings never fail the step. */
const ACTION_FAIL_LEVELS = [...FAIL_LEVELS, 'none'] as const;
/** Files listed by name in the summary; the rest are counted. */
const SUMMARY_FILES = 50;

export interface ActionInputs {
  paths: string[];
  format: (typeof FORMATS)[number];
  failLevel: (typeof ACTION_FAIL_LEVELS)[number] | '';
  sarifFile: string;
}

/**
 * An input as a runner passes it to a JavaScript action (`INPUT_` and the name in capitals, its
 * hyphens kept), or as action.yml passes it to this composite step (hyphens as underscores, which
 * a shell can name).
 */
function input(env: CliIO['env'], name: string): string {
  const upper = `INPUT_${name.toUpperCase()}`;
  return (env[upper] ?? env[upper.replaceAll('-', '_')] ?? '').trim();
}

/** The inputs, or the problem with one of them. */
export function readInputs(env: CliIO['env']): ActionInputs | { problem: string } {
  // One path a line: a path may hold spaces, and globs reach hardenfile unexpanded.
  const paths = input(env, 'paths')
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const format = input(env, 'format') || 'sarif';
  if (!(FORMATS as readonly string[]).includes(format)) return { problem: `the format input must be ${FORMATS.join(' or ')}, not ${format}` };
  const failLevel = input(env, 'fail-level');
  if (failLevel !== '' && !(ACTION_FAIL_LEVELS as readonly string[]).includes(failLevel)) {
    return { problem: `the fail-level input must be ${ACTION_FAIL_LEVELS.join(', ')} or empty, not ${failLevel}` };
  }
  const sarifFile = input(env, 'sarif-file') || 'hardenfile.sarif';
  return { paths: paths.length > 0 ? paths : ['.'], format: format as ActionInputs['format'], failLevel: failLevel as ActionInputs['failLevel'], sarifFile };
}

/** The CLI arguments for the inputs. `--` keeps a path named like a command (`rules`) a path. */
export function cliArguments(inputs: ActionInputs): string[] {
  const args = ['--format', inputs.format];
  if (inputs.format === 'sarif') args.push('--output', inputs.sarifFile);
  if (inputs.failLevel !== '' && inputs.failLevel !== 'none') args.push('--fail-level', inputs.failLevel);
  return [...args, '--', ...inputs.paths];
}

export async function runAction(_argv: string[], io: CliIO): Promise<number> {
  const inputs = readInputs(io.env);
  if ('problem' in inputs) {
    // An input's value is echoed: as workflow command data (a newline would start a command of its own), secrets masked.
    io.stdout.write(`::error title=hardenfile::${escapeData(maskShapes(inputs.problem))}\n`);
    return 2;
  }
  let linted: LintedFile[] = [];
  const sarifPath = path.resolve(io.cwd, inputs.sarifFile);
  const sarifBefore = modified(sarifPath);
  const code = await main(cliArguments(inputs), { ...io, onLinted: (files) => (linted = files) });
  // Only a report this run wrote is uploaded, never one an earlier step left there.
  const sarifWritten = inputs.format === 'sarif' && modified(sarifPath) !== sarifBefore;
  const counts = countFindings(linted);
  try {
    writeOutputs(io.env, {
      ...(sarifWritten && { 'sarif-file': inputs.sarifFile }),
      problems: String(counts.total),
      files: String(counts.linted),
      'exit-code': String(code),
    });
    if (io.env.GITHUB_STEP_SUMMARY) fs.appendFileSync(io.env.GITHUB_STEP_SUMMARY, summaryMarkdown(linted, inputs));
  } catch (err) {
    io.stdout.write(`::error title=hardenfile::${escapeData(maskShapes(`cannot write the step's outputs: ${(err as Error).message}`))}\n`);
    return 2;
  }
  // Report only: findings pass, but a file or config hardenfile could not use still fails the step.
  return inputs.failLevel === 'none' && code === 1 ? 0 : code;
}

/** A file's modification time and size, or '' when there is none. */
function modified(file: string): string {
  try {
    const s = fs.statSync(file);
    return `${s.mtimeMs}:${s.size}:${s.ino}`;
  } catch {
    return '';
  }
}

function writeOutputs(env: CliIO['env'], outputs: Record<string, string>): void {
  if (!env.GITHUB_OUTPUT) return;
  fs.appendFileSync(env.GITHUB_OUTPUT, Object.entries(outputs).map(([name, value]) => `${name}=${value}\n`).join(''));
}

interface Counts {
  linted: number;
  failed: LintedFile[];
  withFindings: LintedFile[];
  total: number;
  bySeverity: Record<'error' | 'warning' | 'info', number>;
  safe: number;
  unsafe: number;
  rules: Map<string, { severity: string; count: number; safe: number; unsafe: number }>;
}

function countFindings(files: LintedFile[]): Counts {
  const counts: Counts = { linted: 0, failed: [], withFindings: [], total: 0, bySeverity: { error: 0, warning: 0, info: 0 }, safe: 0, unsafe: 0, rules: new Map() };
  for (const file of files) {
    if (file.result.error !== undefined) {
      counts.failed.push(file);
      continue;
    }
    counts.linted++;
    if (file.result.findings.length > 0) counts.withFindings.push(file);
    for (const f of file.result.findings) {
      counts.total++;
      counts.bySeverity[f.severity]++;
      const rule = counts.rules.get(f.ruleId) ?? { severity: f.severity, count: 0, safe: 0, unsafe: 0 };
      rule.count++;
      // A rule's findings can differ in severity only through inline config; show the highest.
      if (RANK[f.severity] > RANK[rule.severity as keyof typeof RANK]) rule.severity = f.severity;
      if (f.fix?.safety === 'safe') {
        counts.safe++;
        rule.safe++;
      } else if (f.fix?.safety === 'unsafe') {
        counts.unsafe++;
        rule.unsafe++;
      }
      counts.rules.set(f.ruleId, rule);
    }
  }
  return counts;
}

const RANK = { info: 0, warning: 1, error: 2 };

/** The job summary: totals, findings by rule, the files with findings, the files not linted. */
export function summaryMarkdown(files: LintedFile[], inputs: ActionInputs): string {
  const c = countFindings(files);
  const out = ['### hardenfile', ''];
  const linted = plural(c.linted, 'file');
  if (c.total === 0) {
    out.push(`No problems in ${linted}.`);
  } else {
    const fixable = [c.safe > 0 ? `${c.safe} fixable with \`hardenfile --fix\`` : '', c.unsafe > 0 ? `${c.unsafe} more with \`--unsafe-fixes\`` : ''].filter(Boolean);
    out.push(
      `${plural(c.total, 'problem')} (${plural(c.bySeverity.error, 'error')}, ${plural(c.bySeverity.warning, 'warning')}, ${c.bySeverity.info} info) ` +
        `in ${c.withFindings.length} of ${linted}${fixable.length > 0 ? `; ${fixable.join(', ')}` : ''}.`,
    );
  }
  if (c.failed.length > 0) out.push('', `**${plural(c.failed.length, 'file')} could not be linted** (see the step's log).`);
  if (inputs.failLevel === 'none') out.push('', 'Report only (`fail-level: none`): findings do not fail this step.');
  if (c.rules.size > 0) {
    out.push('', '| rule | severity | problems | fixable |', '| --- | --- | ---: | ---: |');
    const rules = [...c.rules].sort(([a, x], [b, y]) => y.count - x.count || (a < b ? -1 : 1));
    for (const [id, r] of rules) out.push(`| [\`${id}\`](${ruleDocUrl(id)}) | ${r.severity} | ${r.count} | ${fixCell(r.safe, r.unsafe)} |`);
    out.push('', '| file | problems | fixable |', '| --- | ---: | ---: |');
    for (const file of c.withFindings.slice(0, SUMMARY_FILES)) {
      const safe = file.result.findings.filter((f) => f.fix?.safety === 'safe').length;
      const unsafe = file.result.findings.filter((f) => f.fix?.safety === 'unsafe').length;
      out.push(`| ${markdownText(shownPath(file.path))} | ${file.result.findings.length} | ${fixCell(safe, unsafe)} |`);
    }
    if (c.withFindings.length > SUMMARY_FILES) out.push(`| … and ${plural(c.withFindings.length - SUMMARY_FILES, 'more file')} | | |`);
  }
  if (c.failed.length > 0) {
    out.push('', '| could not be linted | why |', '| --- | --- |');
    for (const file of c.failed.slice(0, SUMMARY_FILES)) out.push(`| ${markdownText(shownPath(file.path))} | ${markdownText(maskerFor(file.result, file.text).prose(file.result.error ?? ''))} |`);
    if (c.failed.length > SUMMARY_FILES) out.push(`| … and ${plural(c.failed.length - SUMMARY_FILES, 'more file')} | |`);
  }
  return `${out.join('\n')}\n\n`;
}

function fixCell(safe: number, unsafe: number): string {
  return unsafe > 0 ? `${safe} (+${unsafe} unsafe)` : String(safe);
}

/** Characters markdown could read as markup; a backslash makes each literal. */
const MARKDOWN_SPECIAL = new Set('\\`*_{}[]<>()#+-.!|~&');

/** Text as markdown shows it literally, on one table line. */
function markdownText(s: string): string {
  let out = '';
  for (const ch of printable(s)) out += MARKDOWN_SPECIAL.has(ch) ? `\\${ch}` : ch;
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
