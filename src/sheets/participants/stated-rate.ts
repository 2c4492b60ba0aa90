import { checkStatedRate, roundHalfAwayFromZero, THRESHOLD_SLACK } from '../../domain';

/** More decimals than a board paper ever prints; also bounds the search below. */
const MAX_DECIMALS = 4;
/** Larger counts are not participants of one association; the count search stops here. */
export const MAX_COUNT = 100000;

/** The decimals a stated percentage carries: 0.855 ("85,5 %") → 1, 0.65 ("65 %") → 0. */
export function percentDecimals(rate: number): number {
  if (!Number.isFinite(rate) || Math.abs(rate) > 1e6) return 0;
  const text = (rate * 100).toFixed(6).replace(/0+$/, '').replace(/\.$/, '');
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : Math.min(text.length - dot - 1, MAX_DECIMALS);
}

/** The number format that shows a stated rate as it was stated ("0.0%" for 85,5 %). */
export function percentFormat(rate: number): string {
  const decimals = percentDecimals(rate);
  return decimals === 0 ? '0%' : `0.${'0'.repeat(decimals)}%`;
}

/**
 * What whole counts say about a stated rate of `whole`: possible when a count rounds to it;
 * "truncated" when a count gives it only cut off rather than rounded (seed 004: 65 % of 67
 * is 44/67 = 65,7 % cut to 65); else impossible, with the nearest count (85,5 % of 14: 12/14).
 */
export type RateVerdict =
  | { readonly kind: 'possible' }
  | { readonly kind: 'truncated'; readonly count: number }
  | { readonly kind: 'impossible'; readonly nearest: number }
  | { readonly kind: 'unchecked' };

export function judgeStatedRate(rate: number, whole: number): RateVerdict {
  if (!Number.isInteger(whole) || whole <= 0 || whole > MAX_COUNT || !Number.isFinite(rate)) return { kind: 'unchecked' };
  const decimals = percentDecimals(rate);
  if (checkStatedRate(rate, whole, decimals) === undefined) return { kind: 'possible' };
  const stated = roundHalfAwayFromZero(rate * 100, decimals);
  const scale = 10 ** decimals;
  for (let count = 0; count <= whole; count += 1) {
    // The threshold slack keeps 100 × 7/14 = 50 from truncating to 49,99… by binary rounding.
    if (Math.floor(((100 * count) / whole) * scale + THRESHOLD_SLACK) / scale === stated) return { kind: 'truncated', count };
  }
  return { kind: 'impossible', nearest: Math.min(whole, Math.max(0, Math.round(rate * whole))) };
}
