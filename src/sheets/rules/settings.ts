import { findingMessages, messages, parseChangeMode, RuleSet, VaravBase } from '../../domain';
import { ruleLabels as labels } from '../labels';
import { CellContent, formats } from '../plan';

/**
 * The rows of the settings table on FINSAM-regler: one per setting of the rule set, with how
 * it is written, read back and checked. The order is the order on the sheet, so other sheets'
 * formulas can point at fixed cells (see layout.ts).
 */
export type SettingKey = keyof typeof labels.explain;

interface SettingBase {
  readonly key: SettingKey;
}

export interface NumberSetting extends SettingBase {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly whole?: boolean;
  readonly numberFormat: string;
  readonly get: (rules: RuleSet) => number;
  readonly set: (rules: RuleSet, value: number) => RuleSet;
}

export interface ChoiceSetting extends SettingBase {
  readonly kind: 'choice';
  readonly get: (rules: RuleSet) => string;
  /** The rule set with the word applied, or undefined for a word the setting does not know. */
  readonly set: (rules: RuleSet, word: string) => RuleSet | undefined;
  readonly unknown: (value: CellContent) => string;
}

export type Setting = NumberSetting | ChoiceSetting;

const share = (key: SettingKey, get: (rules: RuleSet) => number, set: (rules: RuleSet, value: number) => RuleSet): NumberSetting => ({
  kind: 'number',
  key,
  min: 0,
  max: 1,
  numberFormat: formats.percentOne,
  get,
  set,
});

const VARAV_WORDS = new Map<string, VaravBase>([
  [labels.varavWords.positive, 'positive'],
  ['positiva', 'positive'],
  ['positive', 'positive'],
  [labels.varavWords.finished, 'finished'],
  ['avslutade', 'finished'],
  ['finished', 'finished'],
]);

export const SETTINGS: readonly Setting[] = [
  { kind: 'number', key: 'year', min: 1900, max: 2200, whole: true, numberFormat: formats.whole, get: (r) => r.year, set: (r, year) => ({ ...r, year }) },
  share('tolerance', (r) => r.tolerance, (r, tolerance) => ({ ...r, tolerance })),
  { kind: 'number', key: 'weightScale', min: 1, max: 100, whole: true, numberFormat: formats.whole, get: (r) => r.weightScale, set: (r, weightScale) => ({ ...r, weightScale }) },
  { kind: 'number', key: 'targetIndex', min: 0, max: 100, numberFormat: formats.index, get: (r) => r.targetIndex, set: (r, targetIndex) => ({ ...r, targetIndex }) },
  share('deviationShare', (r) => r.deviation.share, (r, value) => ({ ...r, deviation: { ...r.deviation, share: value } })),
  {
    kind: 'number',
    key: 'deviationAmount',
    min: 0,
    max: 1e9,
    numberFormat: formats.tkr,
    get: (r) => r.deviation.amount,
    set: (r, amount) => ({ ...r, deviation: { ...r.deviation, amount } }),
  },
  { kind: 'number', key: 'fyeGoal', min: -1, max: 1, numberFormat: formats.percentOne, get: (r) => r.fyeGoal, set: (r, fyeGoal) => ({ ...r, fyeGoal }) },
  {
    kind: 'choice',
    key: 'fyeMode',
    get: (r) => labels.modeWords[r.fyeMode],
    set: (r, word) => {
      const fyeMode = parseChangeMode(word);
      return fyeMode === undefined ? undefined : { ...r, fyeMode };
    },
    unknown: (value) => messages.modeUnknown(value),
  },
  share('positiveTarget', (r) => r.positiveTarget, (r, positiveTarget) => ({ ...r, positiveTarget })),
  share('workTarget', (r) => r.workTarget, (r, workTarget) => ({ ...r, workTarget })),
  share('studiesTarget', (r) => r.studiesTarget, (r, studiesTarget) => ({ ...r, studiesTarget })),
  {
    kind: 'choice',
    key: 'varavBase',
    get: (r) => labels.varavWords[r.varavBase],
    set: (r, word) => {
      const varavBase = VARAV_WORDS.get(word.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE'));
      return varavBase === undefined ? undefined : { ...r, varavBase };
    },
    unknown: (value) => findingMessages.ruleVaravBaseUnknown(value),
  },
];

/** The message for a number outside its setting's range, or undefined when it is fine. */
export function checkSetting(setting: NumberSetting, value: number): string | undefined {
  const label = labels[setting.key];
  if (setting.whole && (!Number.isInteger(value) || value < setting.min || value > setting.max)) return messages.notWhole(label, value, setting.min, setting.max);
  if (value >= setting.min && value <= setting.max) return undefined;
  if (setting.min === 0 && setting.max === 1) return messages.notAFraction(label, value);
  return findingMessages.ruleOutOfRange(label, value, setting.min, setting.max);
}
