import { FunctionHelp } from '../types';

export const SHARES: FunctionHelp = {
  name: 'SHARES',
  summary: 'Fördelar ett belopp på alla delar (största rest).',
  description: 'Fördelar ett belopp på alla delar i proportion till dem. Med decimaler används största-rest-metoden så att andelarna summerar exakt till beloppet.',
  details: [
    'Svaret breder ut sig (spiller) i samma form som delarna: en kolumn in ger en kolumn ut. Tomma celler bland delarna ger tomma svar.',
    'Med decimaler (0 för hela tkr) summerar andelarna alltid exakt till beloppet avrundat, och varje andel ligger inom en enhet från sin exakta kvot. Enheter som blir över går till de största resterna; vid lika rest till den största delen och sedan den som står först.',
  ],
  parameters: [
    { name: 'total', swedishName: 'belopp', optional: false, description: 'Beloppet att fördela (tkr).' },
    { name: 'parts', swedishName: 'delar', optional: false, description: 'Delarna, icke-negativa tal, t.ex. kommunernas arbetsföra befolkning. Tomma celler ger tomt svar.' },
    { name: 'decimals', swedishName: 'decimaler', optional: true, description: 'Avrunda till så många decimaler (0 för hela tkr) med största-rest-metoden (valfritt).' },
  ],
  returns: 'Andelarna i samma form som delarna.',
  errors: [
    { code: '#VALUE!', when: 'En del är negativ.', formula: '=FINSAM.SHARES(2990;{8342;-531};0)', message: 'Del nr 2 är -531; det får inte vara negativt.' },
    { code: '#VALUE!', when: 'Decimalerna är inte ett heltal.', formula: '=FINSAM.SHARES(2990;{83,42;5,31};0,5)', message: 'Antalet decimaler är 0,5; det ska vara ett heltal -9–10.' },
    { code: '#DIV/0!', when: 'Delarna summerar till 0.', formula: '=FINSAM.SHARES(2990;{0;0};0)', message: 'Summan av delarna är 0; det går inte att fördela (division med noll).' },
  ],
  examples: [
    {
      formula: '=FINSAM.SHARES(2990;{83,42;5,31;4,15;3,08;4,04};0)',
      result: '{2494;159;124;92;121}',
      explanation: 'Kommunernas hälft 2018 efter befolkningsandelarna (seed 001); summan är exakt 2 990.',
    },
    {
      formula: '=FINSAM.SHARES(2990;Befolkning[2018];0)',
      result: '{2494;159;124;92;121}',
      explanation: 'Samma fördelning direkt från tabellen Befolkning på bladet Budget; samma som kommunernas bidrag i budgeten.',
      on: { workbook: 'budget-2018', sheet: 'Budget', sameAs: 'B6:B10' },
    },
  ],
  readme: 'the whole split, spilled, summing exactly',
};
