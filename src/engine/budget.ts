/**
 * The per-file time budget (`--timeout`). One cooperative check, `budgetTick`, is threaded through
 * everything a file costs — the Dockerfile and shell readers, the model build (inside RUNs and
 * along FROM chains), every rule's loops, redaction and each fixer pass — so one hostile file
 * cannot stall a run or the language server. The CLI begins a file's budget when its lint begins
 * (in whichever thread) and runs the fixer's passes, and the writing of the file's part of the
 * report, on what is left of it. A tick is a counter: the clock is read once every `STRIDE`
 * ticks, cheap enough to sit in the readers' inner loops.
 */

export const DEFAULT_TIMEOUT = 10_000;

/** When linting one file must stop: `at` on the `now` clock, `ms` the budget it came from. */
export interface Deadline {
  at: number;
  ms: number;
  /** The clock `at` is on; the process's monotonic clock unless given (tests pass their own). */
  now?: () => number;
}

export class BudgetExceeded extends Error {
  constructor(readonly ms: number) {
    super(`took longer than ${ms} ms (the time budget, --timeout)`);
    this.name = 'BudgetExceeded';
  }
}

/**
 * Milliseconds on a monotonic clock. Not `performance.now()`: in Node 20 the first use of the
 * `performance` global loads perf_hooks, ~1.5 ms of a one-file run.
 */
function now(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

/** A deadline `ms` milliseconds from now. */
export function deadlineIn(ms: number): Deadline {
  return { at: now() + ms, ms };
}

/** Throw BudgetExceeded once the deadline has passed; nothing without a deadline. */
export function checkDeadline(deadline: Deadline | undefined): void {
  if (deadline !== undefined && (deadline.now ?? now)() > deadline.at) throw new BudgetExceeded(deadline.ms);
}

/**
 * Ticks between two readings of the clock. A tick costs a few nanoseconds and the work between
 * two ticks is a step of a reader or a rule, so 1,024 of them are well under a millisecond.
 */
export const STRIDE = 1024;

/** A no-op tick, for work done without a deadline. */
export const NO_BUDGET = (): void => {};

/**
 * The tick of one file's budget: call it in every loop whose length grows with the file; it throws
 * BudgetExceeded once the deadline has passed. Without a deadline it does nothing.
 */
export function budgetTick(deadline: Deadline | undefined): () => void {
  if (deadline === undefined) return NO_BUDGET;
  let count = 0;
  return () => {
    if (++count < STRIDE) return;
    count = 0;
    checkDeadline(deadline);
  };
}
