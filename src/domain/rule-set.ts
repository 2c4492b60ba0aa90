import { BUDGET_RULE_SETTINGS, BudgetRuleSettings } from './budget-rules';
import { DEFAULT_EQUITY_STEPS, EquityStep } from './equity';
import { ChangeMode, parseChangeMode } from './full-year-equivalents';
import { DEFAULT_WEIGHT_SCALE } from './impact-index';
import { findingMessages } from '../text/findings';
import { messages } from '../text/errors';
import { settingTexts, settingWords } from '../text/settings';
import { VaravBase } from './participants';
import { DEFAULT_NEAR_FACTOR } from './social-report';
import { formatSwedishNumber, formatSwedishPercent } from './swedish-number';
import { AreaTarget, DEFAULT_TOLERANCE } from './weight-rule';
import { YEAR_RANGE } from './years';

/**
 * The per-year settings every check reads (ARCHITECTURE.md: the rule set lives in the
 * workbook, sheet FINSAM-regler). Defaults come from DOMAIN.md and EQUITY.md, through the
 * descriptors of RULE_SETTINGS below.
 */
export interface RuleSet extends BudgetRuleSettings {
  readonly year: number;
  readonly areaTargets: readonly AreaTarget[];
  readonly tolerance: number;
  readonly weightScale: number;
  readonly targetIndex: number;
  readonly fyeGoal: number;
  readonly fyeMode: ChangeMode;
  readonly equitySteps: readonly EquityStep[];
  readonly positiveTarget: number;
  readonly workTarget: number;
  readonly studiesTarget: number;
  readonly varavBase: VaravBase;
  readonly nearFactor: number;
}

/** The board's 2022 area targets (seed 003): 40/25/15/10/10. */
export const AREA_TARGETS_2022: readonly AreaTarget[] = [
  { area: 'Samhälls- och medlemsnytta', share: 0.4 },
  { area: 'Jämlik samverkan', share: 0.25 },
  { area: 'Deltagarnyttan', share: 0.15 },
  { area: 'Samordning', share: 0.1 },
  { area: 'Medarbetarnöjdhet', share: 0.1 },
];

export type SettingKey = keyof typeof settingTexts;

/**
 * What a setting's value measures; the sheet picks its number format by it, the rules form
 * shows shares and changes as percent. A share is 0–1, a change a share with a sign.
 */
export type SettingUnit = 'year' | 'share' | 'change' | 'count' | 'index' | 'tkr' | 'choice';

interface SettingBase {
  readonly key: SettingKey;
  /** The words on FINSAM-regler the reader finds the row by, wherever it stands. */
  readonly label: string;
  readonly explanation: string;
}

export interface NumberSetting extends SettingBase {
  readonly unit: Exclude<SettingUnit, 'choice'>;
  readonly default: (year: number) => number;
  readonly min: number;
  readonly max: number;
  /** The value must be above min, not equal to it: a share in (0;1]. */
  readonly aboveMin?: boolean;
  readonly whole?: boolean;
  readonly get: (rules: RuleSet) => number;
  readonly set: (rules: RuleSet, value: number) => RuleSet;
}

export interface ChoiceSetting extends SettingBase {
  readonly unit: 'choice';
  /** The word of the default, as the sheet writes it. */
  readonly default: (year: number) => string;
  readonly get: (rules: RuleSet) => string;
  /** The rule set with the word applied, or undefined for a word the setting does not know. */
  readonly set: (rules: RuleSet, word: string) => RuleSet | undefined;
  /** Why a cell's value is no word of this setting. */
  readonly unknown: (value: unknown) => string;
}

export type Setting = NumberSetting | ChoiceSetting;

type Get = (rules: RuleSet) => number;
type Put = (rules: RuleSet, value: number) => RuleSet;

const share = (key: SettingKey, fallback: (year: number) => number, get: Get, set: Put): NumberSetting => ({
  key,
  ...settingTexts[key],
  unit: 'share',
  default: fallback,
  min: 0,
  max: 1,
  get,
  set,
});

const VARAV_WORDS = new Map<string, VaravBase>([
  [settingWords.varavBase.positive, 'positive'],
  ['positiva', 'positive'],
  ['positive', 'positive'],
  [settingWords.varavBase.finished, 'finished'],
  ['avslutade', 'finished'],
  ['finished', 'finished'],
]);

/**
 * Every setting of the rule set, in the order FINSAM-regler writes them. The reader finds each
 * by its label, so the order is free; other sheets' formulas point at a setting's cell through
 * ruleSettingCell() (src/sheets/rules/layout.ts), so a new setting goes after the ones they use.
 */
