import { DetailedCellError } from 'hyperformula';
import { Grid } from '../../src/sheets/grid';
import { createEngine } from '../../src/workbook/engine/engine';
import { engineFromGrids, gridOf } from '../../src/workbook/engine/plan-to-engine';

/** Issue 17, items 3 and 4: one cell the engine cannot take is an error in that cell, never a throw. */
function sheetOf(formulas: (string | null)[], values: (number | null)[] = []): Grid {
  const width = Math.max(formulas.length, values.length);
  return {
    sheet: 'Blad1',
    values: [Array.from({ length: width }, (_, c) => values[c] ?? null)],
    formulas: [Array.from({ length: width }, (_, c) => formulas[c] ?? null)],
  };
}

function computed(grid: Grid) {
  return gridOf(engineFromGrids([grid]), grid.sheet).values[0];
}

// Within Excel's 8 192 characters, yet deeper than HyperFormula's recursive evaluator can go.
const chain = (terms: number) => '=' + Array.from({ length: terms }, () => '1').join('+');
const nested = (levels: number) => '=' + 'ABS('.repeat(levels) + '1' + ')'.repeat(levels);

describe('bare TRUE and FALSE inside array constants (item 3)', () => {
  test('=AND({TRUE;FALSE}) is FALSE and =OR({TRUE;FALSE}) TRUE in a workbook cell', () => {
    expect(computed(sheetOf(['=AND({TRUE;FALSE})', '=OR({TRUE;FALSE})', '=AND({TRUE,TRUE})']))).toEqual([false, true, true]);
  });

  test("README's =FINSAM.IMPACTINDEX({10;10;6},{TRUE;FALSE;TRUE}) is 61,538… (100 × 16 / 26)", () => {
    // Weights 10, 10, 6; the 1st and 3rd achieved: 100 × (10 + 6) / 26 = 61.538 461 5…
    const [value] = computed(sheetOf(['=FINSAM.IMPACTINDEX({10;10;6},{TRUE;FALSE;TRUE})']));
    expect(value).toBeCloseTo(61.5384615, 6);
  });

  test('bare TRUE and FALSE outside arrays still work', () => {
    expect(computed(sheetOf(['=IF(TRUE,1,2)', '=FALSE', '=TRUE+1']))).toEqual([1, false, 2]);
  });
});

describe('formulas beyond Excel or too deep for the engine become #ERROR! in their own cell (item 4)', () => {
  test('64 nesting levels compute; 65 are beyond Excel and become #ERROR!; the next cell computes', () => {
    expect(computed(sheetOf([nested(64), nested(65), '=2+3']))).toEqual([1, '#ERROR!', 5]);
  });

  test('a formula of 8 193 characters is #ERROR!; a SUM of 1 600 ones within the limit computes', () => {
    const limit = '=' + '0+'.repeat(4095) + '1'; // 8 192 characters
    expect(limit.length).toBe(8192);
    const sum = '=SUM(' + Array.from({ length: 1600 }, () => '1').join(',') + ')'; // 3 205 characters
    expect(computed(sheetOf([limit + '0', sum, '=SUM(1,2)']))).toEqual(['#ERROR!', 1600, 3]);
  });

  test('2 000 parentheses and 10 000 levels do not overflow the stack', () => {
    const parens = '=' + '('.repeat(2000) + '1' + ')'.repeat(2000);
    const deep = nested(10_000);
    expect(computed(sheetOf([parens, deep, '=1']))).toEqual(['#ERROR!', '#ERROR!', 1]);
  });

  test('a chain of 4 000 additions (8 000 characters) the engine cannot recurse through is #ERROR!, not a throw', () => {
    expect(chain(4000).length).toBeLessThanOrEqual(8192);
    const values = computed(sheetOf([chain(4000), '=A1+1']));
    expect(values).toEqual(['#ERROR!', '#ERROR!']); // B1 adds the failing cell's error
  });

  test('the cell that depends on a good cell still computes when another cell fails', () => {
    const grid: Grid = {
      sheet: 'Blad1',
      values: [[4, null, null, null]],
      formulas: [[null, '=A1*2', chain(4000), '=B1+1']],
    };
    expect(computed(grid)).toEqual([4, 8, '#ERROR!', 9]);
  });

  test('createEngine (export, workbench) takes the same cells without throwing', () => {
    const engine = createEngine({ Blad1: [[nested(70), '=AND({TRUE;FALSE})', 3]] });
    const value = engine.getCellValue({ sheet: 0, row: 0, col: 0 });
    expect(value instanceof DetailedCellError && value.value).toBe('#ERROR!');
    expect(engine.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe(false);
  });
});
