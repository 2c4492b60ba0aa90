import { defaultRuleSet, NumberSetting, RULE_SETTINGS, RuleSet, Setting, SettingKey } from '../../domain';
import { formatTypedNumber, numberProblem, NumberRule, parseTypedNumber } from '../forms/numbers';
import { Guard, isRecord } from '../persistence/guards';
import { texts } from '../../text/pane';

/**
 * The rule set's number settings as typed, shares and changes as percent ("5" for ±5 points).
 * The fields, their bounds and defaults come from the descriptors (src/domain/rule-set.ts); the
 * area targets, the staircase and the word settings come from the year's defaults and are
 * edited on the FINSAM-regler sheet itself. A field a draft lacks (saved before the setting
 * existed) is the year's default.
 */
export type RulesDraft = { readonly year: string } & Readonly<Partial<Record<SettingKey, string>>>;

export type RulesField = SettingKey;

const isNumberSetting = (setting: Setting): setting is NumberSetting => setting.unit !== 'choice';

/** The settings the form shows, in the sheet's order. */
export const RULES_SETTINGS: readonly NumberSetting[] = RULE_SETTINGS.filter(isNumberSetting);
export const RULES_FIELDS: readonly RulesField[] = RULES_SETTINGS.map((setting) => setting.key);

/** Shares and changes are typed as percent. */
const scaleOf = (setting: NumberSetting) => (setting.unit === 'share' || setting.unit === 'change' ? 100 : 1);

export function rulesFieldLabel(setting: NumberSetting): string {
  return scaleOf(setting) === 100 ? texts.rules.percent(setting.label) : setting.label;
}

const shown = (setting: NumberSetting, rules: RuleSet) => formatTypedNumber(setting.get(rules) * scaleOf(setting));

export function rulesDraftFor(year: number): RulesDraft {
  const rules = defaultRuleSet(year);
  return { ...Object.fromEntries(RULES_SETTINGS.map((setting) => [setting.key, shown(setting, rules)])), year: String(year) };
}

/** What a field shows: the typed text, or the year's default for a field the draft lacks. */
export function rulesFieldText(draft: RulesDraft, setting: NumberSetting): string {
  const typed = draft[setting.key];
  if (typed !== undefined) return typed;
  const year = parseTypedNumber(draft.year);
  return shown(setting, defaultRuleSet(year !== undefined && Number.isInteger(year) ? year : 2022));
}

function ruleOf(setting: NumberSetting): NumberRule {
  const scale = scaleOf(setting);
  return { whole: setting.whole, min: setting.min * scale, above: setting.aboveMin, max: setting.max * scale };
}

export function rulesProblems(draft: RulesDraft): Readonly<Record<string, string>> {
  return Object.fromEntries(
    RULES_SETTINGS.flatMap((setting) => {
      const problem = numberProblem(rulesFieldText(draft, setting), ruleOf(setting));
      return problem ? [[setting.key, problem]] : [];
    }),
  );
}

/** The rule set written to FINSAM-regler: the year's defaults with the typed settings. */
export function ruleSetOf(draft: RulesDraft): RuleSet {
  const year = parseTypedNumber(draft.year) ?? 0;
  return RULES_SETTINGS.reduce((rules, setting) => {
    const typed = parseTypedNumber(rulesFieldText(draft, setting));
    return typed === undefined ? rules : setting.set(rules, typed / scaleOf(setting));
  }, defaultRuleSet(year));
}

/** A saved draft: the year and any known settings as text (older drafts lack the newer settings). */
export const isRulesDraft: Guard<RulesDraft> = (value): value is RulesDraft =>
  isRecord(value) && typeof value.year === 'string' && RULES_FIELDS.every((field) => value[field] === undefined || typeof value[field] === 'string');
