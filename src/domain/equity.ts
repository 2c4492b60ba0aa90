import { checkFraction, checkNonNegative, exceedsBeyondNoise } from './checks';
import { item, labels, messages } from '../text/errors';
import { invalid, notAvailable, ok, Result } from './result';

/** One step of Nationella rådet's staircase ("trappan"): from this allocation, this share. */
export interface EquityStep {
  /** tkr of annual allocation from which the step applies. */
  readonly from: number;
  /** The highest equity as a fraction of the allocation. */
  readonly share: number;
}

/**
 * Default steps (EQUITY.md, choice): the seeds do not print the staircase, so these live in the
 * rule set with a note to check them against the council's current recommendation.
 */
export const DEFAULT_EQUITY_STEPS: readonly EquityStep[] = [
  { from: 0, share: 0.2 },
  { from: 5000, share: 0.15 },
  { from: 15000, share: 0.1 },
];

export interface EquityCap {
  readonly cap: number;
  readonly step: EquityStep;
}

export interface EquityCheck extends EquityCap {
  readonly equity: number;
  /** equity − cap when positive, else 0. */
  readonly excess: number;
  readonly message?: string;
}

/** Steps must be sorted by "from", not negative, with shares 0–1: an error, never a guess. */
export function checkSteps(steps: readonly EquityStep[]): Result<readonly EquityStep[]> {
  if (steps.length === 0) return invalid(messages.stepsEmpty());
  for (const [index, step] of steps.entries()) {
    const from = checkNonNegative(step.from, item(labels.stepFrom, index + 1));
    if (!from.ok) return from;
    const share = checkFraction(step.share, item(labels.stepShare, index + 1));
    if (!share.ok) return share;
    if (index > 0 && step.from <= steps[index - 1].from) return invalid(messages.stepsNotSorted(index + 1));
  }
  return ok(steps);
}

/**
 * The highest recommended equity: allocation × the share of the last step whose "from" ≤ it.
 * @example equityCap(11380) → { cap: 1707, step: { from: 5000, share: 0.15 } } (seed 004, 2022)
 */
export function equityCap(allocation: number, steps: readonly EquityStep[] = DEFAULT_EQUITY_STEPS): Result<EquityCap> {
  const checkedAllocation = checkNonNegative(allocation, labels.allocation);
  if (!checkedAllocation.ok) return checkedAllocation;
  const checked = checkSteps(steps);
  if (!checked.ok) return checked;
  const step = [...steps].reverse().find((candidate) => candidate.from <= allocation);
  if (step === undefined) return notAvailable(messages.belowFirstStep(allocation, steps[0].from));
  return ok({ cap: allocation * step.share, step });
}

/**
 * Equity against the staircase.
 * @example checkEquity(2096, 11380) → excess 389, "Eget kapital 2 096 tkr överstiger trappans
 *   tak 1 707 tkr (15 % av 11 380) med 389 tkr." (seed 004: "något för högt")
 */
export function checkEquity(equity: number, allocation: number, steps: readonly EquityStep[] = DEFAULT_EQUITY_STEPS): Result<EquityCheck> {
  const cap = equityCap(allocation, steps);
  if (!cap.ok) return cap;
  // Compared beyond binary noise, as the sheet's own =closing<=cap does: 13 000 × 57 % is
  // 7 409,999999999999 in binary, and an equity of 7 410 is within that cap.
  const over = exceedsBeyondNoise(equity, cap.value.cap);
  const excess = over ? equity - cap.value.cap : 0;
  const message = excess > 0 ? messages.equityOverCap(equity, cap.value.cap, cap.value.step.share, allocation) : undefined;
  return ok({ ...cap.value, equity, excess, message });
}

/** The allocation the staircase is measured on: the members' contributions, 2 × S (EQUITY.md). */
export function allocationFromState(stateAllocation: number): number {
  return 2 * stateAllocation;
}
