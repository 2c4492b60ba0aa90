import { DetailedCellError, HyperFormula } from 'hyperformula';
import { Grid } from '../../sheets/grid';
import { CellContent } from '../../sheets/plan';
import { UNCOMPUTABLE } from './build-cell-by-cell';
import { createEngine } from './engine';
import { numbersAgree } from './numbers-agree';
import { beyondExcel, formulaShape, mayRecurseDeeply } from './formula-shape';
import { formulaReferences } from '../../formula/formula-references';
import { CellAt, Needed, neededCells, sheetsFromNeeded } from './needed-cells';
import { literal } from './plan-to-engine';
import { insideBlock, SpillBlock, spillBlocks } from './spill-blocks';

/** How many cells of a sheet now hold the engine's value instead of the one the file cached. */
export interface RecalculatedSheet {
  readonly sheet: string;
  readonly cells: number;
}

/** A formula within Excel's limits that the engine's recursion cannot evaluate (=B1+B2+…+B1200), and whether the file's value stands. */
export interface TooDeep {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly operators: number;
  readonly kept: boolean;
}

export type Recalculation =
  | { readonly ok: true; readonly grids: readonly Grid[]; readonly changed: readonly RecalculatedSheet[]; readonly tooDeep?: readonly TooDeep[] }
  /** The engine could not take the workbook: the cached grids, unchanged, and why. */
  | { readonly ok: false; readonly grids: readonly Grid[]; readonly reason: string };

// What the engine answers for what it cannot compute but Excel could: a function it does not
// know, a defined name or table it never saw (#NAME?), a structured or external reference it
// cannot parse (#ERROR!), a block it cannot spill into (#SPILL!).
const ENGINE_CANNOT = new Set(['#NAME?', '#ERROR!', '#SPILL!']);
const ERROR_CODES = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#ERROR!', '#FIELD!', '#BLOCKED!', '#CONNECT!', '#BUSY!', '#UNKNOWN!']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T[\d:]+)?$|^\d{2}:\d{2}:\d{2}$/;
const MAX_ROUNDS = 5;
// A FINSAM call in any spelling a file holds: FINSAM.SHARES, _xludf.FINSAM.SHARES, _xldudf_FINSAM_SHARES.
const FINSAM_CALL = /FINSAM[._]/i;

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
    const sheets = sheetsToRecalculate(grids);
    if (sheets.size === 0) return { ok: true, grids, changed: [] };
    const kept = new Set<string>();
    let computed = computeWith(grids, sheets, kept);
    const deep = tooDeepCells(grids, sheets, computed);
    for (let round = 1; round < MAX_ROUNDS; round += 1) {
      const more = cachedWhereEngineCannot(grids, sheets, computed, kept);
      if (more.length === 0) break;
      for (const key of more) kept.add(key);
      computed = computeWith(grids, sheets, kept);
    }
    const merged = grids.map((grid, index) => (sheets.has(index) ? merge(grid, index, computed) : { grid, cells: 0 }));
    const changed = merged.map(({ grid, cells }) => ({ sheet: grid.sheet, cells })).filter((sheet) => sheet.cells > 0);
    const result = merged.map(({ grid }) => grid);
    return { ok: true, grids: result, changed, tooDeep: deep.map((cell) => ({ ...cell, kept: result[cell.index].values[cell.row]?.[cell.col] !== UNCOMPUTABLE })).map(({ index: _, ...cell }) => cell) };
  } catch (thrown) {
    return { ok: false, grids, reason: thrown instanceof Error ? thrown.message : String(thrown) };
  }
}

const keyOf = (sheet: number, row: number, col: number) => `${sheet}!${row}!${col}`;

interface Computed {
  /** The engine's value of a cell (by the sheet's index); a cell it was not given is null unless a formula spilled there. */
  readonly valueAt: (sheet: number, row: number, col: number) => CellContent;
  /** How far the engine's cells reach on a sheet, spills included. */
  readonly extent: (sheet: number) => { readonly height: number; readonly width: number };
  readonly needed: Needed;
  readonly blocks: ReadonlyMap<string, SpillBlock[]>;
  /** Whether a cell went into the engine as its formula. */
  readonly computes: (at: CellAt) => boolean;
}

