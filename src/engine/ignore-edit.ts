/**
 * Writing the inline suppression that `ignores.ts` reads: `# hardenfile-ignore <rule>` on its own
 * line above the instruction, or the rule added to such a comment already there.
 */
import { parseDockerfile } from '../parse/dockerfile.js';
import { detectEol } from '../text.js';
import type { Edit } from '../rule.js';
import { readDirective } from './ignores.js';

/** The edit that silences `ruleId` for the instruction holding `offset`, or null outside any instruction. */
export function ignoreCommentEdit(text: string, ruleId: string, offset: number): Edit | null {
  const parsed = parseDockerfile(text);
  const instruction = parsed.instructions.find((i) => i.span.start <= offset && offset <= i.span.end);
  if (!instruction) return null;
  const lines = parsed.lines;
  const line = lines.lineOf(instruction.span.start);
  let lineStart = lines.starts[line]!;
  // A BOM stays the first character of the file.
  if (lineStart === 0 && text.startsWith('\uFEFF')) lineStart = 1;
  const before = text.slice(lineStart, instruction.span.start);
  const indent = /^[ \t]*$/.test(before) ? before : '';

  if (line > 0) {
    const previous = readDirective(lines.lineText(line - 1));
    if (previous && !previous.file) {
      const at = lines.starts[line - 1]! + previous.listEnd;
      return { start: at, end: at, text: `,${ruleId}` };
    }
  }
  return { start: lineStart, end: lineStart, text: `${indent}# hardenfile-ignore ${ruleId}${detectEol(text)}` };
}
