import { adminCostsOver, allocationFromState, checkEquity, THRESHOLD_SLACK } from '../../domain';
import { findingMessages } from '../../text/findings';
import { cellAddress } from '../address';
import { Finding, RuleId, Severity } from '../findings';
import { Grid } from '../grid';
import { ReadContext } from '../sheet-kind';
import { unreadableAmounts } from './reader';
import { BudgetScan, cellOfYear, ScannedRow, scanBudget } from './scan';
import { differs, financingSplit, MakeFinding, rowsOf, stateAt, sumAt, unclearMembers } from './validate-members';

/**
 * The budget sheet's checks (issue 5, DOMAIN.md §1–2, EQUITY.md): the 50/25/25 split, stated
 * totals against their parts, the equity roll-forward and the staircase.
 */
export function validateBudget(grid: Grid, context: ReadContext): Finding[] {
  const scan = scanBudget(grid);
  if (!scan) return [];
  const finding = (rule: RuleId, severity: Severity, row: ScannedRow, y: number, message: string): Finding => ({
    rule,
    severity,
    message,
    where: { sheet: grid.sheet, cell: cellOfYear(scan, row, y) },
  });
  const findings: Finding[] = [];
  findings.push(...unreadableAmounts(grid, scan), ...labelShares(grid, scan), ...unclearMembers(grid, scan));
  scan.years.forEach(({ year }, y) => {
    findings.push(...financingSplit(scan, y, year, finding));
    findings.push(...statedTotals(scan, y, year, finding));
    findings.push(...equity(scan, y, year, finding, context));
    findings.push(...adminCosts(scan, y, year, finding, context));
  });
  return findings;
}

/** Each sum row against the rows it sums; a wrong range or a typed total shows here. */
function statedTotals(scan: BudgetScan, y: number, year: number, finding: MakeFinding): Finding[] {
  const checks: [ScannedRow | undefined, number][] = [];
  const incomeLines = scan.rows.filter((row) => ['state', 'municipality', 'region', 'otherIncome'].includes(row.kind));
  const incomeSum = rowsOf(scan, 'incomeSum')[0];
  checks.push([incomeSum, sumAt(incomeLines, y)]);
  let sectionLines: ScannedRow[] = [];
  const sectionSums: ScannedRow[] = [];
  for (const row of scan.rows) {
    if (row.kind === 'costLine') sectionLines.push(row);
    if (row.kind === 'sectionSum') {
      checks.push([row, sumAt(sectionLines, y)]);
      sectionSums.push(row);
      sectionLines = [];
    }
  }
  const costSum = rowsOf(scan, 'costSum')[0];
  const costLines = rowsOf(scan, 'costLine');
  checks.push([costSum, sectionSums.length > 0 ? sumAt(sectionSums, y) + sumAt(sectionLines, y) : sumAt(costLines, y)]);
  const result = rowsOf(scan, 'result')[0];
  // Costs shown negative (seed 003) add to income; typed positive, they are taken from it.
  if (incomeSum && costSum) checks.push([result, (incomeSum.amounts[y] ?? 0) - scan.costSign * (costSum.amounts[y] ?? 0)]);
  const opening = rowsOf(scan, 'openingEquity')[0];
  if (opening && result) checks.push([rowsOf(scan, 'closingEquity')[0], (opening.amounts[y] ?? 0) + (result.amounts[y] ?? 0)]);
  return checks.flatMap(([row, computed]) => {
    const stated = row?.amounts[y];
    if (!row || stated === undefined || !differs(stated, computed)) return [];
    return [finding('stated-total', 'error', row, y, findingMessages.budgetTotalDiffers(row.label, year, stated, computed))];
  });
}

function equity(scan: BudgetScan, y: number, year: number, finding: MakeFinding, context: ReadContext): Finding[] {
  const findings: Finding[] = [];
  const opening = rowsOf(scan, 'openingEquity')[0];
  const closing = rowsOf(scan, 'closingEquity')[0];
  const previous = closing?.amounts[y - 1];
  const openingAmount = opening?.amounts[y];
  if (y > 0 && opening && previous !== undefined && openingAmount !== undefined && differs(openingAmount, previous)) {
    findings.push(finding('opening-equity', 'error', opening, y, findingMessages.openingEquityDiffers(year, openingAmount, previous)));
  }
  const state = stateAt(scan, y);
  const closingAmount = closing?.amounts[y];
  if (closing && state !== undefined && closingAmount !== undefined) {
    const check = checkEquity(closingAmount, allocationFromState(state), context.rules.equitySteps);
    // Over the staircase is a goal missed ("något för högt", seed 004), not an arithmetic error.
    if (check.ok && check.value.message) findings.push(finding('equity-staircase', 'warning', closing, y, findingMessages.equityOverCapInYear(year, check.value.message)));
  }
  return findings;
}

/** The administration lines against the rule set's highest share of Summa kostnader (a goal: a warning). */
function adminCosts(scan: BudgetScan, y: number, year: number, finding: MakeFinding, context: ReadContext): Finding[] {
  const rows = rowsOf(scan, 'costLine');
  const over = adminCostsOver(rows.map((row) => ({ label: row.label, amount: scan.costSign * (row.amounts[y] ?? 0) })), context.rules.adminCostShare, year);
  return over ? [finding('admin-cost', 'warning', rows[over.lines[0]], y, over.message)] : [];
}

/**
 * The municipal labels' shares ("83,42% av arb-bef.") must sum to 100 %, within what rounding
 * each label to its printed decimals allows (seed 003's 99,9 % of six labels at one decimal is fine).
 */
function labelShares(grid: Grid, scan: BudgetScan): Finding[] {
  const shares = rowsOf(scan, 'municipality').map((row) => /([\d\s]+(?:,(\d+))?)\s*%/.exec(row.label));
  if (shares.length === 0 || shares.some((match) => match === null)) return [];
  const matches = shares as RegExpExecArray[];
  const sum = matches.reduce((total, match) => total + Number(match[1].replace(/\s/g, '').replace(',', '.')), 0);
  const slack = matches.reduce((total, match) => total + 0.5 * 10 ** -(match[2]?.length ?? 0), 0);
  if (Math.abs(sum - 100) <= slack + THRESHOLD_SLACK) return [];
  const last = rowsOf(scan, 'municipality').slice(-1)[0];
  return [{ rule: 'population-shares', severity: 'warning', message: findingMessages.populationSharesSum(sum), where: { sheet: grid.sheet, cell: cellAddress(last.row, last.labelCol) } }];
}
