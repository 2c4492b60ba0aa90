import { budgetSheet } from '../../../src/sheets/budget';
import { budget2021to2023 } from '../../../src/sheets/budget/examples';
import { SheetPlan } from '../../../src/sheets/plan';

/** The budget plan of seed 003 (2021–2023), as `finsam build` writes it. */
export function budgetPlan(): SheetPlan {
  return budgetSheet.plan(budget2021to2023());
}

/**
 * Labels a user may type that Excel would otherwise read as formulas, numbers or booleans
 * (OWASP's CSV/formula injection list, and the budget's year headers "2021").
 */
export const HOSTILE_LABELS = ['=HYPERLINK("http://example.com","Klicka")', '@SUM(A1:A2)', '+1', '-1+1', '\t=1', '=1+1', '2021', 'TRUE', "'tis", '-'];

/** A sheet of hostile labels in column A, a number and a formula beside the first. */
export function hostilePlan(name = 'Etiketter'): SheetPlan {
  return {
    name,
    kind: 'budget',
    cells: [
      ...HOSTILE_LABELS.map((value, row) => ({ row, col: 0, value, style: 'label' as const })),
      { row: 0, col: 1, value: 5, numberFormat: '0' },
      { row: 0, col: 2, formula: '=B1*2', numberFormat: '0' },
    ],
    tables: [],
    names: [],
    columnWidths: [30],
    frozenRows: 0,
  };
}
