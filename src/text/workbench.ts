/** The workbench's Swedish text in one place (house rule 8); the task pane keeps its own. */
export const workbenchTexts = {
  pageTitle: 'FINSAM för Excel – arbetsbänk',
  workbookRegion: 'Arbetsbok',
  paneRegion: 'Aktivitetsfönstret FINSAM',
  toolbar: 'Arbetsbok',

  openExample: 'Öppna exempel',
  openExampleMenu: 'Exempel att öppna',
  emptyWorkbook: 'Tom arbetsbok',
  openFile: 'Öppna .xlsx',
  saveFile: 'Spara .xlsx',
  saving: 'Sparar …',

  addressLabel: 'Cell',
  addressInvalid: (typed: string) => `${typed} är ingen cell. Skriv till exempel B12.`,
  formulaLabel: (cell: string) => `Formel eller värde i ${cell}`,
  formulaHint: (locale: 'sv-SE' | 'en-US') =>
    locale === 'sv-SE'
      ? 'Formler skrivs som i svensk Excel: semikolon mellan argument, decimalkomma, SUMMA, OM, SANT.'
      : 'Formler skrivs som i engelsk Excel: komma mellan argument, decimalpunkt, SUM, IF, TRUE.',
  formulaUnparsable: (cell: string, locale: 'sv-SE' | 'en-US') =>
    locale === 'sv-SE'
      ? `Formeln i ${cell} går inte att tolka. Formelspråket är svenska (sv-SE): semikolon mellan argument, decimalkomma, SUMMA, OM. Skriver du som i engelsk Excel (komma mellan argument), välj Formelspråk: engelska (en-US).`
      : `Formeln i ${cell} går inte att tolka. Formelspråket är engelska (en-US): komma mellan argument, decimalpunkt, SUM, IF. Skriver du som i svensk Excel (semikolon, SUMMA), välj Formelspråk: svenska (sv-SE).`,
  localeLabel: 'Formelspråk',
  locales: { 'sv-SE': 'Svenska (sv-SE)', 'en-US': 'Engelska (en-US)' },
  cellError: (code: string, message: string) => (message ? `${code}: ${message}` : code),

  gridLabel: (sheet: string) => `Bladet ${sheet}`,
  editLabel: (cell: string) => `Redigera ${cell}`,
  sheetTabs: 'Blad',
  noSheets: 'Arbetsboken har inga blad.',
  rowsCut: (shown: number, total: number) => `Visar ${shown} av ${total} rader.`,
  booleans: { true: 'SANT', false: 'FALSKT' },

  chartsRegion: (sheet: string) => `Diagram på bladet ${sheet}`,
  quadrantLines: 'Kvadrantgräns',
  chartNoNumber: (cell: string) => `Cellen ${cell} håller inget tal, så diagrammet kan inte ritas.`,
  gaugeUnder: (target: string) => `Under ${target.toLocaleLowerCase('sv-SE')}`,
  gaugeFrom: (target: string) => `Från ${target.toLocaleLowerCase('sv-SE')}`,
  gaugeSublabel: (valueName: string, value: number, targetName: string, target: number) =>
    `${valueName} ${value.toLocaleString('sv-SE')}, ${targetName.toLocaleLowerCase('sv-SE')} ${target.toLocaleString('sv-SE')}`,

  opened: (name: string) => `${name} är öppnad.`,
  openFailed: (reason: string) => `Filen kunde inte öppnas: ${reason}`,
  saved: (file: string) => `Arbetsboken är sparad som ${file}.`,
  saveFailed: (reason: string) => `Arbetsboken kunde inte sparas: ${reason}`,
  editFailed: (cell: string, reason: string) => `${cell} kunde inte ändras: ${reason}`,

  discardTitle: 'Öppna en annan arbetsbok?',
  discardQuestion: 'Ändringarna i den här arbetsboken är inte sparade och försvinner om du öppnar en annan. Spara först med Spara .xlsx om du vill behålla dem.',
  discardConfirm: 'Öppna ändå',
  discardCancel: 'Avbryt',

  fileName: 'finsam-arbetsbok.xlsx',
} as const;

/** The example workbooks' names as the menu shows them; an unknown name shows as itself. */
export const EXAMPLE_LABELS: Readonly<Record<string, string>> = {
  'budget-2021-2023': 'Budget 2021–2023 med regler',
  'budget-2018': 'Budget 2018 med regler',
  'uppfoljning-tertial-2-2022': 'Uppföljning tertial 2 2022',
  'social-budget-2021-2022': 'Social budget 2021 och 2022',
  'deltagare-2022': 'Deltagare 2022',
  'helarsekvivalenter-2022': 'Helårsekvivalenter 2022',
  'intressentanalys-2020': 'Intressentanalys 2020',
};

export const exampleLabel = (name: string): string => EXAMPLE_LABELS[name] ?? name;
