import { isPlanYear } from '../../domain';
import { findingMessages } from '../../text/findings';
import { cellAddress } from '../address';
import { cellOf, Grid, readAmount, readLabel, sameLabel } from '../grid';
import { isBlankCell } from '../grid-search';
import { budgetLabels as labels } from '../../text/sheet-labels';
import { findWordCell } from '../word-scan';
import { IncomeKind, incomeKindOf } from './member-rows';
import { budgetWords as words } from './words';

/**
 * The budget sheet as found: which row is what and the amounts per year column. Blocks are
 * found by their words (Intäkter, Summa intäkter, Kostnader, Summa kostnader …) wherever they
 * stand, the years in whichever row is above the income, so a budget typed as the board paper
 * prints it reads as well as one FINSAM built (issue 13).
 */
export type RowKind = IncomeKind | 'incomeSum' | 'sectionTitle' | 'costLine' | 'sectionSum' | 'costSum' | 'result' | 'openingEquity' | 'closingEquity';

export interface ScannedRow {
  readonly kind: RowKind;
  readonly row: number;
  readonly label: string;
  /** The column the label stands in (A for FINSAM's sheets, maybe B on a paper typed by hand). */
  readonly labelCol: number;
  /** One entry per year: the amount, or undefined when the cell holds no number. */
  readonly amounts: readonly (number | undefined)[];
  /** Whether each year's cell is a formula. */
  readonly computed: readonly boolean[];
  /** An income row whose words say neither member nor other income (a warning, not a guess). */
  readonly unclearKind?: boolean;
}

export interface BudgetScan {
  readonly years: readonly { readonly year: number; readonly col: number }[];
  readonly rows: readonly ScannedRow[];
  readonly populationRows: readonly ScannedRow[];
  readonly association: string;
  readonly source?: string;
  /** −1 when costs are shown negative (seed 003), +1 when typed as positive amounts. */
  readonly costSign: 1 | -1;
  /** The "Intäkter" heading (or "Summa intäkter"), for findings about the block as a whole. */
  readonly incomeCell: string;
}

export type BudgetScanResult = { readonly ok: true; readonly scan: BudgetScan } | { readonly ok: false; readonly message: string; readonly cell: string };

export function isYear(value: unknown): number | undefined {
  const year = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{4}\s*$/.test(value) ? Number(value) : NaN;
  return isPlanYear(year) ? year : undefined;
}

/** A year heading: 2021, "2021" or "Budget 2021". */
function yearOf(cell: unknown): number | undefined {
  if (typeof cell !== 'string') return isYear(cell);
  const match = /^\s*(?:budget\s+)?(\d{4})\s*$/i.exec(cell);
  return match ? isYear(match[1]) : undefined;
}

const isOneOf = (text: string, list: readonly string[]) => text !== '' && list.some((word) => sameLabel(text, word));
const hasLetter = (text: string) => /\p{L}/u.test(text);

