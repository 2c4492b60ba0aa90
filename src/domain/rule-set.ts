import { DEFAULT_DEVIATION_THRESHOLDS, DeviationThresholds } from './deviation';
import { DEFAULT_EQUITY_STEPS, EquityStep } from './equity';
import { ChangeMode } from './full-year-equivalents';
import { DEFAULT_WEIGHT_SCALE } from './impact-index';
import { VaravBase } from './participants';
import { AreaTarget, DEFAULT_TOLERANCE } from './weight-rule';

/**
 * The per-year settings every check reads (ARCHITECTURE.md: the rule set lives in the
 * workbook, sheet FINSAM-regler). Defaults come from DOMAIN.md and EQUITY.md.
 */
export interface RuleSet {
  readonly year: number;
  readonly areaTargets: readonly AreaTarget[];
  readonly tolerance: number;
  readonly weightScale: number;
  readonly targetIndex: number;
  readonly deviation: DeviationThresholds;
  readonly fyeGoal: number;
  readonly fyeMode: ChangeMode;
  readonly equitySteps: readonly EquityStep[];
  readonly positiveTarget: number;
  readonly workTarget: number;
  readonly studiesTarget: number;
  readonly varavBase: VaravBase;
  readonly nearFactor: number;
}

/** The board's 2022 area targets (seed 003): 40/25/15/10/10. */
export const AREA_TARGETS_2022: readonly AreaTarget[] = [
  { area: 'Samhälls- och medlemsnytta', share: 0.4 },
  { area: 'Jämlik samverkan', share: 0.25 },
  { area: 'Deltagarnyttan', share: 0.15 },
  { area: 'Samordning', share: 0.1 },
  { area: 'Medarbetarnöjdhet', share: 0.1 },
];

export function defaultRuleSet(year: number): RuleSet {
  return {
    year,
    areaTargets: AREA_TARGETS_2022,
    tolerance: DEFAULT_TOLERANCE,
    weightScale: DEFAULT_WEIGHT_SCALE,
    targetIndex: 70,
    deviation: DEFAULT_DEVIATION_THRESHOLDS,
    fyeGoal: -0.01,
    fyeMode: 'relative',
    equitySteps: DEFAULT_EQUITY_STEPS,
    // Seed 003 §7.3: 80 % positive in 2022 (90 % in 2020), of which 35 % work and 25 % studies.
    positiveTarget: year <= 2020 ? 0.9 : 0.8,
    workTarget: 0.35,
    studiesTarget: 0.25,
    varavBase: 'positive',
    nearFactor: 0.95,
  };
}
