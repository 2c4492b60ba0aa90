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
  const sign = totalUnits < 0n ? -1 : 1;
  const magnitude = totalUnits < 0n ? -totalUnits : totalUnits;
  const units = fitsInDoubles(magnitude, parts) ? splitWholeParts(Number(magnitude), parts) : splitExactly(magnitude, parts);
  return units.map((unit) => unitsToNumber(BigInt(sign) * unit, decimals) || 0);
}

const SAFE = Number.MAX_SAFE_INTEGER;

/** Whole parts whose products with the total stay below 2^53 split exactly in doubles. */
function fitsInDoubles(magnitude: bigint, parts: readonly number[]): boolean {
  if (magnitude > BigInt(SAFE)) return false;
  let sum = 0;
  let largest = 0;
  for (const part of parts) {
    if (!Number.isInteger(part)) return false;
    sum += part;
    if (part > largest) largest = part;
  }
  return sum <= SAFE && Number(magnitude) * largest <= SAFE;
}

/** The common case (populations, whole tkr): integer arithmetic in doubles, no BigInt. */
function splitWholeParts(magnitude: number, parts: readonly number[]): bigint[] {
  const sum = parts.reduce((acc, part) => acc + part, 0);
  const floors = new Array<number>(parts.length);
  const remainders = new Array<number>(parts.length);
  let leftover = magnitude;
  for (let i = 0; i < parts.length; i += 1) {
    const product = magnitude * parts[i];
    remainders[i] = product % sum;
    floors[i] = (product - remainders[i]) / sum;
    leftover -= floors[i];
  }
  const order = byRemainder(parts.length, (a, b) => remainders[b] - remainders[a] || parts[b] - parts[a]);
  for (let k = 0; k < leftover; k += 1) floors[order[k]] += 1;
  return floors.map((floor) => BigInt(floor));
}

/** Any parts, as exact decimals in BigInt (83.42 is 8 342 hundredths). */
function splitExactly(magnitude: bigint, parts: readonly number[]): bigint[] {
  const exactParts = parts.map(toDecimal);
  const scale = exactParts.reduce((largest, part) => Math.max(largest, part.scale), 0);
  const scaledParts = exactParts.map((part) => rescale(part, scale));
  const sum = scaledParts.reduce((acc, part) => acc + part, 0n);
  const floors = scaledParts.map((part) => (magnitude * part) / sum);
  const remainders = scaledParts.map((part, index) => magnitude * part - floors[index] * sum);
  let leftover = magnitude - floors.reduce((acc, units) => acc + units, 0n);
  const order = byRemainder(parts.length, (a, b) => compareBigInt(remainders[b], remainders[a]) || compareBigInt(scaledParts[b], scaledParts[a]));
  // leftover < number of parts, since each floor loses less than one unit.
  for (const index of order) {
    if (leftover === 0n) break;
    floors[index] += 1n;
    leftover -= 1n;
  }
  return floors;
}

/** Indexes sorted by `compare`, earlier index first on a tie. */
function byRemainder(count: number, compare: (a: number, b: number) => number): number[] {
  return Array.from({ length: count }, (_, index) => index).sort((a, b) => compare(a, b) || a - b);
}

function compareBigInt(a: bigint, b: bigint): number {
  return a > b ? 1 : a < b ? -1 : 0;
}
