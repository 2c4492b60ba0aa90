import { Finding } from '../findings';
import { Grid } from '../grid';
import { scanBudgetSheet } from './scan';
import { budgetWords as words } from './words';
import { wordsPresent } from '../word-scan';

/** A sheet with "Summa intäkter", or both "Intäkter" and "Kostnader", is meant as a budget. */
export function looksLikeBudget(grid: Grid): boolean {
  const found = wordsPresent(grid, [...words.incomeSum, ...words.income, ...words.costs]);
  const any = (list: readonly string[]) => list.some((word) => found.has(word));
  return any(words.incomeSum) || (any(words.income) && any(words.costs));
}

/**
 * Why a sheet that looks like a budget cannot be read, at the cell where reading stopped; empty
 * for a sheet that does not look like one, or that reads. Never silence for a budget FINSAM
 * did not understand (issue 13).
 */
export function budgetUnreadable(grid: Grid): Finding[] {
  if (!looksLikeBudget(grid)) return [];
  const scanned = scanBudgetSheet(grid);
  if (scanned.ok) return [];
  return [{ rule: 'unreadable', severity: 'error', message: scanned.message, where: { sheet: grid.sheet, cell: scanned.cell } }];
}
