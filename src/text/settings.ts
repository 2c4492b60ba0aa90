/** The rule set's settings in Swedish, as FINSAM-regler and the rules form show them. */

/**
 * The rule set's settings as FINSAM-regler and the rules form show them: a label (the words the
 * reader finds the row by) and an explanation (src/domain/rule-set.ts holds their bounds).
 */
export const settingTexts = {
  year: { label: 'År', explanation: 'Året reglerna gäller.' },
  tolerance: { label: 'Tolerans för viktregeln', explanation: 'Tillåten avvikelse per målområde från målandelen (0,05 = ±5 procentenheter).' },
  weightScale: { label: 'Högsta vikt', explanation: 'Vikterna är heltal från 1 till detta värde.' },
  targetIndex: { label: 'Målindex (Impactindex)', explanation: 'Impactindex som ska nås ("slå sitt index"); 70 betyder att 70 % av målen ska nås.' },
  deviationShare: { label: 'Avvikelse att förklara, andel', explanation: 'En budgetrads avvikelse ska förklaras när den är minst denna andel av budgeten …' },
  deviationAmount: { label: 'Avvikelse att förklara, belopp (tkr)', explanation: '… och samtidigt minst detta belopp.' },
  fyeGoal: {
    label: 'Mål för helårsekvivalenter (förändring)',
    explanation: 'Andelen helårsekvivalenter av arbetsför befolkning ska förändras med högst detta (−1 % = minska med 1 %).',
  },
  fyeMode: { label: 'Förändringen mäts', explanation: '"relativ" (förändring i procent) eller "pp" (procentenheter).' },
  positiveTarget: { label: 'Mål positiv lösning', explanation: 'Andel av de avslutade som ska ha gått vidare till en positiv lösning.' },
  workTarget: { label: 'Mål arbete (varav)', explanation: 'Andel som ska ha gått vidare till arbete.' },
  studiesTarget: { label: 'Mål studier (varav)', explanation: 'Andel som ska ha gått vidare till studier.' },
  varavBase: { label: 'Bas för varav', explanation: '"positiv lösning" (de med positiv lösning) eller "alla avslutade".' },
  nearFactor: {
    label: 'Nära målet',
    explanation:
      'En indikator som inte nått målet är "Nära målet" när utfallet är minst denna andel av målvärdet (0,95: inom 5 % av målet, t.ex. 79 % mot målet 80 %). Bara Uppnått räknas i Impactindex.',
  },
  adminCostShare: {
    label: 'Administrationskostnader, högsta andel',
    explanation: 'Raderna för administration (Administration, Förbundsadministration, Kansli) får vara högst denna andel av Summa kostnader.',
  },
} as const;

/** The words a choice setting is written with on FINSAM-regler. */
export const settingWords = {
  fyeMode: { relative: 'relativ', pp: 'pp' },
  varavBase: { positive: 'positiv lösning', finished: 'alla avslutade' },
} as const;
