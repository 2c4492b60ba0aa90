import { CellValue, DetailedCellError, HyperFormula } from 'hyperformula';
import { cliMessages } from '../text/cli-messages';
import { formulaLimitProblem } from '../formula/limits';
import { createEngine } from '../workbook/engine/engine';
import { boundedRanges } from './eval-ranges';
import { FormulaLocale, hasEnglishSeparator, toEngineSyntax } from '../formula/swedish-formula';

/** The answer of one formula, as `finsam eval --json` prints it. */
export type Evaluation =
  | { readonly value: number | string | boolean | (number | string | boolean | null)[][] }
  | { readonly error: string; readonly message: string }
  | { readonly parseError: string };

export type { FormulaLocale } from '../formula/swedish-formula';

/** The engine ran out of stack: the caller may try again on a thread with a larger one. */
export const TOO_DEEP = 'too-deep';

/** Excel's most characters in one cell; a longer text is #VALUE!, as REPT gives in Excel. */
export const MAX_TEXT_LENGTH = 32_767;

/** The formula in en-US syntax with its "=", as the engine takes it. */
export function englishFormula(input: string, locale: FormulaLocale): string {
  const trimmed = input.trim();
  const english = toEngineSyntax(trimmed, locale);
  return english.startsWith('=') ? english : `=${english}`;
}

/**
 * Evaluates one formula on an empty sheet of the embedded engine, outside any cell (so A1:B2
 * reads empty cells, not the formula itself); a spill comes back as the block it fills. Beyond
 * Excel's limits (8 192 characters, 64 levels) it answers a Swedish parse error.
 */
export function evaluateFormula(input: string, locale: FormulaLocale = 'en-US', engine?: HyperFormula): Evaluation {
  const result = evaluateOrTooDeep(input, locale, engine);
  return result === TOO_DEEP ? { parseError: cliMessages.formulaTooComplex() } : result;
}

/** As evaluateFormula, but TOO_DEEP when the engine overflowed this thread's stack. */
export function evaluateOrTooDeep(input: string, locale: FormulaLocale, engine?: HyperFormula): Evaluation | typeof TOO_DEEP {
  const formula = englishFormula(input, locale);
  const limit = formulaLimitProblem(formula);
  if (limit) return { parseError: limit };
  const bounded = boundedRanges(formula);
  if (!bounded.ok) return { parseError: cliMessages.formulaTooManyCells(bounded.range, bounded.cells, bounded.limit) };
  try {
    const sheet = engine ?? createEngine();
    const englishInSwedish = locale === 'sv-SE' && hasEnglishSeparator(input);
    if (englishInSwedish || !sheet.validateFormula(bounded.formula)) return { parseError: cliMessages.formulaUnparsable(input, locale) };
    return answer(sheet.calculateFormula(bounded.formula, 0));
  } catch (thrown) {
    // The engine's parser and interpreter recurse once per nesting level and per operator.
    if (thrown instanceof RangeError && /call stack/i.test(thrown.message)) return TOO_DEEP;
    // A text or array larger than JavaScript can hold (REPT("a";1E9)): Excel's #VALUE!.
    if (thrown instanceof RangeError && /invalid (string|array) length/i.test(thrown.message)) return textTooLong();
    throw thrown;
  }
}

function answer(result: CellValue | CellValue[][]): Evaluation {
  if (result instanceof DetailedCellError) return { error: result.value, message: result.message };
  if (!Array.isArray(result)) return tooLong(result) ? textTooLong() : { value: result as number | string | boolean };
  if (result.some((row) => row.some(tooLong))) return textTooLong();
  return { value: result.map((row) => row.map((cell) => (cell instanceof DetailedCellError ? cell.value : (cell as number | string | boolean | null)))) };
}

function tooLong(value: CellValue): boolean {
  return typeof value === 'string' && value.length > MAX_TEXT_LENGTH;
}

function textTooLong(): Evaluation {
  return { error: '#VALUE!', message: cliMessages.textTooLong(MAX_TEXT_LENGTH) };
}
