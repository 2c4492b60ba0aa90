import { defaultRuleSet } from '../../../src/domain';
import { Grid } from '../../../src/sheets/grid';
import { CellContent, WorkbookPlan } from '../../../src/sheets/plan';
import { planRules } from '../../../src/sheets/rules/plan';
import { ReadContext } from '../../../src/sheets/sheet-kind';
import { planSocialReport } from '../../../src/sheets/social-report/plan';
import { SocialReportModel } from '../../../src/domain/models/social-report';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';

export const SHEET = 'Socialt bokslut';

/** The report beside its year's FINSAM-regler, as `finsam build` writes it. */
export function reportWorkbook(model: SocialReportModel): WorkbookPlan {
  return { sheets: [planSocialReport(model), planRules(defaultRuleSet(model.budget.year))] };
}

/** The report computed in the embedded engine (the same FINSAM functions as Excel). */
export function recalculatedReport(model: SocialReportModel): Grid {
  return gridOf(engineFromPlan(reportWorkbook(model)), SHEET);
}

export const context = (year = 2022): ReadContext => ({ rules: defaultRuleSet(year), grids: [] });

/** The row whose first cell is `first` (an indicator code or an area name). */
export function rowOf(grid: Grid, first: string): number {
  const row = grid.values.findIndex((cells) => cells[0] === first);
  if (row < 0) throw new Error(`no row "${first}"`);
  return row;
}

/** The column of a header word in the row of `headerFirst` ("Kod" or "Målområde (bokslut)"). */
export function columnOf(grid: Grid, headerFirst: string, word: string): number {
  const col = grid.values[rowOf(grid, headerFirst)].indexOf(word);
  if (col < 0) throw new Error(`no column "${word}"`);
  return col;
}

/** A cell by the row's first cell and its column's header word. */
export function cell(grid: Grid, first: string, word: string, headerFirst = 'Kod'): CellContent {
  return grid.values[rowOf(grid, first)][columnOf(grid, headerFirst, word)] ?? null;
}

/** The grid with one cell changed, as a person types over it. */
export function edited(grid: Grid, first: string, word: string, value: CellContent, headerFirst = 'Kod'): Grid {
  const values = grid.values.map((cells) => [...cells]);
  values[rowOf(grid, first)][columnOf(grid, headerFirst, word)] = value;
  return { ...grid, values };
}
