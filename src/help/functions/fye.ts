import { FunctionHelp } from '../types';

export const FYE: FunctionHelp = {
  name: 'FYE',
  summary: 'Helårsekvivalenter av dagar och ersättningsgrad.',
  description: 'Helårsekvivalenter: summan av dagar × ersättningsgrad / dagar per år. Två personer med ersättning ett halvår var blir en helårsekvivalent.',
  details: [
    'En helårsekvivalent är en person som får full ersättning ett helt år. Ersättningsgraden är en andel 0–1 per rad, eller ett värde för alla rader; utan den räknas full ersättning.',
    'Inget blad som FINSAM bygger har dagar per person (SCB:s helårsekvivalenter står färdiga på bladet Helårsekvivalenter), så exemplet med strukturerade referenser använder en egen tabell Ersättning med kolumnerna Person, Dagar och Grad.',
  ],
  parameters: [
    { name: 'days', swedishName: 'dagar', optional: false, description: 'Dagar med ersättning per rad.' },
    { name: 'degree', swedishName: 'grad', optional: true, description: 'Ersättningsgrad 0–1 per rad, eller ett värde för alla (standard 1).' },
    { name: 'daysPerYear', swedishName: 'dagarPerÅr', optional: true, description: 'Dagar i perioden, standard 365.' },
  ],
  returns: 'Antal helårsekvivalenter.',
  errors: [
    { code: '#VALUE!', when: 'En ersättningsgrad är inte en andel 0–1.', formula: '=FINSAM.FYE({365};{1,5})', message: 'Ersättningsgrad nr 1 är 1,5; det ska vara en andel 0–1 (t.ex. 0,5 för 50 %).' },
    { code: '#VALUE!', when: 'Dagarna är negativa.', formula: '=FINSAM.FYE({-365})', message: 'Dagar nr 1 är -365; det får inte vara negativt.' },
    { code: '#VALUE!', when: 'Dagar och grad är olika stora områden.', formula: '=FINSAM.FYE({365};{1;1})', message: 'Dagar har 1 cell men Ersättningsgrad har 2 celler; områdena ska vara lika stora.' },
    { code: '#DIV/0!', when: 'Dagar per år är 0.', formula: '=FINSAM.FYE({365};1;0)', message: 'Dagar per år är 0; helårsekvivalenter kan inte beräknas (division med noll).' },
  ],
  examples: [
    { formula: '=FINSAM.FYE({182,5;182,5})', result: '1', explanation: 'Två personer med full ersättning ett halvår var.' },
    { formula: '=FINSAM.FYE({365;365};{1;0,5})', result: '1,5', explanation: 'En med hel och en med halv ersättning hela året.' },
    {
      formula: '=FINSAM.FYE(Ersättning[Dagar];Ersättning[Grad])',
      result: '2',
      explanation: 'En egen tabell Ersättning: 365 dagar hel, 182,5 dagar hel och 365 dagar halv ersättning.',
      on: { workbook: 'egen-tabell-ersattning', sheet: 'Ersättning' },
    },
  ],
  readme: 'full-year equivalents',
};
