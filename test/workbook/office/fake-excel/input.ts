import { parseCellAddress } from '../../../../src/sheets/address';
import { CellContent } from '../../../../src/sheets/plan';
import { Box, FakeCell } from './state';

/**
 * How Excel takes what is written to a cell through `values` or `formulas`, as far as the fake
 * models it. Sources: the @types/office-js Range.values doc ("If the returned value starts
 * with a plus ("+"), minus ("-"), or equal sign ("="), Excel interprets this value as a
 * formula"); ADDIN.md §4 (null leaves a cell alone, "" clears it); Excel's Text format ("@"),
 * which keeps what is entered as text. Where Excel is not documented the fake takes the
 * reading that is worse for the code under test: "@…" also becomes a formula (as typed in
 * Excel's UI), and a formula written to an "@" cell stays text. `textFormatKeepsText` false is
 * the quirk of an Excel that ignores "@" (Självtest's tests break the assumption on purpose).
 */
export function writeInput(cell: FakeCell, input: unknown, textFormatKeepsText = true): void {
  if (input === null || input === undefined) return;
  delete cell.formula;
  if (typeof input === 'number' || typeof input === 'boolean') {
    // Values cross to Excel as JSON, which has no -0.
    cell.value = input === 0 ? 0 : input;
    return;
  }
  const text = String(input);
  if (text === '') cell.value = null;
  else if (cell.numberFormat === '@' && textFormatKeepsText) cell.value = text;
  else if (text.startsWith("'")) cell.value = text.slice(1);
  else if (isNumber(text)) cell.value = Number(text);
  else if (/^(true|false)$/i.test(text)) cell.value = text.toUpperCase() === 'TRUE';
  else if (/^[=+\-@]./s.test(text)) {
    cell.formula = text.startsWith('=') ? text : text.startsWith('@') ? `=${text.slice(1)}` : `=${text}`;
    cell.value = null;
  } else cell.value = text;
}

function isNumber(text: string): boolean {
  return /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(text);
}

/** "B5", "A1:D9", "C:C" (a whole column) as a box of 0-based rows and columns. */
export function parseAddress(address: string): Box {
  const columns = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(address);
  if (columns) {
    const left = parseCellAddress(`${columns[1]}1`)!.col;
    const right = parseCellAddress(`${columns[2]}1`)!.col;
    return { top: 0, left, bottom: 1048575, right };
  }
  const [first, last = first] = address.split(':');
  const start = parseCellAddress(first);
  const end = parseCellAddress(last);
  if (!start || !end) throw Object.assign(new Error(`InvalidArgument: ${address} is not an address`), { code: 'InvalidArgument' });
  return { top: start.row, left: start.col, bottom: end.row, right: end.col };
}

export function boxSize(box: Box): { rows: number; cols: number } {
  return { rows: box.bottom - box.top + 1, cols: box.right - box.left + 1 };
}

export function overlaps(a: Box, b: Box): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

export type Matrix = CellContent[][];
