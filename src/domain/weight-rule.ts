import { checkFraction, normalizeName } from './checks';
import { nameKeys } from './name-keys';
import { checkWeight, DEFAULT_WEIGHT_SCALE } from './impact-index';
import { labels, item, messages } from '../text/errors';
import { divisionByZero, invalid, notAvailable, ok, Result } from './result';
import { COMPARISON_SLACK } from './slacks';

/** The area weighting rule (DOMAIN.md §3): each area's share of the maximum impact value. */
export interface WeightedIndicator {
  readonly weight: number;
  readonly area: string;
  readonly position?: number;
}

export interface AreaTarget {
  readonly area: string;
  /** A fraction: 0.40 for 40 %. */
  readonly share: number;
}

export interface AreaWeighting {
  readonly area: string;
  readonly weightSum: number;
  readonly actualShare: number;
  readonly targetShare: number;
  /** actual − target, a fraction (0.02 is two percentage points). */
  readonly deviation: number;
  readonly withinTolerance: boolean;
}

/** ±5 percentage points (DOMAIN.md §3); a per-year setting of the rule set. */
export const DEFAULT_TOLERANCE = 0.05;
/** Target shares must sum to 1 within this (FUNCTIONS.md, WEIGHTCHECK): 0,1 percentage points. */
const TARGET_SUM_SLACK = 0.001;

/** Whether target shares summing to `sum` sum to 100 % within the slack. */
export function targetSharesSumOk(sum: number): boolean {
  return Math.abs(sum - 1) <= TARGET_SUM_SLACK + COMPARISON_SLACK;
}

/** Why target shares summing to `sum` are wrong, or undefined when they sum to 100 %. */
export function targetSharesSumProblem(sum: number): string | undefined {
  return targetSharesSumOk(sum) ? undefined : messages.targetSharesSum(sum, TARGET_SUM_SLACK);
}

/** Whether an area's share is within the tolerance of its target (DOMAIN.md §3). */
export function withinTolerance(share: number, target: number, tolerance: number): boolean {
  return Math.abs(share - target) <= tolerance + COMPARISON_SLACK;
}

/** Whether two shares are the same share, typed as decimals. */
export function sameShare(a: number, b: number): boolean {
  return Math.abs(a - b) <= COMPARISON_SLACK;
}

/**
 * One row per target area, in the targets' order.
 * @example area weight sums 39/24/15/12/10 of 100 against 40/25/15/10/10 → all within 0.05
 *   (seed 003, 2022 weighting)
 */
export function checkAreaWeighting(
  indicators: readonly WeightedIndicator[],
  targets: readonly AreaTarget[],
  tolerance = DEFAULT_TOLERANCE,
  weightScale = DEFAULT_WEIGHT_SCALE,
): Result<AreaWeighting[]> {
  const checkedTargets = checkTargets(targets, tolerance);
  if (!checkedTargets.ok) return checkedTargets;
  const sums = new Map(targets.map((target) => [normalizeName(target.area), 0]));
  const keyOf = nameKeys();
  let total = 0;
  for (const [index, indicator] of indicators.entries()) {
    const position = indicator.position ?? index + 1;
    const weight = checkWeight(indicator.weight, position, weightScale);
    if (!weight.ok) return weight;
    const key = keyOf(indicator.area);
    const sum = sums.get(key);
    if (sum === undefined) return invalid(messages.areaNotInTargets(position, indicator.area.trim()));
    sums.set(key, sum + indicator.weight);
    total += indicator.weight;
  }
  if (total === 0) return divisionByZero(messages.noWeights());
  return ok(
    targets.map((target) => {
      const weightSum = sums.get(normalizeName(target.area)) ?? 0;
      const actualShare = weightSum / total;
      const deviation = actualShare - target.share;
      return {
        area: target.area.trim(),
        weightSum,
        actualShare,
        targetShare: target.share,
        deviation,
        withinTolerance: withinTolerance(actualShare, target.share, tolerance),
      };
    }),
  );
}

function checkTargets(targets: readonly AreaTarget[], tolerance: number): Result<true> {
  const toleranceCheck = checkFraction(tolerance, labels.tolerance);
  if (!toleranceCheck.ok) return toleranceCheck;
  if (targets.length === 0) return invalid(messages.noTargets());
  const seen = new Set<string>();
  let sum = 0;
  for (const [index, target] of targets.entries()) {
    const share = checkFraction(target.share, item(labels.targetShare, index + 1));
    if (!share.ok) return share;
    const key = normalizeName(target.area);
    if (seen.has(key)) return invalid(messages.duplicateTargetArea(index + 1, target.area.trim()));
    seen.add(key);
    sum += target.share;
  }
  const problem = targetSharesSumProblem(sum);
  if (problem) return invalid(problem);
  return ok(true);
}

/**
 * An area's share of all weight, a fraction.
 * @example 39 of 100 in Samhälls- och medlemsnytta → 0.39 (seed 003, 2022)
 */
export function areaShare(indicators: readonly WeightedIndicator[], area: string, weightScale = DEFAULT_WEIGHT_SCALE): Result<number> {
  const wanted = normalizeName(area);
  const keyOf = nameKeys();
  let total = 0;
  let inArea = 0;
  let found = false;
  for (const [index, indicator] of indicators.entries()) {
    const weight = checkWeight(indicator.weight, indicator.position ?? index + 1, weightScale);
    if (!weight.ok) return weight;
    total += indicator.weight;
    if (keyOf(indicator.area) === wanted) {
      inArea += indicator.weight;
      found = true;
    }
  }
  if (!found) return notAvailable(messages.areaWithoutRows(area.trim()));
  if (total === 0) return divisionByZero(messages.noWeights());
  return ok(inArea / total);
}
