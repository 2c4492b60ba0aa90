import JSZip from 'jszip';
import { cellAddress } from '../../../sheets/address';
import { CellContent } from '../../../sheets/plan';
import { CellLook, ReadGrid, SheetLookReader } from './cell-looks';
import { displayFormula, slideFormula } from './formula-text';
import { CellState } from './cell-state';
import { CellBudget, ReadStop } from './read-stop';
import { Refused, storedValue } from './stored-value';
import { streamXml, XmlHandlers } from './xml-stream';

/** What every sheet of one workbook shares: its strings, which styles are dates, the date system. */
export interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
  readonly budget: CellBudget;
  /** Each style index's look, when the caller asked for looks (the workbench). */
  readonly looks?: readonly CellLook[];
}

/** One worksheet part, streamed into a grid: cached values, and formulas as Excel shows them. */
export async function readSheetCells(zip: JSZip, path: string, sheet: string, context: SheetContext): Promise<ReadGrid> {
  const entry = zip.file(path);
  if (!entry) throw new ReadStop('corrupt');
  const reader = new SheetReader(context, sheet);
  await streamXml(entry, reader);
  return reader.grid(sheet);
}

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;
// One frozen array stands in for every empty row, so a stray cell at row 900 000 costs no memory.
const EMPTY: readonly never[] = Object.freeze([]);

interface Master {
  readonly text: string;
  readonly row: number;
  readonly col: number;
}

class SheetReader implements XmlHandlers {
  private readonly values: CellContent[][] = [];
  private readonly formulas: (string | null)[][] = [];
  private readonly masters = new Map<string, Master>();
  private readonly cell = new CellState();
  private row = -1;
  private phonetic = 0;
  private readonly looks: SheetLookReader | undefined;

  constructor(
    private readonly context: SheetContext,
    private readonly sheet: string,
  ) {
    this.looks = context.looks && new SheetLookReader(context.looks);
  }

  open(name: string, attributes: Readonly<Record<string, string>>): void {
    const cell = this.cell;
    if (name === 'row') {
      this.row = attributes.r ? Number(attributes.r) - 1 : this.row + 1;
      cell.col = -1;
    } else if (name === 'c') this.startCell(attributes);
    else if (name === 'v') cell.startValue();
    else if (name === 'f') cell.startFormula(attributes.t, attributes.si);
    else if (name === 'rPh') this.phonetic += 1;
    else if (name === 'col') this.looks?.column(attributes);
    else if (name === 't' && cell.type === 'inlineStr' && this.phonetic === 0) cell.startValue();
  }

  text(text: string): void {
    if (this.cell.capture === 'formula') this.cell.formula += text;
    else if (this.cell.capture === 'value') this.cell.value += text;
  }

  close(name: string): void {
    if (name === 'v' || name === 'f' || name === 't') this.cell.capture = undefined;
    else if (name === 'rPh') this.phonetic -= 1;
    else if (name === 'c') this.finishCell();
  }

  grid(sheet: string): ReadGrid {
    // Formulas get as many rows as values, so formulas[row] exists wherever values[row] does.
    this.formulas.length = Math.max(this.formulas.length, this.values.length);
    return { sheet, values: dense(this.values), formulas: dense(this.formulas), ...(this.looks && { looks: this.looks.looksOf() }) };
  }

  private startCell(attributes: Readonly<Record<string, string>>): void {
    const at = attributes.r ? position(attributes.r) : { row: this.row, col: this.cell.col + 1 };
    if (!(at.row >= 0 && at.row < MAX_ROWS && at.col >= 0 && at.col < MAX_COLUMNS)) throw new ReadStop('corrupt');
    this.cell.reset(at.row, at.col, attributes.t ?? 'n', attributes.s ? Number(attributes.s) : 0);
  }

  private finishCell(): void {
    const { cell } = this;
    const formula = formulaOf(cell, this.masters);
    const value = storedValue(cell, this.context);
    if (value instanceof Refused) {
      throw new ReadStop('corrupt', { sheet: this.sheet, cell: cellAddress(cell.row, cell.col), stored: shortened(cell.value), why: value.why });
    }
    if (value === null && formula === null) return;
    if (--this.context.budget.remaining < 0) throw new ReadStop('tooLarge');
    (this.values[cell.row] ??= [])[cell.col] = value;
    if (formula !== null) (this.formulas[cell.row] ??= [])[cell.col] = formula;
    this.looks?.cell(cell.row, cell.col, cell.style);
  }
}

/** "B12" as 0-based row 11, column 1; -1 for what is not a cell reference. Hot: once per cell. */
function position(reference: string): { row: number; col: number } {
  let col = 0;
  let index = 0;
  for (; index < reference.length; index += 1) {
    const code = reference.charCodeAt(index) & ~32; // upper case
    if (code < 65 || code > 90) break;
    col = col * 26 + code - 64;
  }
  const row = Number(reference.slice(index));
  if (index === 0 || index > 3 || !Number.isInteger(row) || reference.length === index) return { row: -1, col: -1 };
  return { row: row - 1, col: col - 1 };
}

function formulaOf(cell: CellState, masters: Map<string, Master>): string | null {
  if (!cell.hasFormula || cell.formulaType === 'dataTable') return null;
  const text = cell.formula;
  if (cell.formulaType !== 'shared' || cell.sharedIndex === undefined) return text ? displayFormula(text) : null;
  if (text) masters.set(cell.sharedIndex, { text, row: cell.row, col: cell.col });
  const master = masters.get(cell.sharedIndex);
  if (!master) return null;
  return displayFormula(text || slideFormula(master.text, cell.row - master.row, cell.col - master.col));
}

/** The stored text as a message quotes it: at most 40 characters, so a 1 MB value stays readable. */
function shortened(stored: string): string {
  return stored.length > 40 ? `${stored.slice(0, 40)}…` : stored;
}

/** Rows with no holes, filled in place: an empty row is the shared EMPTY, an empty cell is null. */
function dense<T>(rows: (T | null)[][]): (T | null)[][] {
  for (let row = 0; row < rows.length; row += 1) {
    const line = rows[row];
    if (!line) {
      rows[row] = EMPTY as never[];
      continue;
    }
    for (let col = 0; col < line.length; col += 1) if (line[col] === undefined) line[col] = null;
  }
  return rows;
}
