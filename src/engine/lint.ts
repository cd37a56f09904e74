import { buildModel, type ModelOptions } from '../model/build.js';
import { Masker } from '../model/redaction.js';
import type { ActiveSeverity, AnyRule, Fix, Report } from '../rule.js';
import type { Build, Span } from '../model/types.js';
import type { Finding, LintResult, ResolvedConfig } from './types.js';
import { RULES } from '../../rules/index.js';
import { checkInput } from './input.js';
import { parseIgnores } from './ignores.js';
import { BudgetExceeded, checkDeadline, type Deadline } from './budget.js';

export interface LintOptions {
  config: ResolvedConfig;
  /** Limit to these rules (e.g. `--fix-rule`). */
  only?: string[];
  /** Rules to run instead of the registry (tests). */
  rules?: AnyRule[];
  /** Upper bound on the text size, in UTF-16 units. */
  maxSize?: number;
  /** Stop with an error once past it (`--timeout`); see `deadlineIn`. */
  deadline?: Deadline;
}

/** Lint one Dockerfile's text. */
export function lintText(text: string, options: LintOptions): LintResult {
  const bad = checkInput(text, options.maxSize);
  if (bad) return { findings: [], secretSpans: [], error: bad };
  try {
    return lintBuild(buildModel(text, modelOptions(options)), options);
  } catch (err) {
    if (err instanceof BudgetExceeded) return { findings: [], secretSpans: [], error: err.message };
    throw err;
  }
}

/** What the model build needs from the lint options; the deadline is checked between instructions. */
export function modelOptions(options: LintOptions): ModelOptions {
  const { deadline } = options;
  return { buildArgs: options.config.buildArgs, policy: options.config.policy, ...(deadline && { checkpoint: () => checkDeadline(deadline) }) };
}

/** Lint an already built model (the fixer and the language server reuse it). */
export function lintBuild(build: Build, options: LintOptions): LintResult {
  return { findings: runRules(build, options), secretSpans: build.redaction.spans, secretValues: build.redaction.values };
}

function runRules(build: Build, options: LintOptions): Finding[] {
  const masker = new Masker(build.redaction.spans, build.redaction.values);
  const ignores = parseIgnores(build);
  const findings: Finding[] = [];
  for (const rule of options.rules ?? RULES) {
    checkDeadline(options.deadline);
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = options.config.rules[rule.id];
    const severity = setting?.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    if (ignores.file.has(rule.id)) continue;
    const ruleOptions = { ...rule.meta.options, ...(setting?.options ?? {}) };
    const report = (r: Report) => {
      if (ignores.suppressed(rule.id, r.span)) return;
      findings.push(toFinding(rule, severity, r, build, masker));
    };
    rule.check({ build, policy: options.config.policy, options: ruleOptions, report });
  }
  // Rule ids are ASCII: a plain comparison orders them as localeCompare would, without ICU's cost.
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/**
 * The message is the template with the report's data filled in, each value masked where it is
 * interpolated: the template's own words are never touched (`ENV SECRET=secret` still says "Use a
 * secret mount"), and a value that quotes the file (a URL, a line) shows no secret.
 */
function toFinding(rule: AnyRule, severity: ActiveSeverity, r: Report, build: Build, masker: Masker): Finding {
  const template = rule.meta.messages[r.messageId];
  if (template === undefined) throw new Error(`rule ${rule.id} reported unknown messageId ${r.messageId}`);
  const fill = (whole: string, key: string) => {
    if (!r.data || !(key in r.data)) return whole;
    const value = r.data[key]!;
    return typeof value === 'number' ? String(value) : masker.data(value);
  };
  const message = template.replace(/\{(\w+)\}/g, fill);
  const finding: Finding = {
    ruleId: rule.id,
    messageId: r.messageId,
    severity,
    message,
    span: r.span,
    start: build.lines.position(r.span.start),
    end: build.lines.position(r.span.end),
  };
  if (r.fix && !writesCredential(r.fix, build.text, masker)) finding.fix = normaliseFix({ ...r.fix, title: masker.prose(r.fix.title) });
  return finding;
}

/**
 * Would the fix write a credential the file does not hold (a configured mirror URL with a
 * password)? Such a fix is not offered. Moving text that holds one (an instruction put before its
 * first use) writes nothing new.
 */
function writesCredential(fix: Fix, text: string, masker: Masker): boolean {
  return fix.edits.some((e) => masker.secretsIn(e.text).some((secret) => !text.includes(secret)));
}

function normaliseFix(fix: Fix): Fix {
  return { ...fix, edits: [...fix.edits].sort((a, b) => a.start - b.start || a.end - b.end) };
}

export function spanText(build: Build, span: Span): string {
  return build.text.slice(span.start, span.end);
}
