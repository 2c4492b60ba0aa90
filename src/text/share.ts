/**
 * The "Dela med styrelsen" section's Swedish texts, a file of its own so the section can change
 * without touching pane.ts, which every form shares.
 */
export const shareTexts = {
  heading: 'Dela med styrelsen',
  intro:
    'Styrelsens ledamöter har oftast inte tillägget, och där visar FINSAM-formlerna bara #NAMN?. ' +
    'Knappen gör en kopia av varje blad med FINSAM-formler där de är utbytta mot vanliga Excel-formler, ' +
    'som Excel 2016 och LibreOffice räknar likadant. Dina egna blad ändras inte.',
  button: 'Dela med styrelsen',
  working: 'Gör styrelsens kopia …',
  noWorkbook: 'Ingen arbetsbok är ansluten, så ingen kopia kan göras här.',
  nothing: 'Arbetsboken har inga FINSAM-formler, så den fungerar redan utan tillägget. Ingen kopia behövdes.',
  done: (sheets: number, formulas: number, values: number) =>
    `${sheets === 1 ? '1 blad kopierat' : `${sheets} blad kopierade`} för styrelsen, ` +
    `${formulas === 1 ? '1 formel omskriven' : `${formulas} formler omskrivna`}` +
    (values === 0 ? '.' : `, ${values === 1 ? '1 cell fick' : `${values} celler fick`} värdet i stället (se bladet Konverterat).`),
  keptCopies: (copies: readonly string[]) => ` De tidigare kopiorna finns kvar som ${copies.join(', ')}.`,
  failed: (reason: string, written: readonly string[]) =>
    `Styrelsens kopia kunde inte göras: ${reason.trim().replace(/[.\s]+$/, '')}.` +
    (written.length === 0 ? ' Arbetsboken är oförändrad.' : ` Dessa blad hann skrivas: ${written.join(', ')}. Dina egna blad är oförändrade.`),
  unexpected: 'Excel svarade inte som väntat.',
  cancelled: 'Inget ändrades; de tidigare kopiorna är kvar.',
  replaceTitle: 'Ersätta styrelsens förra kopia?',
  replaceQuestion: (sheets: readonly string[]) =>
    `${sheets.length === 1 ? `Bladet ${sheets[0]} finns` : `Bladen ${sheets.join(', ')} finns`} redan. Ersätta med en ny kopia? De gamla bladen behålls under nya namn.`,
  replaceConfirm: 'Ersätt',
  replaceCancel: 'Avbryt',
  successTitle: 'Klart',
  errorTitle: 'Ingen kopia',
  infoTitle: 'Inget att göra',
  cancelledTitle: 'Avbrutet',
} as const;