export const RULE_SETTINGS: readonly Setting[] = [
  { key: 'year', ...settingTexts.year, unit: 'year', default: (year) => year, min: YEAR_RANGE.min, max: YEAR_RANGE.max, whole: true, get: (r) => r.year, set: (r, year) => ({ ...r, year }) },
  share('tolerance', () => DEFAULT_TOLERANCE, (r) => r.tolerance, (r, tolerance) => ({ ...r, tolerance })),
  {
    key: 'weightScale',
    ...settingTexts.weightScale,
    unit: 'count',
    default: () => DEFAULT_WEIGHT_SCALE,
    min: 1,
    max: 100,
    whole: true,
    get: (r) => r.weightScale,
    set: (r, weightScale) => ({ ...r, weightScale }),
  },
  { key: 'targetIndex', ...settingTexts.targetIndex, unit: 'index', default: () => 70, min: 0, max: 100, get: (r) => r.targetIndex, set: (r, targetIndex) => ({ ...r, targetIndex }) },
  ...BUDGET_RULE_SETTINGS,
  { key: 'fyeGoal', ...settingTexts.fyeGoal, unit: 'change', default: () => -0.01, min: -1, max: 1, get: (r) => r.fyeGoal, set: (r, fyeGoal) => ({ ...r, fyeGoal }) },
  {
    key: 'fyeMode',
    ...settingTexts.fyeMode,
    unit: 'choice',
    default: () => settingWords.fyeMode.relative,
    get: (r) => settingWords.fyeMode[r.fyeMode],
    set: (r, word) => {
      const fyeMode = parseChangeMode(word);
      return fyeMode === undefined ? undefined : { ...r, fyeMode };
    },
    unknown: (value) => messages.modeUnknown(value),
  },
  // Seed 003 §7.3: 80 % positive in 2022 (90 % in 2020), of which 35 % work and 25 % studies.
  share('positiveTarget', (year) => (year <= 2020 ? 0.9 : 0.8), (r) => r.positiveTarget, (r, positiveTarget) => ({ ...r, positiveTarget })),
  share('workTarget', () => 0.35, (r) => r.workTarget, (r, workTarget) => ({ ...r, workTarget })),
  share('studiesTarget', () => 0.25, (r) => r.studiesTarget, (r, studiesTarget) => ({ ...r, studiesTarget })),
  {
    key: 'varavBase',
    ...settingTexts.varavBase,
    unit: 'choice',
    default: () => settingWords.varavBase.positive,
    get: (r) => settingWords.varavBase[r.varavBase],
    set: (r, word) => {
      const varavBase = VARAV_WORDS.get(word.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv-SE'));
      return varavBase === undefined ? undefined : { ...r, varavBase };
    },
    unknown: (value) => findingMessages.ruleVaravBaseUnknown(value),
  },
  // DOMAIN.md §7: near the target is outcome ≥ 0,95 × target (79 % against 80 %).
  { ...share('nearFactor', () => DEFAULT_NEAR_FACTOR, (r) => r.nearFactor, (r, nearFactor) => ({ ...r, nearFactor })), aboveMin: true },
];

/** The rule set of a year: the tables of 2022 and every setting's default. */
export function defaultRuleSet(year: number): RuleSet {
  // Each descriptor fills its own field; the cast is checked by the tests, which read every key.
  const tables = { year, areaTargets: AREA_TARGETS_2022, equitySteps: DEFAULT_EQUITY_STEPS } as RuleSet;
  return RULE_SETTINGS.reduce((rules, setting) => withDefault(rules, setting, year), tables);
}

function withDefault(rules: RuleSet, setting: Setting, year: number): RuleSet {
  if (setting.unit !== 'choice') return setting.set(rules, setting.default(year));
  return setting.set(rules, setting.default(year)) ?? rules;
}

/** A setting's value as a message quotes it: 95 %, 10 or "relativ". */
export function shownSetting(setting: Setting, rules: RuleSet): string {
  if (setting.unit === 'choice') return `"${setting.get(rules)}"`;
  const value = setting.get(rules);
  return setting.unit === 'share' || setting.unit === 'change' ? formatSwedishPercent(value, 1) : formatSwedishNumber(value);
}

/** The message for a number outside its setting's range, or undefined when it is fine. */
export function settingProblem(setting: NumberSetting, value: number): string | undefined {
  const { label, min, max } = setting;
  if (setting.whole && (!Number.isInteger(value) || value < min || value > max)) return messages.notWhole(label, value, min, max);
  if (setting.aboveMin && value <= min) return messages.notPositive(label, value);
  if (value >= min && value <= max) return undefined;
  if (min === 0 && max === 1) return messages.notAFraction(label, value);
  return findingMessages.ruleOutOfRange(label, value, min, max);
}
