/**
 * What a build needs to know of the workbook before it writes, loaded in its first sync: the
 * sheets (with ids, so a failed build can find them again whatever they are called by then),
 * the tables and defined names (one namespace in Excel), and whether the structure is protected.
 */
export interface SheetInfo {
  readonly id: string;
  readonly name: string;
  readonly position: number;
}

export interface TableInfo {
  readonly id: string;
  readonly name: string;
  readonly sheet: string;
}

export interface NameInfo {
  readonly name: string;
  /** The name's formula ("=Budget!$B$5"), loaded only when the plan defines names. */
  readonly formula?: string;
}

export interface WorkbookSnapshot {
  readonly sheets: readonly SheetInfo[];
  readonly tables: readonly TableInfo[];
  readonly names: readonly NameInfo[];
  readonly structureProtected: boolean;
}

/**
 * Queues the loads (no sync) and returns what reads them once the caller has synced. ExcelApi
 * 1.7 (NamedItem.formula, WorkbookProtection) is the add-in's floor; every Excel since 2018 has it.
 */
export function queueSnapshot(context: Excel.RequestContext, withNameFormulas: boolean): () => WorkbookSnapshot {
  const workbook = context.workbook;
  const sheets = workbook.worksheets.load('items/name,items/id,items/position');
  const tables = workbook.tables.load('items/name,items/id,items/worksheet/name');
  const names = workbook.names.load(withNameFormulas ? 'items/name,items/formula' : 'items/name');
  const protection = workbook.protection.load('protected');
  return () => ({
    sheets: sheets.items.map((sheet) => ({ id: sheet.id, name: sheet.name, position: sheet.position })),
    tables: tables.items.map((table) => ({ id: table.id, name: table.name, sheet: table.worksheet.name })),
    names: names.items.map((item) => (withNameFormulas ? { name: item.name, formula: String(item.formula) } : { name: item.name })),
    structureProtected: protection.protected,
  });
}
