import { Comparison, isAchieved } from './achievement';
import { excelRound } from './checks';
import { roundHalfAwayFromZero, toDecimal } from './decimal';
import { combinedImpactIndex, DEFAULT_WEIGHT_SCALE, impactSummary } from './impact-index';
import { labels, messages } from '../text/errors';
import { socialReportTexts } from '../text/social-report-labels';
import { checkStatedRate as checkPossibleRate } from './participants';
import { invalid, ok, Result } from './result';

/** The three levels of the social annual report (DOMAIN.md §7): green, orange, red. */
export type IndicatorStatus = 'achieved' | 'near' | 'notAchieved';

/** "Nära målet" means within 5 % of the target value unless the rule set says otherwise (DOMAIN.md §7, choice). */
export const DEFAULT_NEAR_FACTOR = 0.95;

/** The words the report and FINSAM.STATUS show; only "Uppnått" counts as achieved in the index. */
export const STATUS_WORDS: Readonly<Record<IndicatorStatus, string>> = {
  achieved: 'Uppnått',
  near: 'Nära målet',
  notAchieved: 'Ej uppnått',
};

const COMPARISONS: readonly string[] = ['>=', '>', '<=', '<', '='];

/**
 * FUNCTIONS.md STATUS: achieved as isAchieved(); near for >=/> when outcome >= near*target, for <=/< when
 * outcome <= target/near; '=' has no near.
 * @example indicatorStatus(0.79, 0.8) → near; indicatorStatus(0.85, 0.8) → achieved; indicatorStatus(0.66, 0.8) → notAchieved
 */
export function indicatorStatus(
  outcome: number,
  target: number,
  comparison: Comparison = '>=',
  near: number = DEFAULT_NEAR_FACTOR,
): Result<IndicatorStatus> {
  if (!Number.isFinite(outcome)) return invalid(messages.notANumber(labels.outcome, outcome));
  if (!Number.isFinite(target)) return invalid(messages.notANumber(labels.target, target));
  // The type says Comparison, but a cell or a caller in plain JS can hand over any text.
  if (!COMPARISONS.includes(comparison)) return invalid(messages.comparisonUnknown(comparison));
  if (!Number.isFinite(near) || near <= 0 || near > 1) return invalid(messages.nearOutOfRange(near));
  if (isAchieved(outcome, target, comparison)) return ok('achieved');
  // Compared at 15 digits as isAchieved does, so 38 % against 0,95 × 40 % is near, not a float's hair below.
  const a = excelRound(outcome);
  switch (comparison) {
    case '>=':
    case '>':
      return ok(a >= excelRound(near * target) ? 'near' : 'notAchieved');
    case '<=':
    case '<':
      return ok(a <= excelRound(target / near) ? 'near' : 'notAchieved');
    case '=':
      return ok('notAchieved');
  }
}

/** An outcome written as counts; statedRate is the written percentage as a fraction (88 % → 0.88). */
export interface CountOutcome {
  readonly count: number;
  readonly base: number;
  readonly statedRate?: number;
  /** How many decimals the percentage was written with ("85,5 %" → 1); derived from statedRate when absent. */
  readonly statedDecimals?: number;
}

/** Longer cells are prose, not "117 av 133"; the bound also keeps the patterns below cheap on a 1 MB cell. */
const LONGEST_COUNT_TEXT = 200;
const WHOLE = String.raw`(\d{1,3}(?: \d{3})+|\d+)`;
const PERCENT = String.raw`(\d+(?:[.,]\d+)?) ?%`;
// "117 av 133", "179 deltagare av de 271", "117/133", "117 av 133 svarande".
const COUNTS = String.raw`${WHOLE}(?: \p{L}+)? ?(?:av|/) ?(?:de )?${WHOLE}(?: \p{L}+)?`;
const FORMS: readonly { readonly pattern: RegExp; readonly percentFirst: boolean | undefined }[] = [
  { pattern: new RegExp(String.raw`^${COUNTS}$`, 'iu'), percentFirst: undefined },
  { pattern: new RegExp(String.raw`^${PERCENT} ?\( ?${COUNTS} ?\)$`, 'iu'), percentFirst: true },
  { pattern: new RegExp(String.raw`^${PERCENT},? ${COUNTS}$`, 'iu'), percentFirst: true },
  { pattern: new RegExp(String.raw`^${COUNTS} ?\( ?${PERCENT} ?\)$`, 'iu'), percentFirst: false },
];

/**
 * "117 av 133", "88 % (117 av 133)", "66 %, 179 deltagare av de 271", "88% (117/133)" → counts;
 * undefined when not that form. A count above its base is still returned: checkStatedRate reports it.
 */
