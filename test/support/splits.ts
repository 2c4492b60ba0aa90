/**
 * What a treasurer splits (DOMAIN.md §1): non-negative parts (populations, label percentages),
 * totals typed as decimals, and the rounding of such a total done with integers of our own.
 */
import fc from 'fast-check';
import { Layout, layout } from './hostile-cells';

/** Populations, label percentages (83.42), tiny and zero parts: what a treasurer splits by. */
export const part: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 10000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 10000 }).map((hundredths) => hundredths / 100) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1e-7, 0.1 + 0.2, 1 / 3, 83.42, 5.31, 1e6, 8342) },
);

/**
 * A total typed as a decimal: whole units at `scale` places. Kept below 10^15 units so the
 * double the sheet holds prints as exactly this decimal, which lets the test round it with
 * integers of its own.
 */
export interface TypedTotal {
  units: bigint;
  scale: number;
  value: number;
}

export const typedTotal: fc.Arbitrary<TypedTotal> = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: fc.integer({ min: -1e9, max: 1e9 }) },
      { weight: 1, arbitrary: fc.integer({ min: -1e3, max: 1e3 }) },
      { weight: 1, arbitrary: fc.constantFrom(2845, 2990, 5, 1, 0, -1, 15, 25, 35, 45, -25) },
    ),
    fc.integer({ min: 0, max: 4 }),
  )
  .map(([units, scale]) => ({ units: BigInt(units), scale, value: units / 10 ** scale }));

/** Half away from zero, as Excel's ROUND: the total in whole units of 10^-d. */
export function roundedUnits(total: TypedTotal, d: number): bigint {
  if (total.scale <= d) return total.units * 10n ** BigInt(d - total.scale);
  const divisor = 10n ** BigInt(total.scale - d);
  const magnitude = total.units < 0n ? -total.units : total.units;
  const quotient = magnitude / divisor;
  const rounded = (magnitude % divisor) * 2n >= divisor ? quotient + 1n : quotient;
  return total.units < 0n ? -rounded : rounded;
}

export interface Split {
  total: TypedTotal;
  parts: (number | null)[];
  how: Layout;
  d: number;
}

/** Non-negative parts with a positive sum, blanks between them; d ∈ {0, 1, 2}. */
export const split: fc.Arbitrary<Split> = fc
  .record({
    total: typedTotal,
    parts: fc.array(fc.oneof({ weight: 8, arbitrary: part }, { weight: 1, arbitrary: fc.constant(null) }), { minLength: 1, maxLength: 12 }),
    positive: fc.oneof(fc.integer({ min: 1, max: 10000 }), fc.constantFrom(0.01, 1e-7, 83.42)),
    how: layout,
    d: fc.constantFrom(0, 1, 2),
  })
  // A positive part somewhere, so the sum is positive.
  .chain(({ parts, positive, ...rest }) =>
    fc.integer({ min: 0, max: parts.length }).map((at) => ({ ...rest, parts: [...parts.slice(0, at), positive, ...parts.slice(at)] })),
  );
