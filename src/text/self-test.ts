/** Självtest's Swedish text: the panel, the checks and the copied report. */
export const selfTestTexts = {
  heading: 'Självtest',
  intro:
    'Prövar på ett eget, tillfälligt blad att FINSAM fungerar i just din Excel: att text förblir text, ' +
    'att varje FINSAM-formel räknar rätt, att ett avbrutet bygge inte lämnar något efter sig och att ' +
    'inställningar sparas. Bladet tas bort efteråt; dina blad rörs inte.',
  unavailable: 'Självtestet kan bara köras när tillägget är öppet i Excel eller i arbetsbänken.',
  run: 'Kör självtest',
  running: 'Självtestet körs …',
  copy: 'Kopiera resultatet',
  copied: 'Resultatet är kopierat. Klistra in det i din felrapport.',
  copyFailed: 'Kunde inte kopiera. Markera texten nedan och kopiera den själv (Ctrl+C).',
  reportLabel: 'Resultatet som text',
  passed: 'godkänt',
  failed: 'underkänt',
  summary: (passed: number, total: number) =>
    passed === total ? `Alla ${total} kontroller godkända.` : `${passed} av ${total} kontroller godkända, ${total - passed} underkända.`,
  aborted: (reason: string) => `Självtestet avbröts: ${reason}`,

  checks: {
    settings: 'Dokumentinställningar sparas och läses tillbaka',
    failedWrite: 'Ett bygge som avbryts halvvägs lämnar blad, namn, tabeller och aktivt blad som de var',
    scratchBuild: 'Testbladet byggs',
    syncs: 'Ett litet bygge tar högst 2 synkar',
    text: (text: string) => `Text förblir text: ${text}`,
    formula: (name: string, spills: boolean) => `FINSAM.${name} räknar rätt${spills ? ' (spill)' : ''}`,
    formulaText: 'Excel sparar FINSAM-formlerna som de skrevs (range.formulas)',
    cleanUp: 'Självtestet lämnar arbetsboken som den var',
  },

  seen: {
    settingsRead: (read: string) => `läste ${read}`,
    refused: (message: string) => `bygget vägrades som väntat: ${message.replace(/\.$/, '')}`,
    accepted: 'bygget gick igenom fast namnet "FINSAM självtest" är ogiltigt',
    unchanged: 'arbetsboken som före',
    changed: (what: string) => `arbetsboken ändrad: ${what}`,
    sheets: (before: string, after: string) => `blad före [${before}], efter [${after}]`,
    names: (before: string, after: string) => `namn före [${before}], efter [${after}]`,
    tables: (before: string, after: string) => `tabeller före [${before}], efter [${after}]`,
    active: (before: string, after: string) => `aktivt blad före ${before}, efter ${after}`,
    syncs: (count: number) => `${count} synkar`,
    textOk: (value: string) => `värde ${value}, ingen formel`,
    textBad: (value: string, formula: string | null) => `värde ${value}${formula === null ? ', ingen formel' : `, formel ${formula}`}`,
    value: (seen: string, expected: string, why: string) => `såg ${seen}, väntat ${expected} (${why})`,
    stillBusy: (seen: string) => `Excel räknade fortfarande efter väntan (${seen})`,
    formulasSame: (example: string) => `som skrivet, t.ex. ${example}`,
    formulaDiffers: (written: string, read: string) => `skrev ${written}, läste ${read}`,
    notRun: 'kördes inte: testbladet kunde inte byggas',
    error: (message: string) => `fel: ${message}`,
    blank: '(tom)',
    none: 'inga',
  },

  report: {
    title: 'FINSAM för Excel – självtest',
    version: (version: string) => `Version: ${version}`,
    time: (iso: string) => `Tid: ${iso}`,
    environment: 'Miljö:',
    result: (passed: number, total: number) => `Resultat: ${passed} av ${total} godkända`,
  },
};
