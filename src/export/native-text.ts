/**
 * Small builders of native formula text shared by the translators. Everything they write is
 * known to Excel 2007+, LibreOffice Calc and the embedded engine alike; array work happens only
 * inside SUMPRODUCT, which every one of them evaluates over arrays without Ctrl+Shift+Enter.
 */

/** One argument of a FINSAM call after its own FINSAM calls were translated. */
export interface Argument {
  readonly text: string;
  /** Left out (",,") or not given at all. */
  readonly omitted: boolean;
}

export type Native = { readonly ok: true; readonly formula: string } | { readonly ok: false; readonly reason: string };

export const native = (formula: string): Native => ({ ok: true, formula });
export const notNative = (reason: string): Native => ({ ok: false, reason });

export const argument = (text: string | undefined): Argument => ({ text: (text ?? '').trim(), omitted: (text ?? '').trim() === '' });

const NUMBER = /^-?\d+(?:\.\d+)?$/;
const ATOM = new RegExp(
  String.raw`^(?:\d+(?:\.\d+)?|"(?:[^"]|"")*"|(?:(?:'(?:[^']|'')+'|[\w.\u00c0-\u024f]+)!)?\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|[A-Za-z_][\w.]*|\{[^{}]*\})$`,
);

/** Text safe to put beside an operator: a number, string, reference, name or constant as is. */
export function atom(text: string): string {
  return ATOM.test(text) ? text : `(${text})`;
}

export function isNumberLiteral(text: string): boolean {
  return NUMBER.test(text.trim());
}

/** A string literal's text ("kommun" → kommun), undefined for anything else. */
export function stringLiteral(text: string): string | undefined {
  const match = /^"((?:[^"]|"")*)"$/.exec(text.trim());
  return match ? match[1].replace(/""/g, '"') : undefined;
}

export function quoted(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * A number as formula text without an exponent: the embedded engine does not parse 1E-12,
 * and Excel and LibreOffice read the long form the same.
 */
export function numberText(value: number): string {
  const plain = String(value);
  if (!/e/i.test(plain)) return plain;
  return value.toFixed(20).replace(/0+$/, '').replace(/\.$/, '');
}

/** `blank` as the FINSAM readers mean it: an empty cell or text of spaces. */
export function isBlankText(text: string): string {
  return `TRIM(${text})=""`;
}

/** "" when `value` is blank (a result not reported yet), else `then`; a number is never blank. */
export function unlessBlank(value: string, then: string): string {
  return isNumberLiteral(value) ? then : `IF(${isBlankText(value)},"",${then})`;
}

/** Trimmed, lower-case text for comparing names (FUNCTIONS.md: trimmed, case-insensitive). */
export function folded(text: string): string {
  return `LOWER(TRIM(${text}))`;
}

/**
 * An optional number: the default when left out, the literal itself, else the cell with the
 * default when it is blank (the readers treat a blank optional argument as left out).
 */
export function optionalNumber(arg: Argument | undefined, fallback: number): string {
  if (!arg || arg.omitted) return numberText(fallback);
  if (isNumberLiteral(arg.text)) return arg.text;
  return `IF(${isBlankText(arg.text)},${numberText(fallback)},${arg.text})`;
}

/** A literal that is text, or undefined: the translation then picks its branch at export time. */
export function literalText(arg: Argument | undefined): string | undefined {
  if (!arg || arg.omitted) return '';
  return stringLiteral(arg.text);
}
