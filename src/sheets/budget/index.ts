import { Grid } from '../grid';
import { SheetKindModule } from '../sheet-kind';
import { BudgetModel } from '../../domain/models/budget';
import { planBudget } from './plan';
import { readBudget } from './reader';
import { scanBudget } from './scan';
import { budgetUnreadable } from './unreadable';
import { validateBudget } from './validate';
import { budgetWords } from './words';
import { hasWord } from '../word-scan';

export const budgetSheet: SheetKindModule<BudgetModel> = {
  kind: 'budget',
  defaultName: 'Budget',
  // Found by its words wherever they stand, with or without a title (issue 13).
  detect: (grid: Grid) => hasWord(grid, budgetWords.incomeSum) && scanBudget(grid) !== undefined,
  unreadable: budgetUnreadable,
  plan: planBudget,
  read: (grid) => readBudget(grid),
  validate: (grid, context) => (scanBudget(grid) ? validateBudget(grid, context) : budgetUnreadable(grid)),
};

