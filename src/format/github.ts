/**
 * GitHub Actions workflow commands: one `::error`/`::warning`/`::notice` annotation per finding, shown
 * on the run and on the pull request's changed lines. Escaping follows the runner's own
 * (actions/toolkit `command.ts`): data escapes `%`, CR and LF; properties also `:` and `,`.
 */
import type { ActiveSeverity } from '../rule.js';
import { linesOf, shownRange, slashPath } from './location.js';
import { maskerFor, maskPathShapes, printable } from './safe-text.js';
import type { ReportFormat } from './types.js';
import { formatAll } from './writer.js';
import { NO_BUDGET } from '../engine/budget.js';

const COMMAND: Record<ActiveSeverity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Each file's annotations in its turn. */
export const githubReport: ReportFormat = () => {
  const lines: string[] = [];
  return {
    add(file, tick = NO_BUDGET) {
      const hide = (s: string) => maskerFor(file.result, file.text).prose(s);
      const path = slashPath(maskPathShapes(file.path));
      const out: string[] = [];
      if (file.result.error !== undefined) {
        out.push(command('error', { file: path, title: 'hardenfile' }, `could not lint: ${hide(file.result.error)}`));
      }
      const index = linesOf(file);
      for (const f of file.result.findings) {
        tick();
        const r = shownRange(f, index);
        // Columns only on a one-line range: GitHub ignores them across lines.
        const props: Record<string, string | number> =
          r.line === r.endLine
            ? { file: path, line: r.line, endLine: r.endLine, col: r.column, endColumn: r.endColumn, title: f.ruleId }
            : { file: path, line: r.line, endLine: r.endLine, title: f.ruleId };
        out.push(command(COMMAND[f.severity], props, hide(f.message)));
      }
      lines.push(...out);
    },
    end: () => (lines.length > 0 ? `${lines.join('\n')}\n` : ''),
  };
};

export const formatGithub = formatAll(githubReport);

function command(name: string, props: Record<string, string | number>, message: string): string {
  const list = Object.entries(props)
    .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
    .join(',');
  return `::${name} ${list}::${escapeData(message)}`;
}

/** Other control characters cannot start a new command once CR and LF are escaped, but could drive a terminal. */
export function escapeData(s: string): string {
  return printable(s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A'));
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