/**
 * The sheets whose stored values cannot be trusted as they are: those with a FINSAM formula
 * (Excel without the add-in saves #NAME?), a formula saved without a value or with an error,
 * and, in turn, those with a formula that reads such a sheet. Every other sheet keeps the values
 * Excel saved and is never given to the engine, so a 130 000-row ledger costs no engine time.
 */
export function sheetsToRecalculate(grids: readonly Grid[]): Set<number> {
  const chosen = new Set<number>();
  const reads = grids.map(() => new Set<number>());
  const readsAll = new Set<number>();
  const index = new Map(grids.map((grid, s) => [grid.sheet.toLowerCase(), s]));
  grids.forEach((grid, s) =>
    grid.formulas?.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (!formula) return;
        const cached = grid.values[r]?.[c] ?? null;
        if (FINSAM_CALL.test(formula) || cached === null || cached === '' || isErrorCode(cached)) chosen.add(s);
        // A formula without "!" reads only its own sheet (the engine is given no defined names).
        if (!formula.includes('!') || readsAll.has(s)) return;
        const ranges = formulaReferences(formula);
        if (!ranges) readsAll.add(s);
        else for (const range of ranges) if (range.sheet !== undefined) reads[s].add(index.get(range.sheet.toLowerCase()) ?? s);
      }),
    ),
  );
  for (let grown = chosen.size > 0; grown; ) {
    grown = false;
    grids.forEach((_, s) => {
      if (chosen.has(s) || !(readsAll.has(s) || [...reads[s]].some((other) => chosen.has(other)))) return;
      chosen.add(s);
      grown = true;
    });
  }
  return chosen;
}

/** The engine's values with only the chosen sheets' formulas (the `kept` ones as their cached values) and what they read. */
function computeWith(grids: readonly Grid[], sheets: ReadonlySet<number>, kept: ReadonlySet<string>): Computed {
  const formulaAt = (at: CellAt) =>
    sheets.has(at.sheet) && !kept.has(keyOf(at.sheet, at.row, at.col)) ? (grids[at.sheet].formulas?.[at.row]?.[at.col] ?? null) : null;
  const computes = (at: CellAt) => Boolean(formulaAt(at));
  const needed = neededCells(grids, formulaCells(grids, sheets), formulaAt);
  const build = (blocks: ReadonlyMap<string, SpillBlock[]>) =>
    createEngine(
      sheetsFromNeeded(
        grids,
        needed,
        (at, asFormula) => {
          if (asFormula) return formulaAt(at);
          return insideBlock(blocks.get(grids[at.sheet].sheet), at.row, at.col) ? null : literal(grids[at.sheet].values[at.row]?.[at.col] ?? null);
        },
        computes,
      ),
    );
  let engine = build(new Map());
  const computing = grids.map((grid, s) => ({ sheet: grid.sheet, values: [], formulas: sheets.has(s) ? withoutKept(grid, s, kept) : undefined }));
  const blocks = spillBlocksOrNone(engine, computing);
  if (blocks.size > 0) engine = build(blocks);
  const ids = grids.map((grid) => engine.getSheetId(grid.sheet));
  const valueAt = (sheet: number, row: number, col: number): CellContent => {
    const id = ids[sheet];
    if (id === undefined) return null;
    const cell = engine.getCellValue({ sheet: id, row, col });
    return cell instanceof DetailedCellError ? cell.value : (cell as CellContent);
  };
  const extent = (sheet: number) => {
    const id = ids[sheet];
    return id === undefined ? { height: 0, width: 0 } : engine.getSheetDimensions(id);
  };
  return { valueAt, extent, needed, blocks, computes };
}

function* formulaCells(grids: readonly Grid[], sheets: ReadonlySet<number>): Generator<CellAt> {
  for (const sheet of sheets) {
    const rows = grids[sheet].formulas ?? [];
    for (let row = 0; row < rows.length; row += 1) {
      const line = rows[row] ?? [];
      for (let col = 0; col < line.length; col += 1) if (line[col]) yield { sheet, row, col };
    }
  }
}

function withoutKept(grid: Grid, sheet: number, kept: ReadonlySet<string>): Grid['formulas'] {
  if (kept.size === 0) return grid.formulas;
  return grid.formulas?.map((row, r) => row.map((formula, c) => (kept.has(keyOf(sheet, r, c)) ? null : formula)));
}

