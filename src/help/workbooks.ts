/**
 * The workbooks the structured-reference examples run on, as the help pages name them. Each key
 * is an example of `finsam build --example` (src/sheets/registry.ts) or, where none has the
 * table, a sheet as the task pane builds it; test/formulas builds each and runs the examples.
 */
export interface HelpWorkbook {
  /** Where the tables are, in a sentence for the help page. */
  readonly description: string;
}

export const HELP_WORKBOOKS: Readonly<Record<string, HelpWorkbook>> = {
  'social-budget-2021': {
    description:
      'Bladet Social budget som FINSAM bygger, med 2021 års exempel 1 (seed 003, bilaga 1), och bladet FINSAM-regler. Indikatorerna står i tabellen Indikatorer (ett blad med annat namn får tabellen Indikatorer_<bladets namn>), målandelarna i tabellen Målområden.',
  },
  'budget-2018': {
    description: 'Exemplet budget-2018 (seed 001): bladet Budget med tabellen Befolkning (kolumnerna Kommun och 2018) och bladet FINSAM-regler.',
  },
  'uppfoljning-tertial-2-2022': {
    description: 'Exemplet uppfoljning-tertial-2-2022: bladet Uppföljning med tabellen Uppfoljning (Post, Budget, Prognos …) och bladet FINSAM-regler med tabellen Trappan.',
  },
  'deltagare-2022': {
    description: 'Exemplet deltagare-2022: bladet Deltagare med tabellen Deltagare (Plattform, Kön, Avslutade, Positiv lösning, Varav arbete, Varav studier).',
  },
  'helarsekvivalenter-2022': {
    description: 'Exemplet helarsekvivalenter-2022: bladet Helårsekvivalenter med tabellen Helarsekvivalenter, en rad per kommun.',
  },
  'intressentanalys-2020': {
    description: 'Exemplet intressentanalys-2020 (seed 002): bladet Intressentanalys med tabellen Intressentanalys (Intressent, Intresse, Inflytande …).',
  },
  'egen-tabell-ersattning': {
    description: 'En egen tabell Ersättning på bladet Ersättning med kolumnerna Person, Dagar och Grad; FINSAM bygger ingen tabell med dagar per person.',
  },
};
