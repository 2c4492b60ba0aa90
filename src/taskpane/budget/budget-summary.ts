import { contribution, memberHalf, rollForward, shares, yearTotals } from '../../domain';
import { BudgetModel } from '../../domain/models/budget';

/** What the sheet will show per year, so the user sees the sums while typing (seed 003: 11 489, 12 635 …). */
export interface BudgetYearSummary {
  readonly year: number;
  readonly income: number;
  readonly costs: number;
  /** "Eget kapital vid årets slut"; undefined without opening equity. */
  readonly closingEquity?: number;
}

/**
 * The sums the sheet's formulas give, computed by the domain (50/25/25 with the largest-remainder
 * split, roll-forward of equity). Undefined where a figure is missing, so nothing wrong is shown.
 */
export function budgetSummary(model: BudgetModel): BudgetYearSummary[] | undefined {
  const totals = [];
  for (const [y, year] of model.years.entries()) {
    const state = model.stateAllocations[y];
    const region = contribution(state, 'region', { decimals: 0 });
    const computed = shares(memberHalf(state), model.municipalities.map((member) => member.populations[y] ?? 0), 0);
    if (!region.ok || !computed.ok) return undefined;
    const municipal = computed.value.map((amount, m) => model.statedMunicipalContributions?.[m]?.[y] ?? amount);
    const income = [state, region.value, ...municipal, ...model.otherIncome.map((line) => line.amounts[y] ?? 0)];
    totals.push(
      yearTotals({
        year,
        income: income.map((amount) => ({ label: '', amount })),
        costSections: model.costSections.map((section) => ({
          title: section.title,
          lines: section.lines.map((line) => ({ label: line.label, amount: line.amounts[y] ?? 0 })),
        })),
      }),
    );
  }
  const equity = model.openingEquity === null ? [] : rollForward(model.openingEquity, totals);
  return totals.map((total, y) => ({ year: total.year, income: total.income, costs: total.costs, closingEquity: equity[y]?.closing }));
}
