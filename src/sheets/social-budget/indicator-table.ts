import { indicatorTableLabels as labels } from '../../text/sheet-labels';
import { formats, PlanCell } from '../plan';
import { IndicatorInContext } from '../../domain/models/social-budget';

/**
 * The first columns of the indicator table, which the social report sheet repeats as the social
 * budget has them (0-based): Kod, Målområde, Mål, Indikator, Målvärde, Jämförelse, Vikt, Utfall.
 * Each sheet adds its own columns after these.
 */
export const INDICATOR_TABLE_COLUMNS = {
  code: 0,
  area: 1,
  goal: 2,
  indicator: 3,
  target: 4,
  comparison: 5,
  weight: 6,
  outcome: 7,
} as const;

/** Their headers, in column order. */
export const INDICATOR_TABLE_HEADERS = [labels.code, labels.area, labels.goal, labels.indicator, labels.target, labels.comparison, labels.weight, labels.outcome] as const;

const C = INDICATOR_TABLE_COLUMNS;

/** An indicator's typed cells from Kod to Vikt; `shareLike` shows the target as a percentage. */
export function indicatorInputCells({ area, goal, indicator }: IndicatorInContext, row: number, shareLike: boolean): PlanCell[] {
  return [
    { row, col: C.code, value: indicator.code, style: 'input', numberFormat: formats.text },
    { row, col: C.area, value: area.name, style: 'input' },
    { row, col: C.goal, value: [goal.code, goal.text].filter((part) => part !== '').join(' '), style: 'input' },
    { row, col: C.indicator, value: indicator.text, style: 'input' },
    { row, col: C.target, value: indicator.target, style: 'input', numberFormat: shareLike ? formats.percent : undefined },
    { row, col: C.comparison, value: indicator.comparison, style: 'input' },
    { row, col: C.weight, value: indicator.weight, style: 'input', numberFormat: formats.whole },
  ];
}
