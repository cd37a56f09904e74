import type { Position, Span } from '../text.js';
import type { ActiveSeverity, Fix, Severity } from '../rule.js';
import type { Policy } from '../policy/index.js';

export type { Position };

export interface Finding {
  ruleId: string;
  messageId: string;
  severity: ActiveSeverity;
  /** Message with its data filled in, each value masked (`lint.ts`); never holds a secret value. */
  message: string;
  span: Span;
  start: Position;
  end: Position;
  fix?: Fix;
}

export interface RuleSetting {
  severity: Severity;
  options: Record<string, unknown>;
}

/** Configuration after files, flags and defaults are merged. */
/** How findings in build stages (not part of the final image) are reported: `same` as the others, at most a severity, or not at all. */
export type BuildStages = 'same' | 'warning' | 'info' | 'off';

export interface ResolvedConfig {
  /** Only rules named here differ from their defaults. */
  rules: Record<string, Partial<RuleSetting>>;
  policy: Policy;
  buildArgs: Record<string, string>;
  /** Default `same`. */
  buildStages?: BuildStages;
}

export interface LintResult {
  findings: Finding[];
  /** Ranges of secret values in the text (sorted, disjoint): every output masks them. */
  secretSpans: Span[];
  /** The secret values themselves, for outputs that show strings other than slices of the text. */
  secretValues?: string[];
  /** Set when the text could not be linted (binary, too large, …); findings are then empty. */
  error?: string;
}
