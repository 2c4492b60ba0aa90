import { normalizeName, SettingKey, settingProblem, targetSharesSumProblem } from '../../domain';
import { item, labels as domainLabels, messages } from '../../text/errors';
import { cellAddress, rangeAddress } from '../address';
import { Finding, RuleId } from '../findings';
import { Grid, readAmount } from '../grid';
import { ruleLabels as labels } from '../../text/sheet-labels';
import { ReadContext } from '../sheet-kind';
import { textOf } from '../grid-search';
import { readRules } from './read';
import { FoundPair, RulesScan, scanRules } from './scan';

/** The check each setting feeds, so a finding on it is filed under that rule. */
const RULE_OF_SETTING: Partial<Record<SettingKey, RuleId>> = {
  tolerance: 'area-weighting',
  weightScale: 'weight-scale',
  deviationShare: 'unexplained-deviation',
  deviationAmount: 'unexplained-deviation',
};

/**
 * Findings on FINSAM-regler: what cannot be read, settings outside their range, target shares
 * outside 0–1, twice or not summing to 100 %, and a staircase that is not sorted (EQUITY.md:
 * an error with a message, never a silent guess).
 */
export function validateRules(grid: Grid, context: ReadContext): Finding[] {
  const findings: Finding[] = [...readRules(grid, context).findings];
  const add = (rule: RuleId, message: string, cell: string) => findings.push({ rule, severity: 'error', message, where: { sheet: grid.sheet, cell } });
  const scan = scanRules(grid);
  for (const found of scan.settings) {
    const value = readAmount(found.cell);
    if (found.setting.unit === 'choice' || value === undefined) continue;
    const message = settingProblem(found.setting, value);
    if (message) add(RULE_OF_SETTING[found.setting.key] ?? 'unreadable', message, cellAddress(found.row, found.col));
  }
  checkTargets(scan.targets ?? [], add);
  checkSteps(scan, add);
  return findings;
}

type Add = (rule: RuleId, message: string, cell: string) => void;

function checkTargets(pairs: readonly FoundPair[], add: Add): void {
  const seen = new Set<string>();
  let sum = 0;
  let complete = pairs.length > 0;
  pairs.forEach((pair, index) => {
    const area = textOf(pair.first);
    const share = readAmount(pair.second);
    if (area === '' || share === undefined) {
      complete = false;
      return;
    }
    const at = cellAddress(pair.row, pair.secondCol);
    if (share < 0 || share > 1) add('area-weighting', messages.notAFraction(`${labels.targetShare} för ${area}`, share), at);
    if (seen.has(normalizeName(area))) add('area-weighting', messages.duplicateTargetArea(index + 1, area), cellAddress(pair.row, pair.firstCol));
    seen.add(normalizeName(area));
    sum += share;
  });
  const problem = complete ? targetSharesSumProblem(sum) : undefined;
  if (problem) {
    const first = pairs[0];
    const last = pairs[pairs.length - 1];
    add('area-weighting', problem, rangeAddress(first.row, first.secondCol, last.row, last.secondCol));
  }
}

function checkSteps(scan: RulesScan, add: Add): void {
  const pairs = scan.steps;
  if (!pairs) return;
  if (pairs.length === 0 && scan.settingsHeader) add('equity-staircase', messages.stepsEmpty(), cellAddress(scan.settingsHeader.row, scan.settingsHeader.col));
  let previous: number | undefined;
  pairs.forEach((pair, index) => {
    const from = readAmount(pair.first);
    const share = readAmount(pair.second);
    if (from === undefined || share === undefined) return;
    if (from < 0) add('equity-staircase', messages.negative(item(domainLabels.stepFrom, index + 1), from), cellAddress(pair.row, pair.firstCol));
    if (share < 0 || share > 1) add('equity-staircase', messages.notAFraction(item(domainLabels.stepShare, index + 1), share), cellAddress(pair.row, pair.secondCol));
    if (previous !== undefined && from <= previous) add('equity-staircase', messages.stepsNotSorted(index + 1), cellAddress(pair.row, pair.firstCol));
    previous = from;
  });
}
