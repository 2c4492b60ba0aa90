import type { DeviationThresholds } from '../deviation';
import type { EquityStep } from '../equity';

/**
 * The follow-up sheet's model (tertial report, seed 004 "Förhållande till budget"): budget
 * against forecast (or outcome) per line, the figures the report states in its text, and the
 * equity against the staircase (EQUITY.md). Amounts in tkr; costs are positive here and shown
 * negative on the sheet, as the board papers print them.
 */
export interface FollowUpLine {
  readonly label: string;
  readonly budget: number;
  /** The forecast (prognos) or, after the year, the outcome (utfall). */
  readonly forecast: number;
  /** Required where the deviation must be explained (DOMAIN.md §2); '' when none is given. */
  readonly explanation: string;
  /** The outcome so far (T1 jan–apr, T2 jan–aug) beside a full-year forecast; shown, not compared. */
  readonly outcome?: number;
}

export interface FollowUpSection {
  readonly title: string;
  readonly lines: readonly FollowUpLine[];
}

/** Figures the report states in words; each is checked against what it claims to follow from. */
export interface StatedFigures {
  readonly costs?: number;
  readonly income?: number;
  /** "underbalanseras med 869": costs − income. */
  readonly deficit?: number;
  readonly result?: number;
  readonly closingEquity?: number;
}

export interface FollowUpEquity {
  /** What the budget assumed the year would open with (seed 004: 1 724). */
  readonly assumedOpening: number;
  /** What the accounts gave (seed 004: 1 800); the follow-up carries this one forward. */
  readonly actualOpening: number;
  /** The members' contributions the staircase is measured on (EQUITY.md: 11 380 in 2022). */
  readonly allocation: number;
}

export type FollowUpBasis = 'forecast' | 'outcome';

export interface FollowUpModel {
  readonly year: number;
  /** "tertial 2", "helår" … */
  readonly period: string;
  readonly basis: FollowUpBasis;
  readonly income: readonly FollowUpLine[];
  readonly costSections: readonly FollowUpSection[];
  readonly stated: StatedFigures;
  readonly equity: FollowUpEquity;
  /** The rule set's staircase and deviation thresholds, shown on the sheet and used by its formulas. */
  readonly equitySteps: readonly EquityStep[];
  readonly thresholds: DeviationThresholds;
  /**
   * An outcome for part of the year (T1 4/12, T2 8/12 from the ledger, DOMAIN.md §8) is compared
   * with this share of each line's annual budget; absent for the whole year.
   */
  readonly budgetShare?: number;
  readonly source: string;
  readonly notes: readonly string[];
}
