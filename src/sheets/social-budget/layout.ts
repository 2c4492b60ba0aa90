import { rangeAddress } from '../address';
import { SocialBudgetModel, indicatorsOf } from '../../domain/models/social-budget';
import { INDICATOR_TABLE_COLUMNS } from './indicator-table';

/**
 * Where each part of the social budget sheet lands (rows and columns 0-based), computed once
 * from the model so the plan and its formulas agree on every address. The indicator table is
 * on the left; the summary, the weight rule per area and the platforms stand beside it, so
 * they stay in view and do not move when indicators are added.
 */
export const INDICATOR_COLUMNS = {
  ...INDICATOR_TABLE_COLUMNS,
  achieved: 8,
  invented: 9,
} as const;

/** Column L holds the words of the side blocks, M onwards their values. */
export const SIDE_COLUMN = 11;

export type SummaryKey = 'maximum' | 'impactValue' | 'impactIndex' | 'targetIndex' | 'targetReached' | 'tolerance' | 'weightsOk' | 'statedMaximum' | 'statedImpactValue';

export interface SocialBudgetLayout {
  readonly yearRow: number;
  readonly platformRow: number;
  readonly sourceRow: number;
  readonly header: number;
  readonly firstIndicator: number;
  /** The last body row of the table (an empty table keeps one body row). */
  readonly lastIndicator: number;
  readonly summaryHeader: number;
  readonly summary: Readonly<Partial<Record<SummaryKey, number>>>;
  readonly areasHeader: number;
  readonly firstArea: number;
  readonly areaCount: number;
  readonly platformsHeader?: number;
  readonly firstPlatform?: number;
  readonly combined?: number;
}

export function socialBudgetLayout(model: SocialBudgetModel): SocialBudgetLayout {
  const header = 5;
  const count = indicatorsOf(model).length;
  const keys: SummaryKey[] = ['maximum', 'impactValue', 'impactIndex', 'targetIndex', 'targetReached', 'tolerance', 'weightsOk'];
  if (model.statedMaximum !== undefined) keys.push('statedMaximum');
  if (model.statedImpactValue !== undefined) keys.push('statedImpactValue');
  const summary = Object.fromEntries(keys.map((key, index) => [key, header + 1 + index]));
  const areasHeader = header + keys.length + 2;
  const firstArea = areasHeader + 1;
  const areaCount = Math.max(1, model.areas.length);
  const platforms = model.platforms && model.platforms.length > 0 ? model.platforms.length : 0;
  const platformsHeader = platforms > 0 ? firstArea + areaCount + 1 : undefined;
  return {
    yearRow: 1,
    platformRow: 2,
    sourceRow: 3,
    header,
    firstIndicator: header + 1,
    lastIndicator: header + Math.max(1, count),
    summaryHeader: header,
    summary,
    areasHeader,
    firstArea,
    areaCount,
    platformsHeader,
    firstPlatform: platformsHeader === undefined ? undefined : platformsHeader + 1,
    combined: platformsHeader === undefined ? undefined : platformsHeader + 1 + platforms,
  };
}

/** An indicator column of the table, absolute ("$G$7:$G$76"), for the summary formulas. */
export function indicatorRange(layout: SocialBudgetLayout, col: number): string {
  return rangeAddress(layout.firstIndicator, col, layout.lastIndicator, col, true);
}
