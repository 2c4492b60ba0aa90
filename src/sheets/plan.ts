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

/**
 * Charts. Every series points at a range of the plan's own sheet in A1 form ("B10:B18", one row
 * or one column, no sheet name), never at copied values, so a chart follows the data when a
 * cell changes. Each writer draws them: Office.js charts in Excel, DrawingML chart parts in
 * .xlsx files, @fluentui/react-charts in the workbench. Titles and axis words are Swedish, as
 * the board papers word them. Build them with the helpers of src/sheets/charts.ts.
 */
export type PlanChart = PlanScatterChart | PlanColumnChart | PlanLineChart | PlanGaugeChart;

/** Where a chart sits: its top-left cell (0-based) and its size in columns and rows. */
export interface PlanChartPlace {
  readonly row: number;
  readonly col: number;
  readonly width: number;
  readonly height: number;
}

/** One series: its name in the legend and its values (an A1 range of the sheet). */
export interface PlanChartSeries {
  readonly name: string;
  readonly values: string;
}

/**
 * The stakeholders' dialogue matrix: interest (x) against influence (y), one point per row, named
 * by the label range. Both axes run `min`–`max` and cross at `midpoint`, which draws the four
 * quadrants (DOMAIN.md §6: above (1 + scale)/2 counts).
 */
export interface PlanScatterChart {
  readonly kind: 'scatter';
  readonly title: string;
  readonly place: PlanChartPlace;
  readonly xTitle: string;
  readonly yTitle: string;
  readonly x: string;
  readonly y: string;
  readonly labels: string;
  readonly min: number;
  readonly max: number;
  readonly midpoint: number;
}

/** Clustered columns: categories (an A1 range of labels) and 1–3 series, e.g. budget vs prognos per line. */
export interface PlanColumnChart {
  readonly kind: 'column';
  readonly title: string;
  readonly place: PlanChartPlace;
  readonly categories: string;
  readonly series: readonly PlanChartSeries[];
  readonly valueTitle?: string;
}

/** Lines over categories (e.g. years): equity against the staircase's cap. */
export interface PlanLineChart {
  readonly kind: 'line';
  readonly title: string;
  readonly place: PlanChartPlace;
  readonly categories: string;
  readonly series: readonly PlanChartSeries[];
  readonly valueTitle?: string;
}

/**
 * A gauge (the Impact Visare): one value on 0–100 and a target mark, e.g. an area's index
 * against its target index. `value` and `target` are single cells ("C12"). Build one with
 * `gaugeChart({ title, value, target, place })` from src/sheets/charts.ts. Excel and .xlsx draw
 * it as a horizontal bar pair (Utfall, Mål) on a fixed 0–100 axis, the workbench as a gauge.
 */
export interface PlanGaugeChart {
  readonly kind: 'gauge';
  readonly title: string;
  readonly place: PlanChartPlace;
  readonly value: string;
  readonly target: string;
  /** Legend words; "Utfall" and "Mål" unless given. */
  readonly valueName: string;
  readonly targetName: string;
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
  /** Charts drawn over the sheet's ranges (none when absent). */
  readonly charts?: readonly PlanChart[];
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
