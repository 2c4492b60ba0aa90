/**
 * Plan-writing helpers shared by the follow-up, participants, full-year-equivalents and
 * stakeholder sheets (see reading.ts beside this file).
 */
import { cellAddress, rangeAddress } from './address';
import { CellContent, CellStyle, PlanCell } from './plan';

/** Cells collected in the order they are put; literals stay literals, formulas start with "=". */
export interface CellWriter {
  readonly cells: PlanCell[];
  text(row: number, col: number, value: string, style?: CellStyle): void;
  value(row: number, col: number, value: CellContent, numberFormat?: string, style?: CellStyle): void;
  formula(row: number, col: number, formula: string, numberFormat?: string, style?: CellStyle): void;
}

export function cellWriter(): CellWriter {
  const cells: PlanCell[] = [];
  const put = (cell: PlanCell) => {
    // Optional properties are left out rather than set to undefined, so plans compare as data.
    cells.push(Object.fromEntries(Object.entries(cell).filter(([, v]) => v !== undefined)) as unknown as PlanCell);
  };
  return {
    cells,
    text: (row, col, value, style) => put({ row, col, value, style }),
    value: (row, col, value, numberFormat, style = 'input') => put({ row, col, value, numberFormat, style }),
    formula: (row, col, formula, numberFormat, style) => put({ row, col, formula, numberFormat, style }),
  };
}

/** "B5" for a cell and "$B$5" for one a copied formula must keep. */
export const ref = (row: number, col: number): string => cellAddress(row, col);
export const fixed = (row: number, col: number): string => cellAddress(row, col, true);
/** "C5:C8": one column from row `first` to row `last`. */
export const columnRange = (first: number, last: number, col: number): string => rangeAddress(first, col, last, col);

/**
 * An Excel table name from a sheet name: letters, digits and "_" only, starting with a letter
 * ("Uppföljning" → "Uppfoljning"), so two sheets of one kind get two tables.
 */
export function tableName(sheetName: string, suffix = ''): string {
  const ascii = `${sheetName}${suffix}`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9_]/g, '_');
  return /^[A-Za-z]/.test(ascii) ? ascii : `T_${ascii}`;
}

/** The source and each note as "Källa: …" / "Anmärkning: …" rows from `row`; the next free row. */
export function writeNotes(writer: CellWriter, row: number, labels: { source: string; note: string }, source: string, notes: readonly string[]): number {
  writer.text(row, 0, `${labels.source}: ${source}`, 'note');
  notes.forEach((note, index) => writer.text(row + 1 + index, 0, `${labels.note}: ${note}`, 'note'));
  return row + 1 + notes.length;
}
