import { defaultRuleSet, RuleSet } from '../../domain';
import { formatTypedNumber, numberProblem, NumberRule, parseTypedNumber } from '../forms/numbers';
import { Guard, isShape, isString } from '../persistence/guards';

/**
 * The rule set's scalar settings as typed, percentages as percent ("5" for ±5 points). Area
 * targets, the equity staircase and the participant targets come from the year's defaults and
 * are edited on the FINSAM-regler sheet itself.
 */
export interface RulesDraft {
  readonly year: string;
  readonly tolerance: string;
  readonly weightScale: string;
  readonly targetIndex: string;
  readonly deviationShare: string;
  readonly deviationAmount: string;
  readonly fyeGoal: string;
}

export type RulesField = keyof RulesDraft;

const percent = (fraction: number) => formatTypedNumber(fraction * 100);

export function rulesDraftFor(year: number): RulesDraft {
  const rules = defaultRuleSet(year);
  return {
    year: String(year),
    tolerance: percent(rules.tolerance),
    weightScale: formatTypedNumber(rules.weightScale),
    targetIndex: formatTypedNumber(rules.targetIndex),
    deviationShare: percent(rules.deviation.share),
    deviationAmount: formatTypedNumber(rules.deviation.amount),
    fyeGoal: percent(rules.fyeGoal),
  };
}

const RULES: Readonly<Record<RulesField, NumberRule>> = {
  year: { whole: true, min: 1900, max: 2100 },
  tolerance: { min: 0, max: 100 },
  weightScale: { whole: true, min: 1, max: 100 },
  targetIndex: { min: 0, max: 100 },
  deviationShare: { min: 0, max: 100 },
  deviationAmount: { min: 0 },
  fyeGoal: { min: -100, max: 100 },
};

export const RULES_FIELDS = Object.keys(RULES) as RulesField[];

export function rulesProblems(draft: RulesDraft): Readonly<Record<string, string>> {
  return Object.fromEntries(RULES_FIELDS.flatMap((field) => {
    const problem = numberProblem(draft[field], RULES[field]);
    return problem ? [[field, problem]] : [];
  }));
}

/** The rule set written to FINSAM-regler: the year's defaults with the typed settings. */
export function ruleSetOf(draft: RulesDraft): RuleSet {
  const value = (field: RulesField) => parseTypedNumber(draft[field]) ?? 0;
  const fraction = (field: RulesField) => value(field) / 100;
  const defaults = defaultRuleSet(value('year'));
  return {
    ...defaults,
    tolerance: fraction('tolerance'),
    weightScale: value('weightScale'),
    targetIndex: value('targetIndex'),
    deviation: { share: fraction('deviationShare'), amount: value('deviationAmount') },
    fyeGoal: fraction('fyeGoal'),
  };
}

export const isRulesDraft: Guard<RulesDraft> = isShape<RulesDraft>({
  year: isString,
  tolerance: isString,
  weightScale: isString,
  targetIndex: isString,
  deviationShare: isString,
  deviationAmount: isString,
  fyeGoal: isString,
});
