/** Checkstyle XML (version 4.3), read by Jenkins warnings-ng, reviewdog, SonarQube and others. */
import type { ActiveSeverity } from '../rule.js';
import { maskerFor, maskPathShapes } from './safe-text.js';
import type { FileReport, FormatOptions } from './types.js';
import { XML_DECLARATION, xmlAttr } from './xml.js';

const SEVERITY: Record<ActiveSeverity, string> = { error: 'error', warning: 'warning', info: 'info' };

export function formatCheckstyle(results: FileReport[], _options?: FormatOptions): string {
  const out = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const file of results) {
    const hide = (s: string) => maskerFor(file.result, file.text).prose(s);
    out.push(`  <file name="${xmlAttr(maskPathShapes(file.path))}">`);
    if (file.result.error !== undefined) {
      out.push(`    <error line="1" column="1" severity="error" message="${xmlAttr(`could not lint: ${hide(file.result.error)}`)}" source="hardenfile"/>`);
    }
    for (const f of file.result.findings) {
      const attrs = [`line="${f.start.line}"`, `column="${f.start.column}"`, `severity="${SEVERITY[f.severity]}"`, `message="${xmlAttr(hide(f.message))}"`, `source="hardenfile.${xmlAttr(f.ruleId)}"`];
      out.push(`    <error ${attrs.join(' ')}/>`);
    }
    out.push('  </file>');
  }
  out.push('</checkstyle>');
  return `${out.join('\n')}\n`;
}
