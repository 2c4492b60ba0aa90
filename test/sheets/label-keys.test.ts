import { findRow, Grid } from '../../src/sheets/grid';
import { columnOf, findLabel } from '../../src/sheets/grid-search';
import { CellContent } from '../../src/sheets/plan';

/** Cells are cleaned once per grid and remembered; what is found must not change for that. */
describe('labels found through the cleaned-once keys', () => {
  const grid = (values: CellContent[][]): Grid => ({ sheet: 'Blad1', values });

  test('case, runs of spaces, leading dashes and bullets do not matter; other words do', () => {
    const g = grid([['Titel', null], [42, '  - SUMMA   intäkter '], ['• Summa kostnader', 'Summa intäkterna']]);
    expect(findLabel(g, 'Summa intäkter')).toEqual({ row: 1, col: 1 });
    expect(findRow(g, 'summa kostnader')).toBe(2);
    expect(columnOf(g, 2, 'Summa intäkter')).toBeUndefined();
  });

  test('a cell changed after a search is cleaned again, not answered from memory', () => {
    const row: CellContent[] = ['Summa intäkter'];
    const g = grid([row]);
    expect(findRow(g, 'Summa intäkter')).toBe(0);
    row[0] = 'Summa kostnader';
    expect(findRow(g, 'Summa intäkter')).toBeUndefined();
    expect(findRow(g, 'Summa kostnader')).toBe(0);
  });

  test('an empty cell or a number carries no label, and a long text is still compared', () => {
    const long = `${' '.repeat(1000)}Summa intäkter${' '.repeat(1000)}`;
    const g = grid([[null, 7, long]]);
    expect(columnOf(g, 0, 'Summa intäkter')).toBe(2);
    expect(columnOf(g, 0, '7')).toBeUndefined();
  });
});
