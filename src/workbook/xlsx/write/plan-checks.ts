import { findingMessages } from '../../../text/findings';
import { cellAddress } from '../../../sheets/address';
import { PlanTable, SheetPlan } from '../../../sheets/plan';

/**
 * What Excel would "repair" away, found before anything is written: a table's header cells must
 * be exactly its column names, and the names must differ (Excel matches them without case).
 * Returns the Swedish message of the first problem.
 */
export function tableProblem(sheet: SheetPlan, table: PlanTable): string | undefined {
  const seen = new Set<string>();
  for (const [index, column] of table.columns.entries()) {
    const key = column.toLocaleLowerCase('sv-SE');
    if (seen.has(key)) return findingMessages.tableColumnRepeated(table.name, column);
    seen.add(key);
    const header = sheet.cells.find((cell) => cell.row === table.top && cell.col === table.left + index);
    const found = header?.formula ?? header?.value;
    // A number typed as a header (the year 2021) is the same name as the text "2021".
    if (found !== undefined && found !== null && String(found) !== column) {
      return findingMessages.tableHeaderDiffers(table.name, cellAddress(table.top, table.left + index), String(found), column);
    }
  }
  return undefined;
}
