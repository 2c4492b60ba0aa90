/**
 * Excel's limits on one formula (Microsoft's "Excel specifications and limits"): 8 192
 * characters and 64 levels of nesting. Within them every formula must work; beyond them the
 * user gets a Swedish message instead of a stack overflow deep in a parser. Pure, and iterative
 * (no recursion), so a formula of any length or depth is measured safely.
 */
import { cliMessages } from '../text/cli-messages';

export const MAX_FORMULA_LENGTH = 8192;
export const MAX_NESTING = 64;

export type FormulaLimit = { readonly kind: 'length'; readonly found: number; readonly limit: number } | { readonly kind: 'nesting'; readonly found: number; readonly limit: number };

/** The length without the leading "=", as Excel counts the formula's contents. */
export function formulaLength(formula: string): number {
  return formula.startsWith('=') ? formula.length - 1 : formula.length;
}

/**
 * The deepest nesting of ( and { outside "text" and 'sheet names' (a doubled quote inside is a
 * quote). Unbalanced brackets are the parser's business; they only count as far as they go.
 */
export function nestingDepth(formula: string): number {
  let depth = 0;
  let deepest = 0;
  let quote: string | undefined;
  for (let i = 0; i < formula.length; i += 1) {
    const char = formula[i];
    if (quote !== undefined) {
      if (char === quote && formula[i + 1] === quote) i += 1;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '{') deepest = Math.max(deepest, ++depth);
    else if ((char === ')' || char === '}') && depth > 0) depth -= 1;
  }
  return deepest;
}

/** The first of Excel's limits the formula exceeds, or undefined when it is within them. */
export function formulaLimitExceeded(formula: string): FormulaLimit | undefined {
  const length = formulaLength(formula);
  if (length > MAX_FORMULA_LENGTH) return { kind: 'length', found: length, limit: MAX_FORMULA_LENGTH };
  const depth = nestingDepth(formula);
  if (depth > MAX_NESTING) return { kind: 'nesting', found: depth, limit: MAX_NESTING };
  return undefined;
}

/** The Swedish message for a formula beyond Excel's limits, or undefined when it is within them. */
export function formulaLimitProblem(formula: string): string | undefined {
  const exceeded = formulaLimitExceeded(formula);
  if (!exceeded) return undefined;
  return exceeded.kind === 'length' ? cliMessages.formulaTooLong(exceeded.found, exceeded.limit) : cliMessages.formulaTooDeep(exceeded.found, exceeded.limit);
}
