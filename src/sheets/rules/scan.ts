import { cellOf, Grid, readLabel, sameLabel } from '../grid';
import { ruleLabels as labels } from '../../text/sheet-labels';
import { CellContent } from '../plan';
import { columnOf, findHeader, isBlankCell } from '../grid-search';
import { RULE_SETTINGS, Setting } from '../../domain';

/**
 * FINSAM-regler as found on a sheet, cell by cell, before any meaning is given to the values:
 * the reader turns it into a rule set, the validator into findings with addresses.
 */
export interface FoundSetting {
  readonly setting: Setting;
  readonly row: number;
  readonly col: number;
  readonly cell: CellContent;
}

/** A body row of a two-column table (area and share, or step from and share). */
export interface FoundPair {
  readonly row: number;
  readonly firstCol: number;
  readonly secondCol: number;
  readonly first: CellContent;
  readonly second: CellContent;
}

export interface RulesScan {
  /** Where the settings header is, undefined when the sheet has none. */
  readonly settingsHeader?: { readonly row: number; readonly col: number };
  readonly settings: readonly FoundSetting[];
  readonly missing: readonly Setting[];
  /** Undefined when the table's header is not on the sheet. */
  readonly targets?: readonly FoundPair[];
  readonly steps?: readonly FoundPair[];
}

/** Words that end a table: the titles and headers of the blocks that may follow it. */
const STOP_WORDS = [labels.targetsTitle, labels.targetsSum, labels.stepsTitle, labels.stepsNote, labels.stepFrom, labels.settingsTitle, labels.setting, labels.area];

export function scanRules(grid: Grid): RulesScan {
  const header = findHeader(grid, [labels.setting, labels.value]);
  const found: FoundSetting[] = [];
  const missing: Setting[] = [];
  if (header) {
    const [labelCol, valueCol] = header.columns;
    for (const setting of RULE_SETTINGS) {
      const row = findSettingRow(grid, setting.label, labelCol, header.row + 1);
      if (row === undefined) missing.push(setting);
      else found.push({ setting, row, col: valueCol, cell: cellOf(grid, row, valueCol) });
    }
  }
  return {
    settingsHeader: header ? { row: header.row, col: header.columns[0] } : undefined,
    settings: found,
    missing: header ? missing : [...RULE_SETTINGS],
    targets: scanPairs(grid, labels.area, labels.targetShare),
    steps: scanPairs(grid, labels.stepFrom, labels.stepShare),
  };
}

function findSettingRow(grid: Grid, label: string, col: number, from: number): number | undefined {
  for (let row = from; row < grid.values.length; row += 1) {
    if (sameLabel(readLabel(cellOf(grid, row, col)), label)) return row;
  }
  return undefined;
}

/** The body of a two-column table: blank rows skipped, up to the next block's words. */
function scanPairs(grid: Grid, firstHeader: string, secondHeader: string): FoundPair[] | undefined {
  const header = findHeader(grid, [firstHeader, secondHeader]);
  if (!header) return undefined;
  const [firstCol] = header.columns;
  const secondCol = columnOf(grid, header.row, secondHeader, firstCol + 1) ?? header.columns[1];
  const pairs: FoundPair[] = [];
  for (let row = header.row + 1; row < grid.values.length; row += 1) {
    const first = cellOf(grid, row, firstCol);
    const second = cellOf(grid, row, secondCol);
    const word = readLabel(first);
    if (word !== '' && STOP_WORDS.some((stop) => sameLabel(word, stop))) break;
    if (isBlankCell(first) && isBlankCell(second)) continue;
    pairs.push({ row, firstCol, secondCol, first, second });
  }
  return pairs;
}
