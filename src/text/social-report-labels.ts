import { formatSwedishNumber as n } from '../domain/swedish-number';
import { indicatorTableLabels } from './sheet-labels';

/** The words of the "Socialt bokslut" sheet (DOMAIN.md §7); readers find its parts by them. */
export const socialReportLabels = {
  sheetName: 'Socialt bokslut',
  title: (year: number) => `Socialt bokslut ${year}`,
  year: 'År',
  source: 'Källa',
  targetIndex: 'Målindex',
  nearFactor: 'Nära målet-faktor',
  tableName: 'Bokslut',
  ...indicatorTableLabels,
  count: 'Antal',
  base: 'Av',
  outcomeText: 'Utfall i text',
  status: 'Status',
  achieved: 'Uppnådd',
  /** The area block below the table. */
  areaBlock: 'Målområde (bokslut)',
  impactValue: 'Impactvärde',
  maximum: 'Maximalt Impactvärde',
  impactIndex: 'Impact Index',
  difference: 'Skillnad',
  goals: 'Antal mål',
  indicators: 'Antal indikatorer',
  sentence: 'Sammanfattning',
  statedImpactValue: 'Angivet Impactvärde',
  statedMaximum: 'Angivet maximum',
  statedIndex: 'Angivet index',
  whole: 'Förbundet som helhet',
} as const;

/** Swedish findings of the sheet; `where` names the area or indicator, the finding adds the cell. */
export const socialReportFindings = {
  countsDiffer: (code: string, textCount: number, textBase: number, count: number, base: number) =>
    `Indikator ${code}: texten säger ${n(textCount)} av ${n(textBase)} men kolumnerna Antal och Av säger ${n(count)} av ${n(base)}; rätta den ena.`,
  statedDiffers: (what: string, area: string, stated: number, computed: number) =>
    `${area}: ${what} är angivet till ${n(stated)}, men indikatorerna ger ${n(computed)}; rätta det angivna värdet.`,
  cellDiffers: (what: string, area: string, shown: number, computed: number) =>
    `${area}: ${what} visar ${n(shown)}, men indikatorerna ger ${n(computed)}; cellen har troligen skrivits över – bygg om bladet.`,
  sentenceStale: (area: string, expected: string) => `${area}: sammanfattningen stämmer inte med indikatorerna. Den ska lyda: "${expected}"`,
  areaMissing: (area: string) => `Målområdet ${area} finns i tabellen men saknar rad i sammanställningen under den.`,
} as const;

/** The social annual report's prose (DOMAIN.md §7), built from figures the caller has checked. */
export const socialReportTexts = {
  /** "Målet för året var Impact Index 70. Utfallet blev 33 av … Impact Index 87 är 17 indexpunkter bättre resultat än budgeterat." */
  areaSentence: (targetIndex: number, impactValue: number, maximum: number, index: number, difference: number, whole: boolean) => {
    const points = Math.abs(difference) === 1 ? 'indexpunkt' : 'indexpunkter';
    const verdict =
      difference === 0
        ? 'samma resultat som budgeterat'
        : `${n(Math.abs(difference))} ${points} ${difference > 0 ? 'bättre' : 'sämre'} resultat än budgeterat`;
    return (
      `Målet för året var Impact Index ${n(targetIndex)}. ` +
      `Utfallet blev ${n(impactValue)} av det maximalt möjliga indexvärdet ${n(maximum)}. ` +
      `Måluppfyllelsen ${whole ? 'för förbundet som helhet' : 'för målområdet'} blev således ${n(index)} %. ` +
      `Impact Index ${n(index)} är ${verdict}.`
    );
  },
} as const;
