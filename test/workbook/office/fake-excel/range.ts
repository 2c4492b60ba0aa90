import { rangeAddress, sheetReference } from '../../../../src/sheets/address';
import { Box, blankCell, Edge, FakeCell, FakeSheet, isUsed, key } from './state';
import { boxSize, writeInput } from './input';
import { FakeOf } from './office-types';
import { fail, Proxy, Queue } from './proxy';

/**
 * What a formula computes to. A 2-D array spills from the formula's cell over empty cells, as
 * a dynamic array does in Excel (a blocked spill, #SPILL!, is not modelled).
 */
export type Calculator = (formula: string, sheet: string, row: number, col: number) => unknown;

/** The values spilled into the sheet's empty cells, by cell key. */
function spilled(sheet: FakeSheet, calculate: Calculator): Map<string, unknown> {
  const values = new Map<string, unknown>();
  for (const [at, cell] of sheet.cells) {
    if (cell.formula === undefined) continue;
    const [row, col] = at.split(',').map(Number);
    const result = calculate(cell.formula, sheet.name, row, col);
    if (!Array.isArray(result)) continue;
    (result as unknown[][]).forEach((line, r) =>
      line.forEach((item, c) => {
        const target = sheet.cells.get(key(row + r, col + c));
        if ((r > 0 || c > 0) && (!target || (target.value === null && target.formula === undefined))) values.set(key(row + r, col + c), item);
      }),
    );
  }
  return values;
}

/** Excel's Range: cells in a box of one sheet, bound when the statement that made it runs. */
export class FakeRange
  extends Proxy
  implements FakeOf<Excel.Range, 'values' | 'formulas' | 'numberFormat' | 'rowIndex' | 'columnIndex' | 'address' | 'isNullObject' | 'select', { format: FakeRangeFormat }>
{
  bound?: { sheet: FakeSheet; box: Box } | null;

  constructor(
    queue: Queue,
    private readonly calculate: Calculator,
  ) {
    super(queue, 'Range');
  }

  get values(): unknown[][] {
    return this.property('values');
  }
  set values(matrix: unknown[][]) {
    this.cells('values', matrix, (cell, input) => writeInput(cell, input, !this.queue.document.quirks.textFormatIgnored));
  }
  get formulas(): unknown[][] {
    return this.property('formulas');
  }
  set formulas(matrix: unknown[][]) {
    this.cells('formulas', matrix, (cell, input) => writeInput(cell, input, !this.queue.document.quirks.textFormatIgnored));
  }
  get numberFormat(): unknown[][] {
    return this.property('numberFormat');
  }
  set numberFormat(matrix: unknown[][]) {
    this.cells('numberFormat', matrix, (cell, input) => {
      // "" resets a format to General (docs: excel/excel-add-ins-blank-null-values.md).
      if (input !== null && input !== undefined) cell.numberFormat = input === '' ? 'General' : String(input);
    });
  }
  get rowIndex(): number {
    return this.property('rowIndex');
  }
  get columnIndex(): number {
    return this.property('columnIndex');
  }
  get address(): string {
    return this.property('address');
  }
  get isNullObject(): boolean {
    return this.property('isNullObject');
  }

  readonly format: FakeRangeFormat = new FakeRangeFormat(this);

  columnWidths(points: number): void {
    this.write('format.columnWidth', () => {
      const { sheet, box } = this.target();
      for (let col = box.left; col <= box.right; col += 1) sheet.columnWidths.set(col, points);
    });
  }

  select(): void {
    this.write('select()', () => {
      const { sheet, box } = this.target();
      // Unverified for Excel (ADDIN.md §4): the fake refuses to select on a sheet that is not active.
      if (this.queue.document.activeSheetId !== sheet.id) fail('InvalidSelection', 'The sheet is not active.');
      this.queue.document.selection = { sheetId: sheet.id, box };
    });
  }

  target(): { sheet: FakeSheet; box: Box } {
    if (this.bound === undefined) throw new Error('fake: a range was used before the statement that made it ran');
    if (this.bound === null) fail('InvalidOperation', 'The range is a null object.');
    if (!this.queue.document.sheetById(this.bound.sheet.id)) fail('ItemNotFound', 'The sheet of the range was deleted.');
    return this.bound;
  }

  /** Runs `apply` on every cell of the box, with the matching element of the matrix (or the one value). */
  forEachCell(text: string, apply: (cell: FakeCell, row: number, col: number) => void, check?: (box: Box) => void): void {
    this.write(
      text,
      () => {
        const { sheet, box } = this.target();
        if (sheet.protected) fail('AccessDenied', 'The cell you are trying to change is on a protected sheet.');
        check?.(box);
        for (let row = box.top; row <= box.bottom; row += 1) {
          for (let col = box.left; col <= Math.min(box.right, 16383); col += 1) {
            const cell = sheet.cells.get(key(row, col)) ?? blankCell();
            apply(cell, row - box.top, col - box.left);
            if (isUsed(cell)) sheet.cells.set(key(row, col), cell);
            else sheet.cells.delete(key(row, col));
          }
        }
      },
      () => this.bound?.sheet.id,
    );
  }

  private cells(property: string, matrix: unknown, apply: (cell: FakeCell, input: unknown) => void): void {
    const check = (box: Box) => {
      const { rows, cols } = boxSize(box);
      if (Array.isArray(matrix) && (matrix.length !== rows || matrix.some((line) => !Array.isArray(line) || line.length !== cols))) {
        fail('InvalidArgument', `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${property}).`);
      }
    };
    this.forEachCell(property, (cell, row, col) => apply(cell, Array.isArray(matrix) ? (matrix as unknown[][])[row][col] : matrix), check);
  }

  protected current(name: string): unknown {
    if (name === 'isNullObject') return this.bound === null;
    // Loading a null object is allowed (the getUsedRangeOrNullObject pattern); it has no values.
    if (this.bound === null) return undefined;
    const { sheet, box } = this.target();
    const read = (of: (cell: FakeCell, row: number, col: number) => unknown) =>
      Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
        Array.from({ length: box.right - box.left + 1 }, (_, c) => of(sheet.cells.get(key(box.top + r, box.left + c)) ?? blankCell(), box.top + r, box.left + c)),
      );
    const spills = spilled(sheet, this.calculate);
    const value = (cell: FakeCell, row: number, col: number) => {
      if (cell.formula === undefined) return cell.value ?? spills.get(key(row, col)) ?? '';
      const result = this.calculate(cell.formula, sheet.name, row, col);
      return Array.isArray(result) ? result[0]?.[0] : result;
    };
    if (name === 'values') return read(value);
    const localized = (formula: string) => (this.queue.document.quirks.formulasLocalized ? formula.replace(/,/g, ';') : formula);
    if (name === 'formulas') return read((cell, row, col) => (cell.formula === undefined ? value(cell, row, col) : localized(cell.formula)));
    if (name === 'numberFormat') return read((cell) => cell.numberFormat);
    if (name === 'rowIndex') return box.top;
    if (name === 'columnIndex') return box.left;
    if (name === 'address') return `${sheetReference(sheet.name)}!${rangeAddress(box.top, box.left, box.bottom, box.right)}`;
    throw new Error(`fake: Range.${name} is not modelled`);
  }
}

