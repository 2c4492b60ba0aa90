import { DetailedCellError, HyperFormula, RawCellContent } from 'hyperformula';
import { Grid } from '../sheets/grid';
import { createEngine } from '../workbook/engine/engine';
import { numbersAgree } from '../workbook/engine/numbers-agree';
import { CellAt, cellKeyOf, Needed, neededCells, sheetsFromNeeded } from '../workbook/engine/needed-cells';

/** A computed cell as the export writes it: an error keeps its code apart from text. */
export type ExportValue = number | string | boolean | null | { readonly error: string };

/** Computed values per sheet, [row][col]. */
export type SheetValues = ReadonlyMap<string, readonly (readonly ExportValue[])[]>;

export function isErrorValue(value: ExportValue): value is { readonly error: string } {
  return typeof value === 'object' && value !== null;
}

/** What a cell of a sheet holds for the engine: a formula ("=…") or a literal. */
export type Override = RawCellContent;

/**
 * The grids in the embedded engine, each cell's formula where it has one, else its value (as
 * engineFromGrids does), with `overrides` put over them: "sheet!row!col" → content. Only the
 * `roots` and the cells they read (transitively) go in, so a FINSAM formula over a few ranges of
 * a million-row workbook costs the engine those ranges, not the million rows; without roots,
 * every cell goes in.
 */
export function engineWith(grids: readonly Grid[], overrides: ReadonlyMap<string, Override> = new Map(), roots?: readonly CellAt[]): GivenEngine {
  const formulaAt = (at: CellAt): string | null => {
    const key = cellKey(grids[at.sheet].sheet, at.row, at.col);
    if (overrides.has(key)) {
      const content = overrides.get(key);
      return typeof content === 'string' && content.startsWith('=') ? content : null;
    }
    const formula = grids[at.sheet].formulas?.[at.row]?.[at.col];
    return formula && engineCanHold(formula) ? formula : null;
  };
  const needed: Needed = roots ? neededCells(grids, roots, formulaAt) : { all: true };
  const content = (at: CellAt, asFormula: boolean): RawCellContent => {
    const key = cellKey(grids[at.sheet].sheet, at.row, at.col);
    if (overrides.has(key)) return overrides.get(key) ?? null;
    return asFormula ? formulaAt(at) : literal(grids[at.sheet].values[at.row]?.[at.col] ?? null);
  };
  const sheets = sheetsFromNeeded(grids, needed, content, (at) => formulaAt(at) !== null);
  for (const [key, value] of overrides) {
    const [sheet, row, col] = splitKey(key);
    const rows = sheets[sheet];
    if (!rows) continue;
    while (rows.length <= row) rows.push([]);
    // A row the builder left as the shared empty one gets its own array.
    if (rows[row].length === 0) rows[row] = [];
    const line = rows[row];
    while (line.length < col) line.push(null);
    line[col] = value;
  }
  const computes = (sheet: number, row: number, col: number) => {
    if (overrides.size > 0 && overrides.has(cellKey(grids[sheet].sheet, row, col))) return true;
    return needed.all ? formulaAt({ sheet, row, col }) !== null : needed.formulas[sheet].has(cellKeyOf(row, col));
  };
  return { engine: createEngine(sheets), computes };
}

/** An engine given some cells, and which cells it computed (a formula or an override) rather than only read. */
export interface GivenEngine {
  readonly engine: HyperFormula;
  /** By the sheet's index among the grids. */
  readonly computes: (sheet: number, row: number, col: number) => boolean;
}

/** The embedded engine's parser and interpreter recurse: about 160 nested levels or 1 100 chained operators overflow the stack. */
const ENGINE_MOST_NESTING = 100;
const ENGINE_MOST_OPERATORS = 500;

/**
 * Whether the engine can take a formula without running out of stack. One it cannot (Excel
 * takes 8 192 characters, `=B1+…+B1200`) gets the file's cached value instead: what Excel last
 * computed for it, so the export neither crashes nor invents a number.
 */
