import { isValidSheetName } from '../../../../src/workbook/office/sheet-names';
import { FakeChartCollection } from './charts';
import { parseAddress } from './input';
import { FakeOf } from './office-types';
import { fail, Proxy, Queue } from './proxy';
import { Calculator, FakeRange, usedBox } from './range';
import { FakeSheet, same } from './state';
import { FakeTableCollection } from './tables';

/** Excel's Worksheet, bound to a sheet of the document when the statement that made it runs. */
type Members = {
  tables: FakeTableCollection;
  charts: FakeChartCollection;
  getRange: FakeRange;
  getUsedRangeOrNullObject: FakeRange;
  copy: FakeWorksheet;
  freezePanes: Pick<Excel.WorksheetFreezePanes, 'freezeRows'>;
  protection: Pick<Excel.WorksheetProtection, 'protected'>;
};

export class FakeWorksheet extends Proxy implements FakeOf<Excel.Worksheet, 'name' | 'id' | 'position' | 'isNullObject' | 'activate' | 'delete', Members> {
  bound?: FakeSheet | null;
  readonly tables: FakeTableCollection;
  readonly charts: FakeChartCollection;
  readonly freezePanes: Pick<Excel.WorksheetFreezePanes, 'freezeRows'> = {
    freezeRows: (count = 1) => this.cellWrite(`freezePanes.freezeRows(${count})`, (sheet) => (sheet.frozenRows = count)),
  };
  readonly protection: Pick<Excel.WorksheetProtection, 'protected'>;

  constructor(
    queue: Queue,
    private readonly calculate: Calculator,
  ) {
    super(queue, 'Worksheet');
    this.tables = new FakeTableCollection(queue, this);
    this.charts = new FakeChartCollection(queue, this);
    const read = () => this.property<boolean>('protection');
    this.protection = {
      get protected() {
        return read();
      },
    };
  }

  get name(): string {
    return this.property('name');
  }
  set name(name: string) {
    this.structureWrite(`name = "${name}"`, (sheet) => {
      const other = this.queue.document.sheets.find((candidate) => candidate !== sheet && same(candidate.name, name));
      if (!isValidSheetName(name) || other) fail('InvalidArgument', `The sheet name "${name}" is invalid or taken.`);
      sheet.name = name;
    });
  }
  get id(): string {
    return this.property('id');
  }
  get position(): number {
    return this.property('position');
  }
  set position(position: number) {
    this.structureWrite(`position = ${position}`, (sheet) => {
      const sheets = this.queue.document.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(position, sheets.length), 0, sheet);
    });
  }
  get isNullObject(): boolean {
    return this.property('isNullObject');
  }

  activate(): void {
    this.write('activate()', () => (this.queue.document.activeSheetId = this.target().id));
  }

  delete(): void {
    this.structureWrite('delete()', (sheet) => {
      const document = this.queue.document;
      if (document.quirks.deleteIgnored) return;
      if (document.sheets.length === 1) fail('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
      document.sheets = document.sheets.filter((other) => other !== sheet);
      document.tables = document.tables.filter((table) => table.sheetId !== sheet.id);
      if (document.activeSheetId === sheet.id) document.activeSheetId = document.sheets[0].id;
    });
  }

  /** Worksheet.copy (ExcelApi 1.7): the copy is named "Name (2)" and placed after the sheet. */
  copy(): FakeWorksheet {
    const copy = new FakeWorksheet(this.queue, this.calculate);
    this.structureWrite('copy()', (sheet) => {
      const document = this.queue.document;
      let n = 2;
      while (document.sheetByName(`${sheet.name} (${n})`)) n += 1;
      const added = document.addSheet(`${sheet.name} (${n})`);
      added.cells = new Map([...sheet.cells].map(([at, cell]) => [at, structuredClone(cell)]));
      added.columnWidths = new Map(sheet.columnWidths);
      added.frozenRows = sheet.frozenRows;
      document.sheets.splice(document.sheets.indexOf(added), 1);
      document.sheets.splice(document.sheets.indexOf(sheet) + 1, 0, added);
      copy.bound = added;
    });
    return copy;
  }

  /** Without an address, the whole sheet. */
  getRange(address = 'A:XFD'): FakeRange {
    const range = new FakeRange(this.queue, this.calculate);
    this.navigate(`getRange("${address}")`, () => (range.bound = { sheet: this.target(), box: parseAddress(address) }));
    return range;
  }

  getUsedRangeOrNullObject(): FakeRange {
    const range = new FakeRange(this.queue, this.calculate);
    this.navigate('getUsedRangeOrNullObject()', () => {
      const sheet = this.target();
      const box = usedBox(sheet, this.calculate);
      range.bound = box ? { sheet, box } : null;
      range.capture(['isNullObject']);
    });
    return range;
  }

  target(): FakeSheet {
    if (this.bound === undefined) throw new Error('fake: a worksheet was used before the statement that made it ran');
    if (this.bound === null) fail('InvalidOperation', 'The worksheet is a null object.');
    if (!this.queue.document.sheetById(this.bound.id)) fail('ItemNotFound', 'The worksheet was deleted.');
    return this.bound;
  }

  cellWrite(text: string, run: (sheet: FakeSheet) => void): void {
    this.write(
      text,
      () => {
        const sheet = this.target();
        if (sheet.protected) fail('AccessDenied', 'The sheet is protected.');
        run(sheet);
      },
      () => this.bound?.id,
    );
  }

  private structureWrite(text: string, run: (sheet: FakeSheet) => void): void {
    this.write(text, () => {
      if (this.queue.document.structureProtected) fail('AccessDenied', 'The workbook structure is protected.');
      run(this.target());
    });
  }

  protected current(name: string): unknown {
    if (name === 'isNullObject') return this.bound === null;
    // Loading a null object is allowed (the getUsedRangeOrNullObject pattern); it has no values.
    if (this.bound === null) return undefined;
    const sheet = this.target();
    if (name === 'name') return sheet.name;
    if (name === 'id') return sheet.id;
    if (name === 'position') return this.queue.document.sheets.indexOf(sheet);
    if (name === 'protection') return sheet.protected;
    throw new Error(`fake: Worksheet.${name} is not modelled`);
  }
}
