import { FunctionHelp } from '../types';

export const IMPACTINDEX: FunctionHelp = {
  name: 'IMPACTINDEX',
  summary: 'Impactindex: uppnådda vikter i procent av alla vikter.',
  description: 'Impactindex: 100 × summan av vikterna för uppnådda indikatorer / summan av alla vikter, oavrundat (134 av 176 ger 76,14).',
  details: [
    'Impactindex visar hur stor del av den sociala budgetens mål som nåddes, vägt efter hur viktigt varje mål är. Styrelsens målindex är 70: då ska 70 % av det maximala Impactvärdet vara uppnått.',
    'En rad där både vikt och uppnådd är tomma hoppas över, så tabellen får ha tomma rader. Tomt i uppnådd räknas som ej uppnått (utfallet är inte rapporterat än).',
    'Med målområden och ett målområde räknas bara det målområdets indikatorer; målområdet jämförs utan hänsyn till stora och små bokstäver.',
  ],
  parameters: [
    { name: 'weights', swedishName: 'vikter', optional: false, description: 'Vikterna, heltal 1–10. Tomma rader hoppas över.' },
    { name: 'achieved', swedishName: 'uppnådd', optional: false, description: 'Uppnådd per indikator: SANT/FALSKT, 1/0 eller ja/nej. Tomt räknas som ej uppnådd.' },
    { name: 'areas', swedishName: 'målområden', optional: true, description: 'Målområdet per indikator (valfritt, samma storlek som vikterna).' },
    { name: 'area', swedishName: 'målområde', optional: true, description: 'Räkna bara indikatorer i detta målområde (valfritt).' },
  ],
  returns: 'Impactindex 0–100.',
  errors: [
    { code: '#VALUE!', when: 'En vikt är inte ett heltal 1–10.', formula: '=FINSAM.IMPACTINDEX({10;12};{SANT;SANT})', message: 'Vikt nr 2 är 12; en vikt ska vara ett heltal 1–10.' },
    {
      code: '#VALUE!',
      when: 'Ett värde i uppnådd är inte ja/nej, SANT/FALSKT eller 1/0.',
      formula: '=FINSAM.IMPACTINDEX({10;10};{"kanske";SANT})',
      message: 'Uppnådd nr 1 är "kanske"; skriv ja/nej, SANT/FALSKT eller 1/0.',
    },
    {
      code: '#VALUE!',
      when: 'En rad har uppnådd men ingen vikt.',
      formula: '=FINSAM.IMPACTINDEX({10;"";6};{SANT;SANT;FALSKT})',
      message: 'Vikt nr 2 saknas men raden har ett värde i Uppnådd; fyll i vikten eller töm raden.',
    },
    { code: '#VALUE!', when: 'Vikter och uppnådd är olika stora områden.', formula: '=FINSAM.IMPACTINDEX({10;10};{SANT})', message: 'Vikt har 2 celler men Uppnådd har 1 cell; områdena ska vara lika stora.' },
    {
      code: '#N/A',
      when: 'Målområdet finns inte bland målområdena.',
      formula: '=FINSAM.IMPACTINDEX({10;10;6};{SANT;FALSKT;SANT};{"A";"B";"A"};"C")',
      message: 'Målområdet "C" finns inte bland målområdena.',
    },
    {
      code: '#DIV/0!',
      when: 'Det finns ingen vikt att räkna med.',
      formula: '=FINSAM.IMPACTINDEX({"";""};{"";""})',
      message: 'Det finns ingen vikt att räkna med (maximalt Impactvärde 0); Impactindex kan inte beräknas.',
    },
  ],
  examples: [
    { formula: '=FINSAM.IMPACTINDEX({10;10;6};{SANT;FALSKT;SANT})', result: '61,538…', explanation: 'Vikterna 10 och 6 är uppnådda av 26: 100 × 16 / 26.' },
    {
      formula: '=FINSAM.IMPACTINDEX({10;10;6};{"ja";"nej";"x"};{"Deltagarnyttan";"Samordning";"Deltagarnyttan"};"Deltagarnyttan")',
      result: '100',
      explanation: 'Bara Deltagarnyttans två indikatorer räknas, och båda är uppnådda ("x" betyder uppnådd).',
    },
    {
      formula: '=FINSAM.IMPACTINDEX(Indikatorer[Vikt];Indikatorer[Uppnådd])',
      result: '76,136…',
      explanation: 'Hela tabellen: 134 av 176 (seed 003, bilaga 1, exempel 1). Samma värde som cellen Impactindex på bladet.',
      on: { workbook: 'social-budget-2021', sheet: 'Social budget', sameAs: 'M9' },
    },
    {
      formula: '=FINSAM.IMPACTINDEX(Indikatorer[Vikt];Indikatorer[Uppnådd];Indikatorer[Målområde];"Samhälls- och medlemsnytta")',
      result: '84,722…',
      explanation: 'Målområdet Samhälls- och medlemsnytta: 61 av 72.',
      on: { workbook: 'social-budget-2021', sheet: 'Social budget', sameAs: 'S18' },
    },
  ],
  readme: '100 × achieved weight / all weight, unrounded',
};
