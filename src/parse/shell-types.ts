/**
 * The shell layer's output: the simple commands of one RUN, with every piece mapped back to the
 * Dockerfile's text. All offsets are UTF-16 code units into the ORIGINAL file text.
 */

import type { Span } from '../text.js';

export type { Span };

/** One piece of a shell word after parsing. */
export type WordPart =
  | { kind: 'literal'; text: string }
  /** `$NAME`, `${NAME}`, `${NAME:-default}` and friends; `operator`/`operand` hold the `:-x` part. */
  | { kind: 'variable'; name: string; operator?: string; operand?: string }
  /** `$(...)` or backticks; `raw` is the text inside. */
  | { kind: 'substitution'; raw: string }
  /** Globs, arithmetic, process substitution and anything else not statically known. */
  | { kind: 'dynamic'; raw: string };

export interface Word {
  /** Text of the word as written in the script (quotes kept). */
  raw: string;
  /** Value after quote removal when the word is fully literal; null when it holds expansions. */
  value: string | null;
  parts: WordPart[];
  /** Where the word stands in the file; null when it crosses text BuildKit removed (a continuation). */
  span: Span | null;
  /** Offset of its first character in the script text (not the file). */
  at: number;
}

export interface Assignment {
  name: string;
  value: Word | null;
  span: Span | null;
}

export interface Redirect {
  /** `>`, `>>`, `<`, `>|`, `&>`, `&>>`, `<<`, `<<-`, `<<<`, `>&`, … */
  op: string;
  /** File descriptor written before the operator (`2>`), if any. */
  fd: number | null;
  /** Destination word (a file name, or the heredoc delimiter for `<<`). */
  target: Word | null;
  /** For `<<`/`<<-`: the heredoc body as the command receives it. */
  heredoc?: { body: string; span: Span | null; quoted: boolean };
  span: Span | null;
  /**
   * True when the redirect is written on an enclosing `{ …; }`, subshell, `if` or loop and holds
   * for every command inside (each of them carries a copy): `{ echo a; echo b; } > f` writes both.
   */
  group?: boolean;
}

export interface Command {
  /** The command name word; null for a bare assignment (`A=b`) or a redirect-only command. */
  name: Word | null;
  args: Word[];
  /** Prefix assignments (`A=b cmd`), and for a bare assignment its assignments. */
  assignments: Assignment[];
  redirects: Redirect[];
  span: Span | null;
  /**
   * From the command's first character to its last in the file, even when it crosses a line
   * continuation (then it also covers the removed `\` and line break): for reporting, never for edits.
   */
  extent: Span;
  /**
   * Shell structure: commands in the same `scope` share exported variables and `cd`. A subshell,
   * a pipeline stage or a `$(…)` gets a new scope whose parent is `parentScope`.
   */
  scope: number;
  parentScope: number | null;
  /** True inside `$(…)`/backticks: its output feeds another word, it is not a statement. */
  inSubstitution: boolean;
  /** Index of the `&&`/`||`/`;` list this command belongs to and its position in it. */
  list: number;
  listIndex: number;
  /** Operator joining this command to the previous one in its list (`&&`, `||`, `;`, `|`, `&`, or null). */
  joinedBy: string | null;
  /**
   * The arms of `if`/`case` constructs the command is in, outermost first (empty when it always
   * runs): a command in arm 1 of construct 3 runs only when that arm is taken.
   */
  branch: readonly Branch[];
}

/** One arm of an `if` (then, elif, else) or `case` (an item), by construct id and arm number. */
export interface Branch {
  construct: number;
  arm: number;
}

export interface ShellScript {
  /** The exact text BuildKit hands to `/bin/sh -c`. */
  text: string;
  /** Maps an offset of `text` to the file; every character of `text` comes from the file. */
  toFile(offset: number): number;
  /** File span of a script range, or null when the range crosses removed text. */
  spanToFile(start: number, end: number): Span | null;
}

export interface ParsedRun {
  script: ShellScript;
  /** Simple commands in source order, including those inside `$(…)`, `if`, `for`, subshells. */
  commands: Command[];
  /** True when the parser met syntax it could not read (the commands are then partial). */
  hasErrors: boolean;
  /**
   * Set when the script nests deeper than the reader follows (MAX_SHELL_DEPTH): the offset in the
   * script text where it stopped. Only the commands that end before it are listed.
   */
  nestedTooDeep?: number;
  /** Exec form (`RUN ["apk", "add", "curl"]`): one command, argv as written, no shell. Fixes do not edit inside it. */
  execForm?: boolean;
}
