import { memberHalf, roundHalfAwayFromZero, shares, STATED_AGREEMENT } from '../../domain';
import { findingMessages } from '../../text/findings';
import { cellAddress } from '../address';
import { Finding, RuleId, Severity } from '../findings';
import { Grid } from '../grid';
import { municipalityName } from './member-rows';
import { BudgetScan, RowKind, ScannedRow } from './scan';

export type MakeFinding = (rule: RuleId, severity: Severity, row: ScannedRow, y: number, message: string) => Finding;

export const rowsOf = (scan: BudgetScan, kind: RowKind) => scan.rows.filter((row) => row.kind === kind);
export const sumAt = (rows: readonly ScannedRow[], y: number) => rows.reduce((sum, row) => sum + (row.amounts[y] ?? 0), 0);
export const differs = (a: number, b: number) => Math.abs(a - b) > STATED_AGREEMENT * Math.max(1, Math.abs(a), Math.abs(b));

/** The state's allocation of a year: every state row together; undefined without one. */
export function stateAt(scan: BudgetScan, y: number): number | undefined {
  const amounts = rowsOf(scan, 'state').map((row) => row.amounts[y]).filter((amount): amount is number => amount !== undefined);
  return amounts.length === 0 ? undefined : amounts.reduce((sum, amount) => sum + amount, 0);
}

/** A quarter agrees with S/2 exactly or as rounded to whole tkr (an odd S gives x,5 tkr). */
const agreesWithHalf = (amount: number, half: number) => !differs(amount, half) || !differs(amount, roundHalfAwayFromZero(half, 0));

/**
 * The 50/25/25 split (DOMAIN.md §1): the municipalities together and the region each pay half
 * the state's allocation. A municipal part typed over its formula is compared with its own
 * largest-remainder share, so the cell that is wrong is named, not only the sum.
 */
export function financingSplit(scan: BudgetScan, y: number, year: number, finding: MakeFinding): Finding[] {
  const state = stateAt(scan, y);
  if (state === undefined) return [];
  const half = memberHalf(state);
  const findings: Finding[] = [];
  const municipalities = rowsOf(scan, 'municipality');
  const municipal = sumAt(municipalities, y);
  if (municipalities.length > 0 && !agreesWithHalf(municipal, half)) {
    findings.push(finding('municipal-parts', 'error', municipalities[municipalities.length - 1], y, findingMessages.municipalPartsDiffer(year, municipal, half, state)));
  }
  findings.push(...typedOverParts(scan, municipalities, y, year, half, finding));
  const region = rowsOf(scan, 'region')[0];
  const regionAmount = region?.amounts[y];
  if (region && regionAmount !== undefined && !agreesWithHalf(regionAmount, half)) {
    findings.push(finding('municipal-parts', 'error', region, y, findingMessages.regionPartDiffers(year, regionAmount, half, state)));
  }
  return findings;
}

/**
 * In a year whose municipal column holds formulas, a typed figure among them is checked
 * against the split of the population table (a column typed throughout, as seed 003's 2021,
 * states the paper's own figures and is judged by its sum only).
 */
function typedOverParts(scan: BudgetScan, municipalities: readonly ScannedRow[], y: number, year: number, half: number, finding: MakeFinding): Finding[] {
  const typed = municipalities.filter((row) => !row.computed[y]);
  if (typed.length === 0 || typed.length === municipalities.length || scan.populationRows.length !== municipalities.length) return [];
  const populations = scan.populationRows.map((row) => row.amounts[y]);
  if (populations.some((population) => population === undefined)) return [];
  const split = shares(half, populations as number[], 0);
  if (!split.ok) return [];
  return municipalities.flatMap((row, index) => {
    const amount = row.amounts[y];
    if (row.computed[y] || amount === undefined || !differs(amount, split.value[index])) return [];
    return [finding('municipal-parts', 'error', row, y, findingMessages.municipalPartTypedOver(municipalityName(row.label), year, amount, split.value[index]))];
  });
}

/** Income rows whose words say neither member nor other income: a warning on the label; members without the state too. */
export function unclearMembers(grid: Grid, scan: BudgetScan): Finding[] {
  const members = scan.rows.some((row) => row.kind === 'municipality' || row.kind === 'region');
  const noState: Finding[] =
    members && !scan.rows.some((row) => row.kind === 'state')
      ? [{ rule: 'member-kind', severity: 'warning', message: findingMessages.budgetStateMissing(), where: { sheet: grid.sheet, cell: scan.incomeCell } }]
      : [];
  return noState.concat(scan.rows
    .filter((row) => row.unclearKind)
    .map((row) => ({ rule: 'member-kind', severity: 'warning', message: findingMessages.budgetMemberKindUnclear(row.label), where: { sheet: grid.sheet, cell: cellAddress(row.row, row.labelCol) } }) as Finding));
}
