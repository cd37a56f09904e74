import { buildModel, type ModelOptions } from '../model/build.js';
import { Masker } from '../model/redaction.js';
import type { ActiveSeverity, AnyRule, Fix, Report } from '../rule.js';
import type { Build, Span, Stage } from '../model/types.js';
import type { Finding, LintResult, ResolvedConfig } from './types.js';
import { RULES } from '../../rules/index.js';
import { checkInput } from './input.js';
import { parseIgnores } from './ignores.js';
import { BudgetExceeded, budgetTick, checkDeadline, type Deadline } from './budget.js';

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
  /** The deadline's tick, when the caller made one for more than this lint (the fixer's passes). */
  tick?: () => void;
}

/** Lint one Dockerfile's text. */
export function lintText(text: string, options: LintOptions): LintResult {
  const bad = checkInput(text, options.maxSize);
  if (bad) return { findings: [], secretSpans: [], error: bad };
  try {
    const withTick = { ...options, tick: options.tick ?? budgetTick(options.deadline) };
    return lintBuild(buildModel(text, modelOptions(withTick)), withTick);
  } catch (err) {
    if (err instanceof BudgetExceeded) return { findings: [], secretSpans: [], error: err.message };
    throw err;
  }
}

/** What the model build needs from the lint options: the budget's tick, checked all along the build. */
export function modelOptions(options: LintOptions): ModelOptions {
  const tick = options.tick ?? (options.deadline && budgetTick(options.deadline));
  return { buildArgs: options.config.buildArgs, policy: options.config.policy, ...(tick && { tick }) };
}

/**
 * Lint an already built model (the fixer and the language server reuse it). The rules and the
 * model's questions they ask run on the options' budget, or the one the model was built on.
 */
export function lintBuild(build: Build, options: LintOptions): LintResult {
  const tick = options.tick ?? (options.deadline ? budgetTick(options.deadline) : build.tick);
  const before = build.tick;
  build.tick = tick;
  try {
    return { findings: runRules(build, options, tick), secretSpans: build.redaction.spans, secretValues: build.redaction.values };
  } finally {
    build.tick = before;
  }
}

function runRules(build: Build, options: LintOptions, tick: () => void): Finding[] {
  const masker = new Masker(build.redaction.spans, build.redaction.values);
  const ignores = parseIgnores(build);
  const findings: Finding[] = [];
  // Exec-form RUNs are JSON: an edit inside one (a word removed, a line inserted) would break the
  // array, so no fix edits there, whatever rule offers it.
  const exec = build.instructions.flatMap((i) => (i.run?.execForm && i.argsSpan ? [i.argsSpan] : []));
  const editsExec = (fix: Fix) => fix.edits.some((e) => overlapsAny(exec, e.start, e.end));
  const stageOf = stageFinder(build);
  const buildStages = options.config.buildStages ?? 'same';
  for (const rule of options.rules ?? RULES) {
    checkDeadline(options.deadline);
    if (options.only && !options.only.includes(rule.id)) continue;
    const setting = options.config.rules[rule.id];
    const severity = setting?.severity ?? rule.meta.severity;
    if (severity === 'off') continue;
    if (ignores.file.has(rule.id)) continue;
    const ruleOptions = { ...rule.meta.options, ...(setting?.options ?? {}) };
    const report = (r: Report) => {
      tick();
      if (ignores.suppressed(rule.id, r.span)) return;
      const stage = stageOf(r.span.start);
      let level: ActiveSeverity = severity;
      if (stage && stage.role !== 'final' && buildStages !== 'same') {
        if (buildStages === 'off') return;
        if (RANK[buildStages] < RANK[level]) level = buildStages;
      }
      const finding = toFinding(rule, level, r.fix && exec.length > 0 && editsExec(r.fix) ? { ...r, fix: null } : r, build, masker);
      if (stage && stage.role !== 'final') finding.message += stageNote(stage, masker);
      findings.push(finding);
    };
    rule.check({ build, policy: options.config.policy, options: ruleOptions, report, tick });
  }
  // Rule ids are ASCII: a plain comparison orders them as localeCompare would, without ICU's cost.
  return findings.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** Does [start, end) overlap one of `spans` (in file order, disjoint)? A binary search: a file can have thousands. */
function overlapsAny(spans: Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo]!.start < end;
}

const RANK: Record<ActiveSeverity, number> = { info: 0, warning: 1, error: 2 };

/** The stage an offset is in (by the instruction that holds it); null before the first FROM. */
function stageFinder(build: Build): (offset: number) => Stage | null {
  const list = build.instructions;
  return (offset) => {
    let lo = 0;
    let hi = list.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.span.start <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const stage = found === -1 ? -1 : list[found]!.stage;
    return stage >= 0 ? (build.stages[stage] ?? null) : null;
  };
}

/** What the message says of a finding in a stage the final image does not ship. */
function stageNote(stage: Stage, masker: Masker): string {
  const name = stage.name !== null ? `"${masker.data(stage.name)}"` : String(stage.index);
  return stage.role === 'build'
    ? ` (In build stage ${name}: only what COPY --from takes from it reaches the final image.)`
    : ` (In stage ${name}, which the default build skips: no later stage uses it.)`;
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
    if (!r.data || !Object.hasOwn(r.data, key)) return whole;
    const value = r.data[key]!;
    return typeof value === 'number' ? String(value) : shortened(masker.data(value));
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
 * The longest value (UTF-16 units) a message quotes in full. A file can compose values up to the
 * model's 64 KiB cap and have each quoted by many findings; cut here, the report grows with the
 * file, not with the values it builds. Real URLs, paths and image names are far shorter.
 */
export const MAX_MESSAGE_VALUE = 1024;

/** Cut after masking, so that no cut leaves part of a secret unmasked. */
function shortened(value: string): string {
  if (value.length <= MAX_MESSAGE_VALUE) return value;
  const code = value.charCodeAt(MAX_MESSAGE_VALUE - 1);
  const cut = code >= 0xd800 && code <= 0xdbff ? MAX_MESSAGE_VALUE - 1 : MAX_MESSAGE_VALUE;
  return `${value.slice(0, cut)}… (${value.length} characters)`;
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
