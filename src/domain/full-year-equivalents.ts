import { checkFraction, checkNonNegative, excelRound } from './checks';
import { item, labels, messages } from '../text/errors';
import { divisionByZero, ok, Result } from './result';

/** Days with benefit at a degree of benefit (1 = full, 0.5 = half). */
export interface BenefitRow {
  readonly days: number;
  readonly degree: number;
  readonly position?: number;
}

export const DAYS_PER_YEAR = 365;

/**
 * FYE = Σ(days × degree) / days in the period (DOMAIN.md §5): two people unemployed half a
 * year each make one FYE.
 * @example fullYearEquivalents([{ days: 182.5, degree: 1 }, { days: 182.5, degree: 1 }]) → 1
 */
export function fullYearEquivalents(rows: readonly BenefitRow[], daysPerYear = DAYS_PER_YEAR): Result<number> {
  const period = checkNonNegative(daysPerYear, labels.daysPerYear);
  if (!period.ok) return period;
  let weightedDays = 0;
  for (const [index, row] of rows.entries()) {
    if (row.days < 0 || row.degree < 0 || row.degree > 1) {
      const position = row.position ?? index + 1;
      const days = checkNonNegative(row.days, item(labels.days, position));
      if (!days.ok) return days;
      return checkFraction(row.degree, item(labels.degree, position));
    }
    weightedDays += row.days * row.degree;
  }
  if (daysPerYear === 0) return divisionByZero(messages.daysPerYearZero());
  return ok(weightedDays / daysPerYear);
}

/** FYE as a share of the working-age population (DOMAIN.md §5). */
export function fyeShare(fye: number, population: number): Result<number> {
  const checkedFye = checkNonNegative(fye, labels.fye);
  if (!checkedFye.ok) return checkedFye;
  const checkedPopulation = checkNonNegative(population, labels.population);
  if (!checkedPopulation.ok) return checkedPopulation;
  if (population === 0) return divisionByZero(messages.populationZero());
  return ok(fye / population);
}

/** Relative change (the 2018 goal: −1 %), or the difference in percentage points (choice). */
export type ChangeMode = 'relative' | 'pp';

export function parseChangeMode(text: string): ChangeMode | undefined {
  const word = text.trim().toLocaleLowerCase('sv-SE');
  if (word === '' || word === 'relativ' || word === 'relative') return 'relative';
  if (word === 'pp' || word === 'procentenheter') return 'pp';
  return undefined;
}

/**
 * (current − previous) / previous; in "pp" mode current − previous, which shown as a percentage
 * is the change in percentage points.
 * @example fyeChange(0.05, 0.0495) → −0.01 (exactly the 2018 goal of −1 %)
 */
export function fyeChange(previous: number, current: number, mode: ChangeMode = 'relative'): Result<number> {
  if (mode === 'pp') return ok(current - previous);
  if (previous === 0) return divisionByZero(messages.previousZero());
  return ok((current - previous) / previous);
}

/** Whether a change meets the goal (≤ −1 % by default), compared as Excel compares. */
export function meetsFyeGoal(change: number, goal = -0.01): boolean {
  return excelRound(change) <= excelRound(goal);
}


