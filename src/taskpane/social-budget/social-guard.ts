import { Guard, isArrayOf, isBoolean, isOneOf, isShape, isString } from '../persistence/guards';
import { AreaDraft, GoalDraft, IndicatorDraft, SocialBudgetDraft } from './social-draft';

const isIndicator = isShape<IndicatorDraft>({
  id: isString,
  code: isString,
  text: isString,
  target: isString,
  comparison: isOneOf(['', '>=', '>', '<=', '<', '=']),
  weight: isString,
  outcome: isString,
  achieved: isOneOf(['', 'ja', 'nej']),
  invented: isBoolean,
});
const isGoal = isShape<GoalDraft>({ id: isString, code: isString, text: isString, indicators: isArrayOf(isIndicator) });
const isArea = isShape<AreaDraft>({ id: isString, name: isString, targetShare: isString, goals: isArrayOf(isGoal) });

/** A stored social budget draft the form can show as it is. */
export const isSocialBudgetDraft: Guard<SocialBudgetDraft> = isShape<SocialBudgetDraft>({
  sheetName: isString,
  year: isString,
  title: isString,
  platform: isString,
  targetIndex: isString,
  statedMaximum: isString,
  statedImpactValue: isString,
  source: isString,
  areas: isArrayOf(isArea),
});
