import { FunctionHelp } from '../types';

export const STATUS: FunctionHelp = {
  name: 'STATUS',
  summary: 'Indikatorns status i det sociala bokslutet.',
  description:
    'Indikatorns status som det sociala bokslutet visar den: Uppnått, Nära målet (inte uppnått men nära målvärdet) eller Ej uppnått. Tomt utfall ger tom text.',
  details: [
    'Uppnått när FINSAM.ACHIEVED ger SANT. Nära målet när målet inte nås men utfallet ligger nära: vid >= och > när utfallet är minst faktorn × målvärdet, vid <= och < när utfallet är högst målvärdet / faktorn. Annars Ej uppnått.',
    'Faktorn är 0,95 om inget annat anges (inom 5 % av målvärdet); den är en inställning per år på bladet FINSAM-regler. Med = finns inget Nära målet.',
    'Bara Uppnått räknas som uppnått i Impactindex; Nära målet visar att insatsen nästan nådde fram.',
  ],
  parameters: [
    { name: 'outcome', swedishName: 'utfall', optional: false, description: 'Utfallet.' },
    { name: 'target', swedishName: 'mål', optional: false, description: 'Målvärdet.' },
    { name: 'comparison', swedishName: 'jämförelse', optional: true, description: 'Jämförelsen: >= (standard), >, <=, < eller =.' },
    { name: 'near', swedishName: 'nära', optional: true, description: 'Hur nära målvärdet som räknas som Nära målet, en andel större än 0 och högst 1; standard 0,95.' },
  ],
  returns: 'Uppnått, Nära målet, Ej uppnått eller tom text.',
  errors: [
    { code: '#VALUE!', when: 'Utfallet är inte ett tal.', formula: '=FINSAM.STATUS("tio";0,8)', message: 'Utfallet är "tio"; det ska vara ett tal.' },
    { code: '#VALUE!', when: 'Jämförelsen är inte en av de fem.', formula: '=FINSAM.STATUS(0,79;0,8;"≥")', message: 'Jämförelsen är "≥"; använd >=, >, <=, < eller =.' },
    {
      code: '#VALUE!',
      when: 'Faktorn är 0 eller mindre, eller större än 1.',
      formula: '=FINSAM.STATUS(0,79;0,8;">=";1,2)',
      message: 'Nära målet-faktorn är 1,2; den ska vara en andel större än 0 och högst 1 (t.ex. 0,95 för inom 5 % av målvärdet).',
    },
  ],
  examples: [
    { formula: '=FINSAM.STATUS(0,79;0,8)', result: 'Nära målet', explanation: 'Minst 80 %, utfallet 79 %: minst 0,95 × 80 % = 76 %.' },
    { formula: '=FINSAM.STATUS(0,85;0,8)', result: 'Uppnått', explanation: 'Minst 80 %, utfallet 85 %.' },
    { formula: '=FINSAM.STATUS(0,66;0,8)', result: 'Ej uppnått', explanation: 'Minst 80 %, utfallet 66 %, under 76 %.' },
    { formula: '=FINSAM.STATUS(9,4;9;"<=")', result: 'Nära målet', explanation: 'Högst 9,0 sjukdagar, utfallet 9,4: högst 9 / 0,95 = 9,47.' },
    { formula: '=FINSAM.STATUS(0,73;0,8;">=";0,9)', result: 'Nära målet', explanation: 'Med faktorn 0,9 räknas 72 % och mer som nära 80 %.' },
    { formula: '=FINSAM.STATUS("";0,8)', result: '""', explanation: 'Inget utfall än: tom text.' },
    {
      formula: '=FINSAM.STATUS(Indikatorer[@Utfall];Indikatorer[@Målvärde];Indikatorer[@Jämförelse])',
      result: 'Nära målet',
      explanation: 'Bredvid tabellen på indikatorns rad (3.1.2: minst 80 % upplever att de blivit bemötta med respekt, utfallet 78 %).',
      on: { workbook: 'social-budget-2021', sheet: 'Social budget', cell: 'M29' },
    },
  ],
  readme: 'the indicator\'s status in the social annual report: `Uppnått`, `Nära målet` (within `near`, default 0,95, of the target) or `Ej uppnått`',
};
