import { budgetLabels as labels } from '../../text/sheet-labels';

/**
 * The words a treasurer's own budget uses for its blocks, FINSAM's own first. A hand-typed
 * paper says "Summa intäkter" or "Intäkter totalt", "Årets resultat" or "Resultat"; the reader
 * finds the blocks by any of them, in any column left of the years.
 */
export const budgetWords = {
  income: [labels.income],
  incomeSum: [labels.incomeSum, 'Intäkter totalt', 'Totala intäkter', 'Summa intäkter (tkr)'],
  costs: [labels.costs],
  costSum: [labels.costSum, 'Kostnader totalt', 'Totala kostnader', 'Summa kostnader (tkr)'],
  result: [labels.result, 'Årets resultat', 'Budgeterat resultat', 'Resultat (tkr)'],
  openingEquity: [labels.openingEquity, 'Ingående eget kapital', 'Eget kapital, ingående', 'Eget kapital vid periodens början'],
  closingEquity: [labels.closingEquity, 'Utgående eget kapital', 'Eget kapital, utgående', 'Eget kapital vid periodens slut'],
  /** What may stand above the labels or beside the years without being a year: a unit, "Budget". */
  corner: ['tkr', 'kr', '(tkr)', 'tkr.', 'belopp', 'belopp i tkr', 'belopp (tkr)', 'budget', 'budget (tkr)', 'år'],
  /** A follow-up's columns: a row with these is a follow-up's header, never a budget's years. */
  followUpColumns: ['Prognos', 'Utfall', 'Avvikelse', 'Post', 'Förklaring'],
} as const;

/**
 * Words of income that is not a member's contribution ("Anställningsstöd, AF", "Ränteintäkter",
 * "ESF-medel"): such a row is other income without a doubt. A row with none of these and no
 * member's words is unclear, and the reader says so rather than guess.
 */
export const OTHER_INCOME_WORDS = /stöd|bidrag|intäkt|ränt|avgift|ersättning|projekt|esf|medel|övrig|\baf\b|försälj|fond|hyr|återbet|överskott|finansiell|\beu\b|gåva|utdelning|sponsr|anslag|reserv/i;
