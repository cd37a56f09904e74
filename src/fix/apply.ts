/**
 * Applying fixes: take non-overlapping fixes in order, apply them, re-lint, repeat until nothing
 * changes (at most 10 passes, stopping on a cycle). A pass that breaks the file is thrown away.
 */
import { buildModel } from '../model/build.js';
import { checkInput } from '../engine/input.js';
import { lintBuild, modelOptions, type LintOptions } from '../engine/lint.js';
import { BudgetExceeded, budgetTick } from '../engine/budget.js';
import type { Finding } from '../engine/types.js';
import type { Build } from '../model/types.js';
import type { Edit, Fix } from '../rule.js';

export const MAX_PASSES = 10;

export interface FixOptions extends LintOptions {
  /** Apply unsafe fixes as well as safe ones. */
  unsafe: boolean;
}

export interface AppliedFix {
  ruleId: string;
  title: string;
  safety: Fix['safety'];
  pass: number;
}

export interface FixOutcome {
  output: string;
  applied: AppliedFix[];
  /** Findings left after the last pass. */
  remaining: Finding[];
  passes: number;
  /** Why fixing stopped early (a cycle, a pass that broke the file, the pass cap). */
  problem?: string;
  /** The budget ran out: nothing was fixed, and what could have been is not known. */
  outOfTime?: true;
}

/**
 * Apply edits (offsets into `text`) that do not overlap, in one pass over the text: thousands of
 * edits to a large file cost what the file does. Edits at one offset keep their order.
 */
export function applyEdits(text: string, edits: Edit[], tick: () => void = () => {}): string {
  const sorted = edits.map((e, i) => ({ e, i })).sort((a, b) => a.e.start - b.e.start || a.e.end - b.e.end || b.i - a.i);
  const parts: string[] = [];
  let at = 0;
  for (const { e } of sorted) {
    tick();
    parts.push(text.slice(at, e.start), e.text);
    at = Math.max(at, e.end);
  }
  parts.push(text.slice(at));
  return parts.join('');
}

function overlaps(a: Edit, b: Edit): boolean {
  // Two insertions at the same point conflict too: their order would be arbitrary.
  return a.start < b.end && b.start < a.end ? true : a.start === b.start && a.end === a.start && b.end === b.start;
}

/** Fixes of one pass: in file order, skipping any that overlaps one already taken. */
export function selectFixes(findings: Finding[], unsafe: boolean, tick: () => void = () => {}): { finding: Finding; fix: Fix }[] {
  const taken: { finding: Finding; fix: Fix }[] = [];
  // The edits taken, by start: an overlap is found by a binary search, not a scan of them all.
  const edits: Edit[] = [];
  const lowerBound = (start: number) => {
    let lo = 0;
    let hi = edits.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (edits[mid]!.start < start) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // Taken edits are disjoint ranges with insertions between them: of those starting before e, only
  // the ones with the last such start can reach into it; after that, only ones starting inside it.
  const overlapsTaken = (e: Edit) => {
    const at = lowerBound(e.start);
    const last = at > 0 ? edits[at - 1]!.start : null;
    for (let i = at - 1; i >= 0 && edits[i]!.start === last; i--) if (overlaps(e, edits[i]!)) return true;
    for (let i = at; i < edits.length && edits[i]!.start <= e.end; i++) if (overlaps(e, edits[i]!)) return true;
    return false;
  };
  for (const finding of findings) {
    tick();
    const fix = finding.fix;
    if (!fix || fix.edits.length === 0 || (fix.safety === 'unsafe' && !unsafe)) continue;
    if (fix.edits.some(overlapsTaken)) continue;
    taken.push({ finding, fix });
    for (const e of fix.edits) edits.splice(lowerBound(e.start), 0, e);
  }
  return taken;
}

function shellErrors(build: Build): number {
  return build.instructions.reduce((n, i) => n + (i.run?.hasErrors ? 1 : 0), 0);
}

export function fixText(text: string, options: FixOptions): FixOutcome {
  const bad = checkInput(text, options.maxSize);
  if (bad) return { output: text, applied: [], remaining: [], passes: 0, problem: bad };
  try {
    // One budget for every pass: each model build, lint, selection and application ticks it.
    return fixPasses(text, { ...options, tick: options.tick ?? budgetTick(options.deadline) });
  } catch (err) {
    // Out of time: nothing half-fixed is kept.
    if (err instanceof BudgetExceeded) return { output: text, applied: [], remaining: [], passes: 0, problem: err.message, outOfTime: true };
    throw err;
  }
}

function fixPasses(text: string, options: FixOptions & { tick: () => void }): FixOutcome {
  const { tick } = options;
  const model = (t: string) => buildModel(t, modelOptions(options));
  let current = text;
  let build = model(current);
  const baseErrors = shellErrors(build);
  let findings = lintBuild(build, options).findings;
  const seen = new Set([current]);
  const initial = findings;
  const applied: AppliedFix[] = [];
  let passes = 0;
  let problem: string | undefined;
  while (passes < MAX_PASSES) {
    const chosen = selectFixes(findings, options.unsafe, tick);
    if (chosen.length === 0) break;
    passes++;
    const next = applyEdits(current, chosen.flatMap((c) => c.fix.edits), tick);
    if (next === current) break;
    if (seen.has(next)) {
      // Fixes that bring back an earlier text are a rule's bug: whatever pass the cycle stopped at
      // is no more fixed than another (and a second --fix would stop elsewhere). Nothing is kept.
      const rules = [...new Set(chosen.map((c) => c.finding.ruleId))].sort().join(', ');
      return { output: text, applied: [], remaining: initial, passes, problem: `fixes undo each other (a cycle, ${rules}); nothing fixed, the file is left as it was` };
    }
    const nextBuild = model(next);
    if (checkInput(next, options.maxSize) || shellErrors(nextBuild) > baseErrors) {
      problem = `a fix pass made the file unparseable and was discarded (${chosen.map((c) => c.finding.ruleId).join(', ')})`;
      break;
    }
    for (const c of chosen) applied.push({ ruleId: c.finding.ruleId, title: c.fix.title, safety: c.fix.safety, pass: passes });
    seen.add(next);
    current = next;
    build = nextBuild;
    findings = lintBuild(build, options).findings;
  }
  const unsettled = passes === MAX_PASSES ? selectFixes(findings, options.unsafe, tick) : [];
  if (unsettled.length > 0 && problem === undefined) {
    // A fix still offered after every pass does not fix its finding (a rule's bug): what the passes
    // wrote is most likely that fix, again and again. Nothing is kept, as when out of time.
    const rules = [...new Set(unsettled.map((c) => c.finding.ruleId))].sort().join(', ');
    return { output: text, applied: [], remaining: initial, passes, problem: `fixes did not settle in ${MAX_PASSES} passes (${rules} kept offering a fix); nothing fixed, the file is left as it was` };
  }
  const outcome: FixOutcome = { output: current, applied, remaining: findings, passes };
  if (problem) outcome.problem = problem;
  return outcome;
}
