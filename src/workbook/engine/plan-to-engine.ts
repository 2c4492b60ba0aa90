import { DetailedCellError, HyperFormula, RawCellContent } from 'hyperformula';
import { cellAddress, sheetReference } from '../../sheets/address';
import { Grid } from '../../sheets/grid';
import { CellContent, SheetPlan, WorkbookPlan } from '../../sheets/plan';
import { createEngine } from './engine';
import { insideBlock, SpillBlock, spillBlocks } from './spill-blocks';

/**
 * Writes a workbook plan into the engine and reads sheets back as grids. Literal text is
 * written with Excel's leading apostrophe, so a label such as "=HYPERLINK(…)" or "@SUM" stays
 * text (OWASP formula injection) and only the plan's formulas are formulas.
 */
export function engineFromPlan(plan: WorkbookPlan): HyperFormula {
  const names = plan.sheets.flatMap((sheet) =>
    sheet.names.map((name) => ({ name: name.name, expression: `=${sheetReference(sheet.name)}!${cellAddress(name.row, name.col, true)}` })),
  );
  return createEngine(Object.fromEntries(plan.sheets.map((sheet) => [sheet.name, contentsOf(sheet)])), names);
}

export function contentsOf(sheet: SheetPlan): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const cell of sheet.cells) {
    const row = (rows[cell.row] ??= []);
    row[cell.col] = cell.formula ?? literal(cell.value ?? null);
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (content) => content ?? null));
}

export function literal(value: CellContent): RawCellContent {
  return typeof value === 'string' ? `'${value}` : value;
}

/** A sheet's computed values and its formulas; an error shows as its code ("#VALUE!"). */
export function gridOf(engine: HyperFormula, sheet: string): Grid {
  const id = engine.getSheetId(sheet);
  if (id === undefined) return { sheet, values: [] };
  const values = engine.getSheetValues(id).map((row) => row.map((cell) => (cell instanceof DetailedCellError ? cell.value : (cell as CellContent))));
  const formulas = engine
    .getSheetSerialized(id)
    .map((row) => row.map((cell) => (typeof cell === 'string' && cell.startsWith('=') ? cell : null)));
  return { sheet, values, formulas };
}

/** Every sheet of the engine as a grid, in order. */
export function gridsOf(engine: HyperFormula): Grid[] {
  return engine.getSheetNames().map((name) => gridOf(engine, name));
}

/**
 * A workbook read from a file, back into the engine so its formulas recalculate: each cell's
 * formula where it has one, else its value (text kept as text). The cached values inside a
 * spilled FINSAM block are left out, so the formula can spill again. Never throws for a cell:
 * a formula the engine cannot take is #ERROR! in its own cell (createEngine).
 */
export function engineFromGrids(grids: readonly Grid[]): HyperFormula {
  const engine = createEngine(sheetsOf(grids, new Map()));
  const blocks = spillBlocksOrNone(engine, grids);
  return blocks.size === 0 ? engine : createEngine(sheetsOf(grids, blocks));
}

/** The spill blocks; none when finding them fails (a formula too deep for the formula parser). */
function spillBlocksOrNone(engine: HyperFormula, grids: readonly Grid[]): Map<string, SpillBlock[]> {
  try {
    return spillBlocks(engine, grids);
  } catch {
    return new Map();
  }
}

function sheetsOf(grids: readonly Grid[], blocks: ReadonlyMap<string, SpillBlock[]>): Record<string, RawCellContent[][]> {
  return Object.fromEntries(
    grids.map((grid) => [
      grid.sheet,
      grid.values.map((row, r) =>
        Array.from(row, (value, c) => grid.formulas?.[r]?.[c] ?? (insideBlock(blocks.get(grid.sheet), r, c) ? null : literal(value ?? null))),
      ),
    ]),
  );
}