export function parseCountOutcome(text: string): CountOutcome | undefined {
  if (text.length > LONGEST_COUNT_TEXT) return undefined;
  const normalized = text.replace(/[\s\u00a0\u202f]+/g, ' ').trim();
  for (const { pattern, percentFirst } of FORMS) {
    const match = pattern.exec(normalized);
    if (match === null) continue;
    const [percentText, countText, baseText] =
      percentFirst === undefined ? [undefined, match[1], match[2]] : percentFirst ? [match[1], match[2], match[3]] : [match[3], match[1], match[2]];
    const count = Number(countText.replace(/ /g, ''));
    const base = Number(baseText.replace(/ /g, ''));
    if (!Number.isSafeInteger(count) || !Number.isSafeInteger(base)) return undefined;
    if (percentText === undefined) return { count, base };
    const [whole, fraction = ''] = percentText.replace(',', '.').split('.');
    const percent = Number(`${whole}.${fraction || '0'}`);
    if (!Number.isFinite(percent) || fraction.length > 6) return undefined;
    return { count, base, statedRate: percent / 100, statedDecimals: fraction.length };
  }
  return undefined;
}

/**
 * undefined when fine, else a Swedish message: the stated rate must be the counts' rate rounded to the stated
 * precision (as §4's 85,5 % of 14). `where` (a cell, an indicator code) starts the message.
 * @example { count: 117, base: 133, statedRate: 0.88 } → undefined (87,97 % rounds to 88 %)
 * @example { count: 12, base: 14, statedRate: 0.855, statedDecimals: 1 } → "… ger 85,7 % …"
 */
export function checkStatedRate(outcome: CountOutcome, where?: string): string | undefined;
/** The participants' form (participants.ts): whether any whole count of `whole` gives the stated rate. Kept so both share the name. */
export function checkStatedRate(statedRate: number, whole: number, percentDecimals?: number): string | undefined;
export function checkStatedRate(first: CountOutcome | number, second?: string | number, third?: number): string | undefined {
  if (typeof first === 'number') return checkPossibleRate(first, typeof second === 'number' ? second : 0, third);
  return checkCountOutcome(first, typeof second === 'string' ? second : undefined);
}

function checkCountOutcome({ count, base, statedRate, statedDecimals }: CountOutcome, where: string | undefined): string | undefined {
  if (count > base) return messages.countOverBase(where, count, base);
  if (base === 0) return messages.countBaseZero(where, count);
  if (statedRate === undefined || !Number.isFinite(statedRate)) return undefined;
  const decimals = statedDecimals ?? Math.max(0, toDecimal(excelRound(statedRate * 100)).scale);
  const rate = count / base;
  const stated = roundHalfAwayFromZero(excelRound(statedRate * 100), decimals);
  if (roundHalfAwayFromZero((100 * count) / base, decimals) === stated) return undefined;
  return messages.statedRateDiffers(where, statedRate, decimals, count, base, rate);
}

/** An area's (or the whole's) result against the board's target index (DOMAIN.md §7). */
export interface AreaOutcome {
  /** Σ weight of achieved indicators. */
  readonly impactValue: number;
  /** Σ weight of all indicators. */
  readonly maximum: number;
  /** The Impact Index rounded to a whole number, as the report's sentence shows it. */
  readonly index: number;
  readonly targetIndex: number;
  /** index − targetIndex. */
  readonly difference: number;
}

/**
 * Impact value, maximum and whole index of an area's indicators; an unreported indicator (null) counts as
 * not achieved, as in the annual report.
 * @example weights summing to 38, 33 of them achieved, target 70 → index 87, difference 17 (DOMAIN.md §7)
 */
export function areaOutcome(
  indicators: readonly { weight: number; achieved: boolean | null }[],
  targetIndex: number,
  weightScale: number = DEFAULT_WEIGHT_SCALE,
): Result<AreaOutcome> {
  if (!Number.isFinite(targetIndex) || targetIndex < 0 || targetIndex > 100) return invalid(messages.targetIndexOutOfRange(targetIndex));
  const summary = impactSummary(indicators, { weightScale });
  if (!summary.ok) return summary;
  const unrounded = combinedImpactIndex([summary.value]);
  if (!unrounded.ok) return unrounded;
  const index = roundHalfAwayFromZero(unrounded.value, 0);
  return ok({ ...summary.value, index, targetIndex, difference: excelRound(index - targetIndex) });
}

/**
 * DOMAIN.md §7's sentence, e.g. 33 of 38, target 70 → "Målet för året var Impact Index 70. Utfallet blev 33 av
 * det maximalt möjliga indexvärdet 38. Måluppfyllelsen för målområdet blev således 87 %. Impact Index 87 är 17
 * indexpunkter bättre resultat än budgeterat." whole=true says "för förbundet som helhet".
 */
export function areaSentence(outcome: AreaOutcome, whole = false): string {
  return socialReportTexts.areaSentence(outcome.targetIndex, outcome.impactValue, outcome.maximum, outcome.index, outcome.difference, whole);
}
