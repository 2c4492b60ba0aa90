import { checkDecimals, item, Label, labels, messages } from '../domain';
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
  if (first.length === second.length) return good(true);
  return invalid(messages.unequalSizes(firstLabel, first.length, secondLabel, second.length));
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
