import { THRESHOLD_SLACK } from './slacks';

/** When a follow-up line's deviation from budget must be explained (DOMAIN.md §2, choice). */
export interface DeviationThresholds {
  /** Fraction of the budgeted amount: 0.10. */
  readonly share: number;
  /** tkr: 50. */
  readonly amount: number;
}

export const DEFAULT_DEVIATION_THRESHOLDS: DeviationThresholds = { share: 0.1, amount: 50 };

/** deviation = forecast (or outcome) − budget (seed 004, "Förhållande till budget"). */
export function deviation(outcome: number, budget: number): number {
  return outcome - budget;
}

/**
 * |outcome − budget| ≥ share × |budget| and ≥ amount, with THRESHOLD_SLACK: a deviation of
 * exactly 10 % of a budget does not fall short by binary rounding (0.1 × 500 is not exactly 50).
 * @example mustExplain(600, 500) → true (100 ≥ 50 and ≥ 50); mustExplain(540, 500) → false
 */
export function mustExplain(outcome: number, budget: number, thresholds: DeviationThresholds = DEFAULT_DEVIATION_THRESHOLDS): boolean {
  const size = Math.abs(outcome - budget);
  const slack = THRESHOLD_SLACK * Math.max(1, Math.abs(outcome), Math.abs(budget));
  return size + slack >= thresholds.share * Math.abs(budget) && size + slack >= thresholds.amount;
}
