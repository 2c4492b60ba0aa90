import { findingMessages } from '../text/findings';
import { cellAddress, parseCellAddress, rangeAddress } from './address';
import { PlanChart, PlanChartPlace, PlanGaugeChart, SheetPlan } from './plan';

/** A 1-D block of the sheet (0-based, inclusive), as a chart range names it. */
export interface ChartRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "B10:B18": rows `first`–`last` of one column. */
export const columnRangeA1 = (col: number, first: number, last: number): string => rangeAddress(first, col, last, col);

/** "B3:D3": columns `first`–`last` of one row. */
export const rowRangeA1 = (row: number, first: number, last: number): string => rangeAddress(row, first, row, last);

/** "C12": one cell, as a gauge's value and target take it. */
export const cellA1 = (row: number, col: number): string => cellAddress(row, col);

/** A chart's A1 range ("B10:B18", "$B$10:$B$18" or one cell "C12") as a block; undefined when it is no range. */
export function parseChartRange(a1: string): ChartRange | undefined {
  const [first, last = first, extra] = a1.split(':');
  if (extra !== undefined) return undefined;
  const from = parseCellAddress(first);
  const to = parseCellAddress(last);
  if (!from || !to) return undefined;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

/** The cells of a 1-D range in order (down a column or along a row). */
export function rangeCells(range: ChartRange): { row: number; col: number }[] {
  const cells: { row: number; col: number }[] = [];
  for (let row = range.top; row <= range.bottom; row++) {
    for (let col = range.left; col <= range.right; col++) cells.push({ row, col });
  }
  return cells;
}

const count = (range: ChartRange) => (range.bottom - range.top + 1) * (range.right - range.left + 1);

/**
 * A gauge on 0–100 with a target mark (the Impact Visare): `value` and `target` are single cells
 * of the sheet, e.g. an area's IMPACTINDEX and its target index.
 * @example gaugeChart({ title: 'Impact Visare: Unga', value: 'C12', target: 'C13', place: { row: 2, col: 8, width: 6, height: 10 } })
 */
export function gaugeChart(options: { title: string; value: string; target: string; place: PlanChartPlace; valueName?: string; targetName?: string }): PlanGaugeChart {
  return {
    kind: 'gauge',
    title: options.title,
    place: options.place,
    value: options.value,
    target: options.target,
    valueName: options.valueName ?? 'Utfall',
    targetName: options.targetName ?? 'Mål',
  };
}

/** `count` places of the same size one under the other from (row, col), a row apart. */
export function stackedPlaces(row: number, col: number, amount: number, width: number, height: number): PlanChartPlace[] {
  return Array.from({ length: amount }, (_, index) => ({ row: row + index * (height + 1), col, width, height }));
}

/** Every A1 range a chart reads, with what it must be: one cell, or a 1-D block. */
function rangesOf(chart: PlanChart): { a1: string; single: boolean }[] {
  switch (chart.kind) {
    case 'scatter':
      return [chart.x, chart.y, chart.labels].map((a1) => ({ a1, single: false }));
    case 'column':
    case 'line':
      return [chart.categories, ...chart.series.map((series) => series.values)].map((a1) => ({ a1, single: false }));
    case 'gauge':
      return [chart.value, chart.target].map((a1) => ({ a1, single: true }));
  }
}

/**
 * Why a chart of the plan cannot be drawn (Swedish), or undefined: a range that is not one,
 * not one row or column, ranges of different lengths, or not 1–3 series.
 */
export function chartProblem(sheet: SheetPlan, chart: PlanChart): string | undefined {
  const fail = (reason: string) => findingMessages.chartInvalid(sheet.name, chart.title, reason);
  if ((chart.kind === 'column' || chart.kind === 'line') && (chart.series.length < 1 || chart.series.length > 3)) return fail(`det har ${chart.series.length} serier, det ska ha 1–3`);
  const lengths = new Set<number>();
  for (const { a1, single } of rangesOf(chart)) {
    const range = parseChartRange(a1);
    if (!range) return fail(`"${a1}" är inget område`);
    if (range.top !== range.bottom && range.left !== range.right) return fail(`området ${a1} är inte en rad eller en kolumn`);
    if (single && count(range) !== 1) return fail(`${a1} ska vara en cell`);
    lengths.add(count(range));
  }
  if (lengths.size > 1) return fail('områdena är olika långa');
  const { place } = chart;
  if (![place.row, place.col, place.width, place.height].every((n) => Number.isInteger(n) && n >= 0) || place.width < 1 || place.height < 1) return fail('platsen är ogiltig');
  return undefined;
}
