/**
 * The contract between the engine and a rule. A rule reads the model and the policy and reports;
 * it never reads files, prints or knows the CLI.
 */
import type { Build, Span } from './model/types.js';
import type { Policy } from './policy/index.js';

export type Severity = 'off' | 'info' | 'warning' | 'error';
export type ActiveSeverity = Exclude<Severity, 'off'>;

/** One text replacement, offsets in UTF-16 units into the ORIGINAL text. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * `safe`: the same `docker build` command still builds and means the same, plus the hardening.
 * `unsafe`: needs a change outside the file (a `--secret`) or may change what gets installed.
 */
export type FixSafety = 'safe' | 'unsafe';

/** A fix: all its edits apply together or not at all. */
export interface Fix {
  title: string;
  safety: FixSafety;
  edits: Edit[];
}

export interface RuleMeta<O extends object = Record<string, never>> {
  description: string;
  severity: ActiveSeverity;
  fixable: 'always' | 'sometimes' | 'never';
  /** Message templates by messageId; `{name}` placeholders are filled from the report's data. */
  messages: Record<string, string>;
  /** Option defaults; the user's config is merged over them. */
  options: O;
  /** Tags for CI outputs (`security`, …). */
  tags?: string[];
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  span: Span;
  fix?: Fix | null;
}

export interface RuleContext<O extends object = Record<string, never>> {
  readonly build: Build;
  readonly policy: Policy;
  readonly options: Readonly<O>;
  report(report: Report): void;
  /**
   * The file's time budget: call it once a step in every loop that grows with the file (stages,
   * commands, facts). Cheap (a counter); it throws to stop the lint once the budget is spent.
   */
  tick(): void;
}

export interface Rule<O extends object = Record<string, never>> {
  id: string;
  meta: RuleMeta<O>;
  check(ctx: RuleContext<O>): void;
}

// Rules are stored in one registry of differing option types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyRule = Rule<any>;

export function defineRule<O extends object = Record<string, never>>(rule: Rule<O>): Rule<O> {
  return rule;
}
