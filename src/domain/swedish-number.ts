import { roundHalfAwayFromZero } from './decimal';

/**
 * Numbers as the board papers print them: a space between thousands and a decimal comma
 * ("2 845", "85,5"). Written by hand rather than with Intl because Intl's sv-SE output uses a
 * non-breaking space and the Unicode minus sign, which make messages hard to search and test.
 */
export function formatSwedishNumber(value: number, maxDecimals = 6): string {
  // A message never shows "Infinity" or "NaN" (issue 17, item 8); readers refuse such values first.
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  // Beyond 15 digits a plain figure would print digits the number does not have.
  if (Math.abs(value) >= 1e15) return value.toPrecision(6).replace(/\.?0+e/, 'e').replace('.', ',');
  const rounded = roundHalfAwayFromZero(value, maxDecimals);
  const negative = rounded < 0;
  const fixed = Math.abs(rounded).toFixed(maxDecimals);
  const [whole, fraction = ''] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const trimmed = fraction.replace(/0+$/, '');
  return `${negative ? '-' : ''}${grouped}${trimmed ? `,${trimmed}` : ''}`;
}

/**
 * The largest amount a sheet reader takes (readAmount): no FINSAM figure comes near it, and
 * beyond it sums and percentages of a few such values overflow to Infinity (1e308 × 100).
 */
export const MAX_AMOUNT = 1e15;

/** What a message says in place of a number that is not one (NaN, ±Infinity, or 1e308 × 100). */
export const NOT_A_NUMBER = 'ogiltigt tal';

/** A fraction as a Swedish percentage: 0.855 → "85,5 %". */
export function formatSwedishPercent(fraction: number, maxDecimals = 1): string {
  const percent = fraction * 100;
  return Number.isFinite(percent) ? `${formatSwedishNumber(percent, maxDecimals)} %` : NOT_A_NUMBER;
}

/** A percentage with a fixed number of decimals, as the board papers' labels print it: "4,0 %". */
export function formatSwedishPercentFixed(fraction: number, decimals: number): string {
  if (!Number.isFinite(fraction * 100)) return NOT_A_NUMBER;
  const [whole, decimalsPart = ''] = roundHalfAwayFromZero(fraction * 100, decimals).toFixed(decimals).split('.');
  return `${whole}${decimalsPart ? `,${decimalsPart}` : ''} %`;
}
