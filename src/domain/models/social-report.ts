import type { AreaOutcome } from '../social-report';
import type { SocialBudgetModel } from './social-budget';

/**
 * The social annual report (socialt bokslut, DOMAIN.md §7): the social budget with its outcomes,
 * the counts behind them as the report prints them ("88 % (117 av 133)"), and any figures the
 * treasurer has stated in the report's prose, which the checks hold to the indicators.
 */
export interface SocialReportModel {
  /** The social budget of the year, outcomes and "achieved" filled in. */
  readonly budget: SocialBudgetModel;
  /** By indicator code: the counts and the outcome as written. */
  readonly counts?: Readonly<Record<string, CountedOutcome>>;
  /** By area name, or WHOLE for the association as a whole: figures stated in the prose. */
  readonly stated?: Readonly<Record<string, ReportStatedFigures>>;
}

export interface CountedOutcome {
  readonly count?: number;
  readonly base?: number;
  /** "88 % (117 av 133)", as published. */
  readonly text?: string;
}

/** What the prose may state of an area's outcome: the same three figures areaOutcome computes. */
export type ReportStatedFigures = Partial<Pick<AreaOutcome, 'impactValue' | 'maximum' | 'index'>>;

/** The key of `stated` for the whole. */
export const WHOLE = '';
