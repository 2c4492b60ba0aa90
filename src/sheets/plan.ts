/**
 * A sheet plan: the cells, tables and names of one sheet as plain data (ARCHITECTURE.md). The
 * same plan is written to Excel, to the embedded engine and to an .xlsx file, so what the
 * treasurer gets, what the board opens and what the tests compute are one thing.
 */
export type CellContent = string | number | boolean | null;

/** Named looks, resolved to fonts and fills by each writer. */
export type CellStyle = 'title' | 'subtitle' | 'header' | 'label' | 'input' | 'sum' | 'total' | 'note' | 'check';

export interface PlanCell {
  /** 0-based row and column on the sheet. */
  readonly row: number;
  readonly col: number;
  /** A literal: text always stays text, even when it starts with "=" (never a formula). */
  readonly value?: CellContent;
  /** An en-US formula starting with "=", as Excel's `formulas` property takes it. */
  readonly formula?: string;
  /** An en-US number format code. */
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

/** An Excel table over a block of the sheet: a header row, then the body rows. */
export interface PlanTable {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly columns: readonly string[];
  readonly bodyRows: number;
}

/** A workbook-level defined name for one cell of this sheet. */
export interface PlanName {
  readonly name: string;
  readonly row: number;
  readonly col: number;
}

/** A scatter chart (the stakeholders' dialogue matrix), where the writer supports charts. */
export interface PlanScatterChart {
  readonly title: string;
  readonly xColumn: number;
  readonly yColumn: number;
  readonly labelColumn: number;
  readonly firstRow: number;
  readonly lastRow: number;
}

export type SheetKind = 'budget' | 'socialBudget' | 'socialReport' | 'followUp' | 'participants' | 'fullYearEquivalents' | 'stakeholders' | 'rules';

export interface SheetPlan {
  readonly name: string;
  readonly kind: SheetKind;
  readonly cells: readonly PlanCell[];
  readonly tables: readonly PlanTable[];
  readonly names: readonly PlanName[];
  /** Width of each column in characters, from column A. */
  readonly columnWidths: readonly number[];
  /** Rows kept in view when scrolling (the header). */
  readonly frozenRows: number;
  readonly chart?: PlanScatterChart;
}

export interface WorkbookPlan {
  readonly sheets: readonly SheetPlan[];
}

/** Number formats (en-US codes; Excel shows them with the user's separators). */
export const formats = {
  tkr: '#,##0;-#,##0',
  decimal: '#,##0.0',
  percent: '0%',
  percentOne: '0.0%',
  index: '0',
  whole: '0',
  text: '@',
} as const;
