/**
 * DOMAIN.md §7's sentence as a live Excel formula over the area row's cells, so a corrected
 * outcome rewrites it. The words are those of areaSentence (src/domain/social-report.ts); a test
 * holds the two to the same text for every difference sign.
 */
export interface SentenceCells {
  readonly targetIndex: string;
  readonly impactValue: string;
  readonly maximum: string;
  readonly index: string;
  readonly difference: string;
}

const text = (words: string) => `"${words.replace(/"/g, '""')}"`;

export function sentenceFormula(cells: SentenceCells, whole: boolean): string {
  const { targetIndex, impactValue, maximum, index, difference } = cells;
  const scope = whole ? 'för förbundet som helhet' : 'för målområdet';
  const verdict =
    `IF(${difference}=0,${text('samma resultat som budgeterat')},` +
    `ABS(${difference})&IF(ABS(${difference})=1,${text(' indexpunkt')},${text(' indexpunkter')})` +
    `&IF(${difference}>0,${text(' bättre')},${text(' sämre')})&${text(' resultat än budgeterat')})`;
  return (
    `=${text('Målet för året var Impact Index ')}&${targetIndex}&${text('. Utfallet blev ')}&${impactValue}` +
    `&${text(' av det maximalt möjliga indexvärdet ')}&${maximum}&${text(`. Måluppfyllelsen ${scope} blev således `)}&${index}` +
    `&${text(' %. Impact Index ')}&${index}&${text(' är ')}&${verdict}&${text('.')}`
  );
}
