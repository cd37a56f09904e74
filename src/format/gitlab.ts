/**
 * GitLab Code Quality (a subset of the Code Climate issue format), shown in merge requests from
 * `artifacts:reports:codequality`. Files that could not be linted have no place in it: they fail
 * the job (exit code 2) and are printed on stderr.
 */
import type { ActiveSeverity } from '../rule.js';
import { lineKeys, sha256 } from './fingerprint.js';
import { lastLine, slashPath } from './location.js';
import { maskerFor, maskPathShapes } from './safe-text.js';
import type { ReportFormat } from './types.js';
import { formatAll, JsonDocument } from './writer.js';
import { NO_BUDGET } from '../engine/budget.js';

export interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: { path: string; lines: { begin: number; end: number } };
}

/**
 * GitLab's scale is info < minor < major < critical < blocker. An error is a hardening the build
 * must not ship without, which is GitLab's "major"; critical and blocker are left for what GitLab's
 * own scanners rate as exploitable, so a lint error does not outrank them in the widget.
 */
const SEVERITY: Record<ActiveSeverity, CodeQualityIssue['severity']> = { info: 'info', warning: 'minor', error: 'major' };

/** A JSON array of issues, each file's written in its turn. */
export const gitlabReport: ReportFormat = () => {
  const doc = new JsonDocument<'issues'>((hole) => hole('issues'));
  const issues: string[] = [];
  return {
    add(file, tick = NO_BUDGET) {
      const path = slashPath(maskPathShapes(file.path));
      const keys = lineKeys(file, tick);
      const masker = maskerFor(file.result, file.text);
      const out = file.result.findings.map((f, i) => {
        tick();
        const issue: CodeQualityIssue = {
          description: masker.prose(f.message),
          check_name: f.ruleId,
          fingerprint: sha256(`${path}\n${keys[i]!.hash}\n${keys[i]!.occurrence}`),
          severity: SEVERITY[f.severity],
          location: { path, lines: { begin: f.start.line, end: lastLine(f) } },
        };
        return doc.item('issues', issue);
      });
      issues.push(...out);
    },
    end: () => doc.text({ issues }),
  };
};

export const formatGitlab = formatAll(gitlabReport);
