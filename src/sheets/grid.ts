import { MAX_AMOUNT } from '../domain';
import { CellContent } from './plan';

/** A sheet as read back from any workbook: computed values, and formulas where there are some. */
export interface Grid {
  readonly sheet: string;
  readonly values: readonly (readonly CellContent[])[];
  readonly formulas?: readonly (readonly (string | null)[])[];
}

export function cellOf(grid: Grid, row: number, col: number): CellContent {
  return grid.values[row]?.[col] ?? null;
}

/**
 * An amount as a person types it: 2845, "2 845", "2 845,5", "−1 146", "85,5 %", "12 365 tkr".
 * Undefined when the cell holds no number, or one past 10^15 (a reader reports that; it never guesses).
 */
export function readAmount(cell: CellContent): number | undefined {
  if (typeof cell === 'number') return withinReason(cell);
  if (typeof cell !== 'string') return undefined;
  // No amount is longer than this; a long text is not scanned on every read (issue 17, item 6).
  if (cell.length > MAX_AMOUNT_TEXT && cell.trim().length > MAX_AMOUNT_TEXT) return undefined;
  let text = cell.trim().replace(/[\u00a0\u202f\u2009 ]/g, '').replace(/\u2212/g, '-');
  const percent = text.endsWith('%');
  text = text.replace(/%$/, '').replace(/tkr$/i, '').replace(/kr$/i, '');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(text)) return undefined;
  const value = Number(text.replace(',', '.'));
  return withinReason(percent ? value / 100 : value);
}

/**
 * A number a reader may compute with: finite and at most MAX_AMOUNT (10^15) either way. 1e308 in
 * a rules cell once gave "Målandelarna summerar till Infinity %"; now the reader reports the
 * cell as not a valid number (issue 17, item 8).
 */
function withinReason(value: number): number | undefined {
  return Number.isFinite(value) && Math.abs(value) <= MAX_AMOUNT ? value : undefined;
}

const MAX_AMOUNT_TEXT = 100;
// Texts longer than this are cleaned once and remembered: one shared string may fill thousands of
// cells, and a reader looks at each cell once per label it searches for (issue 17, item 6).
const LONG_TEXT = 256;
let longLabels: { readonly text: string; readonly label: string }[] = [];

/** Text of a label cell, trimmed, with runs of spaces as one; '' for anything else. */
export function readLabel(cell: CellContent): string {
  if (typeof cell !== 'string') return '';
  if (cell.length <= LONG_TEXT) return cell.trim().replace(/\s+/g, ' ');
  // The same string object in every cell compares by reference, in constant time. A label read
  // again (readLabel of a readLabel) is itself, so it is found too and never evicts its text.
  const known = longLabels.find((entry) => entry.text === cell || entry.label === cell);
  if (known) return known.label;
  const entry = { text: cell, label: cell.trim().replace(/\s+/g, ' ') };
  longLabels = [entry, ...longLabels.slice(0, 3)];
  return entry.label;
}

/**
 * Labels compare without case, surrounding dashes and bullets ("- Umeå kommun" = "Umeå kommun").
 * Linear in the shorter label: the lengths are compared before any text is lower-cased, so a
 * 1 MB cell costs no more than a short one (issue 17, item 6).
 */
export function sameLabel(a: string, b: string): boolean {
  const [aStart, aEnd] = core(a);
  const [bStart, bEnd] = core(b);
  const aLength = aEnd - aStart;
  const bLength = bEnd - bStart;
  // Lower-casing never shortens a text and at most doubles it (İ becomes i + a combining dot).
  if (aLength > 2 * bLength || bLength > 2 * aLength) return false;
  // toLowerCase, not toLocaleLowerCase('sv-SE'): the same for å, ä, ö, without a locale lookup (normalizeName).
  return a.slice(aStart, aEnd).toLowerCase() === b.slice(bStart, bEnd).toLowerCase();
}

/** Where a label's words start and end: after leading dashes, bullets and spaces, before trailing spaces. */
function core(text: string): readonly [number, number] {
  if (text.length <= LONG_TEXT) return coreOf(text);
  // A long text of dashes or spaces would be scanned on every comparison: remember the last two.
  const known = longCores.find((entry) => entry.text === text);
  if (known) return known.core;
  const entry = { text, core: coreOf(text) };
  longCores = [entry, longCores[0]].filter(Boolean);
  return entry.core;
}

let longCores: { readonly text: string; readonly core: readonly [number, number] }[] = [];

function coreOf(text: string): [number, number] {
  let start = 0;
  while (start < text.length && LEADING.test(text[start])) start += 1;
  let end = text.length;
  while (end > start && /\s/.test(text[end - 1])) end -= 1;
  return [start, end];
}

const LEADING = /[-–•\s]/;

/** The first row whose cell in `col` carries `label`, at or after `from`. */
export function findRow(grid: Grid, label: string, col = 0, from = 0): number | undefined {
  const key = labelKey(label);
  for (let row = from; row < grid.values.length; row += 1) {
    if (cellHasLabel(grid.values[row], col, label, key)) return row;
  }
  return undefined;
}

/** A label as sameLabel compares it: its words, lower-cased. */
export function labelKey(label: string): string {
  const [start, end] = core(label);
  return label.slice(start, end).toLowerCase();
}

/**
 * Each text cell's key, cleaned once: the readers look for a dozen labels over the same rows, and
 * cleaning a cell per look (trim, spaces, dashes, lower case) was most of `finsam check`'s time
 * on 100 000 indicators. Kept per row array with the cell it was made from, so a changed cell is
 * cleaned again.
 */
const rowKeys = new WeakMap<readonly CellContent[], { cells: CellContent[]; keys: string[] }>();

/** Whether row[col] carries `label` (sameLabel(readLabel(cell), label)); `key` is labelKey(label). */
export function cellHasLabel(row: readonly CellContent[] | undefined, col: number, label: string, key: string): boolean {
  const cell = row?.[col] ?? null;
  if (typeof cell !== 'string' || row === undefined) return key === '';
  // A long text is cleaned once by readLabel's own memory and never copied here.
  if (cell.length > LONG_TEXT) return sameLabel(readLabel(cell), label);
  let cache = rowKeys.get(row);
  if (!cache) {
    cache = { cells: [], keys: [] };
    rowKeys.set(row, cache);
  }
  if (cache.cells[col] !== cell || cache.keys[col] === undefined) {
    cache.cells[col] = cell;
    cache.keys[col] = labelKey(readLabel(cell));
  }
  return cache.keys[col] === key;
}
