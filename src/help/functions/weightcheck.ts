import { FunctionHelp } from '../types';

export const WEIGHTCHECK: FunctionHelp = {
  name: 'WEIGHTCHECK',
  summary: 'Viktregeln per målområde som tabell.',
  description: 'Viktregeln per målområde: en tabell med målområde, viktsumma, andel, målandel, avvikelse och om avvikelsen ryms i toleransen.',
  details: [
    'Svaret är en tabell som breder ut sig (spiller) nedåt och åt höger: en rad per målområde med målandel, i samma ordning som målområdena med målandel, och sex kolumner: målområde, viktsumma, faktisk andel, målandel, avvikelse (faktisk − mål) och SANT/FALSKT för inom toleransen.',
    'Målandelarna ska summera till 1 (högst 0,001 ifrån), och varje målområde i vikternas tabell ska ha en målandel. Styrelsens målandelar står på bladet FINSAM-regler i tabellen Målområden.',
    'Lämna tomma celler till höger om och under formeln, annars visar Excel #SPILL!.',
  ],
  parameters: [
    { name: 'weights', swedishName: 'vikter', optional: false, description: 'Vikterna, heltal 1–10.' },
    { name: 'areas', swedishName: 'målområden', optional: false, description: 'Målområdet per indikator, samma storlek som vikterna.' },
    { name: 'targetAreas', swedishName: 'målområdenMedMål', optional: false, description: 'Målområdena som har en målandel, i den ordning tabellen ska visa dem.' },
    { name: 'targetShares', swedishName: 'målandelar', optional: false, description: 'Målandelarna som andelar (0,40 för 40 %); de ska summera till 1.' },
    { name: 'tolerance', swedishName: 'tolerans', optional: true, description: 'Tillåten avvikelse som andel, standard 0,05 (fem procentenheter).' },
  ],
  returns: 'En rad per målområde.',
  errors: [
    {
      code: '#VALUE!',
      when: 'Målandelarna summerar inte till 1.',
      formula: '=FINSAM.WEIGHTCHECK({10;10;5};{"A";"B";"A"};{"A";"B"};{0,6;0,5})',
      message: 'Målandelarna summerar till 110 %; de ska summera till 100 % (1,0), med högst 0,1 procentenheters avvikelse.',
    },
    {
      code: '#VALUE!',
      when: 'Ett målområde bland vikterna saknar målandel.',
      formula: '=FINSAM.WEIGHTCHECK({10;10;5};{"A";"B";"C"};{"A";"B"};{0,6;0,4})',
      message: 'Målområde nr 3 "C" saknar målandel; lägg till det bland målområdena med målandel.',
    },
    {
      code: '#VALUE!',
      when: 'Ett målområde står två gånger bland målområdena med målandel.',
      formula: '=FINSAM.WEIGHTCHECK({10;10;5};{"A";"B";"A"};{"A";"A"};{0,5;0,5})',
      message: 'Målområde med målandel nr 2 "A" står två gånger; varje målområde ska ha en målandel.',
    },
    { code: '#VALUE!', when: 'En vikt är inte ett heltal 1–10.', formula: '=FINSAM.WEIGHTCHECK({10;12};{"A";"B"};{"A";"B"};{0,5;0,5})', message: 'Vikt nr 2 är 12; en vikt ska vara ett heltal 1–10.' },
  ],
  examples: [
    {
      formula: '=FINSAM.WEIGHTCHECK({10;10;5};{"A";"B";"A"};{"A";"B"};{0,6;0,4})',
      result: '{"A"\\15\\0,6\\0,6\\0\\SANT;"B"\\10\\0,4\\0,4\\0\\SANT}',
      explanation: 'A har 15 av 25 (60 %) och B 10 av 25 (40 %), precis som målandelarna.',
    },
    {
      formula: '=FINSAM.WEIGHTCHECK({10;10;5};{"A";"B";"A"};{"A";"B"};{0,5;0,5})',
      result: '{"A"\\15\\0,6\\0,5\\0,1\\FALSKT;"B"\\10\\0,4\\0,5\\-0,1\\FALSKT}',
      explanation: 'Tio procentenheter från målet är mer än standardtoleransen fem.',
    },
    {
      formula: '=FINSAM.WEIGHTCHECK(Indikatorer[Vikt];Indikatorer[Målområde];Målområden[Målområde];Målområden[Målandel])',
      result:
        '{"Samhälls- och medlemsnytta"\\72\\0,409…\\0,4\\0,009…\\SANT;"Jämlik samverkan"\\44\\0,25\\0,25\\0\\SANT;"Deltagarnyttan"\\26\\0,147…\\0,15\\-0,002…\\SANT;"Samordning"\\17\\0,096…\\0,1\\-0,003…\\SANT;"Medarbetarnöjdhet"\\17\\0,096…\\0,1\\-0,003…\\SANT}',
      explanation: 'Exemplet 2021 mot styrelsens målandelar på bladet FINSAM-regler: alla fem målområden ryms inom ±5 procentenheter.',
      on: { workbook: 'social-budget-2021', sheet: 'Social budget' },
    },
  ],
  readme: 'spilled table: area, weight sum, share, target, deviation, within tolerance',
};
