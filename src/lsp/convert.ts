/** Engine results as LSP values: findings → diagnostics, fixes → text edits, offsets → positions. */
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, LintResult } from '../engine/types.js';
import type { ActiveSeverity, Edit } from '../rule.js';
import { maskerFor } from '../format/safe-text.js';
import { maskShapes } from '../model/redaction.js';

export const SOURCE = 'hardenfile';
export const FIX_ALL_KIND = 'source.fixAll.hardenfile';

const SEVERITY: Record<ActiveSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function ruleDocUrl(ruleId: string): string {
  return `https://github.com/hardenfile/hardenfile/blob/main/rules/${ruleId}.md`;
}

export function toRange(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

export function toDiagnostic(doc: TextDocument, finding: Finding, result: LintResult): Diagnostic {
  return {
    range: toRange(doc, finding.span.start, finding.span.end),
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocUrl(finding.ruleId) },
    message: maskerFor(result, doc.getText()).prose(finding.message),
  };
}

/** One diagnostic at the start of the file for a text that could not be linted or configured. */
export function problemDiagnostic(message: string, severity: DiagnosticSeverity = DiagnosticSeverity.Warning): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity,
    source: SOURCE,
    message: maskShapes(message),
  };
}

export function toTextEdits(doc: TextDocument, edits: Edit[]): TextEdit[] {
  return edits.map((e) => ({ range: toRange(doc, e.start, e.end), newText: e.text }));
}

/**
 * One edit turning `before` into `after` that replaces only the changed lines (the common leading
 * and trailing lines are kept, so markers and the cursor elsewhere stay put). With `wholeLines`
 * false, only the changed characters: the edit then carries none of the unchanged text around them.
 */
export function changedLinesEdit(before: string, after: string, wholeLines = true): Edit {
  const max = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  while (wholeLines && prefix > 0 && !atLineStart(before, prefix)) prefix--;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  while (wholeLines && suffix > 0 && !atLineStart(before, before.length - suffix)) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

function atLineStart(text: string, at: number): boolean {
  const prev = text.charCodeAt(at - 1);
  return prev === 10 || (prev === 13 && text.charCodeAt(at) !== 10);
}
