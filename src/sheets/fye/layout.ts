import { fyeLabels as labels } from '../../text/sheet-labels';
import { FyeModel } from '../../domain/models/fye';

/** Columns of the FYE table (0-based): the previous period, the current one, change and goal. */
export const COLUMNS = {
  municipality: 0,
  previousFye: 1,
  previousPopulation: 2,
  previousShare: 3,
  currentFye: 4,
  currentPopulation: 5,
  currentShare: 6,
  change: 7,
  met: 8,
} as const;

export const ROWS = { period: 2, goal: 3, mode: 4, header: 6, first: 7 } as const;

/** The header texts, years included ("Helårsekvivalenter 2021"), in column order. */
export function headerLabels(model: Pick<FyeModel, 'previousYear' | 'year'>): string[] {
  const period = (year: number) => [labels.fye, labels.population, labels.share].map((label) => labels.withYear(label, year));
  return [labels.municipality, ...period(model.previousYear), ...period(model.year), labels.change, labels.met];
}

/** The year a header carries after its label ("Andel 2022" → 2022), or undefined. */
export function yearIn(text: string, label: string): number | undefined {
  // A header is the label, a space and four digits; a long text is never one and is not lower-cased (issue 17, item 6).
  if (text.length > 2 * label.length + 64 && text.trim().length > 2 * label.length + 64) return undefined;
  const rest = text.trim().toLocaleLowerCase('sv-SE');
  const prefix = `${label.toLocaleLowerCase('sv-SE')} `;
  if (!rest.startsWith(prefix)) return undefined;
  const year = rest.slice(prefix.length).trim();
  return /^\d{4}$/.test(year) ? Number(year) : undefined;
}
