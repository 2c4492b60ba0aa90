import { parseAddress, overlaps } from './input';
import { FakeOf } from './office-types';
import { fail, Proxy, Queue } from './proxy';
import { FakeTable, key, same } from './state';
import type { FakeWorksheet } from './worksheet';

/** Excel's table names: a letter, _ or \ first, then letters, digits, _ and .; not a cell address. */
function validTableName(name: string): boolean {
  return /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) && !/^[RC]$/i.test(name);
}

/** Workbook.tables (load, getItem) or Worksheet.tables (also add). */
export class FakeTableCollection extends Proxy implements FakeOf<Excel.TableCollection, never, { items: FakeTableProxy[]; add: FakeTableProxy; getItem: FakeTableProxy }> {
  constructor(
    queue: Queue,
    private readonly sheet?: FakeWorksheet,
  ) {
    super(queue, 'TableCollection');
  }

  get items(): FakeTableProxy[] {
    return this.property('items');
  }

  /** Table from a range whose first row holds the column names (`hasHeaders`). Throws on overlap. */
  add(address: Excel.Range | string, hasHeaders: boolean): FakeTableProxy {
    if (typeof address !== 'string') throw new Error('fake: tables.add is modelled with an address only');
    const proxy = new FakeTableProxy(this.queue);
    const owner = this.sheet;
    if (!owner) throw new Error('fake: tables.add is modelled on Worksheet.tables only');
    owner.cellWrite(`tables.add("${address}", ${hasHeaders})`, (sheet) => {
      const document = this.queue.document;
      const box = parseAddress(address);
      if (document.tables.some((table) => table.sheetId === sheet.id && overlaps(table.box, box))) {
        fail('InvalidOperation', 'A table can\'t overlap another table.');
      }
      const columns = Array.from({ length: box.right - box.left + 1 }, (_, c) => {
        const header = hasHeaders ? sheet.cells.get(key(box.top, box.left + c))?.value : null;
        return header === null || header === undefined || header === '' ? `Kolumn${c + 1}` : String(header);
      });
      let n = 1;
      while (document.tables.some((table) => same(table.name, `Tabell${n}`))) n += 1;
      const table: FakeTable = { id: document.newId('table'), name: `Tabell${n}`, sheetId: sheet.id, box, columns };
      document.tables.push(table);
      proxy.bound = table;
    });
    return proxy;
  }

  getItem(key: string): FakeTableProxy {
    const proxy = new FakeTableProxy(this.queue);
    this.navigate(`getItem("${key}")`, () => {
      const table = this.queue.document.tables.find((candidate) => candidate.id === key || same(candidate.name, key));
      proxy.bound = table ?? fail('ItemNotFound', `No table "${key}".`);
    });
    return proxy;
  }

  protected current(name: string, rest: readonly string[]): unknown {
    if (name !== 'items') throw new Error(`fake: TableCollection.${name} is not modelled`);
    const sheetId = this.sheet?.target().id;
    return this.queue.document.tables
      .filter((table) => sheetId === undefined || table.sheetId === sheetId)
      .map((table) => {
        const proxy = new FakeTableProxy(this.queue);
        proxy.bound = table;
        proxy.capture(rest);
        return proxy;
      });
  }
}

export class FakeTableProxy extends Proxy implements FakeOf<Excel.Table, 'name' | 'id' | 'style', { worksheet: Pick<Excel.Worksheet, 'name'> }> {
  bound?: FakeTable;

  constructor(queue: Queue) {
    super(queue, 'Table');
  }

  get name(): string {
    return this.property('name');
  }
  set name(name: string) {
    this.write(`name = "${name}"`, () => {
      const table = this.target();
      const document = this.queue.document;
      const taken = [...document.tables.filter((other) => other !== table), ...document.names].some((other) => same(other.name, name));
      if (!validTableName(name) || taken) fail('InvalidArgument', `The table name "${name}" is invalid or taken.`);
      table.name = name;
    });
  }
  set style(style: string) {
    this.write(`style = "${style}"`, () => (this.target().style = style));
  }
  get id(): string {
    return this.property('id');
  }
  get worksheet(): { readonly name: string } {
    return this.property('worksheet');
  }

  target(): FakeTable {
    const table = this.bound;
    if (!table) throw new Error('fake: a table was used before the statement that made it ran');
    if (!this.queue.document.tables.includes(table)) fail('ItemNotFound', 'The table was deleted.');
    return table;
  }

  protected current(name: string, rest: readonly string[]): unknown {
    const table = this.target();
    if (name === 'name') return table.name;
    if (name === 'id') return table.id;
    if (name === 'worksheet' && rest.every((path) => path === 'name')) return { name: this.queue.document.sheetById(table.sheetId)?.name };
    throw new Error(`fake: Table.${name} is not modelled`);
  }
}
