import { workbookMessages } from '../../text/workbook-messages';
import { parseCellAddress } from '../../sheets/address';
import { Grid } from '../../sheets/grid';
import { SheetPlan } from '../../sheets/plan';
import { ApplyOptions, ApplyResult, WorkbookPort } from '../port';
import { failureReason } from './excel-failure';
import { gridFromRange, queueGrid } from './read-grid';
import { ExcelRun, restore } from './restore';
import { queueBuild } from './sheet-writer';
import { isValidSheetName } from './sheet-names';
import { planSwap, Swap } from './swap-plan';
import { queueSnapshot, WorkbookSnapshot } from './workbook-snapshot';

export type { ExcelRun } from './restore';

type Attempt =
  | { readonly done: ApplyResult }
  | { readonly error: unknown; readonly snapshot: WorkbookSnapshot; readonly swap: Swap };

/**
 * The Workbook port on Excel through Office.js: the only code that calls the Excel API
 * (house rule 12). A build takes two syncs, one to read what it must know and one to write;
 * reading grids and selecting a cell take one. Needs ExcelApi 1.7.
 *
 * @example new OfficeWorkbook() in the task pane; new OfficeWorkbook(fake.run) in tests.
 */
export class OfficeWorkbook implements WorkbookPort {
  constructor(private readonly run: ExcelRun = (batch) => Excel.run(batch)) {}

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });
  }

  /**
   * One sync for named sheets. Without names, or when a named sheet has gone (Excel then
   * refuses the whole read with ItemNotFound), it first asks for the names: one small sync
   * more. A named sheet that does not exist reads as an empty grid, as in the engine.
   */
  async readGrids(sheets?: readonly string[]): Promise<Grid[]> {
    if (sheets) {
      try {
        return await this.readSheets(sheets);
      } catch (error) {
        if ((error as { code?: unknown } | null)?.code !== 'ItemNotFound') throw error;
      }
    }
    const existing = await this.sheetNames();
    const wanted = sheets ?? existing;
    const grids = await this.readSheets(wanted.filter((name) => existing.includes(name)));
    return wanted.map((name) => grids.find((grid) => grid.sheet === name) ?? { sheet: name, values: [], formulas: [] });
  }

  private readSheets(sheets: readonly string[]): Promise<Grid[]> {
    return this.run(async (context) => {
      const ranges = sheets.map((name) => queueGrid(context.workbook.worksheets.getItem(name)));
      await context.sync();
      return sheets.map((name, index) => gridFromRange(name, ranges[index]));
    });
  }

  async applyPlan(plan: SheetPlan, options: ApplyOptions): Promise<ApplyResult> {
    if (!isValidSheetName(plan.name)) return { ok: false, reason: 'failed', message: workbookMessages.sheetNameInvalid(plan.name) };
    let attempt: Attempt;
    try {
      attempt = await this.run((context) => this.build(context, plan, options));
    } catch (error) {
      // The first sync only reads, so nothing has changed.
      return { ok: false, reason: 'failed', message: workbookMessages.buildFailed(plan.name, failureReason(error)) };
    }
    if ('done' in attempt) return attempt.done;
    const reason = failureReason(attempt.error);
    const restoration = await restore(this.run, plan, attempt.snapshot, attempt.swap);
    const message = restoration.restored
      ? workbookMessages.buildFailed(plan.name, reason)
      : workbookMessages.buildFailedNotRestored(plan.name, reason, restoration.leftovers);
    return { ok: false, reason: 'failed', message };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    if (!parseCellAddress(cell)) throw new Error(workbookMessages.cellInvalid(cell));
    await this.run(async (context) => {
      const worksheet = context.workbook.worksheets.getItem(sheet);
      // Activate first: Range.select on a sheet that is not active fails on some platforms.
      worksheet.activate();
      worksheet.getRange(cell).select();
      await context.sync();
    });
  }

  /** Sync 1 reads the snapshot; sync 2 writes the whole build. A failed sync 2 is returned, not thrown. */
  private async build(context: Excel.RequestContext, plan: SheetPlan, options: ApplyOptions): Promise<Attempt> {
    const readSnapshot = queueSnapshot(context, plan.names.length > 0);
    await context.sync();
    const snapshot = readSnapshot();
    const decision = planSwap(plan, snapshot, options);
    if (!decision.ok) return { done: decision };
    const swap = decision.swap;
    queueBuild(context, plan, snapshot, swap);
    try {
      await context.sync();
    } catch (error) {
      return { error, snapshot, swap };
    }
    return { done: { ok: true, sheet: plan.name, ...(swap.replaced ? { keptCopy: swap.replaced.keptAs } : {}) } };
  }
}
