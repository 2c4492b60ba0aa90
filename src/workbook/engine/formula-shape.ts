/**
 * How deep and how long a formula is, by a linear scan of its text: Excel's own limits (8 192
 * characters, 64 nesting levels) and a bound on how deep HyperFormula's recursive evaluator goes.
 */
export const MAX_FORMULA_LENGTH = 8192;
export const MAX_NESTING = 64;
// HyperFormula evaluates one stack level per operator and bracket; a formula under this bound
// cannot come near Node's stack, so only formulas above it are tried one by one after a failure.
const SUSPECT_DEPTH = 100;

export interface FormulaShape {
  /** The deepest nesting of ( and { outside text and quoted sheet names. */
  readonly nesting: number;
  /** Operators outside text: each one may be a level of the engine's recursion. */
  readonly operators: number;
}

const OPERATORS = new Set(['+', '-', '*', '/', '^', '&', '=', '<', '>', '%', ':']);

export function formulaShape(text: string): FormulaShape {
  let nesting = 0;
  let deepest = 0;
  let operators = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quote) {
      if (char === quote) quote = undefined; // a doubled quote closes and reopens: still inside
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(' || char === '{') deepest = Math.max(deepest, (nesting += 1));
    else if (char === ')' || char === '}') nesting = Math.max(0, nesting - 1);
    else if (OPERATORS.has(char)) operators += 1;
  }
  return { nesting: deepest, operators };
}

/** Beyond what Excel accepts in a cell: longer than 8 192 characters or nested deeper than 64. */
export function beyondExcel(formula: string): boolean {
  return formula.length > MAX_FORMULA_LENGTH || formulaShape(formula).nesting > MAX_NESTING;
}

/** Whether the engine's recursion could run out of stack on this formula. */
export function mayRecurseDeeply(formula: string): boolean {
  const shape = formulaShape(formula);
  return shape.nesting + shape.operators > SUSPECT_DEPTH;
}
