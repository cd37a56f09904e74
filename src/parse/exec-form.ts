/**
 * Exec-form RUN (`RUN ["apk", "add", "curl"]`): BuildKit runs the JSON array as argv, with no shell
 * between — no variable is expanded, no quote removed, no `&&` splits it. It is read as one command
 * whose words are the array's strings, each with the range of its text inside the quotes when that
 * text is the value verbatim (no JSON escape in it).
 */
import type { Span } from '../text.js';
import type { Command, ParsedRun, Word } from './shell-types.js';

/**
 * The command an exec-form RUN runs, or null when the arguments are not a JSON array of strings.
 * `start`/`end`: the file range of the arguments (after the flags). Continuation lines are joined
 * first, as BuildKit joins them before it reads the JSON.
 */
export function parseExecForm(file: string, start: number, end: number, escape: string): ParsedRun | null {
  const { text, at } = joinLines(file, start, end, escape);
  if (!text.trimStart().startsWith('[')) return null;
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch {
    return null;
  }
  if (!Array.isArray(values) || values.length === 0 || !values.every((v): v is string => typeof v === 'string')) return null;
  const words: Word[] = [];
  const re = /"((?:[^"\\]|\\.)*)"/g;
  for (let m = re.exec(text), i = 0; m && i < values.length; m = re.exec(text), i++) {
    const inner = m[1]!;
    const from = m.index + 1;
    const value = values[i]!;
    // A range only when the characters between the quotes are the value, all on one stretch of the file.
    const first = at[from]!;
    const last = inner.length > 0 ? at[from + inner.length - 1]! : first - 1;
    const verbatim = inner === value && last - first === inner.length - 1;
    const span: Span | null = verbatim ? { start: first, end: first + inner.length } : null;
    words.push({ raw: m[0], value, parts: value === '' ? [] : [{ kind: 'literal', text: value }], span, at: from });
  }
  if (words.length !== values.length) return null;
  const extent = { start, end };
  const command: Command = {
    name: words[0]!,
    args: words.slice(1),
    assignments: [],
    redirects: [],
    span: extent,
    extent,
    scope: 0,
    parentScope: null,
    inSubstitution: false,
    list: 0,
    listIndex: 0,
    joinedBy: null,
    branch: [],
  };
  return {
    script: {
      text,
      toFile: (offset) => at[Math.min(offset, at.length - 1)] ?? end,
      spanToFile: (s, e) => (s >= 0 && e <= text.length && e >= s && (e === s || at[e - 1]! - at[s]! === e - 1 - s) ? { start: at[s] ?? end, end: e === s ? (at[s] ?? end) : at[e - 1]! + 1 } : null),
    },
    commands: [command],
    hasErrors: false,
    execForm: true,
  };
}

/** The text with line continuations (the escape character, blanks, a line break) removed, and each character's file offset. */
function joinLines(file: string, start: number, end: number, escape: string): { text: string; at: number[] } {
  let text = '';
  const at: number[] = [];
  for (let i = start; i < end; i++) {
    if (file[i] === escape) {
      let j = i + 1;
      while (j < end && (file[j] === ' ' || file[j] === '\t' || file[j] === '\r')) j++;
      if (j < end && file[j] === '\n') {
        i = j;
        continue;
      }
    }
    text += file[i];
    at.push(i);
  }
  at.push(end);
  return { text, at };
}
