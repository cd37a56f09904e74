/**
 * Machine output. Positions are 1-based, end columns exclusive; fix edits carry UTF-16 offsets into
 * the original text. Messages and edit texts are redacted; the file's text is never included.
 */
import { linesOf } from './location.js';
import { NO_BUDGET } from '../engine/budget.js';
import { maskerFor, maskPathShapes } from './safe-text.js';
import type { FileReport, ReportFormat } from './types.js';
import { formatAll, JsonDocument } from './writer.js';

export interface JsonEdit {
  start: number;
  end: number;
  text: string;
  range?: { line: number; column: number; endLine: number; endColumn: number };
  /** Set when `text` holds a secret and is shown masked: it is not the text to insert. */
  redacted?: true;
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
  /** `redacted`: an edit's text is shown masked, so the edits cannot be applied as they are (run `hardenfile --fix`). */
  fix?: { title: string; safety: 'safe' | 'unsafe'; edits: JsonEdit[]; redacted?: true };
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
  return { files: results.map((file) => jsonFile(file)) };
}

/** One file's entry of the report; `tick` is the file's budget, once per finding. */
export function jsonFile(file: FileReport, tick: () => void = NO_BUDGET): JsonFile {
  const masker = maskerFor(file.result, file.text);
  const hide = (s: string) => masker.prose(s);
  const index = linesOf(file);
  const findings = file.result.findings.map((f): JsonFinding => {
    tick();
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
      let redacted = false;
      out.fix = {
        title: hide(f.fix.title),
        safety: f.fix.safety,
        edits: f.fix.edits.map((e) => {
          const text = masker.value(e.text);
          const edit: JsonEdit = { start: e.start, end: e.end, text };
          if (index) {
            const a = index.position(e.start);
            const b = index.position(e.end);
            edit.range = { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
          }
          if (text !== e.text) edit.redacted = redacted = true;
          return edit;
        }),
      };
      if (redacted) out.fix.redacted = true;
    }
    return out;
  });
  const entry: JsonFile = { path: maskPathShapes(file.path), findings };
  if (file.result.error !== undefined) entry.error = hide(file.result.error);
  return entry;
}

/** `{ "files": [...] }`, each file's entry written in its turn. */
export const jsonReport: ReportFormat = () => {
  const doc = new JsonDocument<'files'>((hole) => ({ files: hole('files') }));
  const files: string[] = [];
  return {
    add: (file, tick) => void files.push(doc.item('files', jsonFile(file, tick))),
    end: () => doc.text({ files }),
  };
};

export const formatJson = formatAll(jsonReport);
