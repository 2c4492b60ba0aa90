import { memberKindOfName } from '../../../src/domain';
import { budgetSheet } from '../../../src/sheets/budget';
import { BudgetModel } from '../../../src/domain/models/budget';
import { planBudget } from '../../../src/sheets/budget/plan';
import { Grid } from '../../../src/sheets/grid';
import { CellContent } from '../../../src/sheets/plan';
import { engineFromGrids, engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';
import { context } from './hand-typed-support';

/** Issue 13, item 2: any association, members by kind, equal populations, 1 to 15 municipalities. */

const NAMES = ['Malmö stad', 'Tibro kommun', 'Töreboda kommun', 'Göteborgs Stad', 'Stockholms stad', 'Lunds kommun', 'Eslövs kommun', 'Höörs kommun', 'Hörby kommun', 'Kävlinge kommun', 'Lomma kommun', 'Burlövs kommun', 'Staffanstorps kommun', 'Svedala kommun', 'Vellinge kommun'];
const POPULATIONS = [215000, 4060, 4060, 370000, 610000, 75000, 20000, 9800, 8900, 19000, 14000, 11000, 15000, 13000, 22000];

function model(count: number, state = 5690): BudgetModel {
  return {
    association: 'Samordningsförbundet Prov',
    years: [2024],
    stateAllocations: [state],
    municipalities: NAMES.slice(0, count).map((name, index) => ({ name, populations: [POPULATIONS[index]] })),
    regionName: 'Region Skåne',
    otherIncome: [],
    costSections: [{ title: 'Verksamheter', lines: [{ label: 'Insatser', amounts: [2 * state] }] }],
    openingEquity: 1000,
    source: 'Prov med påhittade befolkningstal',
  };
}

function built(budget: BudgetModel): Grid {
  const plan = planBudget(budget);
  return gridOf(engineFromPlan({ sheets: [plan] }), plan.name);
}

/** The first year's cell of every municipal row, found by name. */
function municipalCells(grid: Grid, budget: BudgetModel): { row: number; value: CellContent }[] {
  return budget.municipalities.map(({ name }) => {
    const row = grid.values.findIndex((cells) => typeof cells[0] === 'string' && cells[0].startsWith(`${name},`));
    return { row, value: grid.values[row][1] };
  });
}

/** An independent largest-remainder split in whole tkr (DOMAIN.md §1: larger remainder, then larger part, then order). */
function referenceSplit(total: number, parts: readonly number[]): number[] {
  const sum = parts.reduce((a, b) => a + b, 0);
  const units = Math.round(total);
  const floors = parts.map((part) => Math.floor((units * part) / sum));
  const order = parts.map((part, index) => ({ index, part, rest: units * part - floors[index] * sum }));
  order.sort((a, b) => b.rest - a.rest || b.part - a.part || a.index - b.index);
  let left = units - floors.reduce((a, b) => a + b, 0);
  for (const { index } of order) if (left-- > 0) floors[index] += 1;
  return floors;
}

describe('members by kind, from their words', () => {
  test.each([
    ['Försäkringskassan', 'state'],
    [' - Försäkringskassan', 'state'],
    ['Arbetsförmedlingen', 'state'],
    ['Staten', 'state'],
    ['Region Västerbotten', 'region'],
    ['Västra Götalandsregionen', 'region'],
    ['Västerbottens läns landsting', 'region'],
    ['Umeå kommun, 82,7 % av arb-bef.', 'municipality'],
    ['Malmö stad', 'municipality'],
    ['Göteborgs Stad', 'municipality'],
    ['Stockholms stad', 'municipality'],
    ['Göteborgsregionens kommunalförbund', 'municipality'],
    ['Anställningsstöd, AF', undefined],
    ['Statsbidrag', undefined],
    ['Lund', undefined],
  ])('%s → %s', (name, kind) => {
    expect(memberKindOfName(name)).toBe(kind);
  });
});

describe('equal populations split exactly, addressed by row', () => {
  test('two municipalities of 4 060 split 2 845 as 1 423 + 1 422 (the tie goes to the first), never #VALUE!', () => {
    const budget = { ...model(3), municipalities: [{ name: 'Tibro kommun', populations: [4060] }, { name: 'Töreboda kommun', populations: [4060] }] };
    const grid = built(budget);
    expect(municipalCells(grid, budget).map((cell) => cell.value)).toEqual([1423, 1422]);
    expect(budgetSheet.validate(grid, context(grid))).toEqual([]);
  });

  test('an odd allocation (5 691): the quarter 2 845,5 rounds to 2 846 = 1 423 + 1 423, and the region 2 846 is not a finding', () => {
    const budget = { ...model(3, 5691), municipalities: [{ name: 'Tibro kommun', populations: [4060] }, { name: 'Töreboda kommun', populations: [4060] }] };
    const grid = built(budget);
    expect(municipalCells(grid, budget).map((cell) => cell.value)).toEqual([1423, 1423]);
    expect(grid.values.find((cells) => cells[0] === 'Region Skåne')?.[1]).toBe(2846);
    expect(budgetSheet.validate(grid, context(grid))).toEqual([]);
  });

  test('the municipal formula names the row in the population table, not the population value', () => {
    const plan = planBudget(model(3));
    const formulas = plan.cells.filter((cell) => cell.formula?.includes('SHARES')).map((cell) => cell.formula);
    expect(formulas).toEqual(['=INDEX(FINSAM.SHARES(B$5/2,B$24:B$26,0),1)', '=INDEX(FINSAM.SHARES(B$5/2,B$24:B$26,0),2)', '=INDEX(FINSAM.SHARES(B$5/2,B$24:B$26,0),3)']);
  });

  test.each([1, 12, 13, 15])('%i municipalities with "stad" members and two of 4 060: built, split exactly, read back and checked clean', (count) => {
    const budget = model(count);
    const grid = built(budget);
    const cells = municipalCells(grid, budget);
    expect(cells.map((cell) => cell.value)).toEqual(referenceSplit(2845, POPULATIONS.slice(0, count)));
    expect(cells.reduce((sum, cell) => sum + (cell.value as number), 0)).toBe(2845);
    expect(grid.values.find((cells) => cells[0] === 'Summa intäkter')?.[1]).toBe(5690 + 2845 + 2845);
    expect(budgetSheet.validate(grid, context(grid))).toEqual([]);
    const read = budgetSheet.read(grid, context(grid));
    expect(read.ok && read.model).toEqual(budget);
  });
});

describe('a typed-over part is caught', () => {
  test('Töreboda typed as 1 423 over its formula: its own cell names the split’s 1 422, and the sum is off at the last municipality', () => {
    const budget = { ...model(3), municipalities: [{ name: 'Tibro kommun', populations: [4060] }, { name: 'Töreboda kommun', populations: [4060] }] };
    const grid = built(budget);
    const [, toreboda] = municipalCells(grid, budget);
    const values = grid.values.map((cells) => [...cells]);
    const formulas = grid.formulas?.map((cells) => [...cells]);
    values[toreboda.row][1] = 1423;
    if (formulas) formulas[toreboda.row][1] = null;
    // Recalculated as `finsam check` does, so Summa intäkter follows the typed figure.
    const edited = gridOf(engineFromGrids([{ ...grid, values, formulas }]), grid.sheet);
    expect(budgetSheet.validate(edited, context(edited)).map((f) => [f.where.cell, f.message])).toEqual([
      ['B7', 'Kommunernas delar 2024 summerar till 2 846 tkr men ska vara 2 845 tkr, hälften av statens 5 690 tkr (50/25/25).'],
      ['B7', 'Töreboda kommun 2024 är 1 423 tkr, inskrivet i stället för formeln, men befolkningen ger 1 422 tkr (största rest).'],
    ]);
  });

  test('13 municipalities, Göteborgs Stad typed one over: found at its cell', () => {
    const budget = model(13);
    const grid = built(budget);
    const cells = municipalCells(grid, budget);
    const goteborg = cells[3];
    const values = grid.values.map((row) => [...row]);
    const formulas = grid.formulas?.map((row) => [...row]);
    values[goteborg.row][1] = (goteborg.value as number) + 1;
    if (formulas) formulas[goteborg.row][1] = null;
    const edited = { ...grid, values, formulas };
    const findings = budgetSheet.validate(edited, context(edited));
    expect(findings.map((f) => f.where.cell)).toContain(`B${goteborg.row + 1}`);
    expect(findings.find((f) => f.message.startsWith('Göteborgs Stad 2024'))?.severity).toBe('error');
  });

  test('Malmö stad stated as 7 001 of a 14 000 allocation: a finding at its cell', () => {
    const budget: BudgetModel = { ...model(1, 14000), statedMunicipalContributions: [[7001]] };
    const grid = built(budget);
    expect(budgetSheet.validate(grid, context(grid)).map((f) => [f.rule, f.where.cell, f.message])).toEqual([
      ['municipal-parts', 'B6', 'Kommunernas delar 2024 summerar till 7 001 tkr men ska vara 7 000 tkr, hälften av statens 14 000 tkr (50/25/25).'],
    ]);
  });
});
