import { SelfTestProbe, WorkbookState } from '../self-test-probe';
import { ExcelRun, OfficeWorkbook } from './office-workbook';
import { sameName } from './sheet-names';

/** The part of Office.context.document.settings the round trip uses. */
export type SettingsStore = Pick<Office.Settings, 'get' | 'set' | 'remove' | 'saveAsync' | 'refreshAsync'>;

/**
 * Självtest's probe on Excel: the pane's own OfficeWorkbook on an Excel.run whose syncs are
 * counted, and the few reads and removals the checks need, each in one batch.
 *
 * @example new OfficeSelfTestProbe((batch) => Excel.run(batch), Office.context.document.settings, describeOffice)
 */
export class OfficeSelfTestProbe implements SelfTestProbe {
  readonly port: OfficeWorkbook;
  private syncs = 0;
  private readonly counted: ExcelRun;

  constructor(
    private readonly run: ExcelRun,
    private readonly settings: SettingsStore | undefined,
    readonly describe: () => Promise<string[]> = async () => [],
  ) {
    this.counted = (batch) =>
      run((context) => {
        // Counted on the context itself, so every sync of the adapter's batches is seen.
        const sync = context.sync.bind(context);
        context.sync = <T>(passThroughValue?: T) => {
          this.syncs += 1;
          return sync(passThroughValue);
        };
        return batch(context);
      });
    this.port = new OfficeWorkbook(this.counted);
  }

  async countSyncs<T>(work: () => Promise<T>): Promise<{ result: T; syncs: number }> {
    const start = this.syncs;
    const result = await work();
    return { result, syncs: this.syncs - start };
  }

  state(): Promise<WorkbookState> {
    return this.run(async (context) => {
      const workbook = context.workbook;
      const sheets = workbook.worksheets.load('items/name');
      const names = workbook.names.load('items/name,items/formula');
      const tables = workbook.tables.load('items/name,items/worksheet/name');
      const active = workbook.worksheets.getActiveWorksheet().load('name');
      await context.sync();
      return {
        sheets: sheets.items.map((sheet) => sheet.name),
        names: names.items.map((item) => ({ name: item.name, formula: String(item.formula) })).sort((a, b) => a.name.localeCompare(b.name)),
        tables: tables.items.map((table) => ({ name: table.name, sheet: table.worksheet.name })),
        activeSheet: active.name,
      };
    });
  }

  async removeSheet(sheet: string, cleanUp: { readonly names: readonly string[]; readonly activate?: string }): Promise<void> {
    await this.run(async (context) => {
      const workbook = context.workbook;
      const names = cleanUp.names.length > 0 ? workbook.names.load('items/name') : undefined;
      if (names) await context.sync();
      // Activate first: deleting the active sheet would make Excel show a neighbour instead.
      if (cleanUp.activate !== undefined) workbook.worksheets.getItem(cleanUp.activate).activate();
      for (const item of names?.items ?? []) if (cleanUp.names.some((name) => sameName(name, item.name))) item.delete();
      workbook.worksheets.getItem(sheet).delete();
      await context.sync();
    });
  }

  async settingsRoundTrip(key: string, value: string): Promise<unknown> {
    const settings = this.settings;
    if (!settings) throw new Error('Dokumentet har inga inställningar (Office.context.document.settings saknas).');
    settings.set(key, value);
    await officeCall((done) => settings.saveAsync(done));
    // Re-read from the document, so the value comes back from what was saved, not from memory.
    await officeCall((done) => settings.refreshAsync(done));
    const read: unknown = settings.get(key);
    settings.remove(key);
    await officeCall((done) => settings.saveAsync(done));
    return read;
  }
}

/** An Office.js callback call as a promise that rejects with Office's error. */
function officeCall(call: (done: (result: Office.AsyncResult<unknown>) => void) => void): Promise<void> {
  return new Promise((resolve, reject) => call((result) => (failed(result) ? reject(new Error(result.error?.message ?? 'Office-fel')) : resolve())));
}

function failed(result: Office.AsyncResult<unknown>): boolean {
  // The enum exists only where office.js has loaded; elsewhere (tests) a failure carries an error.
  if (typeof Office !== 'undefined' && Office.AsyncResultStatus) return result.status === Office.AsyncResultStatus.Failed;
  return Boolean(result.error);
}
