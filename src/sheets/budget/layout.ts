import { BudgetModel } from '../../domain/models/budget';
import { SectionRows, sectionRows } from '../plan-helpers';

/**
 * Where each block of the budget sheet lands (rows 0-based). Computed once from the model so
 * the plan and its formulas agree on every address.
 */
export interface BudgetLayout {
  readonly header: number;
  readonly state: number;
  readonly municipalities: number;
  readonly region: number;
  readonly otherIncome: number;
  readonly incomeSum: number;
  readonly costsTitle: number;
  /** Per section: its title row, first line row and sum row. */
  readonly sections: readonly SectionRows[];
  readonly costSum: number;
  readonly result: number;
  readonly openingEquity: number;
  readonly closingEquity: number;
  readonly populationTitle: number;
  readonly populationHeader: number;
  readonly populationFirst: number;
  readonly populationSum: number;
  readonly source: number;
}

export function budgetLayout(model: BudgetModel): BudgetLayout {
  const header = 2;
  const state = header + 2;
  const municipalities = state + 1;
  const region = municipalities + model.municipalities.length;
  const otherIncome = region + 1;
  const incomeSum = otherIncome + model.otherIncome.length;
  const costsTitle = incomeSum + 2;
  const { rows: sections, next: costSum } = sectionRows(model.costSections, costsTitle + 1);
  const result = costSum + 2;
  const populationTitle = result + 4;
  const populationHeader = populationTitle + 1;
  const populationFirst = populationHeader + 1;
  const populationSum = populationFirst + model.municipalities.length;
  return {
    header,
    state,
    municipalities,
    region,
    otherIncome,
    incomeSum,
    costsTitle,
    sections,
    costSum,
    result,
    openingEquity: result + 1,
    closingEquity: result + 2,
    populationTitle,
    populationHeader,
    populationFirst,
    populationSum,
    source: populationSum + 2,
  };
}
