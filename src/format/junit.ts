/**
 * JUnit XML for CI test reports (GitLab `artifacts:reports:junit`, Jenkins, Azure DevOps): a test
 * suite per file, a failing test case per finding, one passing case for a clean file, and an
 * errored case for a file that could not be linted.
 */
import { maskerFor, maskPathShapes } from './safe-text.js';
import type { ReportFormat } from './types.js';
import { formatAll } from './writer.js';
import { NO_BUDGET } from '../engine/budget.js';
import { XML_DECLARATION, xmlAttr, xmlText } from './xml.js';

const CLEAN_CASE = 'hardenfile';

/** A test suite per file, each written in its turn; the totals go in the head at the end. */
export const junitReport: ReportFormat = () => {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let errors = 0;
  return {
    add(file, tick = NO_BUDGET) {
      const hide = (s: string) => maskerFor(file.result, file.text).prose(s);
      const path = maskPathShapes(file.path);
      const name = xmlAttr(path);
      const cases: string[] = [];
      if (file.result.error !== undefined) {
        const message = hide(file.result.error);
        cases.push(`    <testcase classname="${name}" name="${CLEAN_CASE}">\n      <error message="${xmlAttr(message)}">${xmlText(`${path}: could not lint: ${message}`)}</error>\n    </testcase>`);
      }
      for (const f of file.result.findings) {
        tick();
        const message = hide(f.message);
        const where = `${f.start.line}:${f.start.column}`;
        const body = `${f.severity} at ${path}:${where}: ${message} (${f.ruleId})`;
        cases.push(
          `    <testcase classname="${name}" name="${xmlAttr(`${f.ruleId} ${where}`)}">\n` +
            `      <failure message="${xmlAttr(message)}" type="${xmlAttr(f.ruleId)}">${xmlText(body)}</failure>\n` +
            '    </testcase>',
        );
      }
      if (cases.length === 0) cases.push(`    <testcase classname="${name}" name="${CLEAN_CASE}"/>`);
      const failed = file.result.findings.length;
      const errored = file.result.error !== undefined ? 1 : 0;
      tests += cases.length;
      failures += failed;
      errors += errored;
      suites.push(`  <testsuite name="${name}" tests="${cases.length}" failures="${failed}" errors="${errored}">\n${cases.join('\n')}\n  </testsuite>`);
    },
    end() {
      const head = `<testsuites name="hardenfile" tests="${tests}" failures="${failures}" errors="${errors}">`;
      return `${[XML_DECLARATION, head, ...suites, '</testsuites>'].join('\n')}\n`;
    },
  };
};

export const formatJunit = formatAll(junitReport);
