import { defaultRuleSet, RuleSet } from '../../src/domain';
import { budgetSheet } from '../../src/sheets/budget';
import { budget2021to2023 } from '../../src/sheets/budget/examples';
import { followUpSheet, followUpTertial2of2022 } from '../../src/sheets/follow-up';
import { planFollowUp } from '../../src/sheets/follow-up/plan';
import { Grid } from '../../src/sheets/grid';
import { rulesSheet } from '../../src/sheets/rules';
import { planRules } from '../../src/sheets/rules/plan';
import { SheetPlan } from '../../src/sheets/plan';
import { checkGrids } from '../../src/sheets/validate-workbook';
import { engineFromPlan, gridOf } from '../../src/workbook/engine/plan-to-engine';

const recalculated = (plan: SheetPlan): Grid => gridOf(engineFromPlan({ sheets: [plan] }), plan.name);
const adminFindings = (grids: Grid[], rules?: RuleSet) =>
  checkGrids([...(rules ? [recalculated(planRules(rules))] : []), ...grids], { kinds: [rulesSheet, budgetSheet, followUpSheet], year: 2022 })
    .filter((f) => f.rule === 'admin-cost')
    .map((f) => [f.severity, f.where.sheet, f.where.cell, f.message]);

/** Seed 003's budget with its costs as two lines: administration 300 / 284 / 0 of 2 845 each year. */
const budget = recalculated(
  budgetSheet.plan({
    ...budget2021to2023(),
    costSections: [{ title: 'Kostnader', lines: [{ label: 'Förbundsadministration', amounts: [300, 284, 0] }, { label: 'Insatser', amounts: [2545, 2561, 2845] }] }],
  }),
);

const line = (label: string, budgeted: number, forecast: number) => ({ label, budget: budgeted, forecast, explanation: '' });
const followUp = (forecast: number) =>
  recalculated(planFollowUp({ ...followUpTertial2of2022(), costSections: [{ title: 'Kostnader', lines: [line('Kansli', 290, forecast), line('Insatser', 2555, 2845 - forecast)] }] }));

describe('the administration-cost rule on the sheets', () => {
  test('budget: 300 of 2 845 in 2021 is 10,5 %, a warning at its cell; 284 in 2022 and 0 in 2023 are fine', () => {
    const row = budget.values.findIndex((cells) => cells[0] === 'Förbundsadministration') + 1;
    expect(adminFindings([budget])).toEqual([
      ['warning', 'Budget', `B${row}`, '"Förbundsadministration" 2021 är 300 tkr av kostnaderna 2 845 tkr, 10,5 %; administrationen får vara högst 10 % (FINSAM-regler).'],
    ]);
  });

  test('budget: 8 % on FINSAM-regler makes 2022 a finding too', () => {
    const rules: RuleSet = { ...defaultRuleSet(2022), adminCostShare: 0.08 };
    expect(adminFindings([budget], rules).map((f) => f[3])).toEqual([
      '"Förbundsadministration" 2021 är 300 tkr av kostnaderna 2 845 tkr, 10,5 %; administrationen får vara högst 8 % (FINSAM-regler).',
      '"Förbundsadministration" 2022 är 284 tkr av kostnaderna 2 845 tkr, 10 %; administrationen får vara högst 8 % (FINSAM-regler).',
    ]);
  });

  test('follow-up: a forecast of 300 of 2 845 is a warning at the forecast cell; 284 is fine, unless the rules say 8 %', () => {
    const over = followUp(300);
    const row = over.values.findIndex((cells) => cells[0] === 'Kansli') + 1;
    expect(adminFindings([over])).toEqual([
      ['warning', 'Uppföljning', `C${row}`, '"Kansli" 2022 är 300 tkr av kostnaderna 2 845 tkr, 10,5 %; administrationen får vara högst 10 % (FINSAM-regler).'],
    ]);
    expect(adminFindings([followUp(284)])).toEqual([]);
    expect(adminFindings([followUp(284)], { ...defaultRuleSet(2022), adminCostShare: 0.08 })).toHaveLength(1);
  });

  test('the seed examples have no administration line by these words: no finding', () => {
    expect(adminFindings([recalculated(budgetSheet.plan(budget2021to2023())), recalculated(planFollowUp(followUpTertial2of2022()))])).toEqual([]);
  });

  test('the setting is a row of FINSAM-regler, read back; 1,5 is an error there', () => {
    const grid = recalculated(planRules({ ...defaultRuleSet(2022), adminCostShare: 0.08 }));
    const read = rulesSheet.read(grid, { rules: defaultRuleSet(2022), grids: [grid] });
    expect(read.ok && read.model.adminCostShare).toBe(0.08);
    const row = grid.values.findIndex((cells) => cells[0] === 'Administrationskostnader, högsta andel');
    const values = grid.values.map((cells, index) => (index === row ? [cells[0], 1.5, cells[2]] : cells));
    expect(rulesSheet.validate({ ...grid, values }, { rules: defaultRuleSet(2022), grids: [] }).map((f) => [f.where.cell, f.message])).toEqual([
      [`B${row + 1}`, 'Administrationskostnader, högsta andel är 1,5; det ska vara en andel 0–1 (t.ex. 0,5 för 50 %).'],
    ]);
  });
});
