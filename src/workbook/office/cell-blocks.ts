import { cellAddress, columnLetters, rangeAddress } from '../../sheets/address';
import { CellContent, CellStyle, formats, PlanCell, PlanTable, SheetPlan } from '../../sheets/plan';

/**
 * A sheet plan as the few 2-D blocks Excel takes in one write each (ADDIN.md §4: write whole
 * blocks, never cell by cell). Pure, so the exact arrays sent to Excel are tested without it.
 */
export interface CellBlocks {
  /** The block from A1 to the plan's last row and column. */
  readonly address: string;
  /** Written first: "@" for every text cell, so the values after it stay text. */
  readonly numberFormat: string[][];
  /** Literals; null (leave alone) for formula and empty cells. */
  readonly values: CellContent[][];
  /** en-US formulas; null for every other cell. */
  readonly formulas: (string | null)[][];
}

const GENERAL = 'General';

/**
 * The number format a plan cell gets in Excel. Text is "@" whatever the plan says: Excel's Text
 * format takes what is written as text, so "=HYPERLINK(…)", "@SUM", "+1" and "2021" stay
 * text. A formula never gets "@", which would make Excel keep it as text too.
 */
export function officeNumberFormat(cell: PlanCell): string {
  if (cell.formula === undefined && typeof cell.value === 'string') return formats.text;
  if (cell.formula !== undefined && cell.numberFormat === formats.text) return GENERAL;
  return cell.numberFormat ?? GENERAL;
}

export function cellBlocks(plan: SheetPlan): CellBlocks | undefined {
  if (plan.cells.length === 0) return undefined;
  const rows = Math.max(...plan.cells.map((cell) => cell.row)) + 1;
  const cols = Math.max(...plan.cells.map((cell) => cell.col)) + 1;
  const grid = <T>(fill: T): T[][] => Array.from({ length: rows }, () => Array.from({ length: cols }, () => fill));
  const numberFormat = grid(GENERAL);
  const values = grid<CellContent>(null);
  const formulas = grid<string | null>(null);
  for (const cell of plan.cells) {
    numberFormat[cell.row][cell.col] = officeNumberFormat(cell);
    if (cell.formula !== undefined) formulas[cell.row][cell.col] = cell.formula;
    else values[cell.row][cell.col] = cell.value ?? null;
  }
  return { address: rangeAddress(0, 0, rows - 1, cols - 1), numberFormat, values, formulas };
}

/** Runs of neighbouring cells in a row with the same look, so each run is styled as one range. */
export function styleRuns(plan: SheetPlan): { readonly style: CellStyle; readonly address: string }[] {
  const styled = plan.cells
    .filter((cell): cell is PlanCell & { style: CellStyle } => cell.style !== undefined && cell.style !== 'label')
    .sort((a, b) => a.row - b.row || a.col - b.col);
  const runs: { style: CellStyle; row: number; first: number; last: number }[] = [];
  for (const cell of styled) {
    const run = runs[runs.length - 1];
    if (run && run.row === cell.row && run.style === cell.style && run.last === cell.col - 1) run.last = cell.col;
    else runs.push({ style: cell.style, row: cell.row, first: cell.col, last: cell.col });
  }
  return runs.map(({ style, row, first, last }) => ({
    style,
    address: first === last ? cellAddress(row, first) : rangeAddress(row, first, row, last),
  }));
}

/** A table's header and body; a table without body rows still gets one, as Excel requires. */
export function tableAddress(table: PlanTable): string {
  const bottom = table.top + Math.max(1, table.bodyRows);
  return rangeAddress(table.top, table.left, bottom, table.left + table.columns.length - 1);
}

/**
 * A width in characters (the plan's and the .xlsx file's unit) as Office.js's `columnWidth`
 * in points: Excel draws a column of w characters of the default font (Calibri 11, 7 pixels a
 * digit) as 7w + 5 pixels, and a pixel is 0.75 point (96 dpi), so the default 8.43 is 48 points.
 */
export function columnWidthPoints(characters: number): number {
  return (Math.round(characters * 7) + 5) * 0.75;
}

/** "B:B" for the column at index 1. */
export function columnAddress(col: number): string {
  const letters = columnLetters(col);
  return `${letters}:${letters}`;
}
