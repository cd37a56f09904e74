/** Checkstyle XML (version 4.3), read by Jenkins warnings-ng, reviewdog, SonarQube and others. */
import type { ActiveSeverity } from '../rule.js';
import { maskerFor, maskPathShapes } from './safe-text.js';
import type { ReportFormat } from './types.js';
import { formatAll } from './writer.js';
import { NO_BUDGET } from '../engine/budget.js';
import { XML_DECLARATION, xmlAttr } from './xml.js';

const SEVERITY: Record<ActiveSeverity, string> = { error: 'error', warning: 'warning', info: 'info' };

/** A `<file>` element per file, each written in its turn. */
export const checkstyleReport: ReportFormat = () => {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  return {
    add(file, tick = NO_BUDGET) {
      const hide = (s: string) => maskerFor(file.result, file.text).prose(s);
      const part = [`  <file name="${xmlAttr(maskPathShapes(file.path))}">`];
      if (file.result.error !== undefined) {
        part.push(`    <error line="1" column="1" severity="error" message="${xmlAttr(`could not lint: ${hide(file.result.error)}`)}" source="hardenfile"/>`);
      }
      for (const f of file.result.findings) {
        tick();
        const attrs = [`line="${f.start.line}"`, `column="${f.start.column}"`, `severity="${SEVERITY[f.severity]}"`, `message="${xmlAttr(hide(f.message))}"`, `source="hardenfile.${xmlAttr(f.ruleId)}"`];
        part.push(`    <error ${attrs.join(' ')}/>`);
      }
      part.push('  </file>');
      out.push(part.join('\n'));
    },
    end: () => `${[...out, '</checkstyle>'].join('\n')}\n`,
  };
};

export const formatCheckstyle = formatAll(checkstyleReport);
