/**
 * The parts several sheet plans build the same way: a sheet whose body is one Excel table under
 * a header row, the "label in A, value in B" settings above it, and cost sections (a title row,
 * the lines, a sum row) laid out one after the other.
 */
import { SheetPlan } from './plan';
import { CellWriter, tableName } from './writing';

/** What a one-table sheet's plan needs beside its cells; `header` is the table's header row. */
export type TableSheet = Pick<SheetPlan, 'name' | 'kind' | 'columnWidths' | 'charts'> & {
  readonly writer: CellWriter;
  readonly header: number;
  readonly columns: readonly string[];
  readonly bodyRows: number;
};

/** The plan of a sheet with one table, named after the sheet, its header row frozen. */
export function tableSheetPlan(sheet: TableSheet): SheetPlan {
  const { name, kind, writer, header, columns, bodyRows, columnWidths, charts } = sheet;
  return {
    name,
    kind,
    cells: writer.cells,
    tables: [{ name: tableName(name), top: header, left: 0, columns, bodyRows }],
    names: [],
    columnWidths,
    frozenRows: header + 1,
    // A sheet without charts has no charts property at all, so plans compare as data.
    ...(charts === undefined ? {} : { charts }),
  };
}

/** A setting above a table: its words in column A, its value as an input in column B. */
export function writeSetting(w: CellWriter, row: number, label: string, value: string | number, numberFormat: string): void {
  w.text(row, 0, label, 'label');
  w.value(row, 1, value, numberFormat);
}

/** A sheet's title and subtitle in A1 and A2. */
export function writeTitle(w: CellWriter, title: string, subtitle: string): void {
  w.text(0, 0, title, 'title');
  w.text(1, 0, subtitle, 'subtitle');
}

export interface SectionRows {
  readonly title: number;
  readonly first: number;
  readonly sum: number;
}

/** Sections from row `start`, each a title row, its lines and a sum row; `next` is the first row after them. */
export function sectionRows(sections: readonly { readonly lines: readonly unknown[] }[], start: number): { rows: SectionRows[]; next: number } {
  let row = start;
  const rows = sections.map((section) => {
    const at = { title: row, first: row + 1, sum: row + 1 + section.lines.length };
    row = at.sum + 1;
    return at;
  });
  return { rows, next: row };
}
