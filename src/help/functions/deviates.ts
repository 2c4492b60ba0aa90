import { FunctionHelp } from '../types';

export const DEVIATES: FunctionHelp = {
  name: 'DEVIATES',
  summary: 'SANT när en budgetavvikelse ska förklaras.',
  description: 'SANT när en budgetrads avvikelse ska förklaras: |utfall − budget| är minst andelsgränsen av budgeten och minst beloppsgränsen.',
  details: [
    'Båda gränserna ska nås: avvikelsen ska vara minst 10 % av budgeten och minst 50 tkr, om inget annat anges. Styrelsens gränser står på bladet FINSAM-regler.',
    'Tomt utfall ger tom text (inget att förklara än); tom budget räknas som 0.',
  ],
  parameters: [
    { name: 'outcome', swedishName: 'utfall', optional: false, description: 'Prognos eller utfall (tkr). Tomt ger tom text.' },
    { name: 'budget', swedishName: 'budget', optional: false, description: 'Budgeterat belopp (tkr). Tomt räknas som 0.' },
    { name: 'share', swedishName: 'andel', optional: true, description: 'Andelsgränsen, standard 0,10 (10 %).' },
    { name: 'amount', swedishName: 'belopp', optional: true, description: 'Beloppsgränsen i tkr, standard 50.' },
  ],
  returns: 'SANT, FALSKT eller tom text.',
  errors: [
    { code: '#VALUE!', when: 'Utfallet är inte ett tal.', formula: '=FINSAM.DEVIATES("mycket";3200)', message: 'Utfallet är "mycket"; det ska vara ett tal.' },
    { code: '#VALUE!', when: 'Andelsgränsen är inte en andel 0–1.', formula: '=FINSAM.DEVIATES(2800;3200;1,5)', message: 'Andelsgränsen är 1,5; det ska vara en andel 0–1 (t.ex. 0,5 för 50 %).' },
    { code: '#VALUE!', when: 'Beloppsgränsen är negativ.', formula: '=FINSAM.DEVIATES(2800;3200;0,1;-5)', message: 'Beloppsgränsen är -5; den får inte vara negativ.' },
  ],
  examples: [
    { formula: '=FINSAM.DEVIATES(2800;3200)', result: 'SANT', explanation: '400 tkr är 12,5 % av budgeten och mer än 50 tkr.' },
    { formula: '=FINSAM.DEVIATES(3150;3200)', result: 'FALSKT', explanation: '50 tkr är bara 1,6 % av budgeten.' },
    {
      formula: '=FINSAM.DEVIATES([@Prognos];[@Budget])',
      result: 'SANT',
      explanation: 'I kolumnen Ska förklaras på raden Kompetensutveckling och mötesplatser: 60 tkr av 350 tkr (uppföljningen tertial 2 2022).',
      on: { workbook: 'uppfoljning-tertial-2-2022', sheet: 'Uppföljning', cell: 'E35', sameAs: 'E35' },
    },
  ],
  readme: 'TRUE when a deviation must be explained (≥ 10 % and ≥ 50 tkr)',
};
