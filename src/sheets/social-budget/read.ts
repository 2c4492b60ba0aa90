import { findingMessages } from '../../text/findings';
import { messages } from '../../text/errors';
import { cellAddress } from '../address';
import { Finding, RuleId } from '../findings';
import { cellOf, Grid, readAmount } from '../grid';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { ReadContext, ReadResult } from '../sheet-kind';
import { isBlankCell, textOf } from '../grid-search';
import { assembleModel } from './assemble';
import { AreaTargetCell, labelledNumber, labelledValue, PlatformCells, scanAreaTargets, scanPlatforms, summaryColumn } from './blocks';
import { PlatformSummary, SocialBudgetModel } from '../../domain/models/social-budget';
import { ParsedRow, parseRow } from './parse';
import { scanIndicators, TableScan } from './scan';

/** Everything the reader found, with positions, for the model and for the validator. */
export interface SocialBudgetSheet {
  readonly table: TableScan;
  readonly rows: readonly ParsedRow[];
  readonly areaTargets?: readonly AreaTargetCell[];
  readonly platforms?: readonly PlatformCells[];
  readonly summaryCol?: number;
  readonly findings: readonly Finding[];
  readonly model?: SocialBudgetModel;
}

/** The sheet read cell by cell; undefined table when the indicator table is not there. */
export function readSheet(grid: Grid, context: ReadContext): { sheet?: SocialBudgetSheet; findings: Finding[] } {
  const findings: Finding[] = [];
  const report = (rule: RuleId, severity: Finding['severity'], message: string, row: number, col: number) =>
    findings.push({ rule, severity, message, where: { sheet: grid.sheet, cell: cellAddress(row, col) } });
  const scanned = scanIndicators(grid);
  if (!scanned.ok) {
    report('unreadable', 'error', findingMessages.socialBudgetNoTable(scanned.missing.map((word) => `"${word}"`).join(', ')), 0, 0);
    return { findings };
  }
  const { table } = scanned;
  const rows = table.rows.map((row) => {
    const parsed = parseRow(row, context.rules.weightScale);
    parsed.problems.forEach((problem) => report(problem.rule, 'error', problem.message, row.row, table.columns[problem.column] ?? 0));
    return parsed.row;
  });
  const summaryCol = summaryColumn(grid);
  const areaTargets = scanAreaTargets(grid);
  const platforms = scanPlatforms(grid);
  const year = numberOr(grid, labels.year, 0, context.rules.year, report);
  const model = assembleModel({
    year,
    title: textOf(cellOf(grid, 0, 0)),
    platform: labelledText(grid, labels.platform),
    source: labelledText(grid, labels.source) ?? '',
    targetIndex: numberOr(grid, labels.targetIndex, summaryCol, context.rules.targetIndex, report),
    statedMaximum: labelledNumber(labelledValue(grid, labels.statedMaximum, summaryCol)),
    statedImpactValue: labelledNumber(labelledValue(grid, labels.statedImpactValue, summaryCol)),
    rows,
    areaTargets: areaTargets?.map((cell) => ({ name: cell.name, share: readAmount(cell.share) })),
    platforms: platforms?.flatMap((platform) => readPlatform(platform, report)),
  });
  return { sheet: { table, rows, areaTargets, platforms, summaryCol, findings, model }, findings };
}

type Report = (rule: RuleId, severity: Finding['severity'], message: string, row: number, col: number) => void;

/** A labelled number of the sheet, or the rule set's value with a warning that says so. */
function numberOr(grid: Grid, label: string, col: number | undefined, fallback: number, report: Report): number {
  const found = labelledValue(grid, label, col);
  const value = labelledNumber(found);
  if (value !== undefined) return value;
  report('unreadable', 'warning', findingMessages.socialBudgetSettingMissing(label, fallback), found?.at.row ?? 0, found?.at.col ?? 0);
  return fallback;
}

function labelledText(grid: Grid, label: string): string | undefined {
  const value = labelledValue(grid, label, 0);
  return value === undefined || isBlankCell(value.cell) ? undefined : textOf(value.cell);
}

function readPlatform(platform: PlatformCells, report: Report): PlatformSummary[] {
  const impactValue = readAmount(platform.impactValue);
  const maximum = readAmount(platform.maximum);
  if (impactValue === undefined) report('unreadable', 'error', messages.notANumber(`${labels.impactValue} för ${platform.name}`, platform.impactValue), platform.row, platform.valueCol);
  if (maximum === undefined) report('unreadable', 'error', messages.notANumber(`${labels.maximum} för ${platform.name}`, platform.maximum), platform.row, platform.maximumCol);
  return impactValue === undefined || maximum === undefined ? [] : [{ name: platform.name, impactValue, maximum }];
}

/** The social budget back from a grid; any error found makes it unreadable, with the findings. */
export function readSocialBudget(grid: Grid, context: ReadContext): ReadResult<SocialBudgetModel> {
  const { sheet, findings } = readSheet(grid, context);
  if (!sheet?.model || findings.some((finding) => finding.severity === 'error')) return { ok: false, findings };
  return { ok: true, model: sheet.model, findings };
}
