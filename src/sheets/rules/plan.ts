import { RULE_SETTINGS, RuleSet } from '../../domain';
import { cellAddress } from '../address';
import { ruleLabels as labels } from '../../text/sheet-labels';
import { CellContent, CellStyle, formats, PlanCell, SheetPlan } from '../plan';
import { RULE_COLUMNS, RulesLayout, rulesLayout } from './layout';
import { FORMAT_OF_UNIT } from './settings';

type Put = (row: number, col: number, value: CellContent, style?: CellStyle, numberFormat?: string) => void;

/**
 * FINSAM-regler: the board's per-year rules as three Excel tables (settings, area targets, the
 * equity staircase), so the board sees the rules it is judged by (ARCHITECTURE.md) and the
 * other sheets' formulas and the validator read them from here.
 */
export function planRules(rules: RuleSet, sheetName: string = labels.sheetName): SheetPlan {
  const layout = rulesLayout(rules.areaTargets.length);
  const cells: PlanCell[] = [];
  const put: Put = (row, col, value, style, numberFormat) => cells.push({ row, col, value, style, numberFormat });
  put(0, 0, labels.title(rules.year), 'title');
  put(1, 0, labels.intro, 'note');
  settingsBlock(rules, layout, put);
  targetsBlock(rules, layout, put);
  const shares = `${cellAddress(layout.firstTarget, 1)}:${cellAddress(layout.targetsSum - 1, 1)}`;
  cells.push({ row: layout.targetsSum, col: 1, formula: `=SUM(${shares})`, style: 'sum', numberFormat: formats.percent });
  stepsBlock(rules, layout, put);
  return {
    name: sheetName,
    kind: 'rules',
    cells,
    tables: [
      { name: labels.tables.settings, top: layout.settingsHeader, left: 0, columns: [labels.setting, labels.value, labels.explanation], bodyRows: RULE_SETTINGS.length },
      { name: labels.tables.targets, top: layout.targetsHeader, left: 0, columns: [labels.area, labels.targetShare], bodyRows: Math.max(1, rules.areaTargets.length) },
      { name: labels.tables.steps, top: layout.stepsHeader, left: 0, columns: [labels.stepFrom, labels.stepShare], bodyRows: Math.max(1, rules.equitySteps.length) },
    ],
    names: [],
    columnWidths: [40, 14, 90],
    frozenRows: 0,
  };
}

function settingsBlock(rules: RuleSet, layout: RulesLayout, put: Put): void {
  put(layout.settingsTitle, 0, labels.settingsTitle, 'subtitle');
  [labels.setting, labels.value, labels.explanation].forEach((header, col) => put(layout.settingsHeader, col, header, 'header'));
  RULE_SETTINGS.forEach((setting, index) => {
    const row = layout.firstSetting + index;
    put(row, RULE_COLUMNS.label, setting.label, 'label');
    put(row, RULE_COLUMNS.value, setting.get(rules), 'input', FORMAT_OF_UNIT[setting.unit]);
    put(row, RULE_COLUMNS.explanation, setting.explanation, 'note');
  });
}

function targetsBlock(rules: RuleSet, layout: RulesLayout, put: Put): void {
  put(layout.targetsTitle, 0, labels.targetsTitle, 'subtitle');
  put(layout.targetsHeader, 0, labels.area, 'header');
  put(layout.targetsHeader, 1, labels.targetShare, 'header');
  rules.areaTargets.forEach((target, index) => {
    put(layout.firstTarget + index, 0, target.area, 'input');
    put(layout.firstTarget + index, 1, target.share, 'input', formats.percent);
  });
  put(layout.targetsSum, 0, labels.targetsSum, 'sum');
}

/** The staircase with its note: the seeds do not print the steps (EQUITY.md), so the board must check them. */
function stepsBlock(rules: RuleSet, layout: RulesLayout, put: Put): void {
  put(layout.stepsTitle, 0, labels.stepsTitle, 'subtitle');
  put(layout.stepsNote, 0, labels.stepsNote, 'note');
  put(layout.stepsHeader, 0, labels.stepFrom, 'header');
  put(layout.stepsHeader, 1, labels.stepShare, 'header');
  rules.equitySteps.forEach((step, index) => {
    put(layout.firstStep + index, 0, step.from, 'input', formats.tkr);
    put(layout.firstStep + index, 1, step.share, 'input', formats.percent);
  });
}
