import { CellValue, DetailedCellError } from 'hyperformula';
import { CellStyle } from '../../sheets/plan';
import { EngineWorkbook } from '../../workbook/engine/engine-workbook';
import { FormulaLocale } from '../../formula/swedish-formula';
import { editTextOf } from './cell-input';
import { alignmentOf, displayText } from './number-format';

/** One cell as the grid draws it. */
export interface CellView {
  readonly text: string;
  readonly align: 'start' | 'end' | 'center';
  readonly style?: CellStyle;
  readonly error: boolean;
  /** Text that may run on over the empty cells to its right, as Excel lets it. */
  readonly overflow: boolean;
}

export interface SheetView {
  readonly sheet: string;
  readonly rows: number;
  readonly cols: number;
  /** Filled rows on the sheet, which may be more than those drawn. */
  readonly usedRows: number;
  readonly cells: readonly (readonly CellView[])[];
  /** Column widths in characters. */
  readonly widths: readonly number[];
}

/** The selected cell as the formula bar shows it. */
export interface CellDetail {
  readonly editText: string;
  /** "#VALUE!: Vikt nr 3 är 12 …" for a cell that holds an error. */
  readonly error?: { readonly code: string; readonly message: string };
}

export const DRAWN_ROWS_MAX = 1000;
export const DRAWN_COLS_MAX = 52;
/** Excel's default column width, in characters of the digit 0. */
export const DEFAULT_WIDTH = 9;
const EMPTY: CellView = { text: '', align: 'start', error: false, overflow: false };

/**
 * What the grid draws of a sheet: the filled area plus a margin to type in, at least a screenful,
 * and always the selected cell. Values come from the engine, formats and looks from the plan the
 * sheet was built from (EngineWorkbook.cellFormat).
 */
export function sheetView(workbook: EngineWorkbook, sheet: string, selected: { row: number; col: number }): SheetView {
  const id = workbook.engine.getSheetId(sheet);
  const values: CellValue[][] = id === undefined ? [] : workbook.engine.getSheetValues(id);
  const usedCols = values.reduce((most, row) => Math.max(most, row.length), 0);
  const rows = Math.min(DRAWN_ROWS_MAX, Math.max(values.length + 10, 30, selected.row + 5));
  const cols = Math.min(DRAWN_COLS_MAX, Math.max(usedCols + 2, 10, selected.col + 3));
  const cells = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => cellView(workbook, sheet, values[r], c, r)));
  const layout = workbook.sheetLayout(sheet);
  const widths = Array.from({ length: cols }, (_, c) => layout?.columnWidths[c] ?? DEFAULT_WIDTH);
  return { sheet, rows, cols, usedRows: values.length, cells, widths };
}

function cellView(workbook: EngineWorkbook, sheet: string, row: CellValue[] | undefined, col: number, r: number): CellView {
  const value = row?.[col];
  const { numberFormat, style } = workbook.cellFormat(sheet, r, col);
  if ((value === null || value === undefined) && style === undefined) return EMPTY;
  const error = value instanceof DetailedCellError;
  const shown = error ? value.value : (value as Exclude<CellValue, DetailedCellError>);
  const align = alignmentOf(shown, error);
  const next = row?.[col + 1];
  return {
    text: displayText(shown, numberFormat),
    align,
    ...(style ? { style } : {}),
    error,
    overflow: align === 'start' && (next === null || next === undefined),
  };
}

/** The selected cell's formula (or typed value) in `locale`'s syntax and, for an error, its code and message. */
export function cellDetail(workbook: EngineWorkbook, sheet: string, row: number, col: number, locale: FormulaLocale = 'en-US'): CellDetail {
  const id = workbook.engine.getSheetId(sheet);
  if (id === undefined) return { editText: '' };
  const address = { sheet: id, row, col };
  const editText = editTextOf(workbook.engine.getCellSerialized(address), locale);
  const value = workbook.engine.getCellValue(address);
  if (!(value instanceof DetailedCellError)) return { editText };
  return { editText, error: { code: value.value, message: value.message ?? '' } };
}
