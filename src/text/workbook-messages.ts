/** The workbook's Swedish: what building, reading and selecting say, with Excel's menu paths (src/workbook/). */
import { bounded } from './message-parts';

/** What the task pane says when it builds, reads or selects in a workbook (src/workbook/). */
export const workbookMessages = bounded({
  sheetExists: (sheet: string) =>
    `Bladet "${sheet}" finns redan. Välj att behålla det gamla bladet som kopia, eller ge det nya bladet ett annat namn.`,
  sheetNameInvalid: (sheet: string) =>
    `"${sheet}" kan inte vara namn på ett blad: ett bladnamn har 1–31 tecken, inga av tecknen : \\ / ? * [ ] och börjar eller slutar inte med apostrof.`,
  tableTaken: (table: string, sheet: string) =>
    `Tabellnamnet "${table}" används redan på bladet "${sheet}". Byt namn på den tabellen (Tabelldesign > Tabellnamn) och försök igen.`,
  tableNameIsDefined: (table: string) =>
    `Namnet "${table}" är redan ett definierat namn i arbetsboken, så ingen tabell kan heta så. Ta bort namnet (Formler > Namnhanteraren) och försök igen.`,
  workbookProtected: () =>
    'arbetsbokens struktur är skyddad, så inga blad kan läggas till eller byta namn. Ta bort skyddet (Granska > Skydda arbetsbok) och försök igen.',
  accessDenied: () =>
    'arbetsboken eller ett blad är skyddat, eller så är filen öppnad skrivskyddad. Ta bort skyddet (Granska > Ta bort skydd för blad, Skydda arbetsbok) eller öppna filen för redigering och försök igen.',
  editMode: () => 'Excel är i redigeringsläge: en cell redigeras just nu. Tryck Enter eller Esc i cellen och försök igen.',
  excelError: (code: string, detail: string) => `Excel svarade med ett fel (${code}${detail ? `: ${detail}` : ''}).`,
  engineError: (detail: string) => `den inbyggda arbetsboken svarade med ett fel (${detail}).`,
  buildFailed: (sheet: string, reason: string) => `Bladet "${sheet}" skapades inte: ${reason} Arbetsboken är som den var före försöket.`,
  buildFailedNotRestored: (sheet: string, reason: string, leftovers: readonly string[]) =>
    `Bladet "${sheet}" skapades inte: ${reason} Arbetsboken kunde inte återställas helt; kontrollera ${leftovers.join(' och ')}.`,
  leftoverSheet: (sheet: string) => `bladet "${sheet}" (ett halvfärdigt blad som kan tas bort)`,
  renamedSheet: (now: string, before: string) => `bladet "${now}" (hette "${before}")`,
  sheetMissing: (sheet: string) => `Bladet "${sheet}" finns inte i arbetsboken.`,
  cellInvalid: (cell: string) => `"${cell}" är ingen celladress (t.ex. B12).`,
} as const);
