/** Swedish texts of the ledger import (SIE, DOMAIN.md §8); each says what is wrong and where. */
const at = (line: number) => `rad ${line}`;
const kr = (ore: number) => `${(ore / 100).toFixed(2).replace('.', ',')} kr`;

export const ledgerMessages = {
  empty: () => 'Filen är tom: ingen SIE-fil att läsa.',
  binary: (line: number) => `Filen är inte en SIE-fil (${at(line)} innehåller nolltecken: binär fil eller UTF-16).`,
  notSie: (line: number) => `Filen är inte en SIE-fil: ${at(line)} skulle börja med #FLAGGA.`,
  unknownFormat: (format: string, line: number) => `Okänd teckenkodning #FORMAT ${format} på ${at(line)}: SIE använder PC8 (kodsida 437).`,
  notUtf8: (line: number) => `${at(line)} är inte giltig UTF-8 fast filen säger det: exportera filen igen.`,
  wrongEncoding: (line: number) =>
    `Fel teckenkodning på ${at(line)}: filen ska vara i PC8 (kodsida 437) men ser ut att vara Latin-1/Windows-1252. Exportera filen igen med SIE-standardens teckenkodning.`,
  utf8InsteadOfPc8: () => 'Filen säger #FORMAT PC8 men är skriven i UTF-8; den lästes som UTF-8.',
  unclosedQuote: (line: number) => `Ett citattecken stängs aldrig på ${at(line)}.`,
  unclosedBrace: (line: number) => `En objektlista { … } stängs aldrig på ${at(line)}.`,
  badAmount: (text: string, line: number) => `"${text}" på ${at(line)} är inget belopp (skrivs 1234.50).`,
  badDate: (text: string, line: number) => `"${text}" på ${at(line)} är inget datum (skrivs ÅÅÅÅMMDD).`,
  badYear: (text: string, line: number) => `"${text}" på ${at(line)} är inget årsnummer (0, -1 …).`,
  missingField: (label: string, what: string, line: number) => `${label} på ${at(line)} saknar ${what}.`,
  badAccount: (text: string, line: number) => `"${text}" på ${at(line)} är inget kontonummer.`,
  badType: (text: string, line: number) => `#SIETYP ${text} på ${at(line)}: bara typ 1–4 kan läsas.`,
  verWithoutBrace: (line: number) => `Verifikationen på ${at(line)} följs inte av { på egen rad.`,
  verNotClosed: (line: number) => `Verifikationen på ${at(line)} avslutas aldrig med }.`,
  strayBrace: (brace: string, line: number) => `${brace} på ${at(line)} hör inte till någon verifikation.`,
  transOutsideVer: (line: number) => `#TRANS på ${at(line)} står utanför en verifikation { … }.`,
  unbalanced: (line: number, sum: number) => `Verifikationen på ${at(line)} balanserar inte: transaktionerna summerar till ${kr(sum)}, inte 0.`,
  refused: (errors: number) => `SIE-filen lästes inte (${errors} fel): inget utfall hämtades.`,
  ignoredLabels: (labels: string) => `Poster som inte behövs för utfallet ignorerades (enligt SIE-reglerna): ${labels}.`,
  noYear: () => 'Filen saknar #RAR 0 (räkenskapsåret): perioden kan inte avgöras.',
  noVouchers: (period: string) => `Filen har inga verifikationer (#VER/#TRANS), så utfallet för ${period} kan inte räknas; bara helåret kan hämtas ur #RES. Exportera SIE typ 4.`,
  noResult: () => 'Filen har varken verifikationer (#VER/#TRANS) eller #RES: inget utfall att hämta.',
  outsideYear: (date: string, line: number, start: string, end: string) =>
    `Transaktionen på ${at(line)} är daterad ${date}, utanför räkenskapsåret ${start}–${end}; den räknas inte.`,
  resMismatch: (account: string, vouchers: number, result: number) =>
    `Konto ${account}: verifikationerna summerar till ${kr(vouchers)} men #RES anger ${kr(result)}.`,
  unmapped: (account: string, name: string, amount: number) =>
    `Konto ${account}${name ? ` ${name}` : ''} har ${kr(amount)} för perioden men ingen budgetrad i kontoplanen.`,
  unknownLine: (line: string, accounts: string) => `Kontoplanen för ${accounts} till "${line}", som inte finns på uppföljningsbladet.`,
  ambiguousLine: (line: string) => `"${line}" finns både bland intäkterna och kostnaderna; skriv om raden så att den är entydig.`,
  lineWithoutAccount: (line: string) => `"${line}" har inget konto i kontoplanen; utfallet blir 0.`,
  badRange: (text: string, row: number) => `"${text}" på kontoplanens rad ${row} är inget konto eller intervall (skrivs 3010 eller 3000–3099).`,
  overlap: (a: string, b: string) => `Kontoplanens ${a} och ${b} överlappar: konton i båda hamnar på den snävaste.`,
};
