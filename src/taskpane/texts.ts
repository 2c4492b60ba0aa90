/** The task pane's Swedish text in one place, so wording is reviewed and changed here only. */
export const texts = {
  title: 'FINSAM för Excel',
  version: (version: string) => `Version ${version}`,
  functionsHeading: 'Formler',
  functionsIntro:
    'Skriv en formel i en cell, till exempel =FINSAM.IMPACTINDEX(B2:B20;C2:C20). ' +
    'Excel visar hjälp för varje argument medan du skriver.',
  functionsListLabel: 'FINSAM-formler',
  noFunctions: 'Inga formler hittades.',
} as const;
