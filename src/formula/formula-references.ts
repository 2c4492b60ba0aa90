import { closingQuote } from './literals';

/** A rectangle a formula reads, 0-based and inclusive; `sheet` as written, or undefined for the formula's own sheet. */
export interface CellRange {
  readonly sheet?: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const LAST_ROW = 1_048_575;
const LAST_COL = 16_383;
const SHEET = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_\u00c0-\u024f][\w.\u00c0-\u024f]*))!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d{1,7}`;
const REFERENCE = new RegExp(
  String.raw`(?:${SHEET})?(?:(${CELL})(?::(${CELL}))?|(\$?[A-Za-z]{1,3}):(\$?[A-Za-z]{1,3})|(\$?\d{1,7}):(\$?\d{1,7}))`,
  'y',
);
const NAME = /[A-Za-z_\\\u00c0-\u024f][\w.\u00c0-\u024f]*/y;
const ERROR_LITERAL = /#[A-Za-z0-9/]+[!?]?/y;
// Functions whose references are not in the formula's text.
const INDIRECT = new Set(['INDIRECT', 'OFFSET', '_XLFN.INDIRECT']);

/**
 * The cells a formula reads, found in its text: A1, $A$1:B7, A:A, 3:5, with or without a sheet
 * ("'Budget 2021'!B7"). Undefined when the text does not say (INDIRECT, OFFSET, a defined name,
 * a table's [brackets], an external book): the caller then gives the engine every cell, so a
 * formula never computes without a value it reads.
 */
export function formulaReferences(formula: string): CellRange[] | undefined {
  const found: CellRange[] = [];
  for (let i = formula.startsWith('=') ? 1 : 0; i < formula.length; ) {
    const char = formula[i];
    if (char === '"') {
      i = closingQuote(formula, i);
      continue;
    }
    if (char === '[') return undefined;
    if (char === '#') {
      ERROR_LITERAL.lastIndex = i;
      i = ERROR_LITERAL.exec(formula) ? ERROR_LITERAL.lastIndex : i + 1;
      continue;
    }
    if (/[\w$'\\.\u00c0-\u024f]/.test(char) && !/[\w$.\u00c0-\u024f]/.test(formula[i - 1] ?? '')) {
      REFERENCE.lastIndex = i;
      const match = REFERENCE.exec(formula);
      if (match && !/[\w.(![\u00c0-\u024f]/.test(formula[REFERENCE.lastIndex] ?? '')) {
        if (formula[REFERENCE.lastIndex] === ':') return undefined; // Blad1!A1:Blad1!B2, a 3-D range
        found.push(rangeOf(match));
        i = REFERENCE.lastIndex;
        continue;
      }
      if (char === "'") return undefined; // a quoted name that is not a sheet before a cell
      NAME.lastIndex = i;
      const name = NAME.exec(formula);
      if (name) {
        const word = name[0].toUpperCase();
        const next = formula.slice(NAME.lastIndex).trimStart()[0];
        if (next === '(') {
          if (INDIRECT.has(word)) return undefined;
        } else if (word !== 'TRUE' && word !== 'FALSE' && !/^\d/.test(word)) return undefined;
        i = NAME.lastIndex;
        continue;
      }
    }
    i += 1;
  }
  return found;
}

function rangeOf(match: RegExpExecArray): CellRange {
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  const [, , , first, last, leftLetters, rightLetters, topRow, bottomRow] = match;
  if (first) {
    const a = cell(first);
    const b = cell(last ?? first);
    return box(sheet, a.row, a.col, b.row, b.col);
  }
  if (leftLetters) return box(sheet, 0, column(leftLetters), LAST_ROW, column(rightLetters));
  return box(sheet, Number(topRow.replace('$', '')) - 1, 0, Number(bottomRow.replace('$', '')) - 1, LAST_COL);
}

function box(sheet: string | undefined, r1: number, c1: number, r2: number, c2: number): CellRange {
  return { sheet, top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

function cell(text: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(text) as RegExpExecArray;
  return { row: Number(match[2]) - 1, col: column(match[1]) };
}

function column(letters: string): number {
  let number = 0;
  for (const letter of letters.replace('$', '').toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number - 1;
}
