import { normalizeName } from '../../domain';
import { ParsedRow } from '../../sheets/social-budget/parse';
import { newRowId } from '../forms/ids';
import { AreaDraft, GoalDraft, indicatorDraft, SocialBudgetDraft } from './social-draft';
import { defaultShareText } from './social-edits';

/**
 * Pasted rows into the draft's areas and goals: a row joins the area of its name and the goal of
 * its code, both made when new (a new area takes the year's target share). "Replace" starts from
 * no areas; "append" keeps what the form has.
 */
export function mergePastedRows(draft: SocialBudgetDraft, rows: readonly ParsedRow[], mode: 'replace' | 'append'): AreaDraft[] {
  const previous = draft.areas;
  const areas: AreaDraft[] = mode === 'append' ? [...previous] : [];
  for (const row of rows) {
    let index = areas.findIndex((area) => normalizeName(area.name) === normalizeName(row.area));
    if (index < 0) {
      const share = previous.find((area) => normalizeName(area.name) === normalizeName(row.area))?.targetShare ?? defaultShareText(draft, row.area);
      areas.push({ id: newRowId('area'), name: row.area, targetShare: share, goals: [] });
      index = areas.length - 1;
    }
    areas[index] = { ...areas[index], goals: withRow(areas[index].goals, row) };
  }
  return areas;
}

function withRow(goals: readonly GoalDraft[], row: ParsedRow): GoalDraft[] {
  const indicator = indicatorDraft({
    code: row.code,
    text: row.text,
    target: row.target,
    comparison: row.comparison,
    weight: row.weight,
    outcome: row.outcome,
    achieved: row.achieved,
    invented: row.invented,
  });
  const same = (goal: GoalDraft) => (row.goalCode !== '' ? goal.code === row.goalCode : goal.text === row.goalText);
  const index = goals.findIndex(same);
  if (index < 0) return [...goals, { id: newRowId('goal'), code: row.goalCode, text: row.goalText, indicators: [indicator] }];
  return goals.map((goal, i) => (i === index ? { ...goal, text: goal.text || row.goalText, indicators: [...goal.indicators, indicator] } : goal));
}
