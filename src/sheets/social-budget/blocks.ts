import { cellOf, Grid, readAmount, readLabel, sameLabel } from '../grid';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { CellContent } from '../plan';
import { CellPosition, columnOf, findHeader, findLabel, isBlankCell, textOf } from '../grid-search';

/**
 * The parts of the social budget sheet beside and above the indicator table, found by their
 * words: a labelled value (År, Målindex, Angivet maximalt Impactvärde …), the target share per
 * area and the platforms' summaries.
 */
export interface LabelledValue {
  /** The value cell: right of its label. */
  readonly at: CellPosition;
  readonly cell: CellContent;
}

/** How far right of its word a value may stand. */
const VALUE_REACH = 3;

/** The first value right of `label`: in the summary column when there is one, else anywhere. */
export function labelledValue(grid: Grid, label: string, column?: number): LabelledValue | undefined {
  const found = (column === undefined ? undefined : findLabel(grid, label, { col: column })) ?? findLabel(grid, label);
  if (!found) return undefined;
  // An inserted empty column between a word and its value must not lose the value.
  for (let col = found.col + 1; col <= found.col + VALUE_REACH; col += 1) {
    if (!isBlankCell(cellOf(grid, found.row, col))) return { at: { row: found.row, col }, cell: cellOf(grid, found.row, col) };
  }
  return { at: { row: found.row, col: found.col + 1 }, cell: null };
}

/** The column of the summary's words, so "Impactvärde" is not taken from the platforms' header. */
export function summaryColumn(grid: Grid): number | undefined {
  return findLabel(grid, labels.summary)?.col;
}

export interface AreaTargetCell {
  readonly name: string;
  readonly row: number;
  readonly nameCol: number;
  readonly shareCol: number;
  readonly share: CellContent;
}

/** Words that end a side block: the headers of the blocks that may follow it. */
const STOP_WORDS = [labels.platforms, labels.summary, labels.combined, labels.area];

/** The area block: "Målområde" and "Målandel" side by side, one row per area, blank rows skipped. */
export function scanAreaTargets(grid: Grid): AreaTargetCell[] | undefined {
  const header = findHeader(grid, [labels.targetShare, labels.weightSum]);
  if (!header) return undefined;
  const shareCol = header.columns[0];
  let nameCol: number | undefined;
  for (let col = shareCol - 1; col >= 0 && nameCol === undefined; col -= 1) {
    if (sameLabel(readLabel(cellOf(grid, header.row, col)), labels.area)) nameCol = col;
  }
  if (nameCol === undefined) return undefined;
  const found: AreaTargetCell[] = [];
  for (let row = header.row + 1; row < grid.values.length; row += 1) {
    const name = textOf(cellOf(grid, row, nameCol));
    if (STOP_WORDS.some((stop) => sameLabel(name, stop))) break;
    if (name === '') continue;
    found.push({ name, row, nameCol, shareCol, share: cellOf(grid, row, shareCol) });
  }
  return found;
}

export interface PlatformCells {
  readonly row: number;
  readonly name: string;
  readonly valueCol: number;
  readonly maximumCol: number;
  readonly impactValue: CellContent;
  readonly maximum: CellContent;
}

/** The platforms block, up to its "Alla plattformar sammanvägda" row. */
export function scanPlatforms(grid: Grid): PlatformCells[] | undefined {
  const header = findHeader(grid, [labels.platforms, labels.maximum]);
  if (!header) return undefined;
  const [nameCol, maximumCol] = header.columns;
  const valueCol = columnOf(grid, header.row, labels.impactValue, nameCol + 1) ?? nameCol + 1;
  const found: PlatformCells[] = [];
  for (let row = header.row + 1; row < grid.values.length; row += 1) {
    const name = textOf(cellOf(grid, row, nameCol));
    if (STOP_WORDS.some((stop) => sameLabel(name, stop))) break;
    const [impactValue, maximum] = [cellOf(grid, row, valueCol), cellOf(grid, row, maximumCol)];
    if (name === '' && isBlankCell(impactValue) && isBlankCell(maximum)) continue;
    found.push({ row, name, valueCol, maximumCol, impactValue, maximum });
  }
  return found;
}

/** A labelled number, undefined when the label or the number is not there. */
export function labelledNumber(value: LabelledValue | undefined): number | undefined {
  return value === undefined ? undefined : readAmount(value.cell);
}
