import { CellContent } from './plan';

/** A sheet as read back from any workbook: computed values, and formulas where there are some. */
export interface Grid {
  readonly sheet: string;
  readonly values: readonly (readonly CellContent[])[];
  readonly formulas?: readonly (readonly (string | null)[])[];
}

export function cellOf(grid: Grid, row: number, col: number): CellContent {
  return grid.values[row]?.[col] ?? null;
}

/**
 * An amount as a person types it: 2845, "2 845", "2 845,5", "−1 146", "85,5 %", "12 365 tkr".
 * Undefined when the cell holds no number (a reader reports that; it never guesses).
 */
export function readAmount(cell: CellContent): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  let text = cell.trim().replace(/[\u00a0\u202f\u2009 ]/g, '').replace(/\u2212/g, '-');
  const percent = text.endsWith('%');
  text = text.replace(/%$/, '').replace(/tkr$/i, '').replace(/kr$/i, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return percent ? value / 100 : value;
}

/** Text of a label cell, trimmed, with runs of spaces as one; '' for anything else. */
export function readLabel(cell: CellContent): string {
  return typeof cell === 'string' ? cell.trim().replace(/\s+/g, ' ') : '';
}

/** Labels compare without case, surrounding dashes and bullets ("- Umeå kommun" = "Umeå kommun"). */
export function sameLabel(a: string, b: string): boolean {
  const clean = (s: string) => s.replace(/^[-–•\s]+/, '').trim().toLocaleLowerCase('sv-SE');
  return clean(a) === clean(b);
}

/** The first row whose cell in `col` carries `label`, at or after `from`. */
export function findRow(grid: Grid, label: string, col = 0, from = 0): number | undefined {
  for (let row = from; row < grid.values.length; row += 1) {
    if (sameLabel(readLabel(cellOf(grid, row, col)), label)) return row;
  }
  return undefined;
}
