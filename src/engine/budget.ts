/**
 * The per-file time budget (`--timeout`). Checked cooperatively between instructions (model build)
 * and between rules, so one hostile file cannot stall a run or the language server.
 */

export const DEFAULT_TIMEOUT = 10_000;

/** When linting one file must stop: `at` on the `now()` clock, `ms` the budget it came from. */
export interface Deadline {
  at: number;
  ms: number;
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
  if (deadline !== undefined && now() > deadline.at) throw new BudgetExceeded(deadline.ms);
}
