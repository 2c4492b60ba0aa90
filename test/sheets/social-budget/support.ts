import { defaultRuleSet, RuleSet } from '../../../src/domain';
import { Grid } from '../../../src/sheets/grid';
import { CellContent } from '../../../src/sheets/plan';
import { planRules } from '../../../src/sheets/rules/plan';
import { SocialBudgetModel } from '../../../src/domain/models/social-budget';
import { planSocialBudget } from '../../../src/sheets/social-budget/plan';
import { ReadContext } from '../../../src/sheets/sheet-kind';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';

/** The workbook a treasurer gets: FINSAM-regler beside the social budget, recalculated. */
export function recalculated(model: SocialBudgetModel, rules: RuleSet = defaultRuleSet(model.year)): Grid {
  const engine = engineFromPlan({ sheets: [planRules(rules), planSocialBudget(model)] });
  return gridOf(engine, 'Social budget');
}

export function contextFor(year: number, rules: RuleSet = defaultRuleSet(year)): ReadContext {
  return { rules, grids: [] };
}

/** A copy of the grid's values that a test may change, as a person changes a sheet. */
export function editable(grid: Grid): CellContent[][] {
  return grid.values.map((row) => [...row]);
}

/** The value right of the first cell carrying `label`. */
export function valueBeside(grid: Grid, label: string): CellContent {
  for (const row of grid.values) {
    const col = row.findIndex((cell) => cell === label);
    if (col >= 0) return row[col + 1] ?? null;
  }
  throw new Error(`no cell "${label}"`);
}

/** The row of the area block (or any block) whose first cell in column L is `name`. */
export function sideRow(grid: Grid, name: string): CellContent[] {
  const row = grid.values.find((cells) => cells[11] === name);
  if (!row) throw new Error(`no side row "${name}"`);
  return [...row.slice(11)];
}
