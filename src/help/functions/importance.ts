import { FunctionHelp } from '../types';

export const IMPORTANCE: FunctionHelp = {
  name: 'IMPORTANCE',
  summary: 'Betydelseindex: intresse + inflytande.',
  description: 'Betydelseindex: intresse + inflytande.',
  details: ['Intressentanalysen skattar varje intressents intresse för och inflytande över förbundet, vardera som ett heltal 1–skalan (standard 5). Betydelseindex är summan, 2–10 på skalan 1–5.'],
  parameters: [
    { name: 'interest', swedishName: 'intresse', optional: false, description: 'Intressentens intresse, heltal 1–skalan.' },
    { name: 'influence', swedishName: 'inflytande', optional: false, description: 'Intressentens inflytande, heltal 1–skalan.' },
    { name: 'scale', swedishName: 'skala', optional: true, description: 'Skalans högsta värde, standard 5.' },
  ],
  returns: 'Betydelseindex (2–10 på skalan 1–5).',
  errors: [
    { code: '#VALUE!', when: 'Intresset eller inflytandet ligger utanför skalan.', formula: '=FINSAM.IMPORTANCE(6;4)', message: 'Intresset är 6; det ska vara ett heltal 1–5.' },
    { code: '#VALUE!', when: 'Skalan är mindre än 2.', formula: '=FINSAM.IMPORTANCE(5;4;1)', message: 'Skalan är 1; den ska vara ett heltal från 2.' },
  ],
  examples: [
    { formula: '=FINSAM.IMPORTANCE(5;4)', result: '9', explanation: 'Intresse 5 och inflytande 4.' },
    {
      formula: '=FINSAM.IMPORTANCE([@Intresse];[@Inflytande])',
      result: '10',
      explanation: 'I kolumnen Betydelseindex på styrelsens rad i intressentanalysen 2020.',
      on: { workbook: 'intressentanalys-2020', sheet: 'Intressentanalys', cell: 'D7', sameAs: 'D7' },
    },
  ],
  readme: 'betydelseindex = interest + influence',
};
