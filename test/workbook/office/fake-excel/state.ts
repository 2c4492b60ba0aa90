import { columnLetters, sheetReference } from '../../../../src/sheets/address';
import { CellContent } from '../../../../src/sheets/plan';
import type { FakeChartRecord } from './charts';

/**
 * The document behind the fake Excel API: sheets of cells, tables, defined names, the active
 * sheet and the selection. Tests read it directly to see what a batch did.
 */
export type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight';

export interface FakeCell {
  value: CellContent;
  formula?: string;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  fill?: string;
  borders: Partial<Record<Edge, { style: string; weight?: string }>>;
}

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  columnWidths: Map<number, number>;
  frozenRows: number;
  protected: boolean;
  /** Charts the adapter added (fake-excel/charts.ts), in order. */
  charts?: FakeChartRecord[];
}

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface FakeTable {
  id: string;
  name: string;
  sheetId: string;
  box: Box;
  style?: string;
  columns: string[];
}

export interface FakeName {
  name: string;
  /** A reference that follows its sheet through renames, or a formula text. */
  target: { sheetId: string; row: number; col: number } | { formula: string };
}

/**
 * Ways an Excel could differ from what the adapter assumes, switched on by a test to show that
 * Självtest notices: "@" ignored, any defined name accepted, a new sheet activated when added,
 * `formulas` read in the user's locale, a sheet's delete ignored.
 */
export interface Quirks {
  textFormatIgnored?: boolean;
  anyName?: boolean;
  addActivates?: boolean;
  formulasLocalized?: boolean;
  deleteIgnored?: boolean;
}

export class FakeDocument {
  quirks: Quirks = {};
  sheets: FakeSheet[] = [];
  tables: FakeTable[] = [];
  names: FakeName[] = [];
  activeSheetId?: string;
  selection?: { sheetId: string; box: Box };
  structureProtected = false;
  private nextId = 1;

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  sheetById(id: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.id === id);
  }

  sheetByName(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => same(sheet.name, name));
  }

  addSheet(name: string): FakeSheet {
    const sheet: FakeSheet = { id: this.newId('sheet'), name, cells: new Map(), columnWidths: new Map(), frozenRows: 0, protected: false };
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    return sheet;
  }

  nameFormula(name: FakeName): string {
    if ('formula' in name.target) return name.target.formula;
    const sheet = this.sheetById(name.target.sheetId);
    const cell = `$${columnLetters(name.target.col)}$${name.target.row + 1}`;
    return sheet ? `=${sheetReference(sheet.name)}!${cell}` : `=#REF!${cell}`;
  }

  /** A deep copy, so a test can start many builds from one prepared workbook. */
  clone(): FakeDocument {
    const copy = new FakeDocument();
    copy.sheets = this.sheets.map((sheet) => structuredClone(sheet));
    copy.tables = structuredClone(this.tables);
    copy.names = structuredClone(this.names);
    Object.assign(copy, { quirks: { ...this.quirks }, activeSheetId: this.activeSheetId, selection: this.selection, structureProtected: this.structureProtected, nextId: this.nextId });
    return copy;
  }

  /** Everything a test compares before and after a failed build. */
  snapshot(): unknown {
    return JSON.parse(
      JSON.stringify({
        sheets: this.sheets.map((sheet) => ({ ...sheet, cells: [...sheet.cells.entries()], columnWidths: [...sheet.columnWidths.entries()] })),
        tables: this.tables,
        // Excel lists names alphabetically; the order they were added in is not the workbook's.
        names: this.names.map((name) => ({ name: name.name, formula: this.nameFormula(name) })).sort((a, b) => a.name.localeCompare(b.name)),
        activeSheetId: this.activeSheetId,
      }),
    );
  }
}

export function same(a: string, b: string): boolean {
  return a.toLocaleLowerCase('sv-SE') === b.toLocaleLowerCase('sv-SE');
}

export const key = (row: number, col: number) => `${row},${col}`;

export function blankCell(): FakeCell {
  return { value: null, numberFormat: 'General', borders: {} };
}

/** A cell counts as used when it holds something or looks like something, as Excel's used range. */
export function isUsed(cell: FakeCell): boolean {
  return cell.value !== null || cell.formula !== undefined || cell.numberFormat !== 'General' || cell.bold !== undefined || cell.fill !== undefined;
}