/** The budget as found, or where reading stopped and why. */
export function scanBudgetSheet(grid: Grid): BudgetScanResult {
  const incomeSum = findWord(grid, words.incomeSum, 0);
  if (!incomeSum) {
    const heading = findWord(grid, words.income, 0);
    return { ok: false, message: findingMessages.budgetMissingRow(labels.incomeSum), cell: heading ? cellAddress(heading.row, heading.col) : 'A1' };
  }
  const heading = findWordAbove(grid, words.income, incomeSum.row);
  const labelCol = Math.min(incomeSum.col, heading?.col ?? incomeSum.col);
  const start = heading ?? incomeSum;
  const header = findYears(grid, heading ? heading.row : incomeSum.row - 1, labelCol, heading !== undefined, start);
  if (!header.ok) return header;
  const { years } = header;
  const firstYearCol = years[0].col;
  const labelOf = (row: number) => rowLabel(grid, row, firstYearCol);
  const scanRow = (row: number, kind: RowKind): ScannedRow => ({
    kind,
    row,
    label: labelOf(row),
    labelCol: labelColumn(grid, row, firstYearCol),
    amounts: years.map(({ col }) => readAmount(cellOf(grid, row, col))),
    computed: years.map(({ col }) => typeof grid.formulas?.[row]?.[col] === 'string'),
  });
  const populationTitle = findRowOf(grid, [labels.populationTitle], labelOf, header.row + 1);
  const populationRows = populationTitle === undefined ? [] : scanPopulation(grid, populationTitle, labelOf, scanRow);
  const declared = populationRows.map((row) => row.label);
  const incomeFirst = Math.max(header.row, heading?.row ?? header.row) + 1;
  const rows: ScannedRow[] = [];
  for (let row = incomeFirst; row < incomeSum.row; row += 1) {
    const label = labelOf(row);
    if (!label) continue;
    const kind = incomeKindOf(label, years.map(({ col }) => grid.formulas?.[row]?.[col] ?? null), declared);
    rows.push({ ...scanRow(row, kind.kind), ...(kind.unclear ? { unclearKind: true } : {}) });
  }
  rows.push(scanRow(incomeSum.row, 'incomeSum'));
  const costsHeading = findRowOf(grid, words.costs, labelOf, incomeSum.row + 1);
  const costSum = findRowOf(grid, words.costSum, labelOf, (costsHeading ?? incomeSum.row) + 1);
  if (costSum === undefined) {
    const after = costsHeading ?? incomeSum.row;
    const afterLabel = costsHeading === undefined ? labels.incomeSum : labels.costs;
    const cell = cellAddress(after, labelColumn(grid, after, firstYearCol));
    return { ok: false, message: findingMessages.budgetMissingRowAfter(labels.costSum, afterLabel, cell), cell };
  }
  const costs = costRows((costsHeading ?? incomeSum.row) + 1, costSum, labelOf, scanRow);
  rows.push(...costs, ...closingRows(grid, costSum, populationTitle, labelOf, scanRow));
  return {
    ok: true,
    scan: {
      years,
      rows,
      populationRows,
      association: associationOf(header.row, labelOf),
      ...sourceOf(grid, labelOf),
      costSign: costSignOf(costs),
      incomeCell: cellAddress(start.row, start.col),
    },
  };
}

/** The scan when the sheet can be read as a budget; undefined otherwise. */
export function scanBudget(grid: Grid): BudgetScan | undefined {
  const result = scanBudgetSheet(grid);
  return result.ok ? result.scan : undefined;
}

type LabelOf = (row: number) => string;
type ScanRow = (row: number, kind: RowKind) => ScannedRow;

/** The first cell, in any column, carrying one of `list`, at or after `from`. */
const findWord = (grid: Grid, list: readonly string[], from: number) => findWordCell(grid, list, from);

/** The last cell above `below` carrying one of `list` (the "Intäkter" over "Summa intäkter"). */
const findWordAbove = (grid: Grid, list: readonly string[], below: number) => (below > 0 ? findWordCell(grid, list, below - 1, true) : undefined);

function findRowOf(grid: Grid, list: readonly string[], labelOf: LabelOf, from: number): number | undefined {
  for (let row = from; row < grid.values.length; row += 1) if (isOneOf(labelOf(row), list)) return row;
  return undefined;
}

/** A row's label: its first cell with letters left of the years (a number or code before it is skipped). */
function rowLabel(grid: Grid, row: number, firstYearCol: number): string {
  return readLabel(cellOf(grid, row, labelColumn(grid, row, firstYearCol)));
}

function labelColumn(grid: Grid, row: number, firstYearCol: number): number {
  for (let col = 0; col < firstYearCol; col += 1) if (hasLetter(readLabel(cellOf(grid, row, col)))) return col;
  return 0;
}

type YearsResult = { ok: true; row: number; years: { year: number; col: number }[] } | { ok: false; message: string; cell: string };

/**
 * The year headings: going up from the income heading, the first row with anything right of
 * the labels must carry the years (a unit such as "tkr" may stand beside them). Without an
 * "Intäkter" heading the income lines themselves are passed on the way up.
 */
function findYears(grid: Grid, from: number, labelCol: number, anchored: boolean, start: { row: number; col: number }): YearsResult {
  for (let row = from; row >= 0; row -= 1) {
    const cells = grid.values[row] ?? [];
    const years: { year: number; col: number }[] = [];
    let blocker: number | undefined;
    let numbers = 0;
    for (let col = labelCol + 1; col < cells.length; col += 1) {
      const cell = cells[col];
      if (isBlankCell(cell)) continue;
      const year = yearOf(cell);
      const text = readLabel(cell);
      if (year !== undefined) years.push({ year, col });
      else if (isOneOf(text, words.followUpColumns)) blocker ??= col;
      // A unit or "Budget" is no content; other text (a comment column's heading) may stand beside the years.
      else if (!isOneOf(text, words.corner) && (typeof cell !== 'string' || readAmount(cell) !== undefined)) numbers += 1;
    }
    if (years.length > 0 && numbers === 0 && blocker === undefined) return distinctYears(row, years);
    if (blocker === undefined && numbers === 0) continue; // blank, or only words (a unit, a comment column's heading)
    if (!anchored && blocker === undefined && years.length === 0 && hasLetter(rowLabel(grid, row, labelCol + 1))) continue;
    const firstContent = blocker ?? cells.findIndex((cell, col) => col > labelCol && !isBlankCell(cell) && !isOneOf(readLabel(cell), words.corner));
    return { ok: false, message: findingMessages.budgetYearsExpected(cells[firstContent], cellAddress(row, firstContent)), cell: cellAddress(row, firstContent) };
  }
  const cell = cellAddress(start.row, start.col);
  return { ok: false, message: findingMessages.budgetNoYears(readLabel(cellOf(grid, start.row, start.col)), cell), cell };
}

