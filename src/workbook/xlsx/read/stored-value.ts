import { CellContent } from '../../../sheets/plan';
import { dateText, decodeEscapes } from './cell-text';
import { CellState } from './cell-state';
import { BadValue } from './read-stop';

/** A stored value the reader refuses, and why (a class, so no cell text can pass for it). */
export class Refused {
  constructor(readonly why: BadValue) {}
}

/** What every cell of a workbook reads its value against. */
export interface ValueContext {
  readonly strings: readonly string[];
  readonly dateStyles: readonly boolean[];
  readonly date1904: boolean;
}

/**
 * The value a cell shows, or why its stored text cannot be trusted. Strict on purpose: JavaScript's
 * Number() reads "0x10" as 16, "" as 0 and "1e400" as Infinity, and a missing string index as the
 * first string; each of those would be a wrong number or label that no check could see. (choice)
 */
export function storedValue(cell: CellState, context: ValueContext): CellContent | Refused {
  if (!cell.hasValue) return null;
  const raw = cell.value;
  switch (cell.type) {
    case 's':
      return sharedString(raw, context.strings);
    case 'str':
    case 'inlineStr':
      return decodeEscapes(raw);
    case 'b':
      return BOOLEANS.get(raw.trim()) ?? new Refused('boolean');
    case 'e':
      return ERROR_CODE.test(raw) ? raw : new Refused('error');
    case 'd':
      return ISO_DATE.test(raw.trim()) ? raw.trim() : new Refused('date');
    case 'n': {
      // An empty <v/> states no number: the cell is blank, never 0.
      if (raw.trim() === '') return null;
      const number = excelNumber(raw);
      if (number instanceof Refused) return number;
      return context.dateStyles[cell.style] ? dateText(number, context.date1904) : number;
    }
    default:
      return new Refused('type');
  }
}

const BOOLEANS = new Map([
  ['1', true],
  ['0', false],
  ['true', true],
  ['false', false],
]);
// Excel's error codes, old and new (#N/A, #SPILL!, #GETTING_DATA): "#", then capitals.
const ERROR_CODE = /^#[A-Z0-9_/]{2,15}[!?]?$/;
// xsd:dateTime, xsd:date or xsd:time as ISO 8601 (ECMA-376 part 1, 18.17.4).
const ISO_DATE = /^(?:\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?|T?\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(?:Z|[+-]\d{2}:\d{2})?$/;
// xsd:double without INF and NaN, which no Excel cell holds; surrounding spaces collapse (xsd).
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const STRING_INDEX = /^\d{1,10}$/;

function sharedString(raw: string, strings: readonly string[]): string | Refused {
  const text = raw.trim();
  const index = STRING_INDEX.test(text) ? Number(text) : -1;
  return index >= 0 && index < strings.length ? strings[index] : new Refused('stringIndex');
}

/** A stored number as Excel means it: decimal only, finite, and -0 as 0 (Excel has no -0). */
export function excelNumber(raw: string): number | Refused {
  const text = raw.trim();
  if (!DECIMAL.test(text)) return new Refused('number');
  const number = Number(text);
  if (!Number.isFinite(number)) return new Refused('tooLarge');
  return number === 0 ? 0 : number;
}
