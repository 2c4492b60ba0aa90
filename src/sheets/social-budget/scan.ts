import { cellOf, Grid } from '../grid';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { CellContent } from '../plan';
import { columnOf, findHeader, isBlankCell } from '../grid-search';

/**
 * The indicator table as found on a sheet: its header row, the columns by their headers (in
 * any order, extra columns ignored) and every body row that holds something, blank rows
 * skipped. Values are left raw; parse.ts gives them meaning.
 */
export type ColumnKey = 'code' | 'area' | 'goal' | 'indicator' | 'target' | 'comparison' | 'weight' | 'outcome' | 'achieved' | 'invented' | 'count' | 'base';

/** Antal and Av are optional: an outcome as counts in two columns of the treasurer's own (DOMAIN.md §7). */
const COLUMN_KEYS: readonly ColumnKey[] = ['code', 'area', 'goal', 'indicator', 'target', 'comparison', 'weight', 'outcome', 'achieved', 'invented', 'count', 'base'];
/** Without these the sheet cannot give an index: which area, how heavy, whether achieved. */
const REQUIRED: readonly ColumnKey[] = ['area', 'weight', 'achieved'];
const REQUIRED_LABELS = REQUIRED.map((key) => labels[key]);
/** Columns whose content makes a row an indicator; a lone code or mark may be a note. */
const CONTENT: readonly ColumnKey[] = ['area', 'goal', 'indicator', 'weight', 'outcome', 'achieved'];

export interface ScannedRow {
  readonly row: number;
  readonly cells: Readonly<Record<ColumnKey, CellContent>>;
  /** Utfall's formula, when it has one: "=117/133" keeps an outcome's counts (plan.ts writes it so). */
  readonly outcomeFormula?: string;
}

export interface TableScan {
  readonly header: number;
  readonly columns: Readonly<Partial<Record<ColumnKey, number>>>;
  readonly rows: readonly ScannedRow[];
}

export type TableResult = { readonly ok: true; readonly table: TableScan } | { readonly ok: false; readonly missing: readonly string[] };

/** Whether the sheet has the indicator table's header: all a sheet kind's detector needs, without reading every row. */
export function hasIndicatorTable(grid: Grid): boolean {
  return findHeader(grid, REQUIRED_LABELS) !== undefined;
}

export function scanIndicators(grid: Grid): TableResult {
  const header = findHeader(grid, REQUIRED_LABELS);
  if (!header) return { ok: false, missing: REQUIRED_LABELS };
  const columns: Partial<Record<ColumnKey, number>> = {};
  for (const key of COLUMN_KEYS) {
    const col = columnOf(grid, header.row, labels[key]);
    if (col !== undefined) columns[key] = col;
  }
  const rows: ScannedRow[] = [];
  for (let row = header.row + 1; row < grid.values.length; row += 1) {
    // A plain loop: this runs once per indicator row (100 000 in the bench).
    const cells = {} as Record<ColumnKey, CellContent>;
    for (const key of COLUMN_KEYS) {
      const col = columns[key];
      cells[key] = col === undefined ? null : cellOf(grid, row, col);
    }
    const outcomeFormula = columns.outcome === undefined ? undefined : grid.formulas?.[row]?.[columns.outcome] ?? undefined;
    if (CONTENT.some((key) => !isBlankCell(cells[key]))) rows.push({ row, cells, ...(outcomeFormula ? { outcomeFormula } : {}) });
  }
  return { ok: true, table: { header: header.row, columns, rows } };
}
