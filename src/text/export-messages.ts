/** The native export's Swedish (src/export). */
import { formatSwedishNumber as n } from '../domain/swedish-number';

/** What the native export (finsam export, "Dela med styrelsen") says, and the sheet it adds. */
export const exportMessages = {
  conversionSheet: 'Konverterat',
  conversionColumns: ['Blad', 'Cell', 'Gammal formel', 'Ny formel', 'Anmärkning'],
  valueInstead: 'värde',
  nothingConverted: () => 'Arbetsboken hade inga FINSAM-formler; inget behövde skrivas om.',
  cellNote: (formula: string, reason: string) =>
    `Här stod ${formula}. Den gick inte att skriva om till en formel som fungerar utan FINSAM-tillägget (${reason}), så cellen har värdet som FINSAM räknade fram och räknas inte om.`,
  unparseable: () => 'formeln gick inte att tolka',
  tooDeep: (most: number) => `formeln har fler än ${n(most)} nivåer av parenteser i varandra, mer än Excel tillåter`,
  duplicateSheets: (file: string, first: string, second: string) =>
    `${file} har två blad vars namn bara skiljer sig i stora och små bokstäver: "${first}" och "${second}". Excel tillåter inte det och formler som pekar på bladen blir tvetydiga; byt namn på det ena bladet och exportera igen.`,
  unknownFunction: (name: string) => `FINSAM.${name} är ingen känd FINSAM-funktion`,
  tooManyArguments: (name: string, most: number) => `FINSAM.${name} tar högst ${n(most)} argument`,
  argumentMissing: (name: string, position: number) => `argument nr ${n(position)} till FINSAM.${name} saknas`,
  tooLong: (length: number) => `den inbyggda formeln skulle bli ${n(length)} tecken, mer än Excels gräns på 8 192`,
  spillInside: (name: string) =>
    `${name} ger en hel tabell inuti en annan formel; bara INDEX(tabell;rad;kolumn) och SUMMA(tabell) kring den kan skrivas om`,
  spillShapeUnknown: (name: string) => `FINSAM.${name} fyller ett område vars storlek inte syns i formeln (ange delarna som ett cellområde)`,
  targetsNotRange: () => 'målområdena och målandelarna behöver vara cellområden eller konstanter',
  targetsUnequal: () => 'målområdena och målandelarna har olika många celler',
  partsNotRange: () => 'delarna behöver vara ett cellområde eller en konstant',
  partNotNumber: (part: string) => `delen ${part} är inget tal`,
  populationsMissing: () => 'en kommuns bidrag behöver kommunens befolkning och alla kommuners befolkning',
  memberUnknown: (member: string) => `medlemmen "${member}" är okänd`,
  stepsNotTwoColumns: () => 'trappan behöver vara två kolumner: tilldelning från och högsta andel',
  comparisonUnknown: (comparison: string) => `jämförelsen "${comparison}" är okänd`,
  nearOutOfRange: (near: number) => `nära målet-faktorn ${n(near)} ska vara större än 0 och högst 1`,
  modeUnknown: (mode: string) => `läget "${mode}" är okänt`,
  differs: (native: string, addin: string) => `en inbyggd formel gav ${native} där FINSAM ger ${addin}`,
  sameFile: (file: string) => `Ut-filen ${file} är samma fil som in-filen; välj ett annat namn, så att originalet lämnas orört.`,
  exported: (file: string, formulas: number, values: number, sheet: string) =>
    `Skrev ${file}: ${n(formulas)} ${formulas === 1 ? 'cell' : 'celler'} med inbyggda formler${values ? `, ${n(values)} ${values === 1 ? 'cell' : 'celler'} med värde i stället (se anteckningen i cellen)` : ''}. Bladet "${sheet}" listar allt som ändrades.`,
} as const;
