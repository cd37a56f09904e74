/**
 * Human output: findings grouped by file, each with a code frame of its range, then a summary.
 * Every frame line and message passes through redaction before it is printed.
 */
import type { Finding } from '../engine/types.js';
import type { Masker } from '../model/redaction.js';
import type { LineSource } from '../text.js';
import { linesOf } from './location.js';
import { painter, type Paint } from './colors.js';
import { maskerFor, printable, shownPath } from './safe-text.js';
import type { FileReport, FormatOptions, ReportFormat } from './types.js';
import { formatAll } from './writer.js';
import { NO_BUDGET } from '../engine/budget.js';

/** Most lines a code frame shows of a finding's range. */
export const FRAME_LINES = 3;
const TAB_WIDTH = 4;

/** Each file's block (its error line, or its findings with their frames) in its turn, then the summary. */
export const stylishReport: ReportFormat = (options) => {
  const c = painter(options.color);
  const blocks: string[] = [];
  return {
    add(file, tick = NO_BUDGET) {
      if (file.result.error !== undefined) blocks.push(fileErrorLine(file, c));
      else if (file.result.findings.length > 0) blocks.push(fileBlock(file, c, tick));
    },
    end(files) {
      return `${[...blocks, summaryLine(files, options)].join('\n\n')}\n`;
    },
  };
};

export const formatStylish = formatAll(stylishReport);

/** `path: error: message` for a file that could not be linted. */
export function fileErrorLine(file: FileReport, c: Paint = painter(false)): string {
  return `${shownPath(file.path)}: ${c('error', 'red')}: ${printable(maskerFor(file.result, file.text).prose(file.result.error ?? ''))}`;
}

/**
 * The last line: counts of problems by severity, of the files they are in out of the files linted,
 * and of fixable ones; or a clean bill with the number of files linted.
 */