/** The spill blocks; none when finding them fails (a formula too deep for the formula parser). */
function spillBlocksOrNone(engine: HyperFormula, grids: readonly Grid[]): Map<string, SpillBlock[]> {
  try {
    return spillBlocks(engine, grids);
  } catch {
    return new Map();
  }
}

function cachedWhereEngineCannot(grids: readonly Grid[], sheets: ReadonlySet<number>, computed: Computed, kept: ReadonlySet<string>): string[] {
  const found: string[] = [];
  grids.forEach((grid, s) => {
    if (!sheets.has(s)) return;
    grid.formulas?.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (!formula || kept.has(keyOf(s, r, c))) return;
        const cached = grid.values[r]?.[c] ?? null;
        const value = computed.valueAt(s, r, c);
        if (typeof value === 'string' && ENGINE_CANNOT.has(value) && cached !== null && !isErrorCode(cached)) found.push(keyOf(s, r, c));
      }),
    );
  });
  return found;
}

/**
 * The formulas the engine answered #ERROR! because its recursion ran out (a chain of 1 100
 * operators), though Excel takes them; named so check says which cell it could not compute
 * instead of a bare #ERROR!. Computing them would take a larger stack (as `finsam eval` has).
 */
function tooDeepCells(grids: readonly Grid[], sheets: ReadonlySet<number>, computed: Computed): (Omit<TooDeep, 'kept'> & { readonly index: number })[] {
  const found: (Omit<TooDeep, 'kept'> & { readonly index: number })[] = [];
  for (const s of sheets) {
    grids[s].formulas?.forEach((row, r) =>
      row.forEach((formula, c) => {
        // A file Excel saved holds no formula it cannot parse, so #ERROR! here is the engine's depth.
        if (!formula || computed.valueAt(s, r, c) !== UNCOMPUTABLE || !mayRecurseDeeply(formula) || beyondExcel(formula)) return;
        const shape = formulaShape(formula.replace(/^=/, ''));
        found.push({ index: s, sheet: grids[s].sheet, row: r, col: c, operators: shape.operators + shape.nesting });
      }),
    );
  }
  return found;
}

/**
 * The recalculated grid (the file's formulas, the engine's values where it computed them: a
 * formula cell, a spilled block) and how many values changed. A cell the engine only read, or
 * never saw, keeps the file's value.
 */
function merge(grid: Grid, sheet: number, computed: Computed): { grid: Grid; cells: number } {
  let cells = 0;
  const blocks = computed.blocks.get(grid.sheet);
  const extent = computed.extent(sheet);
  const height = Math.max(grid.values.length, extent.height);
  const values: (readonly CellContent[])[] = [];
  for (let r = 0; r < height; r += 1) {
    const row = grid.values[r] ?? [];
    const width = Math.max(row.length, r < extent.height ? extent.width : 0);
    // A row where nothing changed stays the file's own array: no copy of a million rows.
    let copy: CellContent[] | undefined;
    for (let c = 0; c < width; c += 1) {
      const cached = row[c] ?? null;
      const computes = computed.computes({ sheet, row: r, col: c }) || insideBlock(blocks, r, c);
      // A cell the engine only read, or never saw, keeps the file's value; a spill into a cell
      // the file left empty is the engine's.
      if (!computes && cached !== null) continue;
      const value = computed.valueAt(sheet, r, c);
      if (agrees(cached, value)) continue;
      cells += 1;
      copy ??= Array.from({ length: width }, (_, i) => row[i] ?? null);
      copy[c] = value;
    }
    values.push(copy ?? row);
  }
  return { grid: { ...grid, values }, cells };
}

/** Whether the cached value stands: the same, equal within rounding, or a date the engine sees as its serial number. */
function agrees(cached: CellContent, value: CellContent): boolean {
  if (cached === value || ((cached === null || cached === '') && (value === null || value === ''))) return true;
  if (typeof cached === 'number' && typeof value === 'number') return numbersAgree(cached, value);
  return typeof cached === 'string' && typeof value === 'number' && ISO_DATE.test(cached);
}

function isErrorCode(value: CellContent): boolean {
  return typeof value === 'string' && ERROR_CODES.has(value);
}
