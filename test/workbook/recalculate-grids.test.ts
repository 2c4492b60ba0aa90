import { Grid } from '../../src/sheets/grid';
import { recalculateGrids } from '../../src/workbook/engine/recalculate-grids';

/** recalculateGrids: the engine's values where it can compute, the file's where only Excel could. */
describe('recalculateGrids', () => {
  const recalculated = (grids: Grid[]) => {
    const result = recalculateGrids(grids);
    if (!result.ok) throw new Error(result.reason);
    return result;
  };

  test('a stale or missing cache is recomputed and counted; an equal one is kept and not', () => {
    const grid: Grid = {
      sheet: 'Blad',
      values: [[2, 3, 7, null, 6]],
      formulas: [[null, null, '=A1*B1', '=A1+B1', '=A1*B1']],
    };
    const result = recalculated([grid]);
    expect(result.grids[0].values[0]).toEqual([2, 3, 6, 5, 6]);
    expect(result.grids[0].formulas).toEqual(grid.formulas);
    expect(result.changed).toEqual([{ sheet: 'Blad', cells: 2 }]);
  });

  test('what the engine cannot compute (a table, a defined name, an unknown function) keeps its cached value, and cells that read it compute from it', () => {
    const grid: Grid = {
      sheet: 'Blad',
      values: [[1, 5, 10, 99, 5, 42, '#N/A']],
      formulas: [[null, '=Tabell[Kol]', '=B1*2', '=FOOBAR(A1)', '=IFERROR(B1,0)', '=Umea_befolkning*2', '=FOOBAR(A1)']],
    };
    const result = recalculated([grid]);
    // An unknown function whose cache is an error gets the engine's error: nothing invents a value.
    expect(result.grids[0].values[0]).toEqual([1, 5, 10, 99, 5, 42, '#NAME?']);
    expect(result.changed).toEqual([{ sheet: 'Blad', cells: 1 }]);
  });

  test('a number equal up to rounding keeps the file\'s digits, and a date the engine sees as a serial stays a date', () => {
    const grid: Grid = { sheet: 'Blad', values: [[1, 3, 0.333333333333333, '2022-08-31']], formulas: [[null, null, '=A1/B1', '=DATE(2022,8,31)']] };
    const result = recalculated([grid]);
    // Excel caches 15 digits (0,333333333333333); the engine computes 0,3333333333333333.
    expect(result.grids[0].values[0]).toEqual([1, 3, 0.333333333333333, '2022-08-31']);
    expect(result.changed).toEqual([]);
  });
});

/** Issue 17, item 4: a formula Excel takes but the engine's recursion cannot is named, not a bare #ERROR!. */
describe('recalculateGrids names a formula too deep for the engine', () => {
  // 4 000 ones added (7 999 characters, within Excel's 8 192): beyond HyperFormula's recursion.
  const chain = `=${Array.from({ length: 4000 }, () => '1').join('+')}`;

  test('without a saved value the cell is #ERROR! and named with its operators; the cell beside it computes', () => {
    const result = recalculateGrids([{ sheet: 'Blad', values: [[null, null]], formulas: [[chain, '=2+3']] }]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.grids[0].values[0]).toEqual(['#ERROR!', 5]);
    expect(result.tooDeep).toEqual([{ sheet: 'Blad', row: 0, col: 0, operators: 3999, kept: false }]);
  });

  test('with the value Excel saved (4 000), that value stands and the cell is still named', () => {
    const result = recalculateGrids([{ sheet: 'Blad', values: [[4000, null]], formulas: [[chain, '=A1+1']] }]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.grids[0].values[0]).toEqual([4000, 4001]);
    expect(result.tooDeep).toEqual([{ sheet: 'Blad', row: 0, col: 0, operators: 3999, kept: true }]);
  });

  test('a formula of 150 additions the engine can take is computed and not named', () => {
    const result = recalculateGrids([{ sheet: 'Blad', values: [[null]], formulas: [[`=${Array.from({ length: 150 }, () => '2').join('+')}`]] }]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.grids[0].values[0]).toEqual([300]);
    expect(result.tooDeep).toEqual([]);
  });
});
