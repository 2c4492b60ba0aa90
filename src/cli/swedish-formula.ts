import svSE from 'hyperformula/i18n/languages/svSE';

/**
 * Swedish Excel formula syntax → en-US, the syntax the engine and Excel's `formulas` use
 * (ADDIN.md §5): `;` between arguments, decimal comma, `\` between the columns of an array
 * constant, Swedish function names (SUMMA → SUM) and SANT/FALSKT. Text in quotes and quoted
 * sheet names pass through untouched, and so do the column names of structured references
 * (Indikatorer[Uppnådd], [@[Andel 2022]]), whose ";" between items becomes ",". FINSAM.* names
 * are the same in every language.
 */
const englishNames: ReadonlyMap<string, string> = new Map(
  Object.entries(svSE.functions as Record<string, string>).map(([english, swedish]) => [swedish.toUpperCase(), english]),
);

const NAME = /[\p{L}_][\p{L}\p{N}_.]*/uy;

export function swedishToEnglish(formula: string): string {
  let out = '';
  let braces = 0;
  for (let i = 0; i < formula.length; ) {
    const char = formula[i];
    if (char === '"' || char === "'") {
      const end = closingQuote(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    if (char === '[') {
      const end = closingBracket(formula, i);
      out += structuredReference(formula.slice(i, end));
      i = end;
      continue;
    }
    NAME.lastIndex = i;
    const name = NAME.exec(formula);
    if (name && !/\p{N}/u.test(formula[i - 1] ?? '')) {
      out += translateName(name[0], formula[i + name[0].length] === '(');
      i += name[0].length;
      continue;
    }
    if (char === '{') braces += 1;
    if (char === '}') braces -= 1;
    out += char === ';' ? (braces > 0 ? ';' : ',') : char === ',' ? '.' : char === '\\' && braces > 0 ? ',' : char;
    i += 1;
  }
  return out;
}

function translateName(name: string, isCall: boolean): string {
  const upper = name.toUpperCase();
  if (!isCall) return upper === 'SANT' ? 'TRUE' : upper === 'FALSKT' ? 'FALSE' : name;
  return upper.startsWith('FINSAM.') ? upper : (englishNames.get(upper) ?? name);
}

/** Index just past the quote that closes the one at `start`; doubled quotes are escapes. */
function closingQuote(text: string, start: number): number {
  const quote = text[start];
  let i = start + 1;
  while (i < text.length) {
    if (text[i] === quote && text[i + 1] === quote) i += 2;
    else if (text[i] === quote) return i + 1;
    else i += 1;
  }
  return text.length;
}

/** Index just past the "]" closing the "[" at `start` (nested; "'" escapes the next character). */
function closingBracket(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i += 1) {
    if (text[i] === "'") i += 1;
    else if (text[i] === '[') depth += 1;
    else if (text[i] === ']' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** A structured reference as it is, but with the item separator ";" of [[#Data];[Vikt]] as ",". */
function structuredReference(reference: string): string {
  let out = '';
  let depth = 0;
  for (let i = 0; i < reference.length; i += 1) {
    const char = reference[i];
    if (char === "'") {
      out += reference.slice(i, i + 2);
      i += 1;
      continue;
    }
    if (char === '[') depth += 1;
    if (char === ']') depth -= 1;
    out += char === ';' && depth === 1 ? ',' : char;
  }
  return out;
}
