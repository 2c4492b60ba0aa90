import { checkDecimals } from '../domain';
import { item, Label, labels, messages } from '../text/errors';
import { excelError, isExcelError } from './excel-error';
import { bad, fromResult, good, Read } from './read';

/**
 * Excel's argument shapes (ADDIN.md §1): a range is a 2-D array read row by row, an empty
 * cell is null (0 on old desktop builds), an omitted optional argument is null. A scalar
 * argument is always a single value: Excel lifts a range over it, the engine adapter checks it.
 */
export type Cell = unknown;

/** Empty cell, omitted argument, or the empty text a formula returns. */
export function isBlank(cell: Cell): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** The cells of a range argument, row by row; a single value counts as one cell. */
export function cellsOf(range: Cell): Cell[] {
  if (range === null || range === undefined) return [];
  if (!Array.isArray(range)) return [range];
  // A plain loop: this runs over 100 000-row ranges, where flatMap's copies cost a third.
  const cells: Cell[] = [];
  for (const row of range) {
    if (!Array.isArray(row)) cells.push(row);
    else for (const cell of row) cells.push(cell);
  }
  return cells;
}

/** How many cells cellsOf would give, without copying them. */
export function cellCount(range: Cell): number {
  if (range === null || range === undefined) return 0;
  if (!Array.isArray(range)) return 1;
  let count = 0;
  for (const row of range) count += Array.isArray(row) ? row.length : 1;
  return count;
}

/** The range as its rows when it is one column (every row one cell), else undefined. */
export function oneColumn(range: Cell): readonly (readonly Cell[])[] | undefined {
  if (!Array.isArray(range)) return undefined;
  for (const row of range) if (!Array.isArray(row) || row.length !== 1) return undefined;
  return range as Cell[][];
}

/** The cells of a range one at a time, in cellsOf's order, without copying them. */
export class CellCursor {
  private readonly rows: readonly Cell[];
  private row = 0;
  private column = 0;

  constructor(range: Cell) {
    this.rows = range === null || range === undefined ? [] : Array.isArray(range) ? range : [range];
  }

  /** The next cell; past the last one, undefined. */
  next(): Cell {
    while (this.row < this.rows.length) {
      const row = this.rows[this.row];
      if (!Array.isArray(row)) {
        this.row += 1;
        return row;
      }
      if (this.column < row.length) return row[this.column++];
      this.row += 1;
      this.column = 0;
    }
    return undefined;
  }
}

const invalid = (message: string) => bad(excelError('#VALUE!', message));

/** A number; text, booleans and blanks are the wrong kind. An error cell passes through. */
export function readNumber(cell: Cell, what: string): Read<number> {
  if (isExcelError(cell)) return bad(cell);
  if (typeof cell === 'number' && Number.isFinite(cell)) return good(cell);
  if (isBlank(cell)) return invalid(messages.missing(what));
  return invalid(messages.notANumber(what, cell));
}

/** A number, or `fallback` when the argument is left out or blank. */
export function readOptionalNumber<T extends number | undefined>(cell: Cell, what: string, fallback: T): Read<number | T> {
  return isBlank(cell) ? good(fallback) : readNumber(cell, what);
}

/** Text (trimmed); numbers are taken as their digits, as a code like 1 may name an area. */
export function readText(cell: Cell, what: string): Read<string> {
  if (isExcelError(cell)) return bad(cell);
  if (typeof cell === 'string') return good(cell.trim());
  if (typeof cell === 'number') return good(String(cell));
  if (isBlank(cell)) return invalid(messages.missing(what));
  return invalid(messages.notText(what, cell));
}

export function readOptionalText(cell: Cell, what: string): Read<string | undefined> {
  return isBlank(cell) ? good(undefined) : readText(cell, what);
}

/** Rounding places for a split, or undefined for no rounding. */
export function readDecimals(cell: Cell): Read<number | undefined> {
  const value = readOptionalNumber(cell, labels.decimals, undefined);
  if (!value.ok || value.value === undefined) return value;
  return fromResult(checkDecimals(value.value));
}

/** Two ranges that go together must hold as many cells (FUNCTIONS.md). */
export function sameSize(first: Cell[], firstLabel: Label, second: Cell[], secondLabel: Label): Read<true> {
  return sameCount(first.length, firstLabel, second.length, secondLabel);
}

/** The same, from the two ranges' cell counts. */
export function sameCount(first: number, firstLabel: Label, second: number, secondLabel: Label): Read<true> {
  if (first === second) return good(true);
  return invalid(messages.unequalSizes(firstLabel, first, secondLabel, second));
}

/** Numbers of a range with their positions; blank cells are left out and keep their place. */
export function readNumberCells(range: Cell, label: Label): Read<{ values: number[]; positions: number[] }> {
  const values: number[] = [];
  const positions: number[] = [];
  const cells = cellsOf(range);
  for (let index = 0; index < cells.length; index += 1) {
    const cell = cells[index];
    // The common case first, without building a message that is never shown.
    if (typeof cell === 'number' && Number.isFinite(cell)) {
      values.push(cell);
      positions.push(index);
      continue;
    }
    if (isBlank(cell)) continue;
    const value = readNumber(cell, item(label, index + 1));
    if (!value.ok) return value;
    values.push(value.value);
    positions.push(index);
  }
  return good({ values, positions });
}
