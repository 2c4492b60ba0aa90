/** The budget of one year (seed 003 §13): income lines, cost sections, result, equity. */
export interface BudgetLine {
  readonly label: string;
  /** tkr; income and costs are both positive amounts. */
  readonly amount: number;
}

export interface CostSection {
  readonly title: string;
  readonly lines: readonly BudgetLine[];
}

export interface BudgetYear {
  readonly year: number;
  readonly income: readonly BudgetLine[];
  readonly costSections: readonly CostSection[];
}

export interface YearTotals {
  readonly year: number;
  /** "Summa intäkter" */
  readonly income: number;
  /** One sum per cost section, in order ("Summa kansli och styrelse" …). */
  readonly sectionSums: readonly number[];
  /** "Summa kostnader" */
  readonly costs: number;
  /** "Resultat" = income − costs */
  readonly result: number;
}

export interface EquityYear {
  readonly year: number;
  /** "Eget kapital vid årets början" */
  readonly opening: number;
  readonly result: number;
  /** "Eget kapital vid årets slut" */
  readonly closing: number;
}

const sum = (lines: readonly BudgetLine[]) => lines.reduce((total, line) => total + line.amount, 0);

/**
 * @example seed 003, 2021: income 11 489, costs 12 635 → result −1 146
 */
export function yearTotals(year: BudgetYear): YearTotals {
  const income = sum(year.income);
  const sectionSums = year.costSections.map((section) => sum(section.lines));
  const costs = sectionSums.reduce((total, value) => total + value, 0);
  return { year: year.year, income, sectionSums, costs, result: income - costs };
}

/**
 * Equity rolled forward: closing = opening + result, and next year opens with that close
 * (EQUITY.md, roll-forward).
 * @example rollForward(2040, [2021, 2022, 2023], [−1146, −102, −9]) → 2 040 → 894 → 792 → 783 (seed 003)
 */
export function rollForward(openingEquity: number, years: readonly { year: number; result: number }[]): EquityYear[] {
  let opening = openingEquity;
  return years.map(({ year, result }) => {
    const closing = opening + result;
    const row = { year, opening, result, closing };
    opening = closing;
    return row;
  });
}
