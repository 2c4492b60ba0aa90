import { cellAddress } from '../../sheets/address';
import { SheetPlan } from '../../sheets/plan';
import { cellBlocks, columnAddress, columnWidthPoints, styleRuns, tableAddress } from './cell-blocks';
import { queueStyle } from './cell-styles';
import { queueCharts } from './sheet-charts';
import { sameName } from './sheet-names';
import { Swap } from './swap-plan';
import { WorkbookSnapshot } from './workbook-snapshot';

/**
 * Queues a whole build (no sync): the new sheet under its temporary name with every cell,
 * look, table, width and frozen row, and only then, last in the batch, the swap that touches
 * the user's sheets. Excel runs a batch's statements in order and documents no rollback when
 * one fails (README.md here), so a failure while writing has touched only the new sheet, and
 * restore.ts undoes whatever part of the swap happened.
 */
export function queueBuild(context: Excel.RequestContext, plan: SheetPlan, snapshot: WorkbookSnapshot, swap: Swap): void {
  // ExcelApi 1.6 (ADDIN.md §4, large writes). "Once set, it is the developer's responsibility to
  // re-calc the workbook" (its reference), hence the recalculation queued last.
  context.application.suspendApiCalculationUntilNextSync();
  const sheet = context.workbook.worksheets.add(swap.temporary);
  const tables = queueSheet(sheet, plan);
  queueSwap(context, sheet, plan, snapshot, swap, tables);
  context.application.calculate('Recalculate');
}

/** The plan's contents on a fresh sheet. Returns the tables, still under the names Excel gave them. */
function queueSheet(sheet: Excel.Worksheet, plan: SheetPlan): { table: Excel.Table; name: string }[] {
  const blocks = cellBlocks(plan);
  if (blocks) {
    const block = sheet.getRange(blocks.address);
    // Formats first: a text cell must be "@" before its value arrives (ADDIN.md §4).
    block.numberFormat = blocks.numberFormat;
    block.values = blocks.values as (string | number | boolean)[][];
    block.formulas = blocks.formulas as string[][];
  }
  for (const run of styleRuns(plan)) queueStyle(sheet.getRange(run.address), run.style);
  plan.columnWidths.forEach((width, col) => {
    sheet.getRange(columnAddress(col)).format.columnWidth = columnWidthPoints(width);
  });
  if (plan.frozenRows > 0) sheet.freezePanes.freezeRows(plan.frozenRows);
  // Tables after their header and body are written, so Excel takes the header cells as names.
  const tables = plan.tables.map((planned) => {
    const table = sheet.tables.add(tableAddress(planned), true);
    table.style = 'TableStyleLight1';
    return { table, name: planned.name };
  });
  queueCharts(sheet, plan);
  return tables;
}

function queueSwap(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  plan: SheetPlan,
  snapshot: WorkbookSnapshot,
  swap: Swap,
  tables: { table: Excel.Table; name: string }[],
): void {
  const workbook = context.workbook;
  for (const kept of swap.keptTables) workbook.tables.getItem(kept.id).name = kept.to;
  if (swap.replaced) workbook.worksheets.getItem(swap.replaced.sheet.id).name = swap.replaced.keptAs;
  for (const { table, name } of tables) table.name = name;
  sheet.name = plan.name;
  // The new sheet takes the replaced one's place among the tabs; the kept copy moves right.
  if (swap.replaced) sheet.position = swap.replaced.sheet.position;
  for (const name of plan.names) {
    if (snapshot.names.some((existing) => sameName(existing.name, name.name))) workbook.names.getItem(name.name).delete();
    workbook.names.add(name.name, sheet.getRange(cellAddress(name.row, name.col)));
  }
  sheet.activate();
}
