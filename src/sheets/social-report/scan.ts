import { cellOf, Grid, readAmount, sameLabel } from '../grid';
import { columnOf, findHeader, findLabel, isBlankCell, textOf } from '../grid-search';
import { CellContent } from '../plan';
import { socialReportLabels as labels } from '../../text/social-report-labels';
import { AREA_HEADERS, REPORT_HEADERS } from './plan';

/**
 * The report sheet as found by its words, with the values as computed (the recalculated grid):
 * what `finsam check` validates and `finsam report` prints. Columns may move; rows are read
 * from the table's header down to the area block's header.
 */
export type ReportColumn = (typeof REPORT_HEADERS)[number];
export type AreaColumn = (typeof AREA_HEADERS)[number];

export interface ScannedIndicator {
  readonly row: number;
  readonly cells: Readonly<Partial<Record<ReportColumn, CellContent>>>;
}

export interface ScannedArea {
  readonly row: number;
  /** The name as written; the whole's row carries labels.whole. */
  readonly name: string;
  readonly whole: boolean;
  readonly cells: Readonly<Partial<Record<AreaColumn, CellContent>>>;
}

export interface ReportScan {
  readonly title: string;
  readonly year?: number;
  readonly targetIndex?: number;
  readonly header: number;
  readonly columns: Readonly<Partial<Record<ReportColumn, number>>>;
  readonly indicators: readonly ScannedIndicator[];
  readonly areaColumns: Readonly<Partial<Record<AreaColumn, number>>>;
  readonly areas: readonly ScannedArea[];
}

/** The words whose row is the indicator table's header; the status column sets this kind apart from the social budget. */
export const DETECTING_HEADERS = [labels.area, labels.weight, labels.achieved, labels.status, labels.outcomeText] as const;

/** Whether the sheet has the report's indicator header: all its detector needs, without reading every row. */
export function hasReportTable(grid: Grid): boolean {
  return findHeader(grid, DETECTING_HEADERS) !== undefined;
}

export function scanReport(grid: Grid): ReportScan | undefined {
  const header = findHeader(grid, DETECTING_HEADERS);
  if (!header) return undefined;
  const columns = columnsOf(grid, header.row, REPORT_HEADERS);
  const areaHeader = findHeader(grid, [labels.areaBlock, labels.impactIndex], header.row + 1);
  const end = areaHeader?.row ?? grid.values.length;
  const indicators: ScannedIndicator[] = [];
  for (let row = header.row + 1; row < end; row += 1) {
    const cells = cellsOf(grid, row, columns);
    if (Object.values(cells).some((cell) => !isBlankCell(cell ?? null))) indicators.push({ row, cells });
  }
  const areaColumns = areaHeader ? columnsOf(grid, areaHeader.row, AREA_HEADERS) : {};
  const areas: ScannedArea[] = [];
  if (areaHeader) {
    for (let row = areaHeader.row + 1; row < grid.values.length; row += 1) {
      const name = textOf(cellOf(grid, row, areaHeader.columns[0]));
      if (name === '') break;
      areas.push({ row, name, whole: sameLabel(name, labels.whole), cells: cellsOf(grid, row, areaColumns) });
    }
  }
  return {
    title: textOf(cellOf(grid, 0, 0)),
    year: valueRightOf(grid, labels.year),
    targetIndex: valueRightOf(grid, labels.targetIndex),
    header: header.row,
    columns,
    indicators,
    areaColumns,
    areas,
  };
}

function columnsOf<K extends string>(grid: Grid, row: number, words: readonly K[]): Partial<Record<K, number>> {
  const found: Partial<Record<K, number>> = {};
  for (const word of words) {
    const col = columnOf(grid, row, word);
    if (col !== undefined) found[word] = col;
  }
  return found;
}

function cellsOf<K extends string>(grid: Grid, row: number, columns: Partial<Record<K, number>>): Partial<Record<K, CellContent>> {
  const cells: Partial<Record<K, CellContent>> = {};
  for (const [key, col] of Object.entries(columns) as [K, number][]) cells[key] = cellOf(grid, row, col);
  return cells;
}

/** A number right of its word in column A (År, Målindex). */
function valueRightOf(grid: Grid, label: string): number | undefined {
  const found = findLabel(grid, label, { col: 0 });
  return found ? readAmount(cellOf(grid, found.row, found.col + 1)) : undefined;
}
