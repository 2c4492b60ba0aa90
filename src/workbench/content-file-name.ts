import { isBackupSheet } from '../taskpane/build/backup-sheets';
import { budgetSheet } from '../sheets/budget';
import { scanBudget } from '../sheets/budget/scan';
import { followUpSheet } from '../sheets/follow-up';
import { readFollowUp } from '../sheets/follow-up';
import { Grid } from '../sheets/grid';

/** "tertial 1" → "tertial-1", "Malmö" → "malmo": a file name's part in plain letters, digits and dashes. */
const slug = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/**
 * What Spara .xlsx calls a workbook the user did not open from a file (issue 13: names follow
 * the content): "budget-2024-2026.xlsx" after its budget, else "uppfoljning-tertial-1-2024.xlsx"
 * after its follow-up; undefined when it holds neither, so the caller keeps its name.
 */
export function contentFileName(grids: readonly Grid[]): string | undefined {
  const sheets = grids.filter((grid) => !isBackupSheet(grid.sheet));
  for (const grid of sheets) {
    if (followUpSheet.detect(grid) || !budgetSheet.detect(grid)) continue;
    const years = scanBudget(grid)?.years.map(({ year }) => year) ?? [];
    if (years.length === 0) continue;
    const first = years[0];
    const last = years[years.length - 1];
    return first === last ? `budget-${first}.xlsx` : `budget-${first}-${last}.xlsx`;
  }
  for (const grid of sheets) {
    if (!followUpSheet.detect(grid)) continue;
    const read = readFollowUp(grid);
    if (read.ok) return `uppfoljning-${slug(read.model.period)}-${read.model.year}.xlsx`;
  }
  return undefined;
}
