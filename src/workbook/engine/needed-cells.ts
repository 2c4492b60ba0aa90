import { RawCellContent } from 'hyperformula';
import { Grid } from '../../sheets/grid';
import { CellRange, formulaReferences } from '../../formula/formula-references';

/** A cell of a workbook: the sheet's index among the grids, 0-based row and column. */
export interface CellAt {
  readonly sheet: number;
  readonly row: number;
  readonly col: number;
}

/**
 * The cells to give the engine, per sheet index, as row * COLUMNS + col; `formulas` those given
 * as their formula (the rest as their value). `all` when a formula's references cannot be read.
 */
export type Needed = { readonly all: true } | { readonly all: false; readonly cells: readonly Set<number>[]; readonly formulas: readonly Set<number>[] };

export const COLUMNS = 16_384;
export const cellKeyOf = (row: number, col: number) => row * COLUMNS + col;

/**
 * The roots and every cell they read, transitively: a formula the engine should compute reads
 * its cells (in use: a whole column is cut to the rows the sheet has), and a cell that holds a
 * formula `formulaAt` gives is computed in turn. A cell for which `formulaAt` gives null goes in
 * as its stored value, which ends the chain there. A million values outside every formula's
 * reach never reach the engine.
 */
export function neededCells(grids: readonly Grid[], roots: Iterable<CellAt>, formulaAt: (at: CellAt) => string | null | undefined): Needed {
  const sheetIndex = new Map(grids.map((grid, index) => [grid.sheet.toLowerCase(), index]));
  const cells = grids.map(() => new Set<number>());
  const formulas = grids.map(() => new Set<number>());
  const rangesSeen = new Set<string>();
  // Only formula cells wait in the queue: a value read by a formula is taken in at once.
  const queue: CellAt[] = [];
  const visit = (at: CellAt) => {
    const key = cellKeyOf(at.row, at.col);
    if (cells[at.sheet].has(key)) return;
    cells[at.sheet].add(key);
    if (formulaAt(at)) queue.push(at);
  };
  for (const root of roots) visit(root);
  while (queue.length > 0) {
    const at = queue.pop() as CellAt;
    const formula = formulaAt(at) as string;
    formulas[at.sheet].add(cellKeyOf(at.row, at.col));
    const ranges = formulaReferences(formula);
    if (!ranges) return { all: true };
    for (const range of ranges) {
      const sheet = range.sheet === undefined ? at.sheet : sheetIndex.get(range.sheet.toLowerCase());
      if (sheet === undefined) continue; // a sheet the workbook has not: the engine says #REF!
      const seen = `${sheet}!${range.top}!${range.left}!${range.bottom}!${range.right}`;
      if (rangesSeen.has(seen)) continue;
      rangesSeen.add(seen);
      filledCells(grids[sheet], sheet, range, visit);
    }
  }
  return { all: false, cells, formulas };
}

/** The cells of a range that hold a value or a formula, cut to the sheet's extent. */
function filledCells(grid: Grid, sheet: number, range: CellRange, visit: (at: CellAt) => void): void {
  const bottom = Math.min(range.bottom, Math.max(grid.values.length, grid.formulas?.length ?? 0) - 1);
  for (let row = range.top; row <= bottom; row += 1) {
    const values = grid.values[row];
    const formulas = grid.formulas?.[row];
    const right = Math.min(range.right, Math.max(values?.length ?? 0, formulas?.length ?? 0) - 1);
    for (let col = range.left; col <= right; col += 1) {
      if ((values?.[col] ?? null) !== null || formulas?.[col]) visit({ sheet, row, col });
    }
  }
}

/**
 * The engine's sheets from the needed cells only, every sheet present (so references to it
 * resolve) and each needed cell as `content` gives it; everything else is empty.
 */
export function sheetsFromNeeded(
  grids: readonly Grid[],
  needed: Needed,
  content: (at: CellAt, asFormula: boolean) => RawCellContent,
  everyFormula: (at: CellAt) => boolean = () => true,
): Record<string, RawCellContent[][]> {
  const sheets: Record<string, RawCellContent[][]> = {};
  grids.forEach((grid, sheet) => {
    const rows: RawCellContent[][] = [];
    const put = (row: number, col: number, asFormula: boolean) => {
      const line = (rows[row] ??= []);
      line[col] = content({ sheet, row, col }, asFormula);
    };
    if (needed.all) {
      const height = Math.max(grid.values.length, grid.formulas?.length ?? 0);
      for (let row = 0; row < height; row += 1) {
        const width = Math.max(grid.values[row]?.length ?? 0, grid.formulas?.[row]?.length ?? 0);
        for (let col = 0; col < width; col += 1) {
          if ((grid.values[row]?.[col] ?? null) !== null || grid.formulas?.[row]?.[col]) put(row, col, everyFormula({ sheet, row, col }));
        }
      }
    } else {
      for (const key of needed.cells[sheet]) put(Math.floor(key / COLUMNS), key % COLUMNS, needed.formulas[sheet].has(key));
    }
    // One shared empty row for the rows given nothing: the engine only reads them.
    const empty: RawCellContent[] = [];
    sheets[grid.sheet] = Array.from(rows, (row) => (row ? Array.from(row, (cell) => cell ?? null) : empty));
  });
  return sheets;
}

/** Whether the engine was given this cell. */
export function wasGiven(needed: Needed, at: CellAt): boolean {
  return needed.all || needed.cells[at.sheet].has(cellKeyOf(at.row, at.col));
}
