import { SheetPlan } from '../../src/sheets/plan';
import { engineFromGrids, engineFromPlan, gridOf } from '../../src/workbook/engine/plan-to-engine';
import { readXlsxGrids, writePlanToXlsx } from '../../src/workbook/xlsx';

/** A sheet with a spilled SHARES beside the 2018 populations (seed 001) and a WEIGHTCHECK. */
const sheet: SheetPlan = {
  name: 'Fördelning',
  kind: 'budget',
  cells: [
    ...[8342, 531, 415, 308, 404].map((population, row) => ({ row, col: 0, value: population })),
    { row: 0, col: 1, formula: '=FINSAM.SHARES(2990,A1:A5,0)' },
    { row: 0, col: 2, formula: '=SUM(FINSAM.SHARES(2990,A1:A5,0))' },
    { row: 7, col: 0, formula: '=FINSAM.WEIGHTCHECK({10;10;5},{"A";"B";"A"},{"A";"B"},{0.6;0.4})' },
  ],
  tables: [],
  names: [],
  columnWidths: [],
  frozenRows: 0,
};

describe('a workbook read back from .xlsx recalculates in the engine', () => {
  test('spilled FINSAM blocks spill again instead of standing in their own way (#SPILL!)', async () => {
    const bytes = await writePlanToXlsx({ sheets: [sheet] });
    if (!bytes.ok) throw new Error(bytes.error.message);
    const grids = await readXlsxGrids(bytes.value);
    if (!grids.ok) throw new Error(grids.error.message);
    const values = gridOf(engineFromGrids(grids.value), 'Fördelning').values;
    expect(values.slice(0, 5).map((row) => row[1])).toEqual([2494, 159, 124, 92, 121]);
    expect(values[0][2]).toBe(2990);
    expect(values.slice(7, 9).map((row) => row.slice(0, 2))).toEqual([
      ['A', 15],
      ['B', 10],
    ]);
    expect(values.flat().some((value) => typeof value === 'string' && value.startsWith('#'))).toBe(false);
  });

  test('the same grid written straight from the plan gives the same values', () => {
    const fromPlan = gridOf(engineFromPlan({ sheets: [sheet] }), 'Fördelning').values;
    expect(fromPlan.slice(0, 5).map((row) => row[1])).toEqual([2494, 159, 124, 92, 121]);
    expect(fromPlan.flat().some((value) => typeof value === 'string' && value.startsWith('#'))).toBe(false);
  });
});
