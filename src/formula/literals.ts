/**
 * The literals of a formula that no scanner may look inside: "text" and 'sheet names' (a doubled
 * quote is part of them) and the [column] brackets of a structured reference (nested; "'"
 * escapes the next character). Every formula scanner skips them through here.
 */

/** Index just past the quote that closes the one at `start`, or undefined when the text ends first. */
export function quoteEnd(text: string, start: number): number | undefined {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) i += 2;
    else if (text[i] === quote) return i + 1;
    else i += 1;
  }
  return undefined;
}

/** As quoteEnd, but an unclosed quote runs to the end of the text. */
export function closingQuote(text: string, start: number): number {
  return quoteEnd(text, start) ?? text.length;
}

/** Index just past the "]" that closes the "[" at `start`, or undefined when none does. */
export function bracketEnd(text: string, start: number): number | undefined {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    const char = text[i];
    if (char === "'") i += 1;
    else if (char === '[') depth += 1;
    else if (char === ']' && --depth === 0) return i + 1;
  }
  return undefined;
}

/** As bracketEnd, but `start` itself when the bracket is never closed. */
export function closingBracket(text: string, start: number): number {
  return bracketEnd(text, start) ?? start;
}

/** Where a literal starting at `index` ends (an unclosed one runs to the end), or `index` when none starts there. */
export function literalEnd(text: string, index: number): number {
  const opening = text[index];
  if (opening === '"' || opening === "'") return closingQuote(text, index);
  if (opening === '[') return bracketEnd(text, index) ?? text.length;
  return index;
}

/**
 * The formula with `map` applied to each run of code between its literals, which stay as they
 * are or go through `literal` ("Tabell[Kol1]" looks like a reference but is not one). The one
 * loop every formula rewriter uses to skip text, sheet names and table columns.
 */
export function mapOutsideLiterals(formula: string, map: (code: string) => string, literal: (text: string) => string = (text) => text): string {
  let result = '';
  let codeStart = 0;
  for (let index = 0; index < formula.length; ) {
    const end = literalEnd(formula, index);
    if (end === index) {
      index += 1;
      continue;
    }
    result += map(formula.slice(codeStart, index)) + literal(formula.slice(index, end));
    index = end;
    codeStart = end;
  }
  return result + map(formula.slice(codeStart));
}
