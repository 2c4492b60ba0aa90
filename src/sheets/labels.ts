/**
 * The words of the sheets, as the board papers print them (seeds 001–004). User-facing, so
 * Swedish; one block per sheet kind. Readers find rows by these labels, so a person may move
 * rows around without breaking a check.
 */
export const budgetLabels = {
  title: (first: number, last: number) => (first === last ? `Budget ${first}` : `Budget ${first}–${last}`),
  header: 'Budget',
  income: 'Intäkter',
  state: 'Försäkringskassan',
  municipality: (name: string, share: string) => `${name}, ${share} av arb-bef.`,
  region: 'Region',
  incomeSum: 'Summa intäkter',
  costs: 'Kostnader',
  sectionSum: (title: string) => `Summa ${title.toLocaleLowerCase('sv-SE')}`,
  costSum: 'Summa kostnader',
  result: 'Resultat',
  openingEquity: 'Eget kapital vid årets början',
  closingEquity: 'Eget kapital vid årets slut',
  populationTitle: 'Arbetsför befolkning (20–64 år)',
  populationName: 'Kommun',
  populationSum: 'Summa',
  source: 'Källa',
} as const;

export const ruleLabels = {} as const;
export const socialBudgetLabels = {} as const;
export const followUpLabels = {} as const;
export const participantLabels = {} as const;
export const fyeLabels = {} as const;
export const stakeholderLabels = {} as const;
