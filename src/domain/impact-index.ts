import { normalizeName } from './checks';
import { nameKeys } from './name-keys';
import { messages } from '../text/errors';
import { divisionByZero, invalid, notAvailable, ok, Result } from './result';

/** One indicator as the index sees it; achieved null means no outcome reported yet. */
export interface ScoredIndicator {
  readonly weight: number;
  readonly achieved: boolean | null;
  readonly area?: string;
  /** Where the indicator stands in its range, counted from 1, for messages. */
  readonly position?: number;
}

export interface ImpactOptions {
  /** Only indicators of this area (trimmed, case-insensitive). */
  readonly area?: string;
  /** A preliminary index leaves unreported indicators out (DOMAIN.md §3, choice). */
  readonly excludeUnreported?: boolean;
  /** The top of the weight scale, 10 unless the rule set says otherwise. */
  readonly weightScale?: number;
}

export interface ImpactSummary {
  /** Σ weight of achieved indicators (Impactvärde). */
  readonly impactValue: number;
  /** Σ weight of the indicators counted (maximalt Impactvärde). */
  readonly maximum: number;
}

export const DEFAULT_WEIGHT_SCALE = 10;

/** A weight is a whole number 1–scale (DOMAIN.md §3): the one statement of the rule. */
export function isWeightOnScale(weight: number, scale = DEFAULT_WEIGHT_SCALE): boolean {
  return Number.isInteger(weight) && weight >= 1 && weight <= scale;
}

export function checkWeight(weight: number, position: number | undefined, scale = DEFAULT_WEIGHT_SCALE): Result<number> {
  if (!isWeightOnScale(weight, scale)) return invalid(messages.weightOutOfScale(position, weight, scale));
  return ok(weight);
}

/**
 * Impact value and maximum of a set of indicators.
 * @example weights summing to 176 of which 134 achieved → { impactValue: 134, maximum: 176 }
 *   (seed 003, Bilaga 1, the 2021 example)
 */
export function impactSummary(indicators: readonly ScoredIndicator[], options: ImpactOptions = {}): Result<ImpactSummary> {
  const wanted = options.area === undefined ? undefined : normalizeName(options.area);
  const keyOf = nameKeys();
  let impactValue = 0;
  let maximum = 0;
  let areaFound = false;
  for (const [index, indicator] of indicators.entries()) {
    const weight = checkWeight(indicator.weight, indicator.position ?? index + 1, options.weightScale);
    if (!weight.ok) return weight;
    if (wanted !== undefined && keyOf(indicator.area ?? '') !== wanted) continue;
    areaFound = true;
    if (indicator.achieved === null && options.excludeUnreported) continue;
    maximum += indicator.weight;
    if (indicator.achieved === true) impactValue += indicator.weight;
  }
  if (options.area !== undefined && !areaFound) return notAvailable(messages.areaWithoutRows(options.area.trim()));
  return ok({ impactValue, maximum });
}

/**
 * Impactindex = 100 × impact value / maximum, unrounded (the board papers show it rounded).
 * @example 134 achieved of 176 → 76.136… (seed 003: "Impactindex 76")
 */
export function impactIndex(indicators: readonly ScoredIndicator[], options: ImpactOptions = {}): Result<number> {
  const summary = impactSummary(indicators, options);
  return summary.ok ? indexOf([summary.value]) : summary;
}

/**
 * "Alla plattformar sammanvägda": Σ impact values / Σ maxima over the platforms
 * (DOMAIN.md §3, choice), never the mean of the platforms' indexes.
 */
export function combinedImpactIndex(platforms: readonly ImpactSummary[]): Result<number> {
  return indexOf(platforms);
}

function indexOf(summaries: readonly ImpactSummary[]): Result<number> {
  const maximum = summaries.reduce((sum, s) => sum + s.maximum, 0);
  const value = summaries.reduce((sum, s) => sum + s.impactValue, 0);
  if (maximum === 0) return divisionByZero(messages.noWeights());
  return ok((100 * value) / maximum);
}

/** Whether the index reaches the board's target ("slå sitt index", 70 in 2021 and 2022). */
export function reachesTargetIndex(index: number, targetIndex: number): boolean {
  return index >= targetIndex;
}
