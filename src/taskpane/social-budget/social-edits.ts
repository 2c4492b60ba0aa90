import { defaultRuleSet, normalizeName } from '../../domain';
import { newRowId } from '../forms/ids';
import { formatTypedNumber, parseTypedNumber } from '../forms/numbers';
import { removeById, updateById } from '../forms/lists';
import { texts } from '../../text/pane';
import { AreaDraft, GoalDraft, IndicatorDraft, indicatorDraft, SocialBudgetDraft } from './social-draft';

export type SocialBudgetEdit = (draft: SocialBudgetDraft) => SocialBudgetDraft;

type TextField = 'sheetName' | 'year' | 'title' | 'platform' | 'targetIndex' | 'statedMaximum' | 'statedImpactValue' | 'source';

export const socialEdits = {
  text: (field: TextField, value: string): SocialBudgetEdit => (draft) => ({ ...draft, [field]: value }),
  addArea: (): SocialBudgetEdit => (draft) => ({
    ...draft,
    areas: [...draft.areas, { id: newRowId('area'), name: texts.socialBudget.newArea, targetShare: '', goals: [] }],
  }),
  removeArea: (id: string): SocialBudgetEdit => (draft) => ({ ...draft, areas: removeById(draft.areas, id) }),
  area: (id: string, change: (area: AreaDraft) => AreaDraft): SocialBudgetEdit => (draft) => ({ ...draft, areas: updateById(draft.areas, id, change) }),
  /** A renamed area takes the rule set's target share for that name when it has none yet. */
  areaName: (id: string, name: string): SocialBudgetEdit => (draft) => ({
    ...draft,
    areas: updateById(draft.areas, id, (area) => ({ ...area, name, targetShare: area.targetShare || defaultShareText(draft, name) })),
  }),
  addGoal: (areaId: string): SocialBudgetEdit => socialEdits.area(areaId, (area) => ({
    ...area,
    goals: [...area.goals, { id: newRowId('goal'), code: '', text: '', indicators: [indicatorDraft()] }],
  })),
  removeGoal: (areaId: string, id: string): SocialBudgetEdit => socialEdits.area(areaId, (area) => ({ ...area, goals: removeById(area.goals, id) })),
  goal: (areaId: string, id: string, change: (goal: GoalDraft) => GoalDraft): SocialBudgetEdit =>
    socialEdits.area(areaId, (area) => ({ ...area, goals: updateById(area.goals, id, change) })),
  addIndicator: (areaId: string, goalId: string): SocialBudgetEdit =>
    socialEdits.goal(areaId, goalId, (goal) => ({ ...goal, indicators: [...goal.indicators, indicatorDraft({ code: nextCode(goal) })] })),
  removeIndicator: (areaId: string, goalId: string, id: string): SocialBudgetEdit =>
    socialEdits.goal(areaId, goalId, (goal) => ({ ...goal, indicators: removeById(goal.indicators, id) })),
  indicator: (areaId: string, goalId: string, id: string, change: Partial<IndicatorDraft>): SocialBudgetEdit =>
    socialEdits.goal(areaId, goalId, (goal) => ({ ...goal, indicators: updateById(goal.indicators, id, (indicator) => ({ ...indicator, ...change })) })),
  areas: (areas: readonly AreaDraft[]): SocialBudgetEdit => (draft) => ({ ...draft, areas }),
};

/** Defaults from the rule set of the year (issue 6 §1): 40 % for Samhälls- och medlemsnytta … */
export function defaultShareText(draft: SocialBudgetDraft, name: string): string {
  const year = parseTypedNumber(draft.year);
  const targets = defaultRuleSet(year !== undefined && Number.isInteger(year) ? year : new Date().getFullYear()).areaTargets;
  const target = targets.find((candidate) => normalizeName(candidate.area) === normalizeName(name));
  return target ? formatTypedNumber(target.share * 100) : '';
}

/** "1.2.4" after "1.2.3"; the goal's code and ".1" for its first indicator. */
function nextCode(goal: GoalDraft): string {
  return goal.code === '' ? '' : `${goal.code}.${goal.indicators.length + 1}`;
}
