import { FunctionHelp } from '../types';

export const SHARE: FunctionHelp = {
  name: 'SHARE',
  summary: 'En dels andel av ett belopp, exakt fördelat.',
  description: 'En dels andel av ett belopp: belopp × del / summan av delarna. Med decimaler fördelas hela beloppet med största-rest-metoden så att delarna summerar exakt.',
  details: [
    'Utan decimaler blir andelen oavrundad. Med decimaler (0 för hela tkr) avrundas inte varje andel för sig: hela beloppet fördelas så att de avrundade andelarna summerar exakt till beloppet, och de enheter som blir över går till de största resterna. Annars kan kommunernas delar bli 2 844 i stället för 2 845 (seed 003, 2021).',
    'Delen ska finnas bland delarna. Finns samma värde flera gånger och kopiorna avrundas olika går andelen inte att peka ut; använd då FINSAM.SHARES.',
  ],
  parameters: [
    { name: 'total', swedishName: 'belopp', optional: false, description: 'Beloppet att fördela (tkr).' },
    { name: 'part', swedishName: 'del', optional: false, description: 'Delen vars andel söks, t.ex. kommunens arbetsföra befolkning; den ska finnas bland delarna.' },
    { name: 'parts', swedishName: 'delar', optional: false, description: 'Alla delar, icke-negativa tal.' },
    { name: 'decimals', swedishName: 'decimaler', optional: true, description: 'Avrunda till så många decimaler (0 för hela tkr) med största-rest-metoden (valfritt).' },
  ],
  returns: 'Delens andel av beloppet.',
  errors: [
    { code: '#VALUE!', when: 'Delen finns inte bland delarna.', formula: '=FINSAM.SHARE(2990;532;{8342;531;415;308;404};0)', message: 'Delen 532 finns inte bland delarna; den ska vara en av dem.' },
    {
      code: '#VALUE!',
      when: 'Delen finns flera gånger och kopiorna avrundas olika.',
      formula: '=FINSAM.SHARE(10;1;{1;1;1};0)',
      message: 'Delen 1 finns flera gånger bland delarna och avrundas olika; använd FINSAM.SHARES för hela fördelningen.',
    },
    { code: '#VALUE!', when: 'En del är negativ.', formula: '=FINSAM.SHARE(2990;531;{8342;-531})', message: 'Del nr 2 är -531; det får inte vara negativt.' },
    { code: '#VALUE!', when: 'Decimalerna är inte ett heltal.', formula: '=FINSAM.SHARE(2990;531;{8342;531};1,5)', message: 'Antalet decimaler är 1,5; det ska vara ett heltal -9–10.' },
    { code: '#DIV/0!', when: 'Delarna summerar till 0.', formula: '=FINSAM.SHARE(2990;0;{0;0})', message: 'Summan av delarna är 0; det går inte att fördela (division med noll).' },
  ],
  examples: [
    { formula: '=FINSAM.SHARE(2990;531;{8342;531;415;308;404};0)', result: '159', explanation: 'Vännäs andel av kommunernas hälft 2018 (seed 001): 2 990 × 531 / 10 000, avrundat inom fördelningen.' },
    { formula: '=FINSAM.SHARE(2990;531;{8342;531;415;308;404})', result: '158,769', explanation: 'Utan decimaler: den oavrundade andelen.' },
    {
      formula: '=FINSAM.SHARE(2990;Befolkning[@2018];Befolkning[2018];0)',
      result: '159',
      explanation: 'Bredvid tabellen Befolkning på bladet Budget, på Vännäs rad: samma som Vännäs bidrag i budgeten.',
      on: { workbook: 'budget-2018', sheet: 'Budget', cell: 'C46', sameAs: 'B7' },
    },
  ],
  readme: "one part's share; with decimals, of a largest-remainder split",
};
