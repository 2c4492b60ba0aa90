import type { Comparison } from '../achievement';
import type { ImpactSummary } from '../impact-index';

/**
 * The social budget as the board adopts it and follows it up (DOMAIN.md §3, seed 003 Bilaga 1):
 * areas → goals → indicators, each indicator with its weight and, after the year, its outcome.
 */
export interface SocialBudgetIndicator {
  /** "1.2.1" (area.goal.indicator); goal-level codes like "1.4" also occur. */
  readonly code: string;
  readonly text: string;
  /** A number ("80 %" is 0.8) or words ("minskat jämfört med föregående år"); null when none. */
  readonly target: number | string | null;
  /** How the outcome meets a numeric target; null means the default, at least (≥). */
  readonly comparison: Comparison | null;
  /** A whole number on the rule set's scale, 1–10. */
  readonly weight: number;
  readonly outcome: number | string | null;
  /** The outcome as counts ("117 av 133": count 117 of base 133), when it was given so (DOMAIN.md §7). */
  readonly count?: number;
  readonly base?: number;
  /** null: not reported yet, which the annual index counts as not achieved. */
  readonly achieved: boolean | null;
  /** The text is ours, not the seeds' (issue 5: invented texts are marked). */
  readonly invented?: boolean;
}

export interface SocialBudgetGoal {
  readonly code: string;
  readonly text: string;
  readonly indicators: readonly SocialBudgetIndicator[];
}

export interface SocialBudgetArea {
  readonly name: string;
  /** The board's target share of the maximum impact value, a fraction (0.4); absent when not set. */
  readonly targetShare?: number;
  readonly goals: readonly SocialBudgetGoal[];
}

/** One platform's summary, for the index "alla plattformar sammanvägda" (DOMAIN.md §3). */
export interface PlatformSummary extends ImpactSummary {
  readonly name: string;
}

export interface SocialBudgetModel {
  readonly year: number;
  /** The sheet's title; "Social budget 2021" when absent. */
  readonly title?: string;
  /** What the sheet covers: a platform ("Ungdomstorget i Umeå") or the association as a whole. */
  readonly platform?: string;
  readonly areas: readonly SocialBudgetArea[];
  /** A maximum impact value stated in the text (Bilaga 1: "Impactvärde 172"), checked against Σ weights. */
  readonly statedMaximum?: number;
  /** An impact value stated in the text ("utfallet 134"), checked against the achieved weights. */
  readonly statedImpactValue?: number;
  /** The board's target index, 70 in 2021 and 2022. */
  readonly targetIndex: number;
  readonly platforms?: readonly PlatformSummary[];
  /** Where the figures come from, shown in a note cell. */
  readonly source: string;
}

/** The indicators in sheet order, each with its area and goal. */
export interface IndicatorInContext {
  readonly area: SocialBudgetArea;
  readonly goal: SocialBudgetGoal;
  readonly indicator: SocialBudgetIndicator;
}

export function indicatorsOf(model: SocialBudgetModel): IndicatorInContext[] {
  return model.areas.flatMap((area) => area.goals.flatMap((goal) => goal.indicators.map((indicator) => ({ area, goal, indicator }))));
}
