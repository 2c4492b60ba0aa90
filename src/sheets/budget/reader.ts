import { findingMessages } from '../../text/findings';
import { cellAddress } from '../address';
import { Finding } from '../findings';
import { Grid } from '../grid';
import { budgetLabels as labels } from '../../text/sheet-labels';
import { ReadResult } from '../sheet-kind';
import { AmountLine, BudgetModel, CostSectionModel } from '../../domain/models/budget';
import { municipalityName } from './member-rows';
import { BudgetScan, ScannedRow, scanBudgetSheet } from './scan';

/** The budget model back from a sheet; what cannot be read is a finding, never a guess. */
export function readBudget(grid: Grid): ReadResult<BudgetModel> {
  const scanned = scanBudgetSheet(grid);
  if (!scanned.ok) return failed(grid, scanned.cell, scanned.message);
  const { scan } = scanned;
  if (!scan.rows.some((row) => row.kind === 'state')) return failed(grid, scan.incomeCell, findingMessages.budgetMissingRow(labels.state));
  const findings = unreadableAmounts(grid, scan);
  if (findings.length > 0) return { ok: false, findings };
  const of = (kind: ScannedRow['kind']) => scan.rows.filter((row) => row.kind === kind);
  const amounts = (row: ScannedRow) => row.amounts.map((amount) => amount ?? 0);
  // Several state rows (Försäkringskassan and Arbetsförmedlingen) together are the state's allocation.
  const stateAllocations = scan.years.map((_, y) => of('state').reduce((sum, row) => sum + (row.amounts[y] ?? 0), 0));
  const municipalRows = of('municipality');
  const stated = municipalRows.map((row) => row.amounts.map((amount, y) => (row.computed[y] ? null : (amount ?? null))));
  const model: BudgetModel = {
    association: scan.association,
    years: scan.years.map(({ year }) => year),
    stateAllocations,
    municipalities: municipalRows.map((row, index) => ({
      name: municipalityName(row.label),
      populations: scan.populationRows[index] ? amounts(scan.populationRows[index]) : [],
    })),
    regionName: withoutBullet(of('region')[0]?.label ?? labels.region),
    ...(stated.some((row) => row.some((amount) => amount !== null)) ? { statedMunicipalContributions: stated } : {}),
    otherIncome: of('otherIncome').map((row) => ({ label: withoutBullet(row.label), amounts: amounts(row) })),
    costSections: sectionsOf(scan, scan.costSign),
    openingEquity: of('openingEquity')[0]?.amounts[0] ?? null,
    ...(scan.source ? { source: scan.source } : {}),
  };
  return { ok: true, model, findings: [] };
}

function failed(grid: Grid, cell: string, message: string): ReadResult<BudgetModel> {
  return { ok: false, findings: [{ rule: 'unreadable', severity: 'error', message, where: { sheet: grid.sheet, cell } }] };
}

/** A typed line whose year cell holds text that is not an amount. */
export function unreadableAmounts(grid: Grid, scan: BudgetScan): Finding[] {
  const findings: Finding[] = [];
  for (const row of [...scan.rows, ...scan.populationRows]) {
    if (row.kind === 'sectionTitle') continue;
    row.amounts.forEach((amount, y) => {
      const cell = grid.values[row.row]?.[scan.years[y].col] ?? null;
      if (amount === undefined && cell !== null && cell !== '') {
        const where = { sheet: grid.sheet, cell: cellAddress(row.row, scan.years[y].col) };
        findings.push({ rule: 'unreadable', severity: 'error', message: findingMessages.budgetNotAnAmount(row.label, scan.years[y].year, cell), where });
      }
    });
  }
  return findings;
}

/** Cost lines grouped under their section titles; costs are positive in the model. */
function sectionsOf(scan: BudgetScan, costSign: 1 | -1): CostSectionModel[] {
  const sections: { title: string; lines: AmountLine[] }[] = [];
  for (const row of scan.rows) {
    if (row.kind === 'sectionTitle') sections.push({ title: withoutBullet(row.label), lines: [] });
    if (row.kind === 'costLine') {
      if (sections.length === 0) sections.push({ title: labels.costs, lines: [] });
      sections[sections.length - 1].lines.push({ label: withoutBullet(row.label), amounts: row.amounts.map((amount) => costSign * (amount ?? 0) || 0) });
    }
  }
  return sections;
}

/** "- Anställningsstöd, AF" → "Anställningsstöd, AF": the bullet the board papers print goes. */
function withoutBullet(label: string): string {
  return label.replace(/^[-–•]\s+/, '');
}
