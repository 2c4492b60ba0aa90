import { defaultRuleSet, RuleSet } from '../../../src/domain';
import { Grid } from '../../../src/sheets/grid';
import { CellContent } from '../../../src/sheets/plan';
import { ruleCells, ruleSettingCell, rulesSheet } from '../../../src/sheets/rules';
import { planRules } from '../../../src/sheets/rules/plan';
import { createEngine } from '../../../src/workbook/engine/engine';
import { contentsOf, engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';

const recalculated = (rules: RuleSet): Grid => gridOf(engineFromPlan({ sheets: [planRules(rules)] }), 'FINSAM-regler');
const context = { rules: defaultRuleSet(2022), grids: [] };
const rowOf = (values: CellContent[][], label: string) => values.findIndex((row) => row[0] === label);

describe('FINSAM-regler as a plan (ARCHITECTURE.md: the rule set lives in the workbook)', () => {
  const plan = planRules(defaultRuleSet(2022));

  test('three Excel tables: settings, area targets and the staircase, with Swedish headers', () => {
    expect(plan.name).toBe('FINSAM-regler');
    expect(plan.kind).toBe('rules');
    expect(plan.tables.map((table) => [table.name, table.columns, table.bodyRows])).toEqual([
      ['Regler', ['Inställning', 'Värde', 'Förklaring'], 14],
      ['Målområden', ['Målområde', 'Målandel'], 5],
      ['Trappan', ['Tilldelning från (tkr)', 'Högsta andel'], 3],
    ]);
  });

  test('the staircase carries the visible note to check it against Nationella rådet (EQUITY.md)', () => {
    const note = plan.cells.find((cell) => typeof cell.value === 'string' && /kontrollera mot Nationella rådets aktuella rekommendation/i.test(cell.value));
    expect(note?.style).toBe('note');
  });

  test('other sheets get fixed addresses of the rule cells', () => {
    const cells = ruleCells(defaultRuleSet(2022));
    expect(cells.settings.tolerance).toBe("'FINSAM-regler'!$B$7");
    expect(ruleSettingCell('targetIndex')).toBe("'FINSAM-regler'!$B$9");
    expect(cells.targetAreas).toBe("'FINSAM-regler'!$A$23:$A$27");
    expect(cells.targetShares).toBe("'FINSAM-regler'!$B$23:$B$27");
    expect(cells.equitySteps).toBe("'FINSAM-regler'!$A$33:$B$35");
    expect(ruleCells(defaultRuleSet(2022), 'Regler').settings.weightScale).toBe('Regler!$B$8');
  });

  test('formulas elsewhere read the rules through those addresses: targets sum to 1, the staircase caps 11 380 at 1 707 (seed 004)', () => {
    const cells = ruleCells(defaultRuleSet(2022));
    const engine = createEngine({
      'FINSAM-regler': contentsOf(plan),
      Blad1: [[`=SUM(${cells.targetShares})`, `=FINSAM.EQUITYCAP(11380,${cells.equitySteps})`, `=${cells.settings.tolerance}`, `=${cells.settings.targetIndex}`]],
    });
    expect(gridOf(engine, 'Blad1').values[0]).toEqual([1, 1707, 0.05, 70]);
  });
});

describe('reading FINSAM-regler back', () => {
  test('round trip: the defaults of 2022', () => {
    const result = rulesSheet.read(recalculated(defaultRuleSet(2022)), context);
    expect(result).toEqual({ ok: true, model: defaultRuleSet(2022), findings: [] });
  });

  test('round trip: a board that changed every choice', () => {
    const rules: RuleSet = {
      ...defaultRuleSet(2020),
      tolerance: 0.04,
      targetIndex: 75,
      fyeMode: 'pp',
      varavBase: 'finished',
      deviation: { share: 0.15, amount: 100 },
      areaTargets: [{ area: 'Deltagarnytta', share: 0.6 }, { area: 'Medlemsnytta', share: 0.4 }],
      equitySteps: [{ from: 0, share: 0.25 }, { from: 10000, share: 0.12 }],
    };
    expect(rulesSheet.read(recalculated(rules), context)).toEqual({ ok: true, model: rules, findings: [] });
  });

  test('rows moved and blank rows inserted, numbers typed as text ("4 %", "0,15", "75")', () => {
    const values = recalculated(defaultRuleSet(2022)).values.map((row) => [...row]);
    const tolerance = rowOf(values, 'Tolerans för viktregeln');
    values[tolerance][1] = '4 %';
    values[rowOf(values, 'Målindex (Impactindex)')][1] = '75';
    values[rowOf(values, 'Deltagarnyttan')][1] = '0,15';
    const [moved] = values.splice(tolerance, 1);
    values.splice(rowOf(values, 'Bas för varav') + 1, 0, moved, [null, null], []);
    const result = rulesSheet.read({ sheet: 'FINSAM-regler', values }, context);
    expect(result).toEqual({ ok: true, model: { ...defaultRuleSet(2022), tolerance: 0.04, targetIndex: 75 }, findings: [] });
  });

  test('a missing setting falls back to its default with a warning; an unreadable one is an error at its cell', () => {
    const values = recalculated(defaultRuleSet(2022)).values.map((row) => [...row]);
    values.splice(rowOf(values, 'Högsta vikt'), 1);
    values[rowOf(values, 'Tolerans för viktregeln')][1] = 'fem';
    const result = rulesSheet.read({ sheet: 'FINSAM-regler', values }, context);
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.severity, f.where.cell, f.message])).toEqual([
      ['warning', 'A5', 'Inställningen "Högsta vikt" saknas; standardvärdet 10 används.'],
      ['error', 'B7', 'Tolerans för viktregeln är "fem"; det ska vara ett tal.'],
    ]);
  });

  test('order-free: the settings written bottom-up read back the same rule set', () => {
    const values = recalculated(defaultRuleSet(2022)).values.map((row) => [...row]);
    const first = rowOf(values, 'År');
    const last = rowOf(values, 'Nära målet');
    values.splice(first, last - first + 1, ...values.slice(first, last + 1).reverse());
    expect(rowOf(values, 'Nära målet')).toBe(first);
    expect(rulesSheet.read({ sheet: 'FINSAM-regler', values }, context)).toEqual({ ok: true, model: defaultRuleSet(2022), findings: [] });
  });

  test('a workbook saved before "Nära målet" existed reads with its default 0,95 and a notice', () => {
    const rules = { ...defaultRuleSet(2022), tolerance: 0.04 };
    const values = recalculated(rules).values.filter((row) => row[0] !== 'Nära målet');
    const result = rulesSheet.read({ sheet: 'FINSAM-regler', values }, context);
    expect(result).toEqual({
      ok: true,
      model: { ...rules, nearFactor: 0.95 },
      findings: [{ rule: 'unreadable', severity: 'warning', message: 'Inställningen "Nära målet" saknas; standardvärdet 95 % används.', where: { sheet: 'FINSAM-regler', cell: 'A5' } }],
    });
  });

  test('"Nära målet" 0,9 is read; 0 is an error at its cell', () => {
    const values = recalculated({ ...defaultRuleSet(2022), nearFactor: 0.9 }).values.map((row) => [...row]);
    expect(rulesSheet.read({ sheet: 'FINSAM-regler', values }, context)).toMatchObject({ ok: true, model: { nearFactor: 0.9 } });
    const near = rowOf(values, 'Nära målet');
    values[near][1] = 0;
    expect(rulesSheet.validate({ sheet: 'FINSAM-regler', values }, context).map((f) => [f.where.cell, f.message])).toEqual([[`B${near + 1}`, 'Nära målet är 0; det ska vara större än noll.']]);
  });

  test('detect: by the title, or by the settings table', () => {
    const grid = recalculated(defaultRuleSet(2022));
    expect(rulesSheet.detect(grid)).toBe(true);
    expect(rulesSheet.detect({ sheet: 'x', values: grid.values.slice(1) })).toBe(true);
    expect(rulesSheet.detect({ sheet: 'x', values: [['Budget 2022']] })).toBe(false);
  });
});

