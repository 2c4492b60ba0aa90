import type { GaugeChartSegment, GroupedVerticalBarChartData, LineChartPoints, ScatterChartPoints } from '@fluentui/react-charts';
import { parseChartRange, rangeCells } from '../../sheets/charts';
import { PlanChart } from '../../sheets/plan';
import { workbenchTexts } from '../../text/workbench';

/** A computed cell as the engine gives it: a number, text, a boolean, null, or an error object. */
export type ValueAt = (row: number, col: number) => unknown;

/** What the workbench draws for one plan chart: the props its @fluentui/react-charts component takes. */
export type WorkbenchChart =
  | { readonly kind: 'column'; readonly title: string; readonly valueTitle?: string; readonly data: GroupedVerticalBarChartData[] }
  | { readonly kind: 'line'; readonly title: string; readonly valueTitle?: string; readonly lines: LineChartPoints[] }
  | { readonly kind: 'scatter'; readonly title: string; readonly xTitle: string; readonly yTitle: string; readonly min: number; readonly max: number; readonly points: ScatterChartPoints[] }
  | { readonly kind: 'gauge'; readonly title: string; readonly value: number; readonly segments: GaugeChartSegment[]; readonly sublabel: string }
  /** A chart that cannot be drawn from the cells as they are: why, in Swedish. */
  | { readonly kind: 'none'; readonly title: string; readonly reason: string };

const COLORS = { under: '#d83b01', over: '#107c10', quadrant: '#8a8886' };
const PALETTE = ['#4472c4', '#ed7d31', '#a5a5a5', '#ffc000', '#5b9bd5', '#70ad47', '#264478', '#9e480e', '#636363', '#997300', '#255e91', '#43682b'];

/** A number the cell holds, or undefined (text, blank, error, NaN): a chart never draws a wrong number. */
function numberAt(valueAt: ValueAt, row: number, col: number): number | undefined {
  const value = valueAt(row, col);
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function textAt(valueAt: ValueAt, row: number, col: number): string {
  const value = valueAt(row, col);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
}

const cellsOf = (a1: string) => rangeCells(parseChartRange(a1) ?? { top: 0, left: 0, bottom: -1, right: -1 });

/**
 * The plan's charts as chart props, from the engine's computed values: a typed change redraws
 * them. Pure, so it is tested without a DOM.
 */
export function workbenchCharts(charts: readonly PlanChart[], valueAt: ValueAt): WorkbenchChart[] {
  return charts.map((chart) => workbenchChart(chart, valueAt));
}

function workbenchChart(chart: PlanChart, valueAt: ValueAt): WorkbenchChart {
  switch (chart.kind) {
    case 'column': {
      const categories = cellsOf(chart.categories);
      const series = chart.series.map((item) => cellsOf(item.values));
      const data = categories.map((category, index) => ({
        name: textAt(valueAt, category.row, category.col) || String(index + 1),
        series: chart.series.flatMap((item, s) => {
          const cell = series[s][index];
          const value = cell && numberAt(valueAt, cell.row, cell.col);
          return value === undefined ? [] : [{ key: `${index}-${s}`, legend: item.name, data: value, color: PALETTE[s % PALETTE.length] }];
        }),
      }));
      return { kind: 'column', title: chart.title, valueTitle: chart.valueTitle, data };
    }
    case 'line': {
      const categories = cellsOf(chart.categories).map((cell, index) => numberAt(valueAt, cell.row, cell.col) ?? index + 1);
      const lines = chart.series.map((item, s) => ({
        legend: item.name,
        color: PALETTE[s % PALETTE.length],
        data: cellsOf(item.values).flatMap((cell, index) => {
          const y = numberAt(valueAt, cell.row, cell.col);
          return y === undefined || categories[index] === undefined ? [] : [{ x: categories[index], y }];
        }),
      }));
      return { kind: 'line', title: chart.title, valueTitle: chart.valueTitle, lines };
    }
    case 'scatter':
      return scatter(chart, valueAt);
    case 'gauge':
      return gauge(chart, valueAt);
  }
}

/** One series per stakeholder (named in the legend), and the quadrant lines at the midpoint as a grey series. */
function scatter(chart: Extract<PlanChart, { kind: 'scatter' }>, valueAt: ValueAt): WorkbenchChart {
  const [xs, ys, labels] = [cellsOf(chart.x), cellsOf(chart.y), cellsOf(chart.labels)];
  const points: ScatterChartPoints[] = xs.flatMap((cell, index) => {
    const x = numberAt(valueAt, cell.row, cell.col);
    const y = ys[index] && numberAt(valueAt, ys[index].row, ys[index].col);
    const label = labels[index] ? textAt(valueAt, labels[index].row, labels[index].col) : '';
    if (x === undefined || y === undefined) return [];
    return [{ legend: label || String(index + 1), color: PALETTE[index % PALETTE.length], data: [{ x, y, text: label }] }];
  });
  const steps = Math.round((chart.max - chart.min) * 10);
  const along = Array.from({ length: steps + 1 }, (_, i) => chart.min + i / 10);
  const lines = [...along.map((v) => ({ x: chart.midpoint, y: v, markerSize: 1 })), ...along.map((v) => ({ x: v, y: chart.midpoint, markerSize: 1 }))];
  return {
    kind: 'scatter',
    title: chart.title,
    xTitle: chart.xTitle,
    yTitle: chart.yTitle,
    min: chart.min,
    max: chart.max,
    points: [...points, { legend: workbenchTexts.quadrantLines, color: COLORS.quadrant, data: lines }],
  };
}

/** The ring split at the target (under it orange, from it green), the needle at the value. */
function gauge(chart: Extract<PlanChart, { kind: 'gauge' }>, valueAt: ValueAt): WorkbenchChart {
  const at = (a1: string) => {
    const cell = cellsOf(a1)[0];
    return cell ? numberAt(valueAt, cell.row, cell.col) : undefined;
  };
  const value = at(chart.value);
  const target = at(chart.target);
  if (value === undefined) return { kind: 'none', title: chart.title, reason: workbenchTexts.chartNoNumber(chart.value) };
  if (target === undefined) return { kind: 'none', title: chart.title, reason: workbenchTexts.chartNoNumber(chart.target) };
  const mark = Math.min(100, Math.max(0, target));
  const segments = [
    { legend: workbenchTexts.gaugeUnder(chart.targetName), size: mark, color: COLORS.under },
    { legend: workbenchTexts.gaugeFrom(chart.targetName), size: 100 - mark, color: COLORS.over },
  ].filter((segment) => segment.size > 0);
  return { kind: 'gauge', title: chart.title, value: Math.min(100, Math.max(0, value)), segments, sublabel: workbenchTexts.gaugeSublabel(chart.valueName, value, chart.targetName, target) };
}

