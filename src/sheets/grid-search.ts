import { CellContent } from './plan';
import { cellHasLabel, Grid, labelKey, readLabel } from './grid';

/**
 * Finding the parts of a sheet by their words rather than their positions, so a person may
 * move rows and blocks around (issue 5: readers tolerate what people do to a sheet).
 */
export interface CellPosition {
  readonly row: number;
  readonly col: number;
}

export function isBlankCell(cell: CellContent): boolean {
  // readLabel remembers a long text, so a cell of a million spaces is not trimmed on every look;
  // a short one is blank when trim leaves nothing (what readLabel would give, without its copy).
  return cell === null || cell === undefined || (typeof cell === 'string' && (cell.length > 256 ? readLabel(cell) === '' : cell.trim() === ''));
}

/** The widest row of the grid, so a scan never misses a cell on a long row. */
export function gridWidth(grid: Grid): number {
  return grid.values.reduce((widest, row) => Math.max(widest, row?.length ?? 0), 0);
}

/** The column of `label` in `row`, at or after `from`. */
export function columnOf(grid: Grid, row: number, label: string, from = 0): number | undefined {
  return columnWithKey(grid.values[row] ?? [], label, labelKey(label), from);
}

function columnWithKey(cells: readonly CellContent[], label: string, key: string, from = 0): number | undefined {
  for (let col = from; col < cells.length; col += 1) {
    if (cellHasLabel(cells, col, label, key)) return col;
  }
  return undefined;
}

/**
 * The first row, at or after `from`, carrying every one of `labels` as a cell; the columns are
 * the labels' first occurrences in that row, in the order asked. Each label is cleaned once, and
 * a row is left at its first missing label: on a sheet of another kind no row has the header,
 * and every sheet kind's detector looks through all rows of every sheet.
 */
export function findHeader(grid: Grid, labels: readonly string[], from = 0): { row: number; columns: number[] } | undefined {
  const keys = labels.map(labelKey);
  for (let row = from; row < grid.values.length; row += 1) {
    const cells = grid.values[row] ?? [];
    const columns: number[] = [];
    for (let index = 0; index < labels.length; index += 1) {
      const col = columnWithKey(cells, labels[index], keys[index]);
      if (col === undefined) break;
      columns.push(col);
    }
    if (columns.length === labels.length) return { row, columns };
  }
  return undefined;
}

/** The first cell carrying `label`, searching `col` only when given, else every column. */
export function findLabel(grid: Grid, label: string, options: { col?: number; from?: number } = {}): CellPosition | undefined {
  const key = labelKey(label);
  for (let row = options.from ?? 0; row < grid.values.length; row += 1) {
    const col = options.col === undefined ? columnOf(grid, row, label) : cellHasLabel(grid.values[row], options.col, label, key) ? options.col : undefined;
    if (col !== undefined) return { row, col };
  }
  return undefined;
}

/** Text of a cell as a person means it: numbers typed into a text column become their digits. */
export function textOf(cell: CellContent): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  return readLabel(cell);
}
