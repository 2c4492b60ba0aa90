import { FunctionHelp } from '../types';

export const IMPACTVALUE: FunctionHelp = {
  name: 'IMPACTVALUE',
  summary: 'Impactvärde: summan av uppnådda vikter.',
  description: 'Impactvärde: summan av vikterna för de uppnådda indikatorerna (134 i exemplet 2021).',
  details: [
    'Impactvärdet är täljaren i Impactindex; det maximala Impactvärdet är summan av alla vikter (176 i exemplet 2021).',
    'Argumenten läses som i FINSAM.IMPACTINDEX: tomma rader hoppas över och tomt i uppnådd räknas som ej uppnått. Utan vikter blir Impactvärdet 0.',
  ],
  parameters: [
    { name: 'weights', swedishName: 'vikter', optional: false, description: 'Vikterna, heltal 1–10. Tomma rader hoppas över.' },
    { name: 'achieved', swedishName: 'uppnådd', optional: false, description: 'Uppnådd per indikator: SANT/FALSKT, 1/0 eller ja/nej. Tomt räknas som ej uppnådd.' },
    { name: 'areas', swedishName: 'målområden', optional: true, description: 'Målområdet per indikator (valfritt, samma storlek som vikterna).' },
    { name: 'area', swedishName: 'målområde', optional: true, description: 'Räkna bara indikatorer i detta målområde (valfritt).' },
  ],
  returns: 'Summan av uppnådda vikter.',
  errors: [
    { code: '#VALUE!', when: 'En vikt är inte ett heltal 1–10.', formula: '=FINSAM.IMPACTVALUE({10;12};{SANT;SANT})', message: 'Vikt nr 2 är 12; en vikt ska vara ett heltal 1–10.' },
    {
      code: '#VALUE!',
      when: 'Ett värde i uppnådd är inte ja/nej, SANT/FALSKT eller 1/0.',
      formula: '=FINSAM.IMPACTVALUE({10;10};{"kanske";SANT})',
      message: 'Uppnådd nr 1 är "kanske"; skriv ja/nej, SANT/FALSKT eller 1/0.',
    },
    { code: '#VALUE!', when: 'Vikter och uppnådd är olika stora områden.', formula: '=FINSAM.IMPACTVALUE({10;10};{SANT})', message: 'Vikt har 2 celler men Uppnådd har 1 cell; områdena ska vara lika stora.' },
    {
      code: '#N/A',
      when: 'Målområdet finns inte bland målområdena.',
      formula: '=FINSAM.IMPACTVALUE({10;10;6};{SANT;FALSKT;SANT};{"A";"B";"A"};"C")',
      message: 'Målområdet "C" finns inte bland målområdena.',
    },
  ],
  examples: [
    { formula: '=FINSAM.IMPACTVALUE({10;10;6};{SANT;FALSKT;SANT})', result: '16', explanation: 'Vikterna 10 och 6 är uppnådda.' },
    {
      formula: '=FINSAM.IMPACTVALUE(Indikatorer[Vikt];Indikatorer[Uppnådd])',
      result: '134',
      explanation: 'Hela tabellen i exemplet 2021 (seed 003, bilaga 1). Samma värde som cellen Impactvärde på bladet.',
      on: { workbook: 'social-budget-2021', sheet: 'Social budget', sameAs: 'M8' },
    },
    {
      formula: '=FINSAM.IMPACTVALUE(Indikatorer[Vikt];Indikatorer[Uppnådd];Indikatorer[Målområde];"Jämlik samverkan")',
      result: '32',
      explanation: 'Målområdet Jämlik samverkan: 32 av dess 44.',
      on: { workbook: 'social-budget-2021', sheet: 'Social budget', sameAs: 'R19' },
    },
  ],
  readme: 'Σ weight of achieved indicators',
};
