import { DetailedCellError, HyperFormula, RawCellContent } from 'hyperformula';
import { Grid } from '../sheets/grid';
import { createEngine } from '../workbook/engine/engine';

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
 * engineFromGrids does), with `overrides` put over them: "sheet!row!col" → content.
 */
export function engineWith(grids: readonly Grid[], overrides: ReadonlyMap<string, Override> = new Map()): HyperFormula {
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const grid of grids) {
    const rows: RawCellContent[][] = grid.values.map((row, r) =>
      Array.from(row, (value, c) => {
        const formula = grid.formulas?.[r]?.[c];
        return formula && engineCanHold(formula) ? formula : literal(value ?? null);
      }),
    );
    for (const [key, content] of overrides) {
      const [sheet, row, col] = splitKey(key);
      if (sheet !== grid.sheet) continue;
      const line = (rows[row] ??= []);
      line[col] = content;
    }
    sheets[grid.sheet] = Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  }
  return createEngine(sheets);
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

/** Every sheet's computed values, errors as { error: code }. */
export function valuesOf(engine: HyperFormula): SheetValues {
  return new Map(
    engine.getSheetNames().map((name) => {
      const rows = engine.getSheetValues(engine.getSheetId(name) ?? 0);
      return [name, rows.map((row) => row.map(exportValueOf))];
    }),
  );
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
 * Whether two engines agree on a cell: numbers within 1e-9 (relative above 1), TRUE as 1 and
 * FALSE as 0 (LibreOffice has no logical type), empty text as an empty cell, errors by code.
 */
export function sameValue(a: ExportValue, b: ExportValue): boolean {
  const x = normalized(a);
  const y = normalized(b);
  if (typeof x === 'number' && typeof y === 'number') return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
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
