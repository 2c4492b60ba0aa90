import { parseCellAddress } from '../../../../src/sheets/address';
import { FakeOf } from './office-types';
import { fail, Proxy, Queue } from './proxy';
import { FakeRange } from './range';
import { FakeName, same } from './state';

/**
 * Excel's rules for a defined name: a letter, _ or \\ first, then letters, digits, _ and . (no
 * spaces); not a cell address such as A1 or R1C1; at most 255 characters.
 */
function validName(name: string): boolean {
  return name.length <= 255 && /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Z]{1,3}\d+$/i.test(name) && !/^R\d*C\d*$/i.test(name) && !/^[RC]$/i.test(name);
}

/** Workbook.names: workbook-level defined names. A name given a Range follows its sheet's renames. */
export class FakeNamedItemCollection extends Proxy implements FakeOf<Excel.NamedItemCollection, never, { items: FakeNamedItem[]; add: FakeNamedItem; getItem: FakeNamedItem }> {
  constructor(queue: Queue) {
    super(queue, 'NamedItemCollection');
  }

  get items(): FakeNamedItem[] {
    return this.property('items');
  }

  add(name: string, reference: Excel.Range | string): FakeNamedItem {
    const item = new FakeNamedItem(this.queue);
    this.write(`add("${name}")`, () => {
      const document = this.queue.document;
      if (!validName(name) && !document.quirks.anyName) fail('InvalidArgument', `The name "${name}" is not valid.`);
      if ([...document.names, ...document.tables].some((other) => same(other.name, name))) fail('ItemAlreadyExists', `The name "${name}" exists.`);
      const named: FakeName = { name, target: this.target(reference) };
      document.names.push(named);
      item.bound = named;
    });
    return item;
  }

  getItem(name: string): FakeNamedItem {
    const item = new FakeNamedItem(this.queue);
    this.navigate(`getItem("${name}")`, () => {
      item.bound = this.queue.document.names.find((candidate) => same(candidate.name, name)) ?? fail('ItemNotFound', `No name "${name}".`);
    });
    return item;
  }

  /** A Range, or a formula text such as "=Budget!$B$5" (which then also follows renames). */
  private target(reference: Excel.Range | string): FakeName['target'] {
    if (typeof reference !== 'string') {
      // The code under test only ever holds the fake's ranges, typed as Excel's.
      const range: unknown = reference;
      if (!(range instanceof FakeRange)) throw new Error('fake: a name refers to a range that is not the fake\'s');
      const { sheet, box } = range.target();
      return { sheetId: sheet.id, row: box.top, col: box.left };
    }
    const match = /^=(?:'((?:[^']|'')+)'|([^'!]+))!(\$?[A-Z]{1,3}\$?\d+)$/.exec(reference);
    const sheet = match && this.queue.document.sheetByName((match[1] ?? match[2]).replace(/''/g, "'"));
    const cell = match && parseCellAddress(match[3].replace(/\$/g, ''));
    return sheet && cell ? { sheetId: sheet.id, ...cell } : { formula: reference };
  }

  protected current(name: string, rest: readonly string[]): unknown {
    if (name !== 'items') throw new Error(`fake: NamedItemCollection.${name} is not modelled`);
    return this.queue.document.names.map((named) => {
      const item = new FakeNamedItem(this.queue);
      item.bound = named;
      item.capture(rest);
      return item;
    });
  }
}

export class FakeNamedItem extends Proxy implements FakeOf<Excel.NamedItem, 'name' | 'formula' | 'delete'> {
  bound?: FakeName;

  constructor(queue: Queue) {
    super(queue, 'NamedItem');
  }

  get name(): string {
    return this.property('name');
  }
  get formula(): string {
    return this.property('formula');
  }

  delete(): void {
    this.write('delete()', () => {
      const named = this.target();
      this.queue.document.names = this.queue.document.names.filter((other) => other !== named);
    });
  }

  private target(): FakeName {
    if (!this.bound) throw new Error('fake: a name was used before the statement that made it ran');
    if (!this.queue.document.names.includes(this.bound)) fail('ItemNotFound', 'The name was deleted.');
    return this.bound;
  }

  protected current(name: string): unknown {
    const named = this.target();
    if (name === 'name') return named.name;
    if (name === 'formula') return this.queue.document.nameFormula(named);
    throw new Error(`fake: NamedItem.${name} is not modelled`);
  }
}
