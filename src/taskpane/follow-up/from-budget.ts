import { defaultRuleSet } from '../../domain';
import { isBackupSheet } from '../build/backup-sheets';
import { budgetSheet } from '../../sheets/budget';
import { municipalityName } from '../../sheets/budget/member-rows';
import { BudgetScan, scanBudgetSheet, ScannedRow } from '../../sheets/budget/scan';
import { followUpSheet } from '../../sheets/follow-up';
import { Grid } from '../../sheets/grid';
import { newRowId } from '../forms/ids';
import { formatTypedNumber } from '../forms/numbers';
import { texts } from '../../text/pane';
import { FollowUpDraft, followUpLineDraft, FollowUpLineDraft, FollowUpSectionDraft } from './follow-up-draft';

const t = texts.followUpForm;

export { isBackupSheet };

export type FromBudget = { readonly ok: true; readonly draft: FollowUpDraft; readonly message: string } | { readonly ok: false; readonly message: string };

/** The workbook's budget sheet: one named "Budget" first, then any other a budget reader recognises. */
export function findBudgetGrid(grids: readonly Grid[]): Grid | undefined {
  const budgets = grids.filter((grid) => !isBackupSheet(grid.sheet) && !followUpSheet.detect(grid) && budgetSheet.detect(grid));
  return budgets.find((grid) => grid.sheet === budgetSheet.defaultName) ?? budgets[0];
}

/**
 * "Hämta från budgeten": the follow-up's lines, each line's budget for the chosen year (the
 * draft's year, or the budget's first), the opening equity the budget assumed and the members'
 * contributions, read with the budget sheet's own reader from its computed values. The forecast
 * starts as the budget; the outcome, the stated figures and the explanations start empty.
 */
export function followUpFromBudget(draft: FollowUpDraft, grids: readonly Grid[]): FromBudget {
  const grid = findBudgetGrid(grids);
  if (!grid) return { ok: false, message: t.noBudget };
  const scanned = scanBudgetSheet(grid);
  if (!scanned.ok) return { ok: false, message: t.budgetUnreadable(grid.sheet, `${scanned.message} (cell ${scanned.cell})`) };
  const { scan } = scanned;
  const years = scan.years.map(({ year }) => year);
  const wanted = draft.year.trim() === '' ? years[0] : Number(draft.year.trim());
  const y = years.indexOf(wanted);
  if (y < 0) return { ok: false, message: t.yearNotInBudget(draft.year.trim(), grid.sheet, years.join(', ')) };
  const year = years[y];
  const amountOf = (row: ScannedRow, sign: 1 | -1 = 1) => sign * (row.amounts[y] ?? 0) || 0;
  const line = (label: string, amount: number): FollowUpLineDraft => followUpLineDraft(label, amount, amount);
  const incomeRows = scan.rows.filter((row) => row.kind === 'state' || row.kind === 'municipality' || row.kind === 'region' || row.kind === 'otherIncome');
  const income = incomeRows.map((row) => line(row.kind === 'municipality' ? municipalityName(row.label) : plain(row.label), amountOf(row)));
  const sections = costSections(scan, (row) => line(plain(row.label), amountOf(row, scan.costSign)));
  const members = incomeRows.filter((row) => row.kind !== 'otherIncome').reduce((sum, row) => sum + amountOf(row), 0);
  const opening = scan.rows.find((row) => row.kind === 'openingEquity');
  const openingText = opening?.amounts[y] === undefined ? '' : formatTypedNumber(amountOf(opening));
  const rules = defaultRuleSet(year);
  const next: FollowUpDraft = {
    ...draft,
    year: String(year),
    budgetOpeningEquity: openingText,
    openingEquity: draft.openingEquity.trim() === '' ? openingText : draft.openingEquity,
    allocation: formatTypedNumber(members),
    carried: { ...draft.carried, stated: {}, equitySteps: rules.equitySteps, thresholds: draft.carried.thresholds ?? rules.deviation, source: '', notes: [] },
    income,
    sections,
  };
  const count = income.length + sections.reduce((sum, section) => sum + section.lines.length, 0);
  return { ok: true, draft: next, message: t.fetched(grid.sheet, year, count) };
}

function costSections(scan: BudgetScan, line: (row: ScannedRow) => FollowUpLineDraft): FollowUpSectionDraft[] {
  const sections: { id: string; title: string; lines: FollowUpLineDraft[] }[] = [];
  for (const row of scan.rows) {
    if (row.kind === 'sectionTitle') sections.push({ id: newRowId('follow-up-section'), title: plain(row.label), lines: [] });
    if (row.kind !== 'costLine') continue;
    if (sections.length === 0) sections.push({ id: newRowId('follow-up-section'), title: 'Kostnader', lines: [] });
    sections[sections.length - 1].lines.push(line(row));
  }
  return sections;
}

/** "- Anställningsstöd, AF" → "Anställningsstöd, AF", as the budget reader does. */
const plain = (label: string) => label.replace(/^[-–•]\s+/, '').trim();
