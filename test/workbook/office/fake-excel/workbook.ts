import { isValidSheetName } from '../../../../src/workbook/office/sheet-names';
import { FakeNamedItemCollection } from './names';
import { FakeOf } from './office-types';
import { fail, Proxy, Queue } from './proxy';
import { Calculator } from './range';
import { same } from './state';
import { FakeTableCollection } from './tables';
import { FakeWorksheet } from './worksheet';

/** Workbook.worksheets: tab order, add (at the end), getItem / getItemOrNullObject by name or id, the active sheet. */
export class FakeWorksheetCollection
  extends Proxy
  implements
    FakeOf<
      Excel.WorksheetCollection,
      never,
      { items: FakeWorksheet[]; add: FakeWorksheet; getItem: FakeWorksheet; getItemOrNullObject: FakeWorksheet; getActiveWorksheet: FakeWorksheet }
    >
{
  constructor(
    queue: Queue,
    private readonly calculate: Calculator,
  ) {
    super(queue, 'WorksheetCollection');
  }

  get items(): FakeWorksheet[] {
    return this.property('items');
  }

  /** Without a name, the first free "Blad<n>" (Excel's own name depends on its language). */
  add(wanted?: string): FakeWorksheet {
    const sheet = new FakeWorksheet(this.queue, this.calculate);
    this.write(`add("${wanted ?? ''}")`, () => {
      const document = this.queue.document;
      let name = wanted ?? 'Blad1';
      for (let n = 2; wanted === undefined && document.sheetByName(name); n += 1) name = `Blad${n}`;
      if (document.structureProtected) fail('AccessDenied', 'The workbook structure is protected.');
      if (!isValidSheetName(name)) fail('InvalidArgument', `"${name}" is not a sheet name.`);
      if (document.sheetByName(name)) fail('ItemAlreadyExists', `A sheet "${name}" exists.`);
      sheet.bound = document.addSheet(name);
      if (document.quirks.addActivates) document.activeSheetId = sheet.bound.id;
    });
    return sheet;
  }

  getItem(key: string): FakeWorksheet {
    return this.find(key, false);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return this.find(key, true);
  }

  getActiveWorksheet(): FakeWorksheet {
    const sheet = new FakeWorksheet(this.queue, this.calculate);
    this.navigate('getActiveWorksheet()', () => {
      const document = this.queue.document;
      sheet.bound = document.sheetById(document.activeSheetId ?? '') ?? fail('ItemNotFound', 'No active sheet.');
    });
    return sheet;
  }

  private find(key: string, orNull: boolean): FakeWorksheet {
    const sheet = new FakeWorksheet(this.queue, this.calculate);
    this.navigate(`getItem${orNull ? 'OrNullObject' : ''}("${key}")`, () => {
      const document = this.queue.document;
      const found = document.sheets.find((candidate) => candidate.id === key || same(candidate.name, key));
      if (!found && !orNull) fail('ItemNotFound', `No sheet "${key}".`);
      sheet.bound = found ?? null;
      if (orNull) sheet.capture(['isNullObject']);
    });
    return sheet;
  }

  protected current(name: string, rest: readonly string[]): unknown {
    if (name !== 'items') throw new Error(`fake: WorksheetCollection.${name} is not modelled`);
    return this.queue.document.sheets.map((sheet) => {
      const proxy = new FakeWorksheet(this.queue, this.calculate);
      proxy.bound = sheet;
      proxy.capture(rest);
      return proxy;
    });
  }
}

class FakeWorkbookProtection extends Proxy implements Pick<Excel.WorkbookProtection, 'protected'> {
  constructor(queue: Queue) {
    super(queue, 'WorkbookProtection');
  }

  get protected(): boolean {
    return this.property('protected');
  }

  protected current(name: string): unknown {
    if (name !== 'protected') throw new Error(`fake: WorkbookProtection.${name} is not modelled`);
    return this.queue.document.structureProtected;
  }
}

export class FakeWorkbook
  implements
    FakeOf<
      Excel.Workbook,
      never,
      { worksheets: FakeWorksheetCollection; tables: FakeTableCollection; names: FakeNamedItemCollection; protection: FakeWorkbookProtection }
    >
{
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  readonly protection: FakeWorkbookProtection;

  constructor(queue: Queue, calculate: Calculator) {
    this.worksheets = new FakeWorksheetCollection(queue, calculate);
    this.tables = new FakeTableCollection(queue);
    this.names = new FakeNamedItemCollection(queue);
    this.protection = new FakeWorkbookProtection(queue);
  }
}

type FakeApplication = Pick<Excel.Application, 'suspendApiCalculationUntilNextSync' | 'suspendScreenUpdatingUntilNextSync' | 'calculate'>;

/** The RequestContext: the workbook, the application's suspend switches, and sync. */
export class FakeContext implements FakeOf<Excel.RequestContext, 'sync', { workbook: FakeWorkbook; application: FakeApplication }> {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;

  constructor(readonly queue: Queue, calculate: Calculator) {
    this.workbook = new FakeWorkbook(queue, calculate);
    const note = (text: string) => () => queue.add({ text: `Application.${text}`, writes: false, run: () => undefined });
    this.application = {
      suspendApiCalculationUntilNextSync: note('suspendApiCalculationUntilNextSync()'),
      suspendScreenUpdatingUntilNextSync: note('suspendScreenUpdatingUntilNextSync()'),
      // The fake does not calculate: values are the calculator's whenever they are read.
      calculate: (type) => note(`calculate("${type}")`)(),
    };
  }

  /** Runs the queued statements; answers `passThroughValue`, as Office.js does. */
  async sync<T>(passThroughValue?: T): Promise<T> {
    const statements = this.queue.statements;
    this.queue.statements = [];
    // A microtask, as the real round trip is asynchronous.
    await Promise.resolve();
    this.queue.host.sync(statements);
    return passThroughValue as T;
  }
}
