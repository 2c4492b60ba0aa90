import { rescale, roundToUnits, toDecimal, unitsToNumber } from './decimal';

/**
 * Splits `total` in proportion to `parts` so that the rounded shares sum exactly to the total
 * rounded at `decimals` places (DOMAIN.md §1): every share first gets the whole units of its
 * quota, then the units left over go one each to the largest fractional remainders; ties go
 * to the larger part, then to the earlier one. Seed 003 shows why: rounding each municipality
 * on its own gave 2 844 of 2 845 in 2021.
 *
 * Parts must be non-negative with a positive sum (the caller checks, see financing.ts).
 *
 * @example splitByLargestRemainder(2990, [83.42, 5.31, 4.15, 3.08, 4.04], 0)
 *   → [2494, 159, 124, 92, 121] (seed 001, 2018)
 */
export function splitByLargestRemainder(total: number, parts: readonly number[], decimals: number): number[] {
  const totalUnits = roundToUnits(total, decimals);
  const sign = totalUnits < 0n ? -1n : 1n;
  const magnitude = totalUnits * sign;
  const exactParts = parts.map(toDecimal);
  const scale = Math.max(0, ...exactParts.map((part) => part.scale));
  const scaledParts = exactParts.map((part) => rescale(part, scale));
  const sum = scaledParts.reduce((acc, part) => acc + part, 0n);

  const floors = scaledParts.map((part) => (magnitude * part) / sum);
  const remainders = scaledParts.map((part, index) => magnitude * part - floors[index] * sum);
  let leftover = magnitude - floors.reduce((acc, units) => acc + units, 0n);

  const order = scaledParts
    .map((_, index) => index)
    .sort((a, b) => compareBigInt(remainders[b], remainders[a]) || compareBigInt(scaledParts[b], scaledParts[a]) || a - b);
  // leftover < number of parts, since each floor loses less than one unit.
  for (const index of order) {
    if (leftover === 0n) break;
    floors[index] += 1n;
    leftover -= 1n;
  }
  return floors.map((units) => unitsToNumber(units * sign, decimals) || 0);
}

function compareBigInt(a: bigint, b: bigint): number {
  return a > b ? 1 : a < b ? -1 : 0;
}
