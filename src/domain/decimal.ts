/**
 * Exact decimal arithmetic for money splits (STYLE.md rule 6: never float sums). A number
 * from a cell is read as the shortest decimal that prints it (83.42 is 8342 hundredths, not
 * the binary fraction nearest to it), which is the figure the treasurer typed.
 */
export interface Decimal {
  /** The digits as an integer: value = units / 10^scale. */
  readonly units: bigint;
  /** Number of decimal places, never negative. */
  readonly scale: number;
}

/** The shortest decimal of a finite number: 83.42 → { units: 8342n, scale: 2 }. */
export function toDecimal(value: number): Decimal {
  const [mantissa, exponentText] = String(value).toLowerCase().split('e');
  const exponent = exponentText === undefined ? 0 : Number(exponentText);
  const negative = mantissa.startsWith('-');
  const [whole, fraction = ''] = mantissa.replace('-', '').split('.');
  let units = BigInt(whole + fraction);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return { units: negative ? -units : units, scale };
}

/** The same decimal written with more places: { 5n, 1 } at scale 3 → { 500n, 3 }. */
export function rescale(decimal: Decimal, scale: number): bigint {
  return decimal.units * 10n ** BigInt(scale - decimal.scale);
}

/**
 * The number rounded to `decimals` places (negative rounds to tens, hundreds …), half away
 * from zero as Excel's ROUND does, returned in whole units of 10^-decimals.
 */
export function roundToUnits(value: number, decimals: number): bigint {
  const decimal = toDecimal(value);
  const shift = decimals - decimal.scale;
  if (shift >= 0) return decimal.units * 10n ** BigInt(shift);
  const divisor = 10n ** BigInt(-shift);
  const magnitude = decimal.units < 0n ? -decimal.units : decimal.units;
  const rounded = (magnitude * 2n + divisor) / (divisor * 2n);
  return decimal.units < 0n ? -rounded : rounded;
}

/** Whole units of 10^-decimals back to a number: 159n at 0 → 159; 12345n at 2 → 123.45. */
export function unitsToNumber(units: bigint, decimals: number): number {
  const magnitude = units < 0n ? -units : units;
  // Below 2^53 one correctly rounded division gives the double nearest to the decimal; above
  // it, parsing the digits does, without overflowing on the way (1e300 at ten places).
  if (decimals > 0 && decimals <= 22 && magnitude <= 9007199254740991n) return Number(units) / 10 ** decimals;
  return Number(`${units}e${-decimals}`);
}

/** Excel's ROUND on a number: roundHalfAwayFromZero(2.5, 0) → 3, (1.005, 2) → 1.01. */
export function roundHalfAwayFromZero(value: number, decimals: number): number {
  if (toDecimal(value).scale <= decimals) return value;
  const result = unitsToNumber(roundToUnits(value, decimals), decimals);
  return Object.is(result, -0) ? 0 : result;
}
