import { DetailedCellError, HyperFormula } from 'hyperformula';
import { Grid } from '../../sheets/grid';
import { CellContent } from '../../sheets/plan';
import { engineFromGrids } from './plan-to-engine';

/** How many cells of a sheet now hold the engine's value instead of the one the file cached. */
export interface RecalculatedSheet {
  readonly sheet: string;
  readonly cells: number;
}

export type Recalculation =
  | { readonly ok: true; readonly grids: readonly Grid[]; readonly changed: readonly RecalculatedSheet[] }
  /** The engine could not take the workbook: the cached grids, unchanged, and why. */
  | { readonly ok: false; readonly grids: readonly Grid[]; readonly reason: string };

// What the engine answers for what it cannot compute but Excel could: a function it does not
// know, a defined name or table it never saw (#NAME?), a structured or external reference it
// cannot parse (#ERROR!), a block it cannot spill into (#SPILL!).
const ENGINE_CANNOT = new Set(['#NAME?', '#ERROR!', '#SPILL!']);
const ERROR_CODES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#ERROR!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:]+)?$|^\d{2}:\d{2}:\d{2}$/;
const MAX_ROUNDS = 5;

/**
 * A workbook read from a file, recalculated in the embedded engine rather than trusted as cached:
 * Excel saves FINSAM cells as #NAME? on a computer without the add-in, scripts save no values at
 * all, and a stale cache blames the sum instead of the input (ADDIN.md §8). A formula the engine
 * cannot compute while the file has a value for it (an unknown function, a defined name, a
 * table reference) keeps that value, and cells that depend on it are computed again from it.
 * Values that agree within rounding keep the cached number, so an Excel-computed workbook reads
 * exactly as before. Never throws: an engine failure gives back the cached grids and the reason.
 */
export function recalculateGrids(grids: readonly Grid[]): Recalculation {
  try {
    const kept = new Set<string>();
    let computed = computeWith(grids, kept);
    for (let round = 1; round < MAX_ROUNDS; round += 1) {
      const more = cachedWhereEngineCannot(grids, computed, kept);
      if (more.length === 0) break;
      for (const key of more) kept.add(key);
      computed = computeWith(grids, kept);
    }
    const merged = grids.map((grid, index) => merge(grid, computed[index]));
    const changed = merged.map(({ grid, cells }) => ({ sheet: grid.sheet, cells })).filter((sheet) => sheet.cells > 0);
    return { ok: true, grids: merged.map(({ grid }) => grid), changed };
  } catch (thrown) {
    return { ok: false, grids, reason: thrown instanceof Error ? thrown.message : String(thrown) };
  }
}

const keyOf = (sheet: number, row: number, col: number) => `${sheet}!${row}!${col}`;

/** The engine's values per sheet, with the `kept` formula cells put in as their cached values. */
function computeWith(grids: readonly Grid[], kept: ReadonlySet<string>): (readonly (readonly CellContent[])[])[] {
  const input = kept.size === 0 ? grids : grids.map((grid, s) => withoutFormulas(grid, (r, c) => kept.has(keyOf(s, r, c))));
  const engine = engineFromGrids(input);
  return grids.map((grid) => valuesOf(engine, grid.sheet));
}

/** A sheet's values, an error as its code ("#VALUE!"); gridOf would also serialise every formula. */
function valuesOf(engine: HyperFormula, sheet: string): CellContent[][] {
  const id = engine.getSheetId(sheet);
  if (id === undefined) return [];
  return engine.getSheetValues(id).map((row) => row.map((cell) => (cell instanceof DetailedCellError ? cell.value : (cell as CellContent))));
}

function withoutFormulas(grid: Grid, drop: (row: number, col: number) => boolean): Grid {
  const formulas = grid.formulas?.map((row, r) => row.map((formula, c) => (drop(r, c) ? null : formula)));
  return { ...grid, formulas };
}

function cachedWhereEngineCannot(grids: readonly Grid[], computed: readonly (readonly (readonly CellContent[])[])[], kept: ReadonlySet<string>): string[] {
  const found: string[] = [];
  grids.forEach((grid, s) =>
    grid.formulas?.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (!formula || kept.has(keyOf(s, r, c))) return;
        const cached = grid.values[r]?.[c] ?? null;
        const value = computed[s][r]?.[c] ?? null;
        if (typeof value === 'string' && ENGINE_CANNOT.has(value) && cached !== null && !isErrorCode(cached)) found.push(keyOf(s, r, c));
      }),
    ),
  );
  return found;
}

/** The recalculated grid (the file's formulas, the engine's values) and how many values changed. */
function merge(grid: Grid, computed: readonly (readonly CellContent[])[]): { grid: Grid; cells: number } {
  let cells = 0;
  const height = Math.max(grid.values.length, computed.length);
  const values = Array.from({ length: height }, (_, r) => {
    const width = Math.max(grid.values[r]?.length ?? 0, computed[r]?.length ?? 0);
    return Array.from({ length: width }, (_, c) => {
      const cached = grid.values[r]?.[c] ?? null;
      const value = computed[r]?.[c] ?? null;
      if (agrees(cached, value)) return cached;
      cells += 1;
      return value;
    });
  });
  return { grid: { ...grid, values }, cells };
}

/** Whether the cached value stands: the same, equal within rounding, or a date the engine sees as its serial number. */
function agrees(cached: CellContent, value: CellContent): boolean {
  if (cached === value || ((cached === null || cached === '') && (value === null || value === ''))) return true;
  if (typeof cached === 'number' && typeof value === 'number') return Math.abs(cached - value) <= 1e-9 * Math.max(1, Math.abs(cached), Math.abs(value));
  return typeof cached === 'string' && typeof value === 'number' && ISO_DATE.test(cached);
}

function isErrorCode(value: CellContent): boolean {
  return typeof value === 'string' && ERROR_CODES.has(value);
}