export function summaryLine(results: readonly FileReport[], options: FormatOptions): string {
  const c = painter(options.color);
  const count = { error: 0, warning: 0, info: 0 };
  let safe = 0;
  let unsafe = 0;
  let failed = 0;
  let withProblems = 0;
  for (const file of results) {
    if (file.result.error !== undefined) failed++;
    if (file.result.findings.length > 0) withProblems++;
    let safeHere = 0;
    for (const f of file.result.findings) {
      count[f.severity]++;
      if (f.fix?.safety === 'safe') safeHere++;
      else if (f.fix?.safety === 'unsafe') unsafe++;
    }
    safe += file.fixable ?? safeHere;
  }
  const total = count.error + count.warning + count.info;
  const linted = results.length - failed;
  const lines: string[] = [];
  if (total > 0) {
    const files = withProblems === linted ? plural(linted, 'file') : `${withProblems} of ${plural(linted, 'file')}`;
    let line = `✖ ${plural(total, 'problem')} (${plural(count.error, 'error')}, ${plural(count.warning, 'warning')}, ${count.info} info) in ${files}`;
    const fixes = [safe > 0 ? `${safe} fixable with --fix` : '', unsafe > 0 ? `${unsafe} more with --unsafe-fixes` : ''].filter(Boolean);
    if (fixes.length > 0) line += ` — ${fixes.join(', ')}`;
    lines.push(c(line, count.error > 0 ? 'red' : count.warning > 0 ? 'yellow' : 'blue', 'bold'));
  } else if (linted > 0 || failed === 0) lines.push(c(`✔ no problems in ${plural(linted, 'file')}`, 'green', 'bold'));
  if (failed > 0) lines.push(c(`✖ ${plural(failed, 'file')} could not be linted`, 'red', 'bold'));
  return lines.join('\n');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function fileBlock(file: FileReport, c: Paint, tick: () => void): string {
  const findings = file.result.findings;
  const index = linesOf(file);
  const posWidth = Math.max(...findings.map((f) => `${f.start.line}:${f.start.column}`.length));
  const masker = maskerFor(file.result, file.text);
  const out = [c(shownPath(file.path), 'underline')];
  for (const f of findings) {
    tick();
    const pos = `${f.start.line}:${f.start.column}`.padEnd(posWidth);
    const message = printable(masker.prose(f.message));
    const marker = f.fix ? c(f.fix.safety === 'safe' ? '  (fixable)' : '  (unsafe fix)', 'dim') : '';
    out.push(`  ${c(pos, 'dim')}  ${severityLabel(f.severity, c)}  ${message}  ${c(f.ruleId, 'dim')}${marker}`);
    if (index) out.push(...codeFrame(index, f, masker, c));
  }
  return out.join('\n');
}

function severityLabel(severity: Finding['severity'], c: Paint): string {
  return c(severity.padEnd(7), severity === 'error' ? 'red' : severity === 'warning' ? 'yellow' : 'blue');
}

/**
 * The widest slice of a line a frame shows, in UTF-16 units. A longer line (BuildKit allows 64 KiB)
 * is shown around the range, its cut ends marked `…`: printed whole under each of its findings, a
 * long line would make the report grow with findings times line length.
 */
export const FRAME_WIDTH = 200;
/** How much of a cut line is kept before the range. */
const FRAME_LEAD = 40;

/** The lines of the finding's range (at most three), carets under the range on the first. */
export function codeFrame(index: LineSource, f: Pick<Finding, 'start' | 'end'>, masker: Masker, c: Paint): string[] {
  const first = f.start.line - 1;
  // A range that ends at the start of a line does not reach into it.
  let last = Math.max(first, f.end.line - 1 - (f.end.column === 1 && f.end.line > f.start.line ? 1 : 0));
  last = Math.min(last, index.lineCount - 1);
  const shown = Math.min(last, first + FRAME_LINES - 1);
  const width = String(shown + 1).length;
  const gutter = (n: string, mark = ' ') => c(`  ${mark} ${n.padStart(width)} | `, 'dim');
  const out: string[] = [];
  for (let line = first; line <= shown; line++) {
    const lineStart = index.lineStart(line);
    const lineText = index.lineText(line);
    const from = line === first ? Math.min(f.start.column - 1, lineText.length) : 0;
    const to = line === f.end.line - 1 ? Math.min(f.end.column - 1, lineText.length) : lineText.length;
    const cut = frameWindow(lineText, from);
    const head = cut.start > 0 ? c('…', 'dim') : '';
    const tail = cut.end < lineText.length ? c('…', 'dim') : '';
    const lead = cut.start > 0 ? 1 : 0;
    if (line !== first) {
      out.push(gutter(String(line + 1), '>') + render(lineText.slice(0, cut.end), lineStart, masker).text + tail);
      continue;
    }
    const end = Math.min(Math.max(from, to), cut.end);
    const a = render(lineText.slice(cut.start, from), lineStart + cut.start, masker, lead);
    const b = render(lineText.slice(from, end), lineStart + from, masker, lead + a.width);
    const rest = render(lineText.slice(end, cut.end), lineStart + end, masker, lead + a.width + b.width);
    out.push(gutter(String(line + 1)) + head + a.text + b.text + rest.text + tail);
    out.push(gutter('') + ' '.repeat(lead + a.width) + c('^'.repeat(Math.max(1, b.width)), 'red'));
  }
  if (shown < last) out.push(c(`  ${' '.repeat(width + 2)} …`, 'dim'));
  return out;
}

/**
 * The part of a line a frame shows: all of a line of up to FRAME_WIDTH units, else FRAME_WIDTH units
 * from a little before `from` (the range's start on its first line, 0 on the others). Never splits
 * a surrogate pair.
 */
export function frameWindow(lineText: string, from: number): { start: number; end: number } {
  if (lineText.length <= FRAME_WIDTH) return { start: 0, end: lineText.length };
  let start = from + FRAME_LEAD <= FRAME_WIDTH ? 0 : Math.max(0, Math.min(from - FRAME_LEAD, lineText.length - FRAME_WIDTH));
  if (start > 0 && isLowSurrogate(lineText.charCodeAt(start))) start--;
  let end = Math.min(lineText.length, start + FRAME_WIDTH);
  if (end < lineText.length && isLowSurrogate(lineText.charCodeAt(end))) end--;
  return { start, end };
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

function render(piece: string, offset: number, masker: Masker, col = 0): { text: string; width: number } {
  const safe = printable(masker.slice(piece, offset));
  let text = '';
  let width = col;
  for (const ch of safe) {
    if (ch === '\t') {
      const n = TAB_WIDTH - (width % TAB_WIDTH);
      text += ' '.repeat(n);
      width += n;
    } else {
      text += ch;
      width++;
    }
  }
  return { text, width: width - col };
}
