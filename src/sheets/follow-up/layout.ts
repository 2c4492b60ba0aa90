import { FOLLOW_UP_STATED_KEYS, FollowUpStatedKey } from '../../domain';
import { SectionRows, sectionRows } from '../plan-helpers';
import { FollowUpModel, StatedFigures } from '../../domain/models/follow-up';

/** Columns of the follow-up table (0-based): A post, B budget, C forecast, D–F derived and text, G the outcome so far (when given). */
export const COLUMNS = { line: 0, budget: 1, forecast: 2, deviation: 3, mustExplain: 4, explanation: 5, outcome: 6 } as const;

/** The stated figures in the order the report gives them (seed 004), as the domain defines them. */
export const STATED_KEYS = FOLLOW_UP_STATED_KEYS satisfies readonly (keyof StatedFigures)[];
export type StatedKey = FollowUpStatedKey;

/** Where each block of the follow-up sheet lands (rows 0-based), computed once from the model. */
export interface FollowUpLayout {
  readonly year: number;
  readonly period: number;
  readonly thresholdShare: number;
  readonly thresholdAmount: number;
  /** The row of the period's share of the annual budget, when the model has one. */
  readonly budgetShare: number;
  readonly header: number;
  readonly incomeTitle: number;
  readonly incomeFirst: number;
  readonly incomeSum: number;
  readonly costsTitle: number;
  readonly sections: readonly SectionRows[];
  readonly costSum: number;
  readonly result: number;
  readonly statedHeader: number;
  /** The row of each stated figure the model has. */
  readonly stated: ReadonlyMap<StatedKey, number>;
  readonly equityHeader: number;
  readonly equity: { readonly assumed: number; readonly actual: number; readonly difference: number; readonly result: number; readonly closing: number; readonly allocation: number; readonly cap: number; readonly overCap: number; readonly withinCap: number };
  readonly stepsTitle: number;
  readonly stepsHeader: number;
  readonly stepsFirst: number;
  readonly stepsLast: number;
  readonly notes: number;
}

export function followUpLayout(model: FollowUpModel): FollowUpLayout {
  const header = 7;
  const incomeFirst = header + 2;
  const incomeSum = incomeFirst + model.income.length;
  const { rows: sections, next: costSum } = sectionRows(model.costSections, incomeSum + 2);
  const result = costSum + 1;
  const statedHeader = result + 2;
  const present = STATED_KEYS.filter((key) => model.stated[key] !== undefined);
  const stated = new Map(present.map((key, index) => [key, statedHeader + 1 + index]));
  const equityHeader = statedHeader + present.length + 2;
  const e = equityHeader + 1;
  const equity = { assumed: e, actual: e + 1, difference: e + 2, result: e + 3, closing: e + 4, allocation: e + 5, cap: e + 6, overCap: e + 7, withinCap: e + 8 };
  const stepsTitle = equity.withinCap + 2;
  const stepsFirst = stepsTitle + 2;
  const stepsLast = stepsFirst + Math.max(1, model.equitySteps.length) - 1;
  return {
    year: 2,
    period: 3,
    thresholdShare: 4,
    thresholdAmount: 5,
    budgetShare: 6,
    header,
    incomeTitle: header + 1,
    incomeFirst,
    incomeSum,
    costsTitle: incomeSum + 1,
    sections,
    costSum,
    result,
    statedHeader,
    stated,
    equityHeader,
    equity,
    stepsTitle,
    stepsHeader: stepsTitle + 1,
    stepsFirst,
    stepsLast,
    notes: stepsLast + 2,
  };
}
