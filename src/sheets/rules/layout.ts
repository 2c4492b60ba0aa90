import { RULE_SETTINGS, RuleSet, SettingKey } from '../../domain';
import { cellAddress, rangeAddress, sheetReference } from '../address';
import { ruleLabels as labels } from '../../text/sheet-labels';

/**
 * Where each block of FINSAM-regler lands (rows 0-based). The settings come first, so their
 * cells stay put whatever the number of areas or steps: other sheets' formulas point at them.
 */
export interface RulesLayout {
  readonly settingsTitle: number;
  readonly settingsHeader: number;
  readonly firstSetting: number;
  readonly targetsTitle: number;
  readonly targetsHeader: number;
  readonly firstTarget: number;
  readonly targetsSum: number;
  readonly stepsTitle: number;
  readonly stepsNote: number;
  readonly stepsHeader: number;
  readonly firstStep: number;
}

/** Column A holds the words, B the values, C the explanations. */
export const RULE_COLUMNS = { label: 0, value: 1, explanation: 2 } as const;

export function rulesLayout(targetCount: number): RulesLayout {
  const settingsTitle = 3;
  const firstSetting = settingsTitle + 2;
  const targetsTitle = firstSetting + RULE_SETTINGS.length + 1;
  const firstTarget = targetsTitle + 2;
  // An empty table still gets one body row: Excel tables cannot be without one.
  const targetsSum = firstTarget + Math.max(1, targetCount);
  const stepsTitle = targetsSum + 2;
  return {
    settingsTitle,
    settingsHeader: settingsTitle + 1,
    firstSetting,
    targetsTitle,
    targetsHeader: targetsTitle + 1,
    firstTarget,
    targetsSum,
    stepsTitle,
    stepsNote: stepsTitle + 1,
    stepsHeader: stepsTitle + 2,
    firstStep: stepsTitle + 3,
  };
}

/** Sheet-qualified absolute references to the rule cells, as other sheets' formulas need them. */
export interface RuleCells {
  readonly sheet: string;
  /** One cell per setting: `settings.tolerance` is "'FINSAM-regler'!$B$7". */
  readonly settings: Readonly<Record<SettingKey, string>>;
  /** The areas of the area targets, one column. */
  readonly targetAreas: string;
  /** The target shares beside them. */
  readonly targetShares: string;
  /** The staircase, two columns: allocation from (tkr), highest share (FINSAM.EQUITYCAP's steps). */
  readonly equitySteps: string;
}

/**
 * @example ruleCells(defaultRuleSet(2022)).settings.tolerance → "'FINSAM-regler'!$B$7"
 */
export function ruleCells(rules: RuleSet, sheetName: string = labels.sheetName): RuleCells {
  const layout = rulesLayout(rules.areaTargets.length);
  const sheet = sheetReference(sheetName);
  const settings = Object.fromEntries(RULE_SETTINGS.map((setting) => [setting.key, ruleSettingCell(setting.key, sheetName)])) as Record<SettingKey, string>;
  const lastTarget = layout.targetsSum - 1;
  const lastStep = layout.firstStep + Math.max(1, rules.equitySteps.length) - 1;
  return {
    sheet: sheetName,
    settings,
    targetAreas: `${sheet}!${rangeAddress(layout.firstTarget, 0, lastTarget, 0, true)}`,
    targetShares: `${sheet}!${rangeAddress(layout.firstTarget, 1, lastTarget, 1, true)}`,
    equitySteps: `${sheet}!${rangeAddress(layout.firstStep, 0, lastStep, 1, true)}`,
  };
}

/**
 * One setting's cell, which does not move with the rule set's tables.
 * @example ruleSettingCell('tolerance') → "'FINSAM-regler'!$B$7"
 */
export function ruleSettingCell(key: SettingKey, sheetName: string = labels.sheetName): string {
  const row = rulesLayout(0).firstSetting + RULE_SETTINGS.findIndex((setting) => setting.key === key);
  return `${sheetReference(sheetName)}!${cellAddress(row, RULE_COLUMNS.value, true)}`;
}
