import { SelfTestProbe, WorkbookState } from '../self-test-probe';
import { sameName } from '../office/sheet-names';
import { EngineWorkbook, Selection } from './engine-workbook';

/**
 * Självtest's probe on the workbench's embedded engine: no syncs, the selected cell's sheet as
 * the active sheet (the first sheet before anything is selected, as the workbench shows it),
 * tables from the sheets' layouts, and settings in memory (the workbench has no document
 * settings; its forms live in the browser's storage).
 */
export class EngineSelfTestProbe implements SelfTestProbe {
  private readonly settings = new Map<string, string>();
  /** The selection before the self-test moved it, to put back when its sheet is removed. */
  private remembered?: Selection;

  constructor(readonly port: EngineWorkbook) {}

  async describe(): Promise<string[]> {
    return ['Arbetsbänken: den inbyggda motorn (HyperFormula), inte Excel'];
  }

  async countSyncs<T>(work: () => Promise<T>): Promise<{ result: T; syncs: number }> {
    return { result: await work(), syncs: 0 };
  }

  async state(): Promise<WorkbookState> {
    const engine = this.port.engine;
    const sheets = engine.getSheetNames();
    const selection = this.port.selection();
    if (selection && sheets.includes(selection.sheet)) this.remembered ??= selection;
    const names = engine
      .listNamedExpressions()
      .map((name) => ({ name, formula: String(engine.getNamedExpression(name)?.expression ?? '') }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const tables = sheets.flatMap((sheet) => (this.port.sheetLayout(sheet)?.tables ?? []).map((table) => ({ name: table.name, sheet })));
    const activeSheet = selection && sheets.includes(selection.sheet) ? selection.sheet : sheets[0];
    return { sheets, names, tables, activeSheet };
  }

  async removeSheet(sheet: string, cleanUp: { readonly names: readonly string[]; readonly activate?: string }): Promise<void> {
    const engine = this.port.engine;
    const id = engine.getSheetId(engine.getSheetNames().find((name) => sameName(name, sheet)) ?? sheet);
    if (id !== undefined) engine.removeSheet(id);
    for (const name of cleanUp.names) if (engine.getNamedExpression(name)) engine.removeNamedExpression(name);
    if (cleanUp.activate === undefined) return;
    const back = this.remembered && sameName(this.remembered.sheet, cleanUp.activate) ? this.remembered.cell : 'A1';
    await this.port.selectCell(cleanUp.activate, back);
  }

  async settingsRoundTrip(key: string, value: string): Promise<unknown> {
    this.settings.set(key, value);
    const read = this.settings.get(key);
    this.settings.delete(key);
    return read;
  }
}
