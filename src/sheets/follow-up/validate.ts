import { adminCostsOver, checkEquity, checkStatedTotal, DeviationThresholds, EquityStep, followUpTotals, FollowUpTotal, mustExplain, SignedPart, STATED_TERMS, termAmount } from '../../domain';
import { findingMessages } from '../../text/findings';
import { Finding } from '../findings';
import { Grid } from '../grid';
import { followUpLabels as labels } from '../../text/sheet-labels';
import { ReadContext } from '../sheet-kind';
import { StatedKey } from './layout';
import { FollowUpLine, FollowUpModel } from '../../domain/models/follow-up';
import { STATED_LABELS } from './plan-blocks';
import { FollowUpScan, scanFollowUp } from './read';
import { findingAt } from '../reading';

/**
 * The follow-up's checks (seed 004, DOMAIN.md §2, EQUITY.md): the report's stated figures
 * against what they claim to follow from, deviations that must be explained, the opening
 * equity the budget assumed, and year-end equity against the staircase of the rule set.
 */
export function validateFollowUp(grid: Grid, context: ReadContext): Finding[] {
  const scanned = scanFollowUp(grid);
  if (!scanned.ok) return scanned.reader.findings;
  const { scan } = scanned;
  return [
    ...statedFigures(grid, scan),
    ...unexplainedDeviations(grid, scan, context.rules.deviation),
    ...openingEquity(grid, scan),
    ...staircase(grid, scan, context.rules.equitySteps),
    ...adminCosts(grid, scan, context.rules.adminCostShare),
  ];
}

/** The administration lines' forecast (or outcome) against the rule set's highest share of the costs: a warning. */
function adminCosts(grid: Grid, scan: FollowUpScan, limit: number): Finding[] {
  const costs = scan.lines.filter(({ part }) => part === 'costs');
  const over = adminCostsOver(costs.map(({ line }) => ({ label: line.label, amount: line.forecast })), limit, scan.model.year);
  return over ? [findingAt(grid, 'admin-cost', 'warning', over.message, costs[over.lines[0]].row, scan.columns.forecast)] : [];
}

/** Each total by the sheet's own words for it. */
const TOTAL_LABELS: Readonly<Record<FollowUpTotal, string>> = {
  budgetIncome: labels.incomeSum,
  budgetCosts: labels.costSum,
  forecastIncome: labels.income,
  forecastCosts: labels.costs,
  forecastResult: labels.forecastResult,
  actualOpening: labels.actualOpening,
};

const costLines = (model: FollowUpModel) => model.costSections.flatMap((section) => section.lines);
const totalsOf = (model: FollowUpModel) => followUpTotals(model.income, costLines(model), model.equity.actualOpening);
const budgetOf = (lines: readonly FollowUpLine[]) => lines.reduce((sum, line) => sum + line.budget, 0);

/**
 * The parts a stated figure follows from, by the domain's STATED_TERMS (seed 004: 869 from
 * 12 365 − 11 511). A figure of one budget total lists its sections or lines, so the finding
 * shows where the sum comes from.
 */
function partsOf(key: StatedKey, model: FollowUpModel): SignedPart[] {
  const totals = totalsOf(model);
  const terms = STATED_TERMS[key];
  if (terms.length === 1 && terms[0].total === 'budgetCosts') return model.costSections.map((section) => ({ label: section.title, amount: budgetOf(section.lines), sign: 1 }));
  if (terms.length === 1 && terms[0].total === 'budgetIncome') return model.income.map((line) => ({ label: line.label, amount: line.budget, sign: 1 }));
  return terms.map((term) => ({ label: term.stated && model.stated[term.stated] !== undefined ? STATED_LABELS[term.stated] : TOTAL_LABELS[term.total], amount: termAmount(term, totals, model.stated), sign: term.sign }));
}

function statedFigures(grid: Grid, scan: FollowUpScan): Finding[] {
  const findings: Finding[] = [];
  for (const [key, cell] of scan.stated) {
    const stated = scan.model.stated[key];
    if (stated === undefined) continue;
    const check = checkStatedTotal(STATED_LABELS[key], stated, partsOf(key, scan.model));
    if (check.message) findings.push(findingAt(grid, 'stated-total', 'error', check.message, cell.row, cell.col));
  }
  return findings;
}

/** A line past both thresholds with no explanation (DOMAIN.md §2, choice: 10 % and 50 tkr). */
function unexplainedDeviations(grid: Grid, scan: FollowUpScan, thresholds: DeviationThresholds): Finding[] {
  const col = scan.columns.explanation ?? scan.columns.line;
  // T1/T2 outcomes are measured against the period's share of the annual budget.
  const share = scan.model.budgetShare ?? 1;
  return scan.lines
    .filter(({ line }) => line.explanation === '' && mustExplain(line.forecast, line.budget * share, thresholds))
    .map(({ line, row, part }) => {
      const sign = part === 'costs' ? -1 : 1;
      const budget = line.budget * share;
      const message = findingMessages.followUpDeviationUnexplained(line.label, sign * (line.forecast - budget), budget, thresholds.share, thresholds.amount);
      return findingAt(grid, 'unexplained-deviation', 'error', message, row, col);
    });
}

/** The budget's assumed opening equity against the accounts (seed 004: 1 724 vs 1 800, +76). */
function openingEquity(grid: Grid, scan: FollowUpScan): Finding[] {
  const { assumedOpening, actualOpening } = scan.model.equity;
  if (assumedOpening === actualOpening) return [];
  const message = findingMessages.followUpOpeningEquityAssumed(assumedOpening, actualOpening);
  return [findingAt(grid, 'opening-equity', 'warning', message, scan.assumedCell.row, scan.assumedCell.col)];
}

/**
 * Year-end equity (actual opening + forecast result) against the staircase. A warning: the
 * board's financial goal, judged "något för högt" in seed 004, not an arithmetic error.
 */
function staircase(grid: Grid, scan: FollowUpScan, steps: readonly EquityStep[]): Finding[] {
  const totals = totalsOf(scan.model);
  const equity = totals.actualOpening + totals.forecastResult;
  const check = checkEquity(equity, scan.model.equity.allocation, steps);
  const { row, col } = scan.closingCell;
  if (!check.ok) return [findingAt(grid, 'equity-staircase', 'error', check.error.message, row, col)];
  return check.value.message ? [findingAt(grid, 'equity-staircase', 'warning', check.value.message, row, col)] : [];
}
