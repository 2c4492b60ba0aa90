import { cellAddress } from '../address';
import { cellOf, findRow, Grid, readAmount, readLabel, sameLabel } from '../grid';
import { budgetLabels as labels } from '../labels';

/**
 * The budget sheet as found: which row is what and the amounts per year column. Rows are
 * found by their labels, so moved rows, blank rows and extra columns do not matter.
 */
export type RowKind = 'state' | 'municipality' | 'region' | 'otherIncome' | 'incomeSum' | 'sectionTitle' | 'costLine' | 'sectionSum' | 'costSum' | 'result' | 'openingEquity' | 'closingEquity';

export interface ScannedRow {
  readonly kind: RowKind;
  readonly row: number;
  readonly label: string;
  /** One entry per year: the amount, or undefined when the cell holds no number. */
  readonly amounts: readonly (number | undefined)[];
  /** Whether each year's cell is a formula. */
  readonly computed: readonly boolean[];
}

export interface BudgetScan {
  readonly years: readonly { readonly year: number; readonly col: number }[];
  readonly rows: readonly ScannedRow[];
  readonly populationRows: readonly ScannedRow[];
  readonly association: string;
  readonly source?: string;
}

export function isYear(value: unknown): number | undefined {
  const year = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{4}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(year) && year >= 1990 && year <= 2200 ? year : undefined;
}

function headerRow(grid: Grid): number | undefined {
  for (let row = 0; row < Math.min(grid.values.length, 40); row += 1) {
    if (sameLabel(readLabel(cellOf(grid, row, 0)), labels.header) && isYear(cellOf(grid, row, 1)) !== undefined) return row;
  }
  return undefined;
}

export function scanBudget(grid: Grid): BudgetScan | undefined {
  const header = headerRow(grid);
  if (header === undefined) return undefined;
  const years: { year: number; col: number }[] = [];
  for (let col = 1; isYear(cellOf(grid, header, col)) !== undefined; col += 1) years.push({ year: isYear(cellOf(grid, header, col)) as number, col });
  const scanRow = (row: number, kind: RowKind): ScannedRow => ({
    kind,
    row,
    label: readLabel(cellOf(grid, row, 0)),
    amounts: years.map(({ col }) => readAmount(cellOf(grid, row, col))),
    computed: years.map(({ col }) => typeof grid.formulas?.[row]?.[col] === 'string'),
  });
  const rows = [...incomeRows(grid, header, scanRow), ...costRows(grid, header, scanRow)];
  const populationTitle = findRow(grid, labels.populationTitle, 0, header);
  const sourceRow = grid.values.findIndex((cells) => readLabel(cells[0] ?? null).startsWith(`${labels.source}:`));
  return {
    years,
    rows,
    populationRows: populationTitle === undefined ? [] : populationRows(grid, populationTitle, scanRow),
    association: readLabel(cellOf(grid, 1, 0)),
    source: sourceRow >= 0 ? readLabel(grid.values[sourceRow][0] ?? null).slice(labels.source.length + 1).trim() : undefined,
  };
}

type ScanRow = (row: number, kind: RowKind) => ScannedRow;

function incomeRows(grid: Grid, header: number, scanRow: ScanRow): ScannedRow[] {
  const start = findRow(grid, labels.income, 0, header);
  const end = findRow(grid, labels.incomeSum, 0, header);
  if (start === undefined || end === undefined) return [];
  const rows: ScannedRow[] = [];
  for (let row = start + 1; row < end; row += 1) {
    const label = readLabel(cellOf(grid, row, 0));
    if (!label) continue;
    rows.push(scanRow(row, incomeKind(label)));
  }
  rows.push(scanRow(end, 'incomeSum'));
  return rows;
}

function incomeKind(label: string): RowKind {
  const lower = label.replace(/^[-–•\s]+/, '').toLocaleLowerCase('sv-SE');
  if (/^(försäkringskassan|staten|stat\b|fk\b)/.test(lower)) return 'state';
  if (/(^|\s)(region|landsting)/.test(lower)) return 'region';
  if (/kommun/.test(lower)) return 'municipality';
  return 'otherIncome';
}

function costRows(grid: Grid, header: number, scanRow: ScanRow): ScannedRow[] {
  const start = findRow(grid, labels.costs, 0, header);
  const end = findRow(grid, labels.costSum, 0, header);
  if (start === undefined || end === undefined) return [];
  const rows: ScannedRow[] = [];
  for (let row = start + 1; row < end; row += 1) {
    const label = readLabel(cellOf(grid, row, 0));
    if (!label) continue;
    const scanned = scanRow(row, 'costLine');
    const kind: RowKind = /^summa /i.test(label) ? 'sectionSum' : scanned.amounts.every((a) => a === undefined) ? 'sectionTitle' : 'costLine';
    rows.push({ ...scanned, kind });
  }
  rows.push(scanRow(end, 'costSum'));
  for (const [kind, label] of [
    ['result', labels.result],
    ['openingEquity', labels.openingEquity],
    ['closingEquity', labels.closingEquity],
  ] as const) {
    const row = findRow(grid, label, 0, end);
    if (row !== undefined) rows.push(scanRow(row, kind));
  }
  return rows;
}

function populationRows(grid: Grid, title: number, scanRow: ScanRow): ScannedRow[] {
  const rows: ScannedRow[] = [];
  for (let row = title + 1; row < grid.values.length; row += 1) {
    const label = readLabel(cellOf(grid, row, 0));
    if (!label || sameLabel(label, labels.populationSum)) break;
    if (sameLabel(label, labels.populationName)) continue;
    rows.push(scanRow(row, 'municipality'));
  }
  return rows;
}

/** "B12" for a year's cell of a scanned row. */
export function cellOfYear(scan: BudgetScan, row: ScannedRow, yearIndex: number): string {
  return cellAddress(row.row, scan.years[yearIndex].col);
}
