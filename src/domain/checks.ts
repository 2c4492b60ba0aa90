import { messages } from '../text/errors';
import { invalid, ok, Result } from './result';
import { ENGINE_EQUALITY_SLACK } from './slacks';

/** Shared entry checks: each returns the value or a typed error naming the item. */
export function checkWhole(value: number, what: string, min: number, max: number): Result<number> {
  if (!Number.isInteger(value) || value < min || value > max) return invalid(messages.notWhole(what, value, min, max));
  return ok(value);
}

export function checkNonNegative(value: number, what: string): Result<number> {
  return value < 0 ? invalid(messages.negative(what, value)) : ok(value);
}

export function checkFraction(value: number, what: string): Result<number> {
  return value < 0 || value > 1 ? invalid(messages.notAFraction(what, value)) : ok(value);
}

/** Names compare trimmed, case-insensitive and with runs of spaces as one (FUNCTIONS.md). */
export function normalizeName(name: string): string {
  // toLowerCase, not toLocaleLowerCase('sv-SE'): the same for å, ä, ö and without a locale lookup per call (about 18× faster here).
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Equality as Excel sees it: numbers agree when they print the same at 15 significant digits,
 * so 0.1 + 0.2 = 0.3 and a share computed as 0.8 meets a target of 80 %.
 */
export function excelRound(value: number): number {
  return value === 0 ? 0 : Number(value.toPrecision(15));
}

/**
 * Whether `value` is above `limit` by more than the binary noise of tkr sums (102,9 − 102 is
 * 0,9000000000000057): two numbers within ENGINE_EQUALITY_SLACK of each other, relatively,
 * compare as equal, as the embedded engine's comparisons and so the sheets' own formulas do.
 */
export function exceedsBeyondNoise(value: number, limit: number): boolean {
  return value - limit > ENGINE_EQUALITY_SLACK * Math.max(Math.abs(value), Math.abs(limit));
}
