import { WorkbookPort } from './port';

/**
 * What the pane's Självtest needs of a workbook beyond the Workbook port: the few things only
 * the host can tell (syncs, the active sheet, tables, document settings) and removing the
 * scratch sheet it builds. Excel implements it in office/self-test-probe.ts, the workbench's
 * engine in engine/self-test-probe.ts; the checks themselves (src/taskpane/self-test/) run
 * over either, so they are proven in jest on the fake Excel and on the engine.
 */
export interface SelfTestProbe {
  /** The port the self-test builds and reads through: the pane's own adapter, with syncs counted. */
  readonly port: WorkbookPort;
  /** Lines that say where it runs ("Excel OfficeOnline 16.0.1234", "ExcelApi 1.12: ja"). */
  describe(): Promise<string[]>;
  /** How many round trips to the host `work` took (0 where there are none, as in the engine). */
  countSyncs<T>(work: () => Promise<T>): Promise<{ readonly result: T; readonly syncs: number }>;
  /** The workbook's sheets (tab order), defined names, tables and active sheet. */
  state(): Promise<WorkbookState>;
  /**
   * Removes a sheet the self-test built (and any of the given defined names), then makes
   * `activate` the active sheet again. Never given a sheet the self-test did not add.
   */
  removeSheet(sheet: string, cleanUp: { readonly names: readonly string[]; readonly activate?: string }): Promise<void>;
  /** Writes `value` under `key` in the document's settings, saves, re-reads, removes it; answers what it read. */
  settingsRoundTrip(key: string, value: string): Promise<unknown>;
}

export interface WorkbookState {
  readonly sheets: readonly string[];
  /** Defined names with what they refer to ("=Budget!$B$5"), sorted by name. */
  readonly names: readonly { readonly name: string; readonly formula: string }[];
  readonly tables: readonly { readonly name: string; readonly sheet: string }[];
  readonly activeSheet?: string;
}
