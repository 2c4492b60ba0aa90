import { checkNonNegative } from './checks';
import { item, labels, messages } from '../text/errors';
import { divisionByZero, invalid, ok, Result } from './result';
import { roundHalfAwayFromZero } from './decimal';

/** One unit's counts: how many finished (whole) and how many of them had a positive result. */
export interface CountRow {
  readonly part: number;
  readonly whole: number;
  readonly position?: number;
}

/**
 * A pooled rate Σ parts / Σ wholes, never the mean of the rows' rates (DOMAIN.md §4).
 * @example pooledRate([{ part: 9, whole: 10 }, { part: 1, whole: 4 }]) → 10/14 ≈ 0.714, where the
 *   mean of rates would give 0.575
 */
export function pooledRate(rows: readonly CountRow[]): Result<number> {
  const sum = new PooledRateSum();
  rows.forEach((row, index) => sum.add(row.part, row.whole, row.position ?? index + 1));
  return sum.rate();
}

/**
 * The same, fed one row at a time: RATE reads 100 000-row ranges in one pass, without copying
 * them into columns first. The first bad row is the answer, as in pooledRate.
 */
export class PooledRateSum {
  private partSum = 0;
  private wholeSum = 0;
  private firstBad: Result<number> | undefined;

  /** One row; `position` (from 1) names it in a message. */
  add(part: number, whole: number, position: number): void {
    // Checked inline: a message is built only for the row that fails.
    if (part < 0 || whole < 0 || part > whole) {
      this.firstBad ??= badRow(part, whole, position);
      return;
    }
    this.partSum += part;
    this.wholeSum += whole;
  }

  rate(): Result<number> {
    if (this.firstBad) return this.firstBad;
    if (this.wholeSum === 0) return divisionByZero(messages.noFinished());
    return ok(this.partSum / this.wholeSum);
  }
}

function badRow(part: number, whole: number, position: number): Result<number> {
  const checkedPart = checkNonNegative(part, item(labels.positive, position));
  if (!checkedPart.ok) return checkedPart;
  const checkedWhole = checkNonNegative(whole, item(labels.finished, position));
  if (!checkedWhole.ok) return checkedWhole;
  return invalid(messages.partOverWhole(position, part, whole));
}

/**
 * The whole counts k of `whole` whose rate k/whole, as a percentage rounded to
 * `percentDecimals`, prints as the stated rate. Empty means the stated rate is impossible.
 * @example possibleCounts(0.855, 14, 1) → [] (seed 004: "85,5 %" of 14; 12/14 is 85,7 %)
 */
export function possibleCounts(statedRate: number, whole: number, percentDecimals = 1): number[] {
  const stated = roundHalfAwayFromZero(statedRate * 100, percentDecimals);
  const counts: number[] = [];
  for (let count = 0; count <= whole; count += 1) {
    if (roundHalfAwayFromZero((100 * count) / whole, percentDecimals) === stated) counts.push(count);
  }
  return counts;
}

/** The finding for a stated rate no whole count can give, or undefined when one can. */
export function checkStatedRate(statedRate: number, whole: number, percentDecimals = 1): string | undefined {
  return possibleCounts(statedRate, whole, percentDecimals).length === 0 ? messages.impossibleRate(statedRate, whole) : undefined;
}

/** The base of the "varav" rates (35 % work, 25 % studies): seed 003 §7.3 (choice). */
export type VaravBase = 'positive' | 'finished';
