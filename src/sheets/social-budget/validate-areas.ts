import { AreaTarget, normalizeName, RuleSet, sameShare, targetSharesSumProblem, withinTolerance } from '../../domain';
import { findingMessages } from '../../text/findings';
import { messages } from '../../text/errors';
import { cellAddress, rangeAddress } from '../address';
import { Finding } from '../findings';
import { Grid, readAmount } from '../grid';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { isBlankCell } from '../grid-search';
import { AreaTargetCell } from './blocks';
import { SocialBudgetSheet } from './read';

/**
 * The area weighting rule (DOMAIN.md §3): each area's share of all weight within the tolerance
 * of its target. Targets come from the sheet's own area block, or from FINSAM-regler when the
 * sheet has none; a sheet target that differs from FINSAM-regler is a warning.
 */
export function checkAreas(grid: Grid, sheet: SocialBudgetSheet, rules: RuleSet): Finding[] {
  const findings: Finding[] = [];
  const add = (rule: Finding['rule'], message: string, cell: string, severity: Finding['severity'] = 'error') =>
    findings.push({ rule, severity, message, where: { sheet: grid.sheet, cell } });
  const block = sheet.areaTargets;
  const targets = block ? blockTargets(block, rules, add) : rules.areaTargets;
  const sums = new Map<string, { name: string; sum: number; cell: string }>();
  let total = 0;
  for (const row of sheet.rows) {
    if (row.weight === undefined || row.area === '') continue;
    const key = normalizeName(row.area);
    const entry = sums.get(key) ?? { name: row.area, sum: 0, cell: cellAddress(row.row, sheet.table.columns.area ?? 0) };
    sums.set(key, { ...entry, sum: entry.sum + row.weight });
    total += row.weight;
  }
  if (!(total > 0 && Number.isFinite(total))) return findings;
  for (const target of targets) {
    const key = normalizeName(target.area);
    if (!sums.has(key)) sums.set(key, { name: target.area, sum: 0, cell: cellAddress(sheet.table.header, sheet.table.columns.area ?? 0) });
  }
  for (const [key, entry] of sums) {
    const target = targets.find((candidate) => normalizeName(candidate.area) === key);
    const blockRow = block?.find((cell) => normalizeName(cell.name) === key);
    const at = blockRow ? cellAddress(blockRow.row, blockRow.nameCol) : entry.cell;
    if (!target) add('area-weighting', findingMessages.areaWithoutTarget(entry.name), blockRow ? cellAddress(blockRow.row, blockRow.shareCol) : at);
    else if (!withinTolerance(entry.sum / total, target.share, rules.tolerance)) {
      add('area-weighting', findingMessages.areaShareOutside(entry.name, entry.sum / total, target.share, rules.tolerance), at);
    }
  }
  return findings;
}

type Add = (rule: Finding['rule'], message: string, cell: string, severity?: Finding['severity']) => void;

/** The sheet's targets, checked: readable, summing to 100 %, and as FINSAM-regler has them. */
function blockTargets(block: readonly AreaTargetCell[], rules: RuleSet, add: Add): AreaTarget[] {
  const targets: AreaTarget[] = [];
  for (const cell of block) {
    if (isBlankCell(cell.share)) continue;
    const share = readAmount(cell.share);
    const at = cellAddress(cell.row, cell.shareCol);
    if (share === undefined) {
      add('unreadable', messages.notANumber(`${labels.targetShare} för ${cell.name}`, cell.share), at);
      continue;
    }
    targets.push({ area: cell.name, share });
    const ruled = rules.areaTargets.find((target) => normalizeName(target.area) === normalizeName(cell.name));
    if (ruled && !sameShare(ruled.share, share)) add('area-weighting', findingMessages.areaTargetDiffersFromRules(cell.name, share, ruled.share), at, 'warning');
  }
  const sum = targets.reduce((total, target) => total + target.share, 0);
  const problem = targets.length > 0 ? targetSharesSumProblem(sum) : undefined;
  if (problem) {
    add('area-weighting', problem, rangeAddress(block[0].row, block[0].shareCol, block[block.length - 1].row, block[0].shareCol));
  }
  return targets;
}
