import { budget2021to2023, contributions2018 } from '../../../src/sheets/budget/examples';
import { planBudget } from '../../../src/sheets/budget/plan';
import { findRow, Grid } from '../../../src/sheets/grid';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';

function recalculated(plan: ReturnType<typeof planBudget>): Grid {
  return gridOf(engineFromPlan({ sheets: [plan] }), plan.name);
}

/** The year columns of the row labelled `label`. */
function row(grid: Grid, label: string, years: number): unknown[] {
  const index = findRow(grid, label);
  if (index === undefined) throw new Error(`no row ${label}`);
  return grid.values[index].slice(1, 1 + years);
}

describe('budget sheet plan, recalculated in the engine (seed 003 §13)', () => {
  const grid = recalculated(planBudget(budget2021to2023()));

  test('the three years’ income, costs, result and equity are the seed figures', () => {
    expect(row(grid, 'Summa intäkter', 3)).toEqual([11489, 11493, 11496]);
    expect(row(grid, 'Summa kansli och styrelse', 3)).toEqual([-2520, -2595, -2670]);
    expect(row(grid, 'Summa verksamhetsnära kostnader', 3)).toEqual([-485, -450, -525]);
    expect(row(grid, 'Summa verksamheter', 3)).toEqual([-9630, -8550, -8310]);
    expect(row(grid, 'Summa kostnader', 3)).toEqual([-12635, -11595, -11505]);
    expect(row(grid, 'Resultat', 3)).toEqual([-1146, -102, -9]);
    expect(row(grid, 'Eget kapital vid årets början', 3)).toEqual([2040, 894, 792]);
    expect(row(grid, 'Eget kapital vid årets slut', 3)).toEqual([894, 792, 783]);
  });

  test('the municipal columns: 2021 as stated (sum 2 844), 2022 and 2023 from live FINSAM formulas', () => {
    const municipal = ['Umeå', 'Vännäs', 'Nordmaling', 'Vindeln', 'Robertsfors', 'Bjurholm'].map((name) => {
      const index = grid.values.findIndex((cells) => typeof cells[0] === 'string' && cells[0].startsWith(`${name} kommun,`));
      return grid.values[index].slice(1, 4);
    });
    expect(municipal.map((cells) => cells[0])).toEqual([2359, 146, 113, 83, 106, 37]);
    expect(municipal.map((cells) => cells[1])).toEqual([2353, 148, 114, 85, 108, 37]);
    expect(municipal.map((cells) => cells[2])).toEqual([2353, 148, 114, 85, 108, 37]);
    expect(row(grid, 'Region Västerbotten', 3)).toEqual([2845, 2845, 2845]);
  });

  test('contributions are formulas, sums are native formulas, typed figures are values', () => {
    const plan = planBudget(budget2021to2023());
    const formulas = plan.cells.filter((cell) => cell.formula).map((cell) => cell.formula as string);
    // Municipalities by their row in the population table (issue 13); the region by CONTRIBUTION.
    expect(formulas.filter((f) => f.startsWith('=INDEX(FINSAM.SHARES(')).length).toBe(6 * 2);
    expect(formulas.filter((f) => f.startsWith('=FINSAM.CONTRIBUTION(')).length).toBe(3);
    expect(formulas.some((f) => f.startsWith('=SUM('))).toBe(true);
    expect(plan.cells.find((cell) => cell.value === 2040)?.style).toBe('input');
  });
});

describe('budget and contributions 2018 (seed 001 §14)', () => {
  test('the municipal column is 2 494/159/124/92/121 and the region 2 990', () => {
    const grid = recalculated(planBudget(contributions2018()));
    const values = ['Umeå', 'Vännäs', 'Nordmaling', 'Vindeln', 'Robertsfors'].map((name) => {
      const index = grid.values.findIndex((cells) => typeof cells[0] === 'string' && cells[0].startsWith(`${name} kommun,`));
      return grid.values[index][1];
    });
    expect(values).toEqual([2494, 159, 124, 92, 121]);
    expect(row(grid, 'Västerbottens läns landsting', 1)).toEqual([2990]);
    // Seed 001, budget 2018: Summa intäkter 12 068, Summa kostnader 14 323, resultat −2 255.
    expect(row(grid, 'Summa intäkter', 1)).toEqual([12068]);
    expect(row(grid, 'Summa kostnader', 1)).toEqual([-14323]);
    expect(row(grid, 'Resultat', 1)).toEqual([-2255]);
    expect(grid.values.find((cells) => String(cells[0]).startsWith('Umeå kommun'))?.[0]).toBe('Umeå kommun, 83,4 % av arb-bef.');
  });
});
