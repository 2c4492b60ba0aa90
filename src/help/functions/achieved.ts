import { FunctionHelp } from '../types';

export const ACHIEVED: FunctionHelp = {
  name: 'ACHIEVED',
  summary: 'Om ett utfall når sitt målvärde.',
  description: 'Om utfallet når målvärdet. Tomt utfall ger tom text (ännu inte rapporterat), som Impactindex räknar som ej uppnått.',
  details: [
    'Jämförelsen är >= (minst) om inget annat anges. Mål som "högst 9,0 sjukdagar" eller "minska med 1 %" behöver <=.',
    'På bladet Social budget står formeln i kolumnen Uppnådd för varje indikator med ett mätbart målvärde, så att Impactindex följer utfallen.',
  ],
  parameters: [
    { name: 'outcome', swedishName: 'utfall', optional: false, description: 'Utfallet.' },
    { name: 'target', swedishName: 'mål', optional: false, description: 'Målvärdet.' },
    { name: 'comparison', swedishName: 'jämförelse', optional: true, description: 'Jämförelsen: >= (standard), >, <=, < eller =.' },
  ],
  returns: 'SANT, FALSKT eller tom text.',
  errors: [
    { code: '#VALUE!', when: 'Utfallet är inte ett tal.', formula: '=FINSAM.ACHIEVED("tio";9)', message: 'Utfallet är "tio"; det ska vara ett tal.' },
    { code: '#VALUE!', when: 'Målvärdet saknas.', formula: '=FINSAM.ACHIEVED(5;"")', message: 'Målvärdet saknas; fyll i ett värde.' },
    { code: '#VALUE!', when: 'Jämförelsen är inte en av de fem.', formula: '=FINSAM.ACHIEVED(9,1;9;"≥")', message: 'Jämförelsen är "≥"; använd >=, >, <=, < eller =.' },
  ],
  examples: [
    { formula: '=FINSAM.ACHIEVED(9,1;9;"<=")', result: 'FALSKT', explanation: 'Högst 9,0 sjukdagar per person, utfallet 9,1.' },
    { formula: '=FINSAM.ACHIEVED(0,64;0,6)', result: 'SANT', explanation: 'Minst 60 %, utfallet 64 %.' },
    { formula: '=FINSAM.ACHIEVED("";0,6)', result: '""', explanation: 'Inget utfall än: tom text.' },
    {
      formula: '=FINSAM.ACHIEVED([@Utfall];[@Målvärde];[@Jämförelse])',
      result: 'SANT',
      explanation: 'I kolumnen Uppnådd på indikatorns rad (1.2.2: väntetid högst 14 dagar, utfallet 11).',
      on: { workbook: 'social-budget-2021', sheet: 'Social budget', cell: 'I11', sameAs: 'I11' },
    },
  ],
  readme: 'whether an outcome meets its target (`>=` default, `>`, `<=`, `<`, `=`)',
};
