import { checkNonNegative, checkWhole, normalizeName } from './checks';
import { roundHalfAwayFromZero } from './decimal';
import { splitByLargestRemainder } from './largest-remainder';
import { item, Label, labels, messages } from '../text/errors';
import { divisionByZero, invalid, ok, Result } from './result';

/** The three kinds of member (law 2003:1210 §17; DOMAIN.md §1). */
export type MemberKind = 'state' | 'region' | 'municipality';

const MEMBER_WORDS: ReadonlyMap<string, MemberKind> = new Map([
  ['stat', 'state'],
  ['staten', 'state'],
  ['fk', 'state'],
  ['försäkringskassan', 'state'],
  ['region', 'region'],
  ['landsting', 'region'],
  ['kommun', 'municipality'],
]);

export function parseMemberKind(text: string): MemberKind | undefined {
  return MEMBER_WORDS.get(normalizeName(text));
}

/**
 * A member's kind from how a board paper names it (DOMAIN.md §1): "Försäkringskassan",
 * "Arbetsförmedlingen", "Staten" are the state; "Region Västerbotten", "Västra
 * Götalandsregionen", "… läns landsting" the region; "Umeå kommun", "Malmö stad", "Göteborgs
 * Stad", "… kommunalförbund" a municipality. Undefined when the words do not say.
 * @example memberKindOfName(' - Malmö stad, 40,0 % av arb-bef.') → 'municipality'
 */
export function memberKindOfName(name: string): MemberKind | undefined {
  const text = normalizeName(name).replace(/^[-–•\s]+/, '');
  if (/^(försäkringskassan|arbetsförmedlingen|staten|statens|stat|fk)(?![a-zåäö])/.test(text) || /\((stat|staten)\)/.test(text)) return 'state';
  if (/(^|[\s(-])(region|landsting)/.test(text) || /regionen(?![a-zåäö])/.test(text)) return 'region';
  if (/kommun/.test(text) || /(^|\s)stad(?![a-zåäö])/.test(text)) return 'municipality';
  return undefined;
}

/** Rounding precision for a split: whole places, −9 (billions) to 10. */
export function checkDecimals(decimals: number): Result<number> {
  return checkWhole(decimals, labels.decimals, -9, 10);
}

/** Parts must be non-negative, with a positive sum. */
export function checkParts(parts: readonly number[], label: Label = labels.part): Result<number> {
  let sum = 0;
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    if (part < 0) return checkNonNegative(part, item(label, index + 1)) as Result<number>;
    sum += part;
  }
  if (sum === 0) return divisionByZero(messages.partsSumZero(`${label.toLowerCase()}arna`));
  return ok(sum);
}

/**
 * Every part's share of `total`. Without `decimals` the exact proportions; with it, the
 * largest-remainder split so the shares sum exactly to the rounded total (DOMAIN.md §1).
 * @example shares(2990, [83.42, 5.31, 4.15, 3.08, 4.04], 0) → [2494, 159, 124, 92, 121] (seed 001)
 */
export function shares(total: number, parts: readonly number[], decimals?: number, label: Label = labels.part): Result<number[]> {
  const sum = checkParts(parts, label);
  if (!sum.ok) return sum;
  // total × (part / sum) rather than (total × part) / sum, which overflows for huge totals.
  if (decimals === undefined) return ok(parts.map((part) => total * (part / sum.value)));
  const places = checkDecimals(decimals);
  if (!places.ok) return places;
  return ok(splitByLargestRemainder(total, parts, decimals));
}

/**
 * The share of one part, which must be one of `parts`; with decimals, its place in the whole
 * largest-remainder split (FUNCTIONS.md, SHARE).
 * @example shareOf(2845/1, 8342, populations, 0) is Umeå's part of the municipal quarter
 */
export function shareOf(total: number, part: number, parts: readonly number[], decimals?: number, label: Label = labels.part): Result<number> {
  const all = shares(total, parts, decimals, label);
  if (!all.ok) return all;
  const matches = all.value.filter((_, index) => parts[index] === part);
  if (matches.length === 0) return invalid(messages.partNotInParts(part));
  if (matches.some((share) => share !== matches[0])) return invalid(messages.partAmbiguous(part));
  return ok(matches[0]);
}

export interface ContributionOptions {
  readonly population?: number;
  readonly populations?: readonly number[];
  readonly decimals?: number;
}

/**
 * A member's contribution under the 50/25/25 rule: the state pays its allocation S, the
 * region S/2, the municipalities together S/2 split by working-age population (DOMAIN.md §1).
 * @example contribution(5980, 'municipality', { population: 8342,
 *   populations: [8342, 531, 415, 308, 404], decimals: 0 }) → 2494 (seed 001, Umeå 2018)
 */
/** The region's part, and the municipalities' together: half the state's (DOMAIN.md §1, 50/25/25). */
export function memberHalf(stateAllocation: number): number {
  return stateAllocation / 2;
}

export function contribution(stateAllocation: number, member: MemberKind, options: ContributionOptions = {}): Result<number> {
  const allocation = checkNonNegative(stateAllocation, labels.stateAllocation);
  if (!allocation.ok) return allocation;
  const { decimals } = options;
  if (decimals !== undefined) {
    const places = checkDecimals(decimals);
    if (!places.ok) return places;
  }
  const round = (value: number) => (decimals === undefined ? value : roundHalfAwayFromZero(value, decimals));
  if (member === 'state') return ok(round(stateAllocation));
  if (member === 'region') return ok(round(memberHalf(stateAllocation)));
  if (options.population === undefined || options.populations === undefined) return invalid(messages.populationNeeded());
  return shareOf(memberHalf(stateAllocation), options.population, options.populations, decimals, labels.population);
}