export function engineCanHold(formula: string): boolean {
  let depth = 0;
  let operators = 0;
  for (let i = 0; i < formula.length; i += 1) {
    const char = formula[i];
    if (char === '"') {
      i = formula.indexOf('"', i + 1);
      while (i >= 0 && formula[i + 1] === '"') i = formula.indexOf('"', i + 2);
      if (i < 0) return true; // unterminated: the engine reports a parse error itself
    } else if (char === '(' || char === '{') {
      depth += 1;
      if (depth > ENGINE_MOST_NESTING) return false;
    } else if (char === ')' || char === '}') depth -= 1;
    else if ('+-*/^&=<>'.includes(char) && (operators += 1) > ENGINE_MOST_OPERATORS) return false;
  }
  return true;
}

export const cellKey = (sheet: string, row: number, col: number) => `${sheet}!${row}!${col}`;

function splitKey(key: string): [string, number, number] {
  const parts = key.split('!');
  const col = Number(parts.pop());
  const row = Number(parts.pop());
  return [parts.join('!'), row, col];
}

/** Text stays text (a leading apostrophe), so "=HYPERLINK(…)" in a cell is never a formula. */
export function literal(value: ExportValue): RawCellContent {
  if (isErrorValue(value)) return `=${value.error}`;
  return typeof value === 'string' ? `'${value}` : value;
}

/**
 * Every cell's value: the engine's where it computed the cell or a formula spilled into it, the
 * file's cached value everywhere else. A row the engine had no part in is the grid's own array.
 */
export function valuesWithCached(given: GivenEngine, grids: readonly Grid[]): SheetValues {
  const { engine, computes } = given;
  return new Map(
    grids.map((grid, sheet) => {
      const id = engine.getSheetId(grid.sheet);
      const computed = id === undefined ? [] : engine.getSheetValues(id);
      const height = Math.max(grid.values.length, computed.length);
      const rows = Array.from({ length: height }, (_, r): readonly ExportValue[] => {
        const line = computed[r] ?? [];
        const cached = grid.values[r] ?? [];
        if (line.every((value, c) => value === null && !computes(sheet, r, c))) return cached;
        return Array.from({ length: Math.max(line.length, cached.length) }, (_, c) => {
          const value = line[c] ?? null;
          return computes(sheet, r, c) || value !== null ? exportValueOf(value) : (cached[c] ?? null);
        });
      });
      return [grid.sheet, rows];
    }),
  );
}

/** One cell's value as the engine computed it. */
export function engineValueAt(engine: HyperFormula, sheet: string, row: number, col: number): ExportValue {
  const id = engine.getSheetId(sheet);
  return id === undefined ? null : exportValueOf(engine.getCellValue({ sheet: id, row, col }));
}

function exportValueOf(value: unknown): ExportValue {
  if (value instanceof DetailedCellError) return { error: value.value };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

export function valueAt(values: SheetValues, sheet: string, row: number, col: number): ExportValue {
  return values.get(sheet)?.[row]?.[col] ?? null;
}

/**
 * Whether two engines agree on a cell: numbers as numbersAgree, TRUE as 1 and
 * FALSE as 0 (LibreOffice has no logical type), empty text as an empty cell, errors by code.
 */
export function sameValue(a: ExportValue, b: ExportValue): boolean {
  const x = normalized(a);
  const y = normalized(b);
  if (typeof x === 'number' && typeof y === 'number') return numbersAgree(x, y);
  if (isErrorValue(x) || isErrorValue(y)) return isErrorValue(x) && isErrorValue(y) && x.error === y.error;
  return x === y;
}

function normalized(value: ExportValue): ExportValue {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value === '' || value === undefined) return null;
  return value;
}

export function shownValue(value: ExportValue): string {
  if (isErrorValue(value)) return value.error;
  if (value === null) return '(tom)';
  return typeof value === 'string' ? `"${value}"` : String(value);
}
