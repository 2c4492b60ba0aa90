/** The command line's Swedish (src/cli). */
import { formatSwedishNumber as n } from '../domain/swedish-number';

/** What the command line (src/cli) says about its arguments, its output files and `finsam eval`'s limits. */
export const cliMessages = {
  unknownOption: (command: string, option: string) => `Okänd flagga ${option} för finsam ${command}; se finsam ${command} --help.`,
  optionValueMissing: (option: string) => `${option} behöver ett värde.`,
  outputNameMissing: () => 'Namnet på ut-filen saknas (en tom text); ange ett filnamn, t.ex. ut.xlsx.',
  inputNameMissing: () => 'Namnet på filen att läsa saknas (en tom text); ange arbetsboken eller modellen.',
  outputExists: (file: string) => `Filen ${file} finns redan; lägg till --force för att skriva över den, eller välj ett annat namn.`,
  overwriteQuestion: (file: string) => `Filen ${file} finns redan. Skriva över? (j/N) `,
  outputNotAFile: (file: string, what: string) => `${file} är ${what}, ingen vanlig fil; ange ett filnamn för arbetsboken.`,
  directory: 'en mapp',
  device: 'en enhet (som /dev/null)',
  pipe: 'en pipe eller socket',
  formulaTooLong: (length: number, limit: number) =>
    `Formeln har ${n(length)} tecken; Excel tillåter högst ${n(limit)} tecken i en formel. Dela upp den på flera celler.`,
  formulaTooDeep: (depth: number, limit: number) =>
    `Formeln har ${n(depth)} nivåer av parenteser inuti varandra; Excel tillåter högst ${n(limit)}. Dela upp den på flera celler.`,
  formulaUnparsable: (input: string, locale: 'en-US' | 'sv-SE') =>
    locale === 'en-US'
      ? `Formeln går inte att tolka: ${input}. Den läses som i engelsk Excel (komma mellan argument, decimalpunkt, SUM); skriven som i svensk Excel (semikolon, decimalkomma, SUMMA) behöver den --locale sv-SE.`
      : `Formeln går inte att tolka: ${input}. Den läses som i svensk Excel (--locale sv-SE: semikolon mellan argument, decimalkomma, SUMMA); skriven som i engelsk Excel (komma mellan argument) läses den utan --locale.`,
  formulaTooComplex: () => 'Formeln är för djupt nästlad för att räknas ut (fler nivåer än räknemotorn klarar); dela upp den på flera celler.',
  formulaTooManyCells: (range: string, cells: number, limit: number) =>
    `Formeln läser ${n(cells)} celler (med området ${range}); finsam eval räknar på ett tomt blad och läser högst ${n(limit)} celler. Skriv hela kolumner som A:C, hela rader som 1:10, eller ett mindre område.`,
  textTooLong: (limit: number) => `Texten blir för lång; en cell i Excel rymmer högst ${n(limit)} tecken.`,
  modelNumberOutOfRange: (position: number, kind: string, field: string, limit: string) =>
    `Blad nr ${position} (${kind}): fältet ${field} är ett tal utanför ±${limit}; ange ett tal som Excel kan räkna med.`,
  modelNumberAsText: (position: number, kind: string, field: string, text: string) =>
    `Blad nr ${position} (${kind}): fältet ${field} är texten "${text}", som inte är ett tal; skriv ett tal.`,
  modelNullNotAllowed: (position: number, kind: string, field: string) =>
    `Blad nr ${position} (${kind}): fältet ${field} är null; fyll i ett värde (eller ta bort fältet om det får saknas).`,
  sheetNameRepeated: (name: string) => `Bladnamnet "${name}" står två gånger (Excel skiljer inte på stora och små bokstäver); ge bladen olika namn.`,
} as const;
