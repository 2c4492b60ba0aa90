import { excelRound } from './checks';

/** How an outcome is compared with its target (FUNCTIONS.md, ACHIEVED). */
export type Comparison = '>=' | '>' | '<=' | '<' | '=';

const COMPARISONS: readonly Comparison[] = ['>=', '>', '<=', '<', '='];

/** ">= " → '>='; anything else → undefined. Empty means the default, at least (≥). */
export function parseComparison(text: string): Comparison | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return '>=';
  return COMPARISONS.find((comparison) => comparison === trimmed);
}

/**
 * Whether an outcome meets its target: "80 % ska svara ja" is ≥, "9,0 sjukdagar" is ≤,
 * "har minskat jämfört med föregående år" is < the previous year's figure (DOMAIN.md §3).
 * Numbers compare as Excel compares them, at 15 significant digits.
 */
export function isAchieved(outcome: number, target: number, comparison: Comparison = '>='): boolean {
  const a = excelRound(outcome);
  const b = excelRound(target);
  switch (comparison) {
    case '>=':
      return a >= b;
    case '>':
      return a > b;
    case '<=':
      return a <= b;
    case '<':
      return a < b;
    case '=':
      return a === b;
  }
}

const ACHIEVED_WORDS = new Set(['ja', 'j', 'x', 'uppnådd', 'yes', 'sant', 'true']);
const NOT_ACHIEVED_WORDS = new Set(['nej', 'n', 'ej uppnådd', 'no', 'falskt', 'false', '']);

/**
 * An achieved cell written as text (FUNCTIONS.md): "Ja", " x " → true; "nej", "" → false;
 * any other text → undefined, which the caller reports.
 */
export function parseAchievedText(text: string): boolean | undefined {
  const word = text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE');
  if (ACHIEVED_WORDS.has(word)) return true;
  if (NOT_ACHIEVED_WORDS.has(word)) return false;
  return undefined;
}
