import { FunctionHelp } from '../types';

export const QUADRANT: FunctionHelp = {
  name: 'QUADRANT',
  summary: 'Intressentens ruta i dialogmatrisen.',
  description: 'Intressentens ruta i dialogmatrisen: Nyckelintressent, Håll nöjd, Håll informerad eller Bevaka.',
  details: [
    'Mitten av skalan är (1 + skala) / 2, alltså 3 på skalan 1–5. Inflytande och intresse båda över mitten ger Nyckelintressent; bara inflytandet över ger Håll nöjd; bara intresset över ger Håll informerad; inget av dem ger Bevaka.',
  ],
  parameters: [
    { name: 'interest', swedishName: 'intresse', optional: false, description: 'Intressentens intresse, heltal 1–skalan.' },
    { name: 'influence', swedishName: 'inflytande', optional: false, description: 'Intressentens inflytande, heltal 1–skalan.' },
    { name: 'scale', swedishName: 'skala', optional: true, description: 'Skalans högsta värde, standard 5.' },
  ],
  returns: 'Rutans namn.',
  errors: [
    { code: '#VALUE!', when: 'Intresset eller inflytandet ligger utanför skalan.', formula: '=FINSAM.QUADRANT(5;6)', message: 'Inflytandet är 6; det ska vara ett heltal 1–5.' },
    { code: '#VALUE!', when: 'Intresset eller inflytandet är inte ett heltal.', formula: '=FINSAM.QUADRANT(2,5;3)', message: 'Intresset är 2,5; det ska vara ett heltal 1–5.' },
  ],
  examples: [
    { formula: '=FINSAM.QUADRANT(5;4)', result: 'Nyckelintressent', explanation: 'Både intresse och inflytande över mitten 3.' },
    { formula: '=FINSAM.QUADRANT(2;4)', result: 'Håll nöjd', explanation: 'Stort inflytande men litet intresse.' },
    {
      formula: '=FINSAM.QUADRANT([@Intresse];[@Inflytande])',
      result: 'Håll nöjd',
      explanation: 'I kolumnen Dialogmatris på raden Arbetsgivare i intressentanalysen 2020.',
      on: { workbook: 'intressentanalys-2020', sheet: 'Intressentanalys', cell: 'E18', sameAs: 'E18' },
    },
  ],
  readme: 'the dialogue-matrix quadrant',
};
