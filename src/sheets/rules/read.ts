import { AreaTarget, defaultRuleSet, EquityStep, RuleSet, shownSetting } from '../../domain';
import { findingMessages } from '../../text/findings';
import { messages } from '../../text/errors';
import { cellAddress } from '../address';
import { Finding, RuleId } from '../findings';
import { Grid, readAmount } from '../grid';
import { ruleLabels as labels } from '../../text/sheet-labels';
import { ReadContext, ReadResult } from '../sheet-kind';
import { isBlankCell, textOf } from '../grid-search';
import { FoundPair, FoundSetting, RulesScan, scanRules } from './scan';

/**
 * FINSAM-regler back into a rule set. A setting, table or row that is not on the sheet falls
 * back to the year's default with a warning that says so; a value that is there but cannot be
 * read is an error, never a guess.
 */
export function readRules(grid: Grid, context: ReadContext): ReadResult<RuleSet> {
  const scan = scanRules(grid);
  const findings: Finding[] = [];
  const report = (rule: RuleId, severity: Finding['severity'], message: string, row: number, col: number) =>
    findings.push({ rule, severity, message, where: { sheet: grid.sheet, cell: cellAddress(row, col) } });
  if (!scan.settingsHeader) {
    report('unreadable', 'error', findingMessages.rulesNoTable(), 0, 0);
    return { ok: false, findings };
  }
  let rules = defaultRuleSet(yearOf(scan) ?? context.rules.year);
  for (const setting of scan.missing) {
    report('unreadable', 'warning', findingMessages.ruleSettingMissing(setting.label, shownSetting(setting, rules)), scan.settingsHeader.row, scan.settingsHeader.col);
  }
  for (const found of scan.settings) {
    const applied = applySetting(rules, found);
    if (typeof applied === 'string') report('unreadable', 'error', applied, found.row, found.col);
    else rules = applied;
  }
  const targets = readTargets(scan.targets, report);
  const steps = readSteps(scan.steps, report);
  if (targets) rules = { ...rules, areaTargets: targets };
  else report('area-weighting', 'warning', findingMessages.ruleTableMissing(labels.tables.targets), scan.settingsHeader.row, scan.settingsHeader.col);
  if (steps) rules = { ...rules, equitySteps: steps };
  else report('equity-staircase', 'warning', findingMessages.ruleTableMissing(labels.tables.steps), scan.settingsHeader.row, scan.settingsHeader.col);
  if (findings.some((finding) => finding.severity === 'error')) return { ok: false, findings };
  return { ok: true, model: rules, findings };
}

type Report = (rule: RuleId, severity: Finding['severity'], message: string, row: number, col: number) => void;

function yearOf(scan: RulesScan): number | undefined {
  const year = scan.settings.find((found) => found.setting.key === 'year');
  const value = year === undefined ? undefined : readAmount(year.cell);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

/** The rule set with one setting applied, or the message saying why the cell cannot be read. */
function applySetting(rules: RuleSet, found: FoundSetting): RuleSet | string {
  const { setting, cell } = found;
  if (setting.unit !== 'choice') {
    const value = readAmount(cell);
    return value === undefined ? messages.notANumber(setting.label, cell) : setting.set(rules, value);
  }
  return setting.set(rules, textOf(cell)) ?? setting.unknown(cell);
}

function readTargets(pairs: readonly FoundPair[] | undefined, report: Report): AreaTarget[] | undefined {
  if (!pairs) return undefined;
  const targets: AreaTarget[] = [];
  for (const pair of pairs) {
    const area = textOf(pair.first);
    const share = readAmount(pair.second);
    if (area === '') report('unreadable', 'error', messages.missing(labels.area), pair.row, pair.firstCol);
    else if (isBlankCell(pair.second)) report('area-weighting', 'error', findingMessages.ruleTargetShareMissing(area), pair.row, pair.secondCol);
    else if (share === undefined) report('unreadable', 'error', messages.notANumber(`${labels.targetShare} för ${area}`, pair.second), pair.row, pair.secondCol);
    else targets.push({ area, share });
  }
  return targets;
}

function readSteps(pairs: readonly FoundPair[] | undefined, report: Report): EquityStep[] | undefined {
  if (!pairs) return undefined;
  const steps: EquityStep[] = [];
  for (const pair of pairs) {
    const from = readAmount(pair.first);
    const share = readAmount(pair.second);
    if (from === undefined) report('unreadable', 'error', messages.notANumber(labels.stepFrom, pair.first), pair.row, pair.firstCol);
    else if (share === undefined) report('unreadable', 'error', messages.notANumber(labels.stepShare, pair.second), pair.row, pair.secondCol);
    else steps.push({ from, share });
  }
  return steps;
}
