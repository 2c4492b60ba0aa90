import { workbookMessages } from '../../text/workbook-messages';
import { SheetPlan } from '../../sheets/plan';
import { ApplyOptions, ApplyResult } from '../port';
import { isTaken, keptSheetName, keptTableName, sameName, temporarySheetName } from './sheet-names';
import { SheetInfo, WorkbookSnapshot } from './workbook-snapshot';

/**
 * Decides, from the first sync's snapshot and before anything is written, how a build swaps
 * its new sheet in: the temporary name, the name the replaced sheet is kept under, and the
 * replaced sheet's tables that give up their names. Pure, so every refusal is tested.
 */
export interface Swap {
  readonly temporary: string;
  /** The sheet being replaced (keepCopy), with the name it is kept under. */
  readonly replaced?: { readonly sheet: SheetInfo; readonly keptAs: string };
  readonly keptTables: readonly { readonly id: string; readonly from: string; readonly to: string }[];
}

export type SwapDecision = { readonly ok: true; readonly swap: Swap } | (ApplyResult & { readonly ok: false });

export function planSwap(plan: SheetPlan, snapshot: WorkbookSnapshot, options: ApplyOptions): SwapDecision {
  const existing = snapshot.sheets.find((sheet) => sameName(sheet.name, plan.name));
  if (existing && options.existing === 'fail') return { ok: false, reason: 'exists', message: workbookMessages.sheetExists(existing.name) };
  if (snapshot.structureProtected) return failed(plan, workbookMessages.workbookProtected());
  const sheetNames = snapshot.sheets.map((sheet) => sheet.name);
  const tableAndNameNames = [...snapshot.tables.map((table) => table.name), ...snapshot.names.map((name) => name.name)];
  const keptTables: { id: string; from: string; to: string }[] = [];
  for (const planned of plan.tables) {
    const holder = snapshot.tables.find((table) => sameName(table.name, planned.name));
    if (holder && existing && sameName(holder.sheet, existing.name)) {
      const to = keptTableName(holder.name, [...tableAndNameNames, ...keptTables.map((kept) => kept.to)]);
      keptTables.push({ id: holder.id, from: holder.name, to });
    } else if (holder) return { ok: false, reason: 'failed', message: workbookMessages.tableTaken(holder.name, holder.sheet) };
    else if (isTaken(planned.name, snapshot.names.map((name) => name.name))) {
      return { ok: false, reason: 'failed', message: workbookMessages.tableNameIsDefined(planned.name) };
    }
  }
  const temporary = temporarySheetName(sheetNames);
  const replaced = existing ? { sheet: existing, keptAs: keptSheetName(existing.name, [...sheetNames, temporary]) } : undefined;
  return { ok: true, swap: { temporary, replaced, keptTables } };
}

function failed(plan: SheetPlan, reason: string): SwapDecision {
  return { ok: false, reason: 'failed', message: workbookMessages.buildFailed(plan.name, reason) };
}