describe('validation of FINSAM-regler', () => {
  test('the defaults have no findings', () => {
    expect(rulesSheet.validate(recalculated(defaultRuleSet(2022)), context)).toEqual([]);
  });

  test('target shares that sum to 95 %, a share above 1 and a tolerance above 1 are errors with their cells', () => {
    const rules = defaultRuleSet(2022);
    const grid = recalculated({ ...rules, tolerance: 5, areaTargets: [...rules.areaTargets.slice(0, 4), { area: 'Medarbetarnöjdhet', share: 0.05 }] });
    expect(rulesSheet.validate(grid, context).map((f) => [f.rule, f.where.cell, f.message])).toEqual([
      ['area-weighting', 'B7', 'Tolerans för viktregeln är 5; det ska vara en andel 0–1 (t.ex. 0,5 för 50 %).'],
      ['area-weighting', 'B23:B27', 'Målandelarna summerar till 95 %; de ska summera till 100 % (1,0), med högst 0,1 procentenheters avvikelse.'],
    ]);
    const twice = recalculated({ ...rules, areaTargets: [{ area: 'Samordning', share: 1.5 }, { area: ' samordning', share: -0.5 }] });
    expect(rulesSheet.validate(twice, context).map((f) => f.message)).toEqual([
      'Målandel för Samordning är 1,5; det ska vara en andel 0–1 (t.ex. 0,5 för 50 %).',
      'Målandel för samordning är -0,5; det ska vara en andel 0–1 (t.ex. 0,5 för 50 %).',
      'Målområde med målandel nr 2 "samordning" står två gånger; varje målområde ska ha en målandel.',
    ]);
  });

  test('a staircase out of order is an error at the step, never a silent guess (EQUITY.md)', () => {
    const grid = recalculated({ ...defaultRuleSet(2022), equitySteps: [{ from: 0, share: 0.2 }, { from: 15000, share: 0.1 }, { from: 5000, share: 0.15 }] });
    expect(rulesSheet.validate(grid, context)).toEqual([
      {
        rule: 'equity-staircase',
        severity: 'error',
        message: 'Trappsteg (från tkr) nr 3 är inte större än steget före; trappan ska vara sorterad efter "från".',
        where: { sheet: 'FINSAM-regler', cell: 'A35' },
      },
    ]);
  });

  test('a weight scale that is not whole is an error filed under the weight scale', () => {
    const grid = recalculated({ ...defaultRuleSet(2022), weightScale: 7.5 });
    expect(rulesSheet.validate(grid, context).map((f) => [f.rule, f.where.cell])).toEqual([['weight-scale', 'B8']]);
  });
});
