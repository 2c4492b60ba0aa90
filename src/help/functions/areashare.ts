import { FunctionHelp } from '../types';

export const AREASHARE: FunctionHelp = {
  name: 'AREASHARE',
  summary: 'Ett målområdes andel av alla vikter.',
  description: 'Ett målområdes andel av det maximala impactvärdet, som andel (0,39 för 39 %).',
  details: [
    'Andelen är målområdets viktsumma delad med summan av alla vikter. Viktregeln säger hur stor den ska vara per målområde (bladet FINSAM-regler, tabellen Målområden); FINSAM.WEIGHTCHECK jämför alla målområden på en gång.',
    'Målområdet jämförs utan hänsyn till stora och små bokstäver och omgivande mellanslag.',
  ],
  parameters: [
    { name: 'weights', swedishName: 'vikter', optional: false, description: 'Vikterna, heltal 1–10.' },
    { name: 'areas', swedishName: 'målområden', optional: false, description: 'Målområdet per indikator, samma storlek som vikterna.' },
    { name: 'area', swedishName: 'målområde', optional: false, description: 'Målområdet vars andel ska beräknas.' },
  ],
  returns: 'Andel 0–1.',
  errors: [
    { code: '#VALUE!', when: 'En vikt är inte ett heltal 1–10.', formula: '=FINSAM.AREASHARE({10;12;5};{"A";"B";"A"};"A")', message: 'Vikt nr 2 är 12; en vikt ska vara ett heltal 1–10.' },
    { code: '#VALUE!', when: 'Vikter och målområden är olika stora områden.', formula: '=FINSAM.AREASHARE({10;10};{"A"};"A")', message: 'Vikt har 2 celler men Målområde har 1 cell; områdena ska vara lika stora.' },
    { code: '#N/A', when: 'Målområdet har ingen rad.', formula: '=FINSAM.AREASHARE({10;10;5};{"A";"B";"A"};"C")', message: 'Målområdet "C" finns inte bland målområdena.' },
  ],
  examples: [
    { formula: '=FINSAM.AREASHARE({10;10;5};{"A";"B";"A"};"A")', result: '0,6', explanation: 'Målområde A har 15 av 25.' },
    {
      formula: '=FINSAM.AREASHARE(Indikatorer[Vikt];Indikatorer[Målområde];"Samhälls- och medlemsnytta")',
      result: '0,409…',
      explanation: 'Samhälls- och medlemsnytta har 72 av 176 i exemplet 2021; målandelen är 40 %.',
      on: { workbook: 'social-budget-2021', sheet: 'Social budget', sameAs: 'O18' },
    },
  ],
  readme: "an area's share of all weight",
};
