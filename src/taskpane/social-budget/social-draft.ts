import { Comparison } from '../../domain';
import { SocialBudgetArea, SocialBudgetIndicator, SocialBudgetModel } from '../../domain/models/social-budget';
import { socialBudgetLabels } from '../../text/sheet-labels';
import { newRowId } from '../forms/ids';
import { formatTypedNumber } from '../forms/numbers';

export type ComparisonText = Comparison | '';
export type AchievedText = '' | 'ja' | 'nej';

export interface IndicatorDraft {
  readonly id: string;
  readonly code: string;
  readonly text: string;
  /** "80 %", "70", or words ("minskat jämfört med föregående år"); blank is none. */
  readonly target: string;
  readonly comparison: ComparisonText;
  readonly weight: string;
  readonly outcome: string;
  readonly achieved: AchievedText;
  readonly invented: boolean;
}

export interface GoalDraft {
  readonly id: string;
  readonly code: string;
  readonly text: string;
  readonly indicators: readonly IndicatorDraft[];
}

export interface AreaDraft {
  readonly id: string;
  readonly name: string;
  /** Percent as typed ("40"); blank when the board set none. */
  readonly targetShare: string;
  readonly goals: readonly GoalDraft[];
}

/** The social budget form as typed (DOMAIN.md §3): areas → goals → indicators. */
export interface SocialBudgetDraft {
  /** "Social budget", or one per platform or year ("Social budget 2022"). */
  readonly sheetName: string;
  readonly year: string;
  readonly title: string;
  readonly platform: string;
  readonly targetIndex: string;
  readonly statedMaximum: string;
  readonly statedImpactValue: string;
  readonly source: string;
  readonly areas: readonly AreaDraft[];
}

/**
 * A target or outcome as the user reads it: a share as a percentage ("80 %", as the plan formats
 * it), other numbers plainly ("70", "9,0"), words as they are.
 */
export function figureText(value: number | string | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  const shareLike = Math.abs(value) <= 1 && !Number.isInteger(value);
  return shareLike ? `${formatTypedNumber(value * 100)} %` : formatTypedNumber(value);
}

const optionalNumber = (value: number | undefined) => (value === undefined ? '' : formatTypedNumber(value));

export function indicatorDraft(indicator: Partial<SocialBudgetIndicator> = {}): IndicatorDraft {
  return {
    id: newRowId('indicator'),
    code: indicator.code ?? '',
    text: indicator.text ?? '',
    target: figureText(indicator.target ?? null),
    comparison: indicator.comparison ?? '',
    weight: indicator.weight === undefined ? '' : formatTypedNumber(indicator.weight),
    outcome: figureText(indicator.outcome ?? null),
    achieved: indicator.achieved === true ? 'ja' : indicator.achieved === false ? 'nej' : '',
    invented: indicator.invented === true,
  };
}

export function areaDraft(area: SocialBudgetArea): AreaDraft {
  return {
    id: newRowId('area'),
    name: area.name,
    targetShare: area.targetShare === undefined ? '' : formatTypedNumber(area.targetShare * 100),
    goals: area.goals.map((goal) => ({ id: newRowId('goal'), code: goal.code, text: goal.text, indicators: goal.indicators.map(indicatorDraft) })),
  };
}

/** The draft of a model: the 2022 structure on first open. */
export function socialBudgetDraftFrom(model: SocialBudgetModel, sheetName: string = socialBudgetLabels.sheetName): SocialBudgetDraft {
  return {
    sheetName,
    year: String(model.year),
    title: model.title ?? '',
    platform: model.platform ?? '',
    targetIndex: formatTypedNumber(model.targetIndex),
    statedMaximum: optionalNumber(model.statedMaximum),
    statedImpactValue: optionalNumber(model.statedImpactValue),
    source: model.source,
    areas: model.areas.map(areaDraft),
  };
}
