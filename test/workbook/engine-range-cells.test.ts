import { SimpleRangeValue } from 'hyperformula';
import { toExcelRange } from '../../src/workbook/engine/cell-values';
import { createEngine } from '../../src/workbook/engine/engine';

/**
 * FINSAM functions read a range's cells in one pass (cell-values.ts, readCells) instead of through
 * HyperFormula's `data`; both must hand the wrapper the same rows.
 */
// Not exported by the package: the class of a range over the sheet.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { AbsoluteCellRange } = require(require.resolve('hyperformula').replace(/index\.js$/, 'AbsoluteCellRange.js'));

const SHEET = [
  [1, 'x', true],
  [null, '=1/0', '=DATE(2024,1,1)'],
  ['={7,8}', null, '50%'],
  [false, '=A1*2', ''],
];

function rangeValue(engine: ReturnType<typeof createEngine>, end: { col: number; row: number }): SimpleRangeValue {
  const graph = (engine as unknown as { _dependencyGraph: unknown })._dependencyGraph;
  const range = new AbsoluteCellRange({ sheet: 0, col: 0, row: 0 }, { sheet: 0, ...end });
  return SimpleRangeValue.onlyRange(range, graph as never);
}

describe('a range argument read from the sheet', () => {
  const engine = createEngine({ Blad1: SHEET });

  it('holds each cell as Excel passes it: numbers, text, booleans, null for empty, errors with their code', () => {
    const rows = toExcelRange(rangeValue(engine, { col: 2, row: 3 }));
    expect(rows.length).toBe(4);
    expect(rows[0]).toEqual([1, 'x', true]);
    expect(rows[1][0]).toBeNull();
    expect(rows[1][1]).toMatchObject({ code: '#DIV/0!' });
    // DATE's serial number, as Excel's 2024-01-01; 50 % as 0.5; the spill of {7,8} as its values.
    expect(rows[1][2]).toBe(45292);
    expect(rows[2]).toEqual([7, 8, 0.5]);
    expect(rows[3]).toEqual([false, 2, '']);
  });

  it('gives the same rows as HyperFormula computing the range itself', () => {
    const fresh = toExcelRange(rangeValue(engine, { col: 2, row: 3 }));
    const computed = rangeValue(engine, { col: 2, row: 3 });
    expect(computed.data.length).toBe(4); // computed first: the reader then uses these rows
    expect(toExcelRange(computed)).toEqual(fresh);
  });

  it('reads whole columns as far as the sheet goes', () => {
    const book = createEngine({ Blad1: [[3, 4], [1, 8], [null, null], [2, 4]] });
    expect(book.calculateFormula('=FINSAM.RATE(A:A,B:B)', 0)).toBeCloseTo(6 / 16, 12);
    expect(book.calculateFormula('=FINSAM.RATE(A1:A4,B1:B4)', 0)).toBeCloseTo(6 / 16, 12);
  });
});
