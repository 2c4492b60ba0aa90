import { FunctionHelp } from '../types';

export const EQUITYCAP: FunctionHelp = {
  name: 'EQUITYCAP',
  summary: 'Trappans tak för eget kapital.',
  description: 'Det högsta egna kapital som trappan rekommenderar vid en viss årlig tilldelning (medlemmarnas bidrag).',
  details: [
    'Trappan anger hur stor andel av den årliga tilldelningen som eget kapital högst bör vara: standard 20 % från 0 tkr, 15 % från 5 000 tkr och 10 % från 15 000 tkr. Kontrollera mot Nationella rådets aktuella rekommendation; standardstegen är ett antagande.',
    'En egen trappa är ett område med två kolumner, tilldelning från (tkr) och högsta andel, sorterat efter från. Styrelsens trappa står på bladet FINSAM-regler i tabellen Trappan.',
  ],
  parameters: [
    { name: 'allocation', swedishName: 'tilldelning', optional: false, description: 'Årlig tilldelning (tkr), t.ex. 11 380.' },
    {
      name: 'steps',
      swedishName: 'trappa',
      optional: true,
      description: 'Egen trappa i två kolumner: tilldelning från (tkr) och högsta andel (valfritt; standard 20 % från 0, 15 % från 5 000, 10 % från 15 000).',
    },
  ],
  returns: 'Högsta rekommenderade eget kapital (tkr).',
  errors: [
    { code: '#VALUE!', when: 'Tilldelningen är negativ.', formula: '=FINSAM.EQUITYCAP(-5)', message: 'Tilldelningen är -5; den får inte vara negativ.' },
    {
      code: '#VALUE!',
      when: 'Trappan har inte två kolumner.',
      formula: '=FINSAM.EQUITYCAP(11380;{0;5000})',
      message: 'Trappan har 1 kolumn; den ska ha två: tilldelning från (tkr) och högsta andel.',
    },
    {
      code: '#VALUE!',
      when: 'Trappan är inte sorterad efter från.',
      formula: '=FINSAM.EQUITYCAP(11380;{5000\\0,2;0\\0,15})',
      message: 'Trappsteg (från tkr) nr 2 är inte större än steget före; trappan ska vara sorterad efter "från".',
    },
    {
      code: '#N/A',
      when: 'Tilldelningen ligger under trappans första steg.',
      formula: '=FINSAM.EQUITYCAP(100;{1000\\0,2})',
      message: 'Tilldelningen 100 tkr ligger under trappans första steg (från 1 000 tkr).',
    },
  ],
  examples: [
    { formula: '=FINSAM.EQUITYCAP(11380)', result: '1707', explanation: '15 % av 11 380 tkr (uppföljningen tertial 2 2022).' },
    { formula: '=FINSAM.EQUITYCAP(4000;{0\\0,2;5000\\0,15;15000\\0,1})', result: '800', explanation: 'Trappan skriven som en matris: 20 % av 4 000 tkr.' },
    {
      formula: '=FINSAM.EQUITYCAP(11380;Trappan)',
      result: '1707',
      explanation: 'Med styrelsens trappa, tabellen Trappan på bladet FINSAM-regler; samma som taket på bladet Uppföljning.',
      on: { workbook: 'uppfoljning-tertial-2-2022', sheet: 'Uppföljning', sameAs: 'B69' },
    },
  ],
  readme: "the equity staircase's cap",
};
