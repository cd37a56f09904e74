import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { changedLinesEdit, toDiagnostic } from '../../src/lsp/convert.js';
import { applyEdits } from '../../src/fix/apply.js';
import type { Finding } from '../../src/engine/types.js';

describe('changedLinesEdit', () => {
  it.each([
    ['a\nb\nc\n', 'a\nX\nb\nc\n'],
    ['a\r\nb\r\n', 'a\r\nb\r\nc\r\n'],
    ['a\r\nb\r\n', 'a\nb\r\n'],
    ['RUN x\n', 'RUN y\nRUN x\n'],
    ['same\n', 'same\n'],
    ['', 'FROM a\n'],
    ['\u{1F600}a\n', '\u{1F600}b\n'],
  ])('turns %j into %j replacing whole lines only', (before, after) => {
    const edit = changedLinesEdit(before, after);
    expect(applyEdits(before, [edit])).toBe(after);
    for (const at of [edit.start, edit.end]) {
      expect(at === 0 || at === before.length || before[at - 1] === '\n').toBe(true);
    }
  });
});

describe('toDiagnostic', () => {
  it('redacts secret values in the message', () => {
    const text = 'ENV TOKEN=s3cr3t-value\n';
    const start = text.indexOf('s3cr3t');
    const finding: Finding = {
      ruleId: 'secret-in-arg-or-env',
      messageId: 'x',
      severity: 'warning',
      message: 'TOKEN holds s3cr3t-value',
      span: { start: 4, end: 9 },
      start: { line: 1, column: 5 },
      end: { line: 1, column: 10 },
    };
    const doc = TextDocument.create('file:///Dockerfile', 'dockerfile', 1, text);
    const d = toDiagnostic(doc, finding, { findings: [finding], secretSpans: [{ start, end: start + 's3cr3t-value'.length }] });
    expect(d.message).not.toContain('s3cr3t');
    expect(d).toMatchObject({ range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } }, severity: 2 });
  });
});
