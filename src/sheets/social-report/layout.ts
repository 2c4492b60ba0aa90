import { rangeAddress } from '../address';
import { indicatorsOf } from '../../domain/models/social-budget';
import { SocialReportModel } from '../../domain/models/social-report';
import { INDICATOR_TABLE_COLUMNS } from '../social-budget/indicator-table';

/**
 * Where the parts of the "Socialt bokslut" sheet land (0-based). The indicator table first, one
 * row per indicator; below it one row per area and one for the whole, each with its index, the
 * figures stated in the prose, and DOMAIN.md §7's sentence built live from those cells.
 */
export const REPORT_COLUMNS = {
  ...INDICATOR_TABLE_COLUMNS,
  count: 8,
  base: 9,
  outcomeText: 10,
  status: 11,
  achieved: 12,
} as const;

/** The area block's columns: the sentence sits under the wide Indikator column. */
export const AREA_COLUMNS = {
  name: 0,
  targetIndex: 1,
  impactValue: 2,
  sentence: 3,
  maximum: 4,
  index: 5,
  difference: 6,
  goals: 7,
  indicators: 8,
  statedImpactValue: 9,
  statedMaximum: 10,
  statedIndex: 11,
} as const;

export interface ReportLayout {
  readonly yearRow: number;
  readonly sourceRow: number;
  readonly targetIndexRow: number;
  readonly nearRow: number;
  readonly header: number;
  readonly firstIndicator: number;
  readonly lastIndicator: number;
  readonly areaHeader: number;
  readonly firstArea: number;
  /** The row of the whole, after the areas. */
  readonly whole: number;
}

export function reportLayout(model: SocialReportModel): ReportLayout {
  const header = 6;
  const count = Math.max(1, indicatorsOf(model.budget).length);
  const lastIndicator = header + count;
  const areaHeader = lastIndicator + 2;
  return {
    yearRow: 1,
    sourceRow: 2,
    targetIndexRow: 3,
    nearRow: 4,
    header,
    firstIndicator: header + 1,
    lastIndicator,
    areaHeader,
    firstArea: areaHeader + 1,
    whole: areaHeader + 1 + model.budget.areas.length,
  };
}

/** A table column, absolute ("$G$8:$G$77"), for the area formulas. */
export function columnRange(layout: ReportLayout, col: number): string {
  return rangeAddress(layout.firstIndicator, col, layout.lastIndicator, col, true);
}