/** Properties that can only be written, as the fake models Range.format (reading one throws). */
function writeOnly<T extends object>(setters: { [K in keyof T]: (value: T[K]) => void }): T {
  const target = {} as T;
  for (const [name, set] of Object.entries(setters) as [string, (value: unknown) => void][]) {
    Object.defineProperty(target, name, {
      set,
      get: () => {
        throw new Error(`Error, property was not loaded: RangeFormat.${name}`);
      },
    });
  }
  return target;
}

const EDGES: readonly string[] = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight'] satisfies Edge[];
const isEdge = (index: string): index is Edge => EDGES.includes(index);

type FakeFont = Pick<Excel.RangeFont, 'bold' | 'italic' | 'size' | 'color'>;
type FakeBorder = Pick<Excel.RangeBorder, 'style' | 'weight'>;

/** Range.format: font, fill, borders and column width. */
class FakeRangeFormat
  implements FakeOf<Excel.RangeFormat, 'columnWidth', { font: FakeFont; fill: Pick<Excel.RangeFill, 'color'>; borders: FakeOf<Excel.RangeBorderCollection, never, { getItem: FakeBorder }> }>
{
  readonly font: FakeFont;
  readonly fill: Pick<Excel.RangeFill, 'color'>;
  readonly borders: { getItem(edge: Parameters<Excel.RangeBorderCollection['getItem']>[0]): FakeBorder };

  constructor(private readonly range: FakeRange) {
    const each = (text: string, apply: (cell: FakeCell) => void) => range.forEachCell(`format.${text}`, apply);
    this.font = writeOnly<FakeFont>({
      bold: (bold) => each('font.bold', (cell) => (cell.bold = bold)),
      italic: (italic) => each('font.italic', (cell) => (cell.italic = italic)),
      size: (size) => each('font.size', (cell) => (cell.size = size)),
      color: (color) => each('font.color', (cell) => (cell.color = color)),
    });
    this.fill = writeOnly<Pick<Excel.RangeFill, 'color'>>({ color: (color) => each('fill.color', (cell) => (cell.fill = color)) });
    this.borders = {
      getItem: (index) => {
        if (!isEdge(index)) throw new Error(`fake: border ${index} is not modelled`);
        const edge = index;
        return writeOnly<FakeBorder>({
          style: (style) => each(`borders.${edge}.style`, (cell) => (cell.borders[edge] = { ...cell.borders[edge], style: String(style) })),
          weight: (weight) => each(`borders.${edge}.weight`, (cell) => (cell.borders[edge] = { style: 'Continuous', ...cell.borders[edge], weight: String(weight) })),
        });
      },
    };
  }

  set columnWidth(points: number) {
    this.range.columnWidths(points);
  }
}

/** The box of the cells that hold or show something, spilled values included; null for an empty sheet. */
export function usedBox(sheet: FakeSheet, calculate?: Calculator): Box | null {
  const spills = calculate ? [...spilled(sheet, calculate).keys()] : [];
  const cells = [...[...sheet.cells.entries()].filter(([, cell]) => isUsed(cell)).map(([at]) => at), ...spills].map((at) => at.split(',').map(Number));
  if (cells.length === 0) return null;
  const rows = cells.map(([row]) => row);
  const cols = cells.map(([, col]) => col);
  return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
}
