import { RawCellContent } from 'hyperformula';
import { FormulaLocale, fromEngineSyntax, toEngineSyntax } from '../../formula/swedish-formula';

/**
 * What a person types into a cell, as the engine takes it (Excel's rules, Swedish habits):
 * "=…" is a formula; "2 845", "2845,5", "-1 146" and "85 %" are numbers; SANT/FALSKT (or
 * TRUE/FALSE) are truth values; blank empties the cell; anything else is text, stored with
 * Excel's leading apostrophe so the engine never reads it as a date or a formula. A typed
 * apostrophe keeps the rest as text ("'=x" is the text =x). A formula is written in `locale`'s
 * syntax, as in Excel with that language (sv-SE: `;`, decimal comma, SUMMA) and stored in en-US.
 */
const NUMBER = /^[-+]?\d+(?:[.,]\d+)?(?:e[-+]?\d+)?$/i;
const TRUTHS: Readonly<Record<string, boolean>> = { sant: true, true: true, falskt: false, false: false };

export function cellContentOf(typed: string, locale: FormulaLocale = 'en-US'): RawCellContent {
  const text = typed.trim();
  if (text === '') return null;
  if (text.startsWith('=') && text.length > 1) return toEngineSyntax(text, locale);
  if (text.startsWith("'")) return text;
  const number = typedNumber(text);
  if (number !== undefined) return number;
  const truth = TRUTHS[text.toLocaleLowerCase('sv-SE')];
  return truth ?? `'${typed}`;
}

/** A number as typed, with a space or none between thousands, a decimal comma or point, a percent sign. */
export function typedNumber(text: string): number | undefined {
  const percent = /\s*%$/.test(text);
  const compact = text.replace(/\s*%$/, '').replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-');
  if (!NUMBER.test(compact)) return undefined;
  const value = Number(compact.replace(',', '.'));
  if (!Number.isFinite(value)) return undefined;
  return percent ? value / 100 : value;
}

/**
 * What the formula bar and an editor start from: the formula, or the value as it would be typed
 * back (decimal comma, no grouping). Text that would be read as something else when typed again
 * keeps its apostrophe, so committing unchanged text never changes the cell. A formula is shown
 * in `locale`'s syntax.
 */
export function editTextOf(raw: RawCellContent, locale: FormulaLocale = 'en-US'): string {
  if (raw === null || raw === undefined) return '';
  // Every digit the number has (JavaScript's shortest round trip), so an unchanged commit changes nothing.
  if (typeof raw === 'number') return String(raw).replace('.', ',');
  if (typeof raw === 'boolean') return raw ? 'SANT' : 'FALSKT';
  if (typeof raw !== 'string') return String(raw);
  if (raw.startsWith('=')) return fromEngineSyntax(raw, locale);
  if (!raw.startsWith("'")) return raw;
  const text = raw.slice(1);
  const literal = cellContentOf(text);
  return typeof literal === 'string' && literal === `'${text}` ? text : raw;
}
