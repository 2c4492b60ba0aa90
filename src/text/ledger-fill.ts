import { LedgerOutcome, SieFile } from '../domain/ledger';

const date = (d: string) => `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;

/** Swedish texts of filling the follow-up from the ledger. */
export const fillMessages = {
  notePrefix: 'Utfallet är hämtat ur bokföringen',
  note: (sie: SieFile, outcome: LedgerOutcome, months: number) =>
    `Utfallet är hämtat ur bokföringen (SIE${sie.type ? ` typ ${sie.type}` : ''}${sie.companyName ? `, ${sie.companyName}` : ''}${sie.program ? `, ${sie.program}` : ''}) för ${date(outcome.start)}–${date(outcome.end)}${outcome.fromResult ? ' ur #RES' : ''}${months < 12 ? `; det jämförs med ${months}/12 av årsbudgeten` : ''}. Kontoplanen står på FINSAM-regler.`,
  proposal: (rows: number) =>
    `Arbetsboken har ingen kontoplan: FINSAM föreslog ${rows} rader från kontoklass och kontonamn. Kontrollera dem i tabellen Kontoplan på FINSAM-regler och ändra status till "bekräftad".`,
  stillProposed: () => 'Kontoplanen har rader som fortfarande är FINSAM:s förslag: kontrollera dem och ändra status till "bekräftad".',
  noFollowUp: (file: string) => `${file} har inget uppföljningsblad (rubrikerna Post, Budget och Prognos eller Utfall).`,
  typed: (cells: string) => `Utfallet skulle skriva över värden som redan står på bladet: ${cells}. Ange --force för att ersätta dem.`,
  typedOne: (cell: string, label: string, typed: string, outcome: string) => `${cell} (${label}: ${typed} → ${outcome})`,
  unknownSheet: (sheet: string) => `Bladet "${sheet}" känns inte igen och skulle inte följa med till den nya filen; flytta det till en annan arbetsbok eller hämta utfallet i Excel via fönstret.`,
  unreadableSheet: (sheet: string) => `Bladet "${sheet}" kan inte läsas om och skulle inte följa med; rätta det först (finsam check).`,
  samePath: (file: string) => `Utfilen är samma som arbetsboken (${file}): ange en ny fil med --out, arbetsboken skrivs aldrig över.`,
  badPeriod: (period: string) => `Okänd period "${period}": ange T1, T2 eller år.`,
  written: (out: string, lines: number, period: string) => `Skrev ${out}: utfall för ${lines} rader, ${period}.`,
};
