import { RuleSet } from '../../domain';
import { settingTexts } from '../../text/settings';
import { findRow, Grid } from '../grid';
import { ruleLabels as labels } from '../../text/sheet-labels';
import { SheetKindModule } from '../sheet-kind';
import { planRules } from './plan';
import { readRules } from './read';
import { findHeader } from '../grid-search';
import { validateRules } from './validate';

/** The FINSAM-regler sheet kind: the board's per-year rule set (ARCHITECTURE.md). */
export const rulesSheet: SheetKindModule<RuleSet> = {
  kind: 'rules',
  defaultName: labels.sheetName,
  detect: (grid: Grid) => detectRules(grid),
  plan: (model, sheetName) => planRules(model, sheetName),
  read: (grid, context) => readRules(grid, context),
  validate: (grid, context) => validateRules(grid, context),
};

/** The title "FINSAM-regler 2022", or the settings table's header beside one of its settings. */
function detectRules(grid: Grid): boolean {
  const title = grid.values[0]?.[0];
  if (typeof title === 'string' && title.trim().toLocaleLowerCase('sv-SE').startsWith(labels.sheetName.toLocaleLowerCase('sv-SE'))) return true;
  const header = findHeader(grid, [labels.setting, labels.value]);
  return header !== undefined && findRow(grid, settingTexts.tolerance.label, header.columns[0], header.row + 1) !== undefined;
}

export { planRules } from './plan';
export { readRules } from './read';
export { validateRules } from './validate';
export { ruleCells, ruleSettingCell, rulesLayout } from './layout';
export type { RuleCells, RulesLayout } from './layout';
