import { Grid } from '../../sheets/grid';
import { CellContent } from '../../sheets/plan';

/**
 * A sheet's used range as a Grid from A1: Excel's used range may start lower or further right,
 * so it is padded with blanks to keep the grid's rows and columns the sheet's own.
 */
export function queueGrid(sheet: Excel.Worksheet): Excel.Range {
  // `formulas`, never `formulasLocal`: a Swedish Excel gives the en-US formula here (ADDIN.md §5).
  return sheet.getUsedRangeOrNullObject().load('values,formulas,rowIndex,columnIndex');
}

export function gridFromRange(sheet: string, range: Excel.Range): Grid {
  if (range.isNullObject) return { sheet, values: [], formulas: [] };
  const pad = <T>(rows: T[][], blank: T): T[][] => [
    ...Array.from({ length: range.rowIndex }, () => [] as T[]),
    ...rows.map((row) => [...Array.from({ length: range.columnIndex }, () => blank), ...row]),
  ];
  const values = range.values.map((row) => row.map(cellValue));
  const formulas = range.formulas.map((row, r) => row.map((formula, c) => formulaOf(formula, range.values[r][c])));
  return { sheet, values: pad(values, null), formulas: pad(formulas, null) };
}

/** Excel reads an empty cell as ""; the grid calls it blank, as the engine does. */
function cellValue(value: unknown): CellContent {
  if (value === '' || value === undefined || value === null) return null;
  return typeof value === 'number' || typeof value === 'boolean' ? value : String(value);
}

/**
 * `formulas` gives a constant for a cell without a formula, so text such as "=HYPERLINK(…)"
 * reads as "=HYPERLINK(…)" there too. It is a formula only when Excel computed something else
 * from it: a formula's value never equals its own text.
 */
function formulaOf(formula: unknown, value: unknown): string | null {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value ? formula : null;
}
