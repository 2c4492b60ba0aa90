import { findingMessages } from '../../text/findings';
import { cellAddress } from '../address';
import { Finding } from '../findings';
import { Grid } from '../grid';
import { columnOf, findHeader, isBlankCell } from '../grid-search';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { scanIndicators } from './scan';
import { hasWord } from '../word-scan';

/** Headings that make a row an indicator table, whatever its other columns are called. */
const LOOKS_LIKE: readonly (readonly string[])[] = [
  [labels.weight, labels.achieved],
  [labels.weight, 'Uppnått'],
  [labels.weight, labels.indicator],
];
const REQUIRED = [labels.area, labels.weight, labels.achieved];

/**
 * An indicator table with "Vikt" and "Uppnådd" under headings FINSAM does not read ("Område"
 * for "Målområde"): the columns missing, at the table's header row. Empty when the sheet reads
 * or has no such table.
 */
export function indicatorTableUnreadable(grid: Grid): Finding[] {
  if (!hasWord(grid, [labels.weight])) return [];
  const header = LOOKS_LIKE.map((words) => findHeader(grid, words)).find((found) => found !== undefined);
  if (!header || scanIndicators(grid).ok) return [];
  const missing = REQUIRED.filter((label) => columnOf(grid, header.row, label) === undefined);
  const found = REQUIRED.filter((label) => !missing.includes(label));
  const quoted = (list: readonly string[]) => list.map((word) => `"${word}"`).join(' och ');
  const first = Math.max(0, (grid.values[header.row] ?? []).findIndex((cell) => !isBlankCell(cell)));
  const message = findingMessages.socialBudgetColumnsMissing(header.row + 1, quoted(found.length ? found : [labels.weight]), quoted(missing));
  return [{ rule: 'unreadable', severity: 'error', message, where: { sheet: grid.sheet, cell: cellAddress(header.row, first) } }];
}
