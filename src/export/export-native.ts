/**
 * The native export as a pure function over grids (no file, no Excel), so the CLI and the task
 * pane share it: every FINSAM formula becomes native formulas or, where none can do it, the
 * value the add-in computes with a note saying why. Each native formula is checked in the
 * embedded engine before it is offered: a formula that does not give the add-in's value there
 * is replaced by the value, so the export never silently changes a number.
 */
import { Grid } from '../sheets/grid';
import { cellKey, engineWith, ExportValue, isErrorValue, Override, SheetValues, valueAt, valuesWithCached } from './cell-values';
import { Conversion } from './conversion';
import { CellTranslation, translateFormula } from './translate-formula';
import { checkConversions } from './self-check';

export interface NativeExport {
  readonly conversions: readonly Conversion[];
  /** The add-in's values for every cell of the workbook (what the FINSAM formulas give). */
  readonly values: SheetValues;
}

interface Found {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
  readonly translation: CellTranslation;
}

export function exportNative(grids: readonly Grid[]): NativeExport {
  const found = findFinsamCells(grids);
  const values = addinValues(grids, found);
  const cachedOf = (sheet: string, row: number, col: number): ExportValue => {
    const value = valueAt(values, sheet, row, col);
    // A block the engine could not spill keeps what the file last showed.
    return isErrorValue(value) && value.error === '#SPILL!' ? (grids.find((grid) => grid.sheet === sheet)?.values[row]?.[col] ?? null) : value;
  };
  const candidates = found.flatMap((cell) => conversionsOf(cell, cachedOf));
  return { conversions: checkConversions(grids, candidates, values), values };
}

function findFinsamCells(grids: readonly Grid[]): Found[] {
  const found: Found[] = [];
  for (const grid of grids) {
    grid.formulas?.forEach((row, r) =>
      row.forEach((formula, c) => {
        if (!formula) return;
        const translation = translateFormula(formula);
        if (translation.kind !== 'none') found.push({ sheet: grid.sheet, row: r, col: c, formula, translation });
      }),
    );
  }
  return found;
}

/**
 * The add-in's values: the workbook as engineFromGrids computes it, except that a spilled
 * block's cells are emptied first. A file keeps a spill's values in its block as plain cached
 * values, which would stop the engine from spilling there (#SPILL!).
 */
function addinValues(grids: readonly Grid[], found: readonly Found[]): SheetValues {
  const cleared = new Map<string, Override>();
  for (const cell of found) {
    if (cell.translation.kind !== 'spill') continue;
    for (let r = 0; r < cell.translation.rows; r += 1) {
      for (let c = r === 0 ? 1 : 0; c < cell.translation.cols; c += 1) cleared.set(cellKey(cell.sheet, cell.row + r, cell.col + c), null);
    }
  }
  // Only the FINSAM cells and what they read: every other cell keeps the value the file saved.
  const index = new Map(grids.map((grid, s) => [grid.sheet, s]));
  const roots = found.map((cell) => ({ sheet: index.get(cell.sheet) ?? 0, row: cell.row, col: cell.col }));
  return valuesWithCached(engineWith(grids, cleared, roots), grids);
}

function conversionsOf(cell: Found, cachedOf: (sheet: string, row: number, col: number) => ExportValue): Conversion[] {
  const { sheet, row, col, formula, translation } = cell;
  const at = (r: number, c: number) => ({ sheet, row: row + r, col: col + c, oldFormula: formula, value: cachedOf(sheet, row + r, col + c) });
  if (translation.kind === 'formula') return [{ ...at(0, 0), newFormula: translation.formula }];
  if (translation.kind === 'value') return [{ ...at(0, 0), reason: translation.reason }];
  if (translation.kind !== 'spill') return [];
  const block: Conversion[] = [];
  for (let r = 0; r < translation.rows; r += 1) {
    for (let c = 0; c < translation.cols; c += 1) {
      const element = translation.element(r, c);
      block.push(element.ok ? { ...at(r, c), newFormula: element.formula } : { ...at(r, c), reason: element.reason });
    }
  }
  return block;
}
