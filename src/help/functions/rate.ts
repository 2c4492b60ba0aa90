import { FunctionHelp } from '../types';

export const RATE: FunctionHelp = {
  name: 'RATE',
  summary: 'Sammanvägd andel av flera enheter.',
  description: 'Sammanvägd andel: summan av delarna / summan av helheterna, aldrig medelvärdet av radernas andelar.',
  details: [
    'Andelen räknas på antalen: 9 av 10 och 1 av 4 ger 10 av 14 = 71 %, inte medelvärdet av 90 % och 25 %. Så blir en plattform med få deltagare inte lika tung som en med många.',
    'En rad där båda cellerna är tomma hoppas över; en rad med bara den ena ifylld är ett fel.',
  ],
  parameters: [
    { name: 'parts', swedishName: 'delar', optional: false, description: 'Antal med positivt resultat per rad.' },
    { name: 'wholes', swedishName: 'helheter', optional: false, description: 'Antal avslutade per rad, samma storlek som delarna.' },
  ],
  returns: 'Andel 0–1.',
  errors: [
    { code: '#VALUE!', when: 'En rad har fler delar än helheten.', formula: '=FINSAM.RATE({11;1};{10;4})', message: 'Rad nr 1: 11 med positivt resultat är fler än 10 avslutade.' },
    { code: '#VALUE!', when: 'Ett antal är negativt.', formula: '=FINSAM.RATE({9;-1};{10;4})', message: 'Antal med positivt resultat nr 2 är -1; det får inte vara negativt.' },
    {
      code: '#VALUE!',
      when: 'En rad har bara det ena antalet.',
      formula: '=FINSAM.RATE({9;""};{10;4})',
      message: 'Antal med positivt resultat nr 2 saknas men raden har ett värde i det andra området; fyll i båda eller töm raden.',
    },
    {
      code: '#VALUE!',
      when: 'Delar och helheter är olika stora områden.',
      formula: '=FINSAM.RATE({9;1};{10})',
      message: 'Antal med positivt resultat har 2 celler men Antal avslutade har 1 cell; områdena ska vara lika stora.',
    },
    { code: '#DIV/0!', when: 'Helheterna summerar till 0.', formula: '=FINSAM.RATE({0;0};{0;0})', message: 'Summan av avslutade är 0; andelen kan inte beräknas (division med noll).' },
  ],
  examples: [
    { formula: '=FINSAM.RATE({9;1};{10;4})', result: '0,714…', explanation: '10 av 14, inte medelvärdet av 90 % och 25 %.' },
    {
      formula: '=FINSAM.RATE(Deltagare[Positiv lösning];Deltagare[Avslutade])',
      result: '0,691…',
      explanation: '56 av 81 avslutade fick en positiv lösning (tertial 2 2022); samma som andelen på bladet Deltagare.',
      on: { workbook: 'deltagare-2022', sheet: 'Deltagare', sameAs: 'B15' },
    },
    {
      formula: '=FINSAM.RATE(Deltagare[Varav arbete];Deltagare[Positiv lösning])',
      result: '0,375',
      explanation: '21 av de 56 med positiv lösning gick till arbete.',
      on: { workbook: 'deltagare-2022', sheet: 'Deltagare', sameAs: 'B16' },
    },
  ],
  readme: 'pooled rate Σ parts / Σ wholes',
};
