import { cellAddress, parseCellAddress, rangeAddress } from '../sheets/address';

/**
 * The argument shapes a translation needs to see inside: an A1 range (with its sheet prefix as
 * written) or an array constant. A translation that has to name the i-th cell of `parts` (the
 * largest-remainder split per cell) works only on these; any other expression it leaves alone.
 */
export interface RangeReference {
  readonly kind: 'range';
  /** "'Budget 2021'!" or "" as written. */
  readonly prefix: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export interface ArrayConstant {
  readonly kind: 'array';
  /** The elements as written ("83.42", "\"ja\""), rows first. */
  readonly rows: readonly (readonly string[])[];
}

export type Block = RangeReference | ArrayConstant;

const SHEET = String.raw`(?:'(?:[^']|'')+'|[A-Za-z0-9_.\u00c0-\u024f]+)!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d+`;
const RANGE = new RegExp(`^(${SHEET})?(${CELL})(?::(${CELL}))?$`);

/** An argument as a range or an array constant, or undefined for any other expression. */
export function blockOf(text: string): Block | undefined {
  const trimmed = text.trim();
  return trimmed.startsWith('{') ? arrayConstantOf(trimmed) : rangeOf(trimmed);
}

export function rangeOf(text: string): RangeReference | undefined {
  const match = RANGE.exec(text.trim());
  if (!match) return undefined;
  const first = parseCellAddress(match[2]);
  const last = parseCellAddress(match[3] ?? match[2]);
  if (!first || !last) return undefined;
  return {
    kind: 'range',
    prefix: match[1] ?? '',
    top: Math.min(first.row, last.row),
    left: Math.min(first.col, last.col),
    bottom: Math.max(first.row, last.row),
    right: Math.max(first.col, last.col),
  };
}

/** {1,2;3,4} → [["1","2"],["3","4"]]; separators inside strings are data. */
export function arrayConstantOf(text: string): ArrayConstant | undefined {
  const body = text.trim();
  if (!body.startsWith('{') || !body.endsWith('}')) return undefined;
  const rows: string[][] = [[]];
  let start = 1;
  for (let i = 1; i < body.length; i += 1) {
    const char = body[i];
    if (char === '"') {
      i = body.indexOf('"', i + 1);
      while (i >= 0 && body[i + 1] === '"') i = body.indexOf('"', i + 2);
      if (i < 0) return undefined;
    } else if (char === ',' || char === ';' || i === body.length - 1) {
      rows[rows.length - 1].push(body.slice(start, i).trim());
      if (char === ';') rows.push([]);
      start = i + 1;
    }
  }
  const width = rows[0].length;
  return rows.every((row) => row.length === width) ? { kind: 'array', rows } : undefined;
}

export function heightOf(block: Block): number {
  return block.kind === 'range' ? block.bottom - block.top + 1 : block.rows.length;
}

export function widthOf(block: Block): number {
  return block.kind === 'range' ? block.right - block.left + 1 : block.rows[0].length;
}

export function sizeOf(block: Block): number {
  return heightOf(block) * widthOf(block);
}

/** The i-th cell (row by row, from 0) as formula text: "'Budget'!$B$7" or "83.42". */
export function elementOf(block: Block, index: number): string {
  const width = widthOf(block);
  const row = Math.floor(index / width);
  const col = index % width;
  if (block.kind === 'array') return block.rows[row][col];
  return `${block.prefix}${cellAddress(block.top + row, block.left + col, true)}`;
}

/** A sub-block as formula text, rows and columns counted from 0 inside the block. */
export function subRange(block: RangeReference, top: number, left: number, bottom: number, right: number): string {
  return `${block.prefix}${rangeAddress(block.top + top, block.left + left, block.top + bottom, block.left + right, true)}`;
}

/** The cells before the i-th one, row by row, as at most two rectangles ([] for the first). */
export function rangesBefore(block: RangeReference, index: number): string[] {
  const width = widthOf(block);
  const row = Math.floor(index / width);
  const col = index % width;
  const ranges: string[] = [];
  if (row > 0) ranges.push(subRange(block, 0, 0, row - 1, width - 1));
  if (col > 0) ranges.push(subRange(block, row, 0, row, col - 1));
  return ranges;
}

/** One column of a block as formula text (the staircase's "from" and "share" columns). */
export function columnOf(block: Block, col: number): string {
  if (block.kind === 'range') return subRange(block, 0, col, heightOf(block) - 1, col);
  return `{${block.rows.map((row) => row[col]).join(';')}}`;
}
