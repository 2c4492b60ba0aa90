/**
 * What each figure a follow-up report states in words (seed 004, "Förhållande till budget") is
 * by definition: a signed sum of totals of the follow-up's lines. The sheet's "Beräknat" formula
 * and its "stated-total" finding are both built from STATED_TERMS, so they cannot disagree.
 */

/** The figures a report may state, in the order it gives them (seed 004). */
export const FOLLOW_UP_STATED_KEYS = ['costs', 'income', 'deficit', 'result', 'closingEquity'] as const;
export type FollowUpStatedKey = (typeof FOLLOW_UP_STATED_KEYS)[number];

/** Totals of a follow-up, in tkr with costs positive. */
export type FollowUpTotal = 'budgetIncome' | 'budgetCosts' | 'forecastIncome' | 'forecastCosts' | 'forecastResult' | 'actualOpening';

export interface StatedTerm {
  readonly sign: 1 | -1;
  readonly total: FollowUpTotal;
  /** The report's own figure for this total: used instead of the total when the report states it. */
  readonly stated?: FollowUpStatedKey;
}

/**
 * The definition of each stated figure. The deficit ("underbalanseras med 869") follows from the
 * costs and income the report states beside it (DOMAIN.md §2: 869 against 12 365 − 11 511 = 854),
 * each taken from the lines only when the report states none. So a wrong stated cost or income
 * figure is found once, on its own row, and the deficit row asks only whether 869 follows from
 * the figures printed beside it, as the reader of the report would check it.
 */
export const STATED_TERMS: Readonly<Record<FollowUpStatedKey, readonly StatedTerm[]>> = {
  costs: [{ sign: 1, total: 'budgetCosts' }],
  income: [{ sign: 1, total: 'budgetIncome' }],
  deficit: [
    { sign: 1, total: 'budgetCosts', stated: 'costs' },
    { sign: -1, total: 'budgetIncome', stated: 'income' },
  ],
  result: [
    { sign: 1, total: 'forecastIncome' },
    { sign: -1, total: 'forecastCosts' },
  ],
  closingEquity: [
    { sign: 1, total: 'actualOpening' },
    { sign: 1, total: 'forecastResult' },
  ],
};

/** A line's budget and its forecast (or outcome), in tkr. */
export interface FollowUpAmounts {
  readonly budget: number;
  readonly forecast: number;
}

const sum = (lines: readonly FollowUpAmounts[], pick: (line: FollowUpAmounts) => number) => lines.reduce((total, line) => total + pick(line), 0);

/** The totals the stated figures are measured on; costs as positive amounts. */
export function followUpTotals(income: readonly FollowUpAmounts[], costs: readonly FollowUpAmounts[], actualOpening: number): Record<FollowUpTotal, number> {
  const forecastIncome = sum(income, (line) => line.forecast);
  const forecastCosts = sum(costs, (line) => line.forecast);
  return {
    budgetIncome: sum(income, (line) => line.budget),
    budgetCosts: sum(costs, (line) => line.budget),
    forecastIncome,
    forecastCosts,
    forecastResult: forecastIncome - forecastCosts,
    actualOpening,
  };
}

/** A term's amount (unsigned): the stated figure it names when the report has one, else its total. */
export function termAmount(term: StatedTerm, totals: Readonly<Record<FollowUpTotal, number>>, stated: Readonly<Partial<Record<FollowUpStatedKey, number>>>): number {
  const own = term.stated === undefined ? undefined : stated[term.stated];
  return own ?? totals[term.total];
}
