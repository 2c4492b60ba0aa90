import { workbookMessages } from '../../text/workbook-messages';
import { SheetPlan } from '../../sheets/plan';
import { sameName } from './sheet-names';
import { Swap } from './swap-plan';
import { WorkbookSnapshot } from './workbook-snapshot';

export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Restoration {
  readonly restored: boolean;
  /** What the user should look at when the workbook could not be put back (Swedish phrases). */
  readonly leftovers: readonly string[];
}

/**
 * Puts the workbook back as the first sync saw it after a build's write sync failed, in its
 * own Excel.run of two syncs (read, then fix). Excel does not roll a failed batch back, so any
 * prefix of the build may have happened: the new sheet may exist under either name, the
 * replaced sheet and its tables may be renamed, a defined name may point at the new sheet.
 * Sheets and tables are found by id, which renames do not change.
 */
export async function restore(run: ExcelRun, plan: SheetPlan, snapshot: WorkbookSnapshot, swap: Swap): Promise<Restoration> {
  try {
    await run(async (context) => {
      const workbook = context.workbook;
      const sheets = workbook.worksheets.load('items/name,items/id');
      const tables = workbook.tables.load('items/name,items/id');
      const names = plan.names.length > 0 ? workbook.names.load('items/name,items/formula') : undefined;
      await context.sync();
      const known = new Set(snapshot.sheets.map((sheet) => sheet.id));
      for (const sheet of sheets.items) {
        const ours = sameName(sheet.name, swap.temporary) || sameName(sheet.name, plan.name);
        if (!known.has(sheet.id) && ours) sheet.delete();
      }
      for (const before of snapshot.sheets) {
        const now = sheets.items.find((sheet) => sheet.id === before.id);
        if (now && now.name !== before.name) now.name = before.name;
      }
      for (const before of snapshot.tables) {
        const now = tables.items.find((table) => table.id === before.id);
        if (now && now.name !== before.name) now.name = before.name;
      }
      if (names) queueNamesBack(workbook, plan, snapshot, names.items);
      await context.sync();
    });
    return { restored: true, leftovers: [] };
  } catch (_error) {
    const leftovers = [workbookMessages.leftoverSheet(swap.temporary)];
    if (swap.replaced) leftovers.push(workbookMessages.renamedSheet(swap.replaced.keptAs, swap.replaced.sheet.name));
    return { restored: false, leftovers };
  }
}

/**
 * A name the build may have re-pointed reads "=Budget!$B$5" both before and after (the new
 * sheet took the name "Budget"), so the text cannot tell; every plan name is put back from the
 * snapshot, after the sheets have their names again, which makes the text mean the old sheet.
 */
function queueNamesBack(workbook: Excel.Workbook, plan: SheetPlan, snapshot: WorkbookSnapshot, current: Excel.NamedItem[]): void {
  for (const { name } of plan.names) {
    const before = snapshot.names.find((item) => sameName(item.name, name));
    current.find((item) => sameName(item.name, name))?.delete();
    if (before?.formula !== undefined) workbook.names.add(before.name, before.formula);
  }
}
