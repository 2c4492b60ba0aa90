import { Grid } from '../../src/sheets/grid';
import { formulaReferences } from '../../src/formula/formula-references';
import { COLUMNS, neededCells } from '../../src/workbook/engine/needed-cells';
import { recalculateGrids, sheetsToRecalculate } from '../../src/workbook/engine/recalculate-grids';

/** Issue 17: the engine gets the cells the formulas read, not a million-row workbook. */
describe('formulaReferences', () => {
  test('cells, ranges, whole columns and rows, with and without a sheet, 0-based', () => {
    expect(formulaReferences("=SUM($B$2:C7)+'Budget 2021'!A1*Blad2!D:D-SUM(3:4)")).toEqual([
      { sheet: undefined, top: 1, left: 1, bottom: 6, right: 2 },
      { sheet: 'Budget 2021', top: 0, left: 0, bottom: 0, right: 0 },
      { sheet: 'Blad2', top: 0, left: 3, bottom: 1_048_575, right: 3 },
      { sheet: undefined, top: 2, left: 0, bottom: 3, right: 16_383 },
    ]);
  });

  test('function names, text, numbers, errors and TRUE are no references', () => {
    expect(formulaReferences('=_xludf.FINSAM.SHARES(100,{"ja";"A1"},LOG10(2))+1.5E3+IF(TRUE,#N/A,#REF!)')).toEqual([]);
    expect(formulaReferences("=\"Blad1!A1\"&'It''s'!B2")).toEqual([{ sheet: "It's", top: 1, left: 1, bottom: 1, right: 1 }]);
  });

  test('references the text does not show (INDIRECT, OFFSET, a defined name, a table) give undefined: every cell goes in', () => {
    for (const formula of ['=INDIRECT("A1")', '=SUM(OFFSET(A1,2,0))', '=Umea_befolkning*2', '=SUM(Tabell[Vikt])', '=SUM(Blad1!A1:Blad1!B2)']) {
      expect(formulaReferences(formula)).toBeUndefined();
    }
  });
});

describe('neededCells', () => {
  // 200 000 amounts in A; B1 sums A1:A3; C1 reads B1 and a whole column E that holds two values.
  const tall: Grid = {
    sheet: 'Blad1',
    values: Array.from({ length: 200_000 }, (_, r) => (r === 0 ? [1, 6, 60, null, 10] : r === 1 ? [2, null, null, null, 20] : [r + 1])),
    formulas: [[null, '=SUM(A1:A3)', '=B1*SUM(E:E)']],
  };

  test('a formula, the formulas it reads and their cells: 7 of 200 003 cells, the rest of column A never', () => {
    const needed = neededCells([tall], [{ sheet: 0, row: 0, col: 2 }], (at) => tall.formulas?.[at.row]?.[at.col]);
    if (needed.all) throw new Error('expected the cells');
    const cells = [...needed.cells[0]].map((key) => [Math.floor(key / COLUMNS), key % COLUMNS]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(cells).toEqual([[0, 0], [0, 1], [0, 2], [0, 4], [1, 0], [1, 4], [2, 0]]);
    expect([...needed.formulas[0]].sort()).toEqual([1, 2]);
  });

  test('a formula whose references cannot be read asks for every cell', () => {
    const grid: Grid = { sheet: 'Blad1', values: [[1, null]], formulas: [[null, '=INDIRECT("A1")']] };
    expect(neededCells([grid], [{ sheet: 0, row: 0, col: 1 }], (at) => grid.formulas?.[at.row]?.[at.col]).all).toBe(true);
  });
});

describe('recalculateGrids gives the engine only what needs it', () => {
  test('a sheet with only cached plain formulas keeps its values, even a stale one; a FINSAM sheet and a sheet reading it recalculate', () => {
    const plain: Grid = { sheet: 'Huvudbok', values: [[2, 3, 7]], formulas: [[null, null, '=A1*B1']] };
    // Saved by Excel without the add-in: IMPACTVALUE of weights 4, 5, 6 with ja/nej/ja is 4 + 6 = 10.
    const finsam: Grid = { sheet: 'Effekt', values: [[4, 'ja', '#NAME?'], [5, 'nej'], [6, 'ja']], formulas: [[null, null, '=FINSAM.IMPACTVALUE(A1:A3,B1:B3)']] };
    const reader: Grid = { sheet: 'Sammanställning', values: [['#NAME?', 99]], formulas: [['=Effekt!C1*2', '=Huvudbok!A1+1']] };
    expect([...sheetsToRecalculate([plain, finsam, reader])].sort()).toEqual([1, 2]);
    const result = recalculateGrids([plain, finsam, reader]);
    if (!result.ok) throw new Error(result.reason);
    expect(result.grids[0]).toBe(plain);
    expect(result.grids[1].values[0][2]).toBe(10);
    // B1 reads a sheet that is not recalculated: A1 = 2 there, so 3, not the stale 99.
    expect(result.grids[2].values[0]).toEqual([20, 3]);
    expect(result.changed).toEqual([
      { sheet: 'Effekt', cells: 1 },
      { sheet: 'Sammanställning', cells: 2 },
    ]);
  });

  test('a 200 000-row sheet of values beside one FINSAM cell: the cell computes from the three values it reads, the rest stay as saved', () => {
    const values = Array.from({ length: 200_000 }, (_, r) => [r + 1, r < 3 ? ['ja', 'nej', 'ja'][r] : null, r === 0 ? '#NAME?' : null]);
    const grid: Grid = { sheet: 'Blad1', values, formulas: [[null, null, '=FINSAM.IMPACTVALUE(A1:A3,B1:B3)']] };
    const result = recalculateGrids([grid]);
    if (!result.ok) throw new Error(result.reason);
    // Weights 1, 2, 3 with ja, nej, ja: 1 + 3 = 4.
    expect(result.grids[0].values[0][2]).toBe(4);
    expect(result.grids[0].values[199_999]).toEqual([200_000, null, null]);
    expect(result.changed).toEqual([{ sheet: 'Blad1', cells: 1 }]);
  });
});
