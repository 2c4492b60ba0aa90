import svSE from 'hyperformula/i18n/languages/svSE';
import { mapOutsideLiterals } from './literals';

/**
 * Swedish Excel formula syntax ↔ en-US, the syntax the engine and Excel's `formulas` use
 * (ADDIN.md §5): `;` between arguments, decimal comma, `\` between the columns of an array
 * constant, Swedish function names (SUMMA ↔ SUM) and SANT/FALSKT. Text in quotes and quoted
 * sheet names pass through untouched, and so do the column names of structured references
 * (Indikatorer[Uppnådd], [@[Andel 2022]]), whose item separator is ";" in Swedish and ","
 * in English. FINSAM.* names are the same in every language.
 */
export type FormulaLocale = 'en-US' | 'sv-SE';

const swedishNames = svSE.functions as Record<string, string>;
const englishNames: ReadonlyMap<string, string> = new Map(Object.entries(swedishNames).map(([english, swedish]) => [swedish.toUpperCase(), english]));
const swedishOf: ReadonlyMap<string, string> = new Map(Object.entries(swedishNames).map(([english, swedish]) => [english.toUpperCase(), swedish]));

const NAME = /[\p{L}_][\p{L}\p{N}_.]*/uy;

/** What one language writes where the other writes something else, outside literals and names. */
interface Syntax {
  readonly name: (name: string, isCall: boolean) => string;
  /** A character of code, translated; `inArray` inside an array constant's braces. */
  readonly char: (char: string, inArray: boolean, previous: string, next: string) => string;
  /** A structured reference's item separator, from → to. */
  readonly items: readonly [string, string];
}

const TO_ENGLISH: Syntax = {
  name: (name, isCall) => {
    const upper = name.toUpperCase();
    if (!isCall) return upper === 'SANT' ? 'TRUE' : upper === 'FALSKT' ? 'FALSE' : name;
    return upper.startsWith('FINSAM.') ? upper : (englishNames.get(upper) ?? name);
  },
  char: (char, inArray) => (char === ';' ? (inArray ? ';' : ',') : char === ',' ? '.' : char === '\\' && inArray ? ',' : char),
  items: [';', ','],
};

const TO_SWEDISH: Syntax = {
  name: (name, isCall) => {
    const upper = name.toUpperCase();
    if (!isCall) return upper === 'TRUE' ? 'SANT' : upper === 'FALSE' ? 'FALSKT' : name;
    return upper.startsWith('FINSAM.') ? upper : (swedishOf.get(upper) ?? name);
  },
  // A point is a decimal point only between digits (1.5, .5); elsewhere it stays.
  char: (char, inArray, previous, next) =>
    char === ',' ? (inArray ? '\\' : ';') : char === '.' && /\d/.test(next) && !/[\p{L}_]/u.test(previous) ? ',' : char,
  items: [',', ';'],
};

export function swedishToEnglish(formula: string): string {
  return translate(formula, TO_ENGLISH);
}

export function englishToSwedish(formula: string): string {
  return translate(formula, TO_SWEDISH);
}

/** The formula in the syntax the engine takes (en-US), from what was typed in `locale`. */
export function toEngineSyntax(formula: string, locale: FormulaLocale): string {
  return locale === 'sv-SE' ? swedishToEnglish(formula) : formula;
}

/** The engine's (en-US) formula as a person in `locale` writes it. */
export function fromEngineSyntax(formula: string, locale: FormulaLocale): string {
  return locale === 'sv-SE' ? englishToSwedish(formula) : formula;
}

/**
 * Whether a Swedish formula holds a comma that cannot be a decimal comma (one not followed by a
 * digit): an English argument separator, which the Swedish syntax would read as something else
 * (`=SUMMA(B1,C1)` as the name "B1.C1"). Literals are skipped.
 */
export function hasEnglishSeparator(formula: string): boolean {
  let found = false;
  mapOutsideLiterals(formula, (code) => {
    found ||= /,(?!\d)/.test(code);
    return code;
  });
  return found;
}

function translate(formula: string, syntax: Syntax): string {
  // Array braces are code, so their depth carries from one run of code to the next.
  let braces = 0;
  const code = (run: string): string => {
    let out = '';
    for (let i = 0; i < run.length; ) {
      NAME.lastIndex = i;
      const name = NAME.exec(run);
      if (name && !/\p{N}/u.test(run[i - 1] ?? '')) {
        out += syntax.name(name[0], run[i + name[0].length] === '(');
        i += name[0].length;
        continue;
      }
      const char = run[i];
      if (char === '{') braces += 1;
      if (char === '}') braces -= 1;
      out += syntax.char(char, braces > 0, run[i - 1] ?? '', run[i + 1] ?? '');
      i += 1;
    }
    return out;
  };
  return mapOutsideLiterals(formula, code, (text) => (text.startsWith('[') ? structuredReference(text, syntax.items) : text));
}

/** A structured reference as it is, but with the item separator of [[#Data];[Vikt]] translated. */
function structuredReference(reference: string, [from, to]: readonly [string, string]): string {
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
    out += char === from && depth === 1 ? to : char;
  }
  return out;
}
