import { findingMessages } from '../../text/findings';
import { cellAddress } from '../address';
import { Finding } from '../findings';
import { Grid, readLabel } from '../grid';
import { findWordCell, hasWord } from '../word-scan';
import { followUpLabels as labels } from '../../text/sheet-labels';
import { followUpHeader } from './read';

/**
 * A sheet with "Prognos" or "Utfall" beside income or costs, or titled "Uppföljning …", whose
 * table FINSAM cannot find: the header finding at the "Prognos"/"Utfall" cell. Empty when it
 * reads (detect) or does not look like a follow-up.
 */
export function followUpUnreadable(grid: Grid): Finding[] {
  const column = findWordCell(grid, [labels.forecast, labels.outcome]);
  const titled = /^uppföljning\b/i.test(readLabel(grid.values[0]?.[0] ?? null));
  if (!titled && !(column && hasWord(grid, [labels.income, labels.costs, labels.incomeSum, labels.costSum, labels.result]))) return [];
  if (followUpHeader(grid) !== undefined) return [];
  const cell = column ? cellAddress(column.row, column.col) : 'A1';
  return [{ rule: 'unreadable', severity: 'error', message: findingMessages.followUpHeaderMissing(), where: { sheet: grid.sheet, cell } }];
}
