import { Grid, readLabel } from '../grid';
import { SheetKindModule } from '../sheet-kind';
import { BudgetModel } from './model';
import { planBudget } from './plan';
import { readBudget } from './reader';
import { scanBudget } from './scan';
import { validateBudget } from './validate';

export const budgetSheet: SheetKindModule<BudgetModel> = {
  kind: 'budget',
  defaultName: 'Budget',
  detect: (grid: Grid) => readLabel(grid.values[0]?.[0] ?? null).startsWith('Budget') && scanBudget(grid) !== undefined,
  plan: planBudget,
  read: (grid) => readBudget(grid),
  validate: validateBudget,
};

export type { BudgetModel } from './model';
