import { FunctionHelp } from '../types';

export const WEIGHTSOK: FunctionHelp = {
  name: 'WEIGHTSOK',
  summary: 'SANT när alla målområden håller viktregeln.',
  description: 'SANT när varje målområdes andel av vikterna ligger inom toleransen från sin målandel, annars FALSKT.',
  details: [
    'WEIGHTSOK är FINSAM.WEIGHTCHECK i en cell: SANT när tabellens sista kolumn är SANT på varje rad. Argumenten och felen är desamma.',
    'Standardtoleransen 0,05 är fem procentenheter; styrelsens tolerans står på bladet FINSAM-regler.',
  ],
  parameters: [
    { name: 'weights', swedishName: 'vikter', optional: false, description: 'Vikterna, heltal 1–10.' },
    { name: 'areas', swedishName: 'målområden', optional: false, description: 'Målområdet per indikator, samma storlek som vikterna.' },
    { name: 'targetAreas', swedishName: 'målområdenMedMål', optional: false, description: 'Målområdena som har en målandel.' },
    { name: 'targetShares', swedishName: 'målandelar', optional: false, description: 'Målandelarna som andelar (0,40 för 40 %); de ska summera till 1.' },
    { name: 'tolerance', swedishName: 'tolerans', optional: true, description: 'Tillåten avvikelse som andel, standard 0,05 (fem procentenheter).' },
  ],
  returns: 'SANT eller FALSKT.',
  errors: [
    {
      code: '#VALUE!',
      when: 'Målandelarna summerar inte till 1.',
      formula: '=FINSAM.WEIGHTSOK({10;10;5};{"A";"B";"A"};{"A";"B"};{0,6;0,5})',
      message: 'Målandelarna summerar till 110 %; de ska summera till 100 % (1,0), med högst 0,1 procentenheters avvikelse.',
    },
    {
      code: '#VALUE!',
      when: 'Ett målområde bland vikterna saknar målandel.',
      formula: '=FINSAM.WEIGHTSOK({10;10;5};{"A";"B";"C"};{"A";"B"};{0,6;0,4})',
      message: 'Målområde nr 3 "C" saknar målandel; lägg till det bland målområdena med målandel.',
    },
  ],
  examples: [
    { formula: '=FINSAM.WEIGHTSOK({10;10;5};{"A";"B";"A"};{"A";"B"};{0,6;0,4})', result: 'SANT', explanation: 'Båda målområdena har precis sin målandel.' },
    { formula: '=FINSAM.WEIGHTSOK({10;10;5};{"A";"B";"A"};{"A";"B"};{0,5;0,5};0,1)', result: 'SANT', explanation: 'Med toleransen 0,1 (tio procentenheter) ryms avvikelsen 0,1.' },
    {
      formula: '=FINSAM.WEIGHTSOK(Indikatorer[Vikt];Indikatorer[Målområde];Målområden[Målområde];Målområden[Målandel])',
      result: 'SANT',
      explanation: 'Exemplet 2021 mot målandelarna på bladet FINSAM-regler. Samma värde som cellen Viktregeln uppfylld på bladet.',
      on: { workbook: 'social-budget-2021', sheet: 'Social budget', sameAs: 'M13' },
    },
  ],
  readme: 'TRUE when every area is within tolerance (±5 points)',
};
