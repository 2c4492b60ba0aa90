import { FunctionHelp } from '../types';

export const FYECHANGE: FunctionHelp = {
  name: 'FYECHANGE',
  summary: 'Förändring mot föregående period.',
  description: 'Förändring mot föregående period: relativ (nuvarande − föregående) / föregående, eller skillnaden i procentenheter med "pp".',
  details: [
    'Relativ förändring −0,01 betyder att andelen minskat med 1 % av sitt värde; med "pp" blir svaret skillnaden mellan andelarna (−0,0005 är −0,05 procentenheter). Styrelsen väljer sättet på bladet FINSAM-regler.',
  ],
  parameters: [
    { name: 'previous', swedishName: 'föregående', optional: false, description: 'Föregående periods andel eller antal.' },
    { name: 'current', swedishName: 'nuvarande', optional: false, description: 'Nuvarande periods andel eller antal.' },
    { name: 'mode', swedishName: 'läge', optional: true, description: '"relativ" (standard) eller "pp" för procentenheter.' },
  ],
  returns: 'Förändringen som andel (−0,01 är −1 %).',
  errors: [
    { code: '#VALUE!', when: 'Läget är varken "relativ" eller "pp".', formula: '=FINSAM.FYECHANGE(0,05;0,0495;"procent")', message: 'Läget är "procent"; skriv "relativ" (standard) eller "pp" (procentenheter).' },
    { code: '#VALUE!', when: 'Ett värde är negativt.', formula: '=FINSAM.FYECHANGE(-1;0,05)', message: 'Föregående värde är -1; det får inte vara negativt.' },
    {
      code: '#DIV/0!',
      when: 'Föregående värde är 0 och förändringen ska vara relativ.',
      formula: '=FINSAM.FYECHANGE(0;0,0495)',
      message: 'Föregående värde är 0; en relativ förändring kan inte beräknas (division med noll). Använd "pp".',
    },
  ],
  examples: [
    { formula: '=FINSAM.FYECHANGE(0,05;0,0495)', result: '-0,01', explanation: 'Från 5 % till 4,95 %: minskat med 1 %.' },
    { formula: '=FINSAM.FYECHANGE(0,05;0,0495;"pp")', result: '-0,0005', explanation: 'Samma förändring i procentenheter: −0,05.' },
    {
      formula: '=FINSAM.FYECHANGE([@[Andel 2021]];[@[Andel 2022]])',
      result: '-0,0459…',
      explanation: 'I kolumnen Förändring på Umeå kommuns rad: andelen föll med 4,6 %.',
      on: { workbook: 'helarsekvivalenter-2022', sheet: 'Helårsekvivalenter', cell: 'H8', sameAs: 'H8' },
    },
  ],
  readme: 'relative change, or `"pp"` for percentage points',
};