function distinctYears(row: number, years: { year: number; col: number }[]): YearsResult {
  for (let index = 1; index < years.length; index += 1) {
    const twin = years.slice(0, index).find((other) => other.year === years[index].year);
    if (twin) {
      const cell = cellAddress(row, years[index].col);
      return { ok: false, message: findingMessages.budgetYearTwice(twin.year, cellAddress(row, twin.col), cell), cell };
    }
  }
  return { ok: true, row, years };
}

/** Cost lines, section titles (a label without amounts) and section sums, then "Summa kostnader". */
function costRows(first: number, costSum: number, labelOf: LabelOf, scanRow: ScanRow): ScannedRow[] {
  const rows: ScannedRow[] = [];
  for (let row = first; row < costSum; row += 1) {
    const label = labelOf(row);
    if (!label) continue;
    const scanned = scanRow(row, 'costLine');
    const kind: RowKind = /^summa /i.test(label) ? 'sectionSum' : scanned.amounts.every((a) => a === undefined) ? 'sectionTitle' : 'costLine';
    rows.push({ ...scanned, kind });
  }
  rows.push(scanRow(costSum, 'costSum'));
  return rows;
}

/** Result and equity after "Summa kostnader", before the population table. */
function closingRows(grid: Grid, costSum: number, populationTitle: number | undefined, labelOf: LabelOf, scanRow: ScanRow): ScannedRow[] {
  const rows: ScannedRow[] = [];
  for (const kind of ['result', 'openingEquity', 'closingEquity'] as const) {
    const row = findRowOf(grid, words[kind], labelOf, costSum + 1);
    if (row !== undefined && (populationTitle === undefined || row < populationTitle)) rows.push(scanRow(row, kind));
  }
  return rows;
}

function scanPopulation(grid: Grid, title: number, labelOf: LabelOf, scanRow: ScanRow): ScannedRow[] {
  const rows: ScannedRow[] = [];
  for (let row = title + 1; row < grid.values.length; row += 1) {
    const label = labelOf(row);
    if (!label || sameLabel(label, labels.populationSum)) break;
    if (sameLabel(label, labels.populationName)) continue;
    rows.push(scanRow(row, 'municipality'));
  }
  return rows;
}

/** The sign costs are shown with: that of "Summa kostnader", else of the lines; negative by default. */
function costSignOf(rows: readonly ScannedRow[]): 1 | -1 {
  const sum = rows.find((row) => row.kind === 'costSum');
  const first = sum?.amounts.find((amount) => amount !== undefined && amount !== 0);
  const lines = rows.filter((row) => row.kind === 'costLine').reduce((total, row) => total + row.amounts.reduce<number>((s, a) => s + (a ?? 0), 0), 0);
  const basis = first ?? lines;
  return basis > 0 ? 1 : -1;
}

/** The association's name: a "Samordningsförbundet …" line above the years, else the line right under the title. */
function associationOf(header: number, labelOf: LabelOf): string {
  const above = Array.from({ length: header }, (_, row) => labelOf(row));
  const named = above.find((label) => /samordningsförbund/i.test(label));
  if (named) return named;
  const title = above.findIndex((label) => label !== '');
  return title >= 0 && title < header - 1 ? above[header - 1] : '';
}

function sourceOf(grid: Grid, labelOf: LabelOf): { source?: string } {
  for (let row = 0; row < grid.values.length; row += 1) {
    const label = labelOf(row);
    if (label.startsWith(`${labels.source}:`)) return { source: label.slice(labels.source.length + 1).trim() };
  }
  return {};
}

/** "B12" for a year's cell of a scanned row. */
export function cellOfYear(scan: BudgetScan, row: ScannedRow, yearIndex: number): string {
  return cellAddress(row.row, scan.years[yearIndex].col);
}
