import { checkStatedRate, isWeightOnScale, statedAgrees } from '../../domain';
import { findingMessages } from '../../text/findings';
import { cellAddress } from '../address';
import { Finding } from '../findings';
import { cellOf, Grid, readAmount } from '../grid';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { ReadContext } from '../sheet-kind';
import { labelledValue } from './blocks';
import { readSheet, SocialBudgetSheet } from './read';
import { checkAreas } from './validate-areas';

/** A typed index rounded for the board ("Impactindex 76") agrees with 76,136…. */
const SHOWN_INDEX_SLACK = 0.5;
const shownIndexAgrees = (shown: number, index: number) => Math.abs(shown - index) <= SHOWN_INDEX_SLACK;

/**
 * Findings on a social budget sheet: what cannot be read, weights off the scale, a stated
 * maximum or impact value that the weights do not give (Bilaga 1: "Impactvärde 172" against
 * Σ 176), summary cells typed over their formulas, and the area weighting rule.
 */
export function validateSocialBudget(grid: Grid, context: ReadContext): Finding[] {
  const { sheet, findings } = readSheet(grid, context);
  if (!sheet) return findings;
  return [...findings, ...checkWeights(grid, sheet, context.rules.weightScale), ...checkStated(grid, sheet), ...checkCounts(grid, sheet), ...checkAreas(grid, sheet, context.rules)];
}

function checkWeights(grid: Grid, sheet: SocialBudgetSheet, scale: number): Finding[] {
  return sheet.rows.flatMap((row) => {
    const weight = row.weight;
    if (weight === undefined || isWeightOnScale(weight, scale)) return [];
    const cell = cellAddress(row.row, sheet.table.columns.weight ?? 0);
    return [{ rule: 'weight-scale', severity: 'error', message: findingMessages.indicatorWeightOffScale(row.name, weight, scale), where: { sheet: grid.sheet, cell } } as Finding];
  });
}

/** An outcome's stated percentage must be its counts' rate rounded as written (DOMAIN.md §7, as §4's 85,5 % of 14). */
function checkCounts(grid: Grid, sheet: SocialBudgetSheet): Finding[] {
  return sheet.rows.flatMap((row) => {
    if (!row.counts) return [];
    const findings: Finding[] = [];
    const message = checkStatedRate(row.counts, findingMessages.indicatorNamed(row.name));
    const cell = cellAddress(row.row, sheet.table.columns[row.countsColumn ?? 'outcome'] ?? 0);
    if (message) findings.push({ rule: 'impossible-rate', severity: 'error', message, where: { sheet: grid.sheet, cell } });
    // The reader took Uppnådd from the counts, but the sheet's own ACHIEVED (and so its Impactindex) shows an error.
    const achievedCol = sheet.table.columns.achieved;
    const shown = achievedCol === undefined ? null : cellOf(grid, row.row, achievedCol);
    if (achievedCol !== undefined && typeof shown === 'string' && shown.startsWith('#')) {
      const { count, base } = row.counts;
      findings.push({ rule: 'unreadable', severity: 'warning', message: findingMessages.indicatorCountsInOutcome(row.name, shown, count, base), where: { sheet: grid.sheet, cell: cellAddress(row.row, achievedCol) } });
    }
    return findings;
  });
}

function checkStated(grid: Grid, sheet: SocialBudgetSheet): Finding[] {
  const findings: Finding[] = [];
  const weighted = sheet.rows.filter((row) => row.weight !== undefined);
  const maximum = weighted.reduce((sum, row) => sum + (row.weight ?? 0), 0);
  const impactValue = weighted.reduce((sum, row) => sum + (row.achieved === true ? (row.weight ?? 0) : 0), 0);
  // A stated or typed-over sum is a stated total (DOMAIN.md §2, §3): the domain's agreement.
  const compare = (label: string, computed: number, agrees: (value: number, computed: number) => boolean, message: (value: number) => string, rule: Finding['rule']) => {
    const found = labelledValue(grid, label, sheet.summaryCol);
    const value = found === undefined ? undefined : readAmount(found.cell);
    if (found === undefined || value === undefined || !Number.isFinite(computed) || agrees(value, computed)) return;
    findings.push({ rule, severity: 'error', message: message(value), where: { sheet: grid.sheet, cell: cellAddress(found.at.row, found.at.col) } });
  };
  compare(labels.statedMaximum, maximum, statedAgrees, (value) => findingMessages.statedMaximumDiffers(value, maximum), 'stated-maximum');
  compare(labels.statedImpactValue, impactValue, statedAgrees, (value) => findingMessages.statedImpactValueDiffers(value, impactValue), 'stated-total');
  // Formulas a person may have typed over: they must still follow from the table.
  compare(labels.maximum, maximum, statedAgrees, (value) => findingMessages.summaryOverwritten(labels.maximum, value, maximum), 'stated-maximum');
  compare(labels.impactValue, impactValue, statedAgrees, (value) => findingMessages.summaryOverwritten(labels.impactValue, value, impactValue), 'stated-total');
  if (maximum > 0) {
    const index = (100 * impactValue) / maximum;
    compare(labels.impactIndex, index, shownIndexAgrees, (value) => findingMessages.summaryOverwritten(labels.impactIndex, value, index), 'stated-total');
  }
  return findings;
}
