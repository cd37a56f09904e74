/**
 * Machine output. Positions are 1-based, end columns exclusive; fix edits carry UTF-16 offsets into
 * the original text. Messages and edit texts are redacted; the file's text is never included.
 */
import { LineIndex } from '../text.js';
import { redactString } from './safe-text.js';
import type { FileReport, FormatOptions } from './types.js';

export interface JsonEdit {
  start: number;
  end: number;
  text: string;
  range?: { line: number; column: number; endLine: number; endColumn: number };
}

export interface JsonFinding {
  rule: string;
  messageId: string;
  severity: 'info' | 'warning' | 'error';
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  fix?: { title: string; safety: 'safe' | 'unsafe'; edits: JsonEdit[] };
}

export interface JsonFile {
  path: string;
  findings: JsonFinding[];
  error?: string;
}

export interface JsonReport {
  files: JsonFile[];
}

export function toJsonReport(results: FileReport[]): JsonReport {
  return {
    files: results.map((file) => {
      const hide = (s: string) => redactString(s, file.text, file.result.secretSpans);
      const index = file.text === undefined ? null : new LineIndex(file.text);
      const findings = file.result.findings.map((f): JsonFinding => {
        // Keys are written in this order on purpose: the output's key order is part of its format.
        const out: JsonFinding = {
          rule: f.ruleId,
          messageId: f.messageId,
          severity: f.severity,
          message: hide(f.message),
          line: f.start.line,
          column: f.start.column,
          endLine: f.end.line,
          endColumn: f.end.column,
        };
        if (f.fix) {
          out.fix = {
            title: hide(f.fix.title),
            safety: f.fix.safety,
            edits: f.fix.edits.map((e) => {
              const edit: JsonEdit = { start: e.start, end: e.end, text: hide(e.text) };
              if (index) {
                const a = index.position(e.start);
                const b = index.position(e.end);
                edit.range = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
              }
              return edit;
            }),
          };
        }
        return out;
      });
      const entry: JsonFile = { path: file.path, findings };
      if (file.result.error !== undefined) entry.error = hide(file.result.error);
      return entry;
    }),
  };
}

export function formatJson(results: FileReport[], _options?: FormatOptions): string {
  return `${JSON.stringify(toJsonReport(results), null, 2)}\n`;
}
