import fc from 'fast-check';
import { defaultRuleSet } from '../../../src/domain';
import { budgetSheet } from '../../../src/sheets/budget';
import { budget2021to2023, contributions2018 } from '../../../src/sheets/budget/examples';
import { Grid } from '../../../src/sheets/grid';
import { CellContent } from '../../../src/sheets/plan';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';

const context = (grid: Grid) => ({ rules: defaultRuleSet(2022), grids: [grid] });

function recalculated(model = budget2021to2023()): Grid {
  const plan = budgetSheet.plan(model);
  return gridOf(engineFromPlan({ sheets: [plan] }), plan.name);
}

/** A copy of the grid with one cell changed, as a person would type it. */
function edited(grid: Grid, row: number, col: number, value: CellContent, keepFormula = false): Grid {
  const values = grid.values.map((cells) => [...cells]);
  const formulas = grid.formulas?.map((cells) => [...cells]);
  values[row][col] = value;
  if (formulas && !keepFormula) formulas[row][col] = null;
  return { ...grid, values, formulas };
}

describe('budget reader', () => {
  test('round trip: plan → engine → reader gives the model back (seed 003 and seed 001)', () => {
    for (const model of [budget2021to2023(), contributions2018()]) {
      const read = budgetSheet.read(recalculated(model), context(recalculated(model)));
      expect(read.ok && read.model).toEqual(model);
    }
  });

  test('tolerant of blank rows, extra columns and amounts typed as text', () => {
    const grid = recalculated();
    const row = grid.values.findIndex((cells) => cells[0] === 'Lokalhyra');
    const values = grid.values.map((cells) => [...cells, 'anteckning']);
    values.splice(row, 0, [null, null, null, null]);
    values[row + 1][1] = '−85';
    values[row + 1][2] = ' -90 ';
    const formulas = grid.formulas?.map((cells) => [...cells, null]);
    formulas?.splice(row, 0, [null, null, null, null]);
    const read = budgetSheet.read({ sheet: 'Budget', values, formulas }, context(grid));
    expect(read.ok && read.model.costSections[0].lines[4]).toEqual({ label: 'Lokalhyra', amounts: [85, 90, 95] });
  });

  test('text where an amount belongs is a finding with its cell, never a guess', () => {
    const grid = recalculated();
    const row = grid.values.findIndex((cells) => cells[0] === 'Hemsidor');
    const read = budgetSheet.read(edited(grid, row, 2, 'ca 25'), context(grid));
    expect(read.ok).toBe(false);
    expect(read.findings).toEqual([
      { rule: 'unreadable', severity: 'error', message: '"Hemsidor" 2022 är "ca 25", inte ett belopp i tkr.', where: { sheet: 'Budget', cell: `C${row + 1}` } },
    ]);
  });

  test('fuzzed grids give findings or a model, never an exception', () => {
    const cell = fc.oneof(fc.constant(null), fc.integer(), fc.double({ noNaN: true }), fc.boolean(), fc.string(), fc.constantFrom('Budget', 'Intäkter', 'Summa intäkter', 'Kostnader', 'Summa kostnader', 2021, '2 845'));
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 6 }), { maxLength: 30 }), (values) => {
        const grid: Grid = { sheet: 'X', values };
        budgetSheet.read(grid, context(grid));
        budgetSheet.validate(grid, context(grid));
        budgetSheet.detect(grid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('budget checks', () => {
  test('municipal parts 2 844 ≠ 2 845 in 2021 are found at the last municipal cell (seed 003)', () => {
    const grid = recalculated();
    const findings = budgetSheet.validate(grid, context(grid));
    expect(findings).toEqual([
      {
        rule: 'municipal-parts',
        severity: 'error',
        message: 'Kommunernas delar 2021 summerar till 2 844 tkr men ska vara 2 845 tkr, hälften av statens 5 690 tkr (50/25/25).',
        where: { sheet: 'Budget', cell: 'B11' },
      },
    ]);
    expect(grid.values[10][0]).toMatch(/^Bjurholm kommun/);
  });

  test('a typed total that does not follow from its lines is found', () => {
    const grid = recalculated();
    const row = grid.values.findIndex((cells) => cells[0] === 'Summa kostnader');
    const findings = budgetSheet.validate(edited(grid, row, 2, -11600), context(grid));
    expect(findings.map((f) => [f.rule, f.where.cell, f.message])).toContainEqual([
      'stated-total',
      `C${row + 1}`,
      'Summa kostnader 2022 är -11 600 tkr men raderna den sammanfattar ger -11 595 tkr; skillnad -5 tkr.',
    ]);
  });

  test('an opening equity that is not last year’s closing is found', () => {
    const grid = recalculated();
    const row = grid.values.findIndex((cells) => cells[0] === 'Eget kapital vid årets början');
    const findings = budgetSheet.validate(edited(grid, row, 3, 800), context(grid));
    expect(findings.map((f) => f.message)).toContain('Eget kapital vid årets början 2023 är 800 tkr men föregående års slut är 792 tkr.');
  });

  test('closing equity over the staircase is a warning naming the step (EQUITY.md)', () => {
    const model = { ...budget2021to2023(), openingEquity: 3500 };
    const grid = recalculated(model);
    const findings = budgetSheet.validate(grid, context(grid)).filter((f) => f.rule === 'equity-staircase');
    expect(findings[0]).toMatchObject({
      severity: 'warning',
      message: '2021: Eget kapital 2 354 tkr överstiger trappans tak 1 707 tkr (15 % av 11 380) med 647 tkr.',
    });
  });

  test('municipal label shares that do not sum to 100 % are a warning; rounding is allowed for', () => {
    const grid = recalculated();
    const row = grid.values.findIndex((cells) => String(cells[0]).startsWith('Vännäs kommun'));
    const findings = budgetSheet.validate(edited(grid, row, 0, 'Vännäs kommun, 4,1 % av arb-bef.'), context(grid));
    expect(findings.filter((f) => f.rule === 'population-shares').map((f) => f.message)).toEqual([
      'Befolkningsandelarna i kommunraderna summerar till 98,9 %; de ska summera till 100 %.',
    ]);
  });

  test('the 2018 contributions have no finding (seed 001 sums to 2 990)', () => {
    const grid = recalculated(contributions2018());
    expect(budgetSheet.validate(grid, context(grid))).toEqual([]);
  });
});
