import { cellAddress } from '../../sheets/address';
import { chartProblem, parseChartRange, rangeCells } from '../../sheets/charts';
import { PlanChart, SheetPlan } from '../../sheets/plan';

/** More points than this and the dialogue matrix is one unnamed series (Excel allows 255 series). */
const MAX_NAMED_POINTS = 50;

/**
 * Queues the plan's charts on the new sheet (no sync: they ride in the build's write batch).
 * Every series is set from a range of the sheet (ExcelApi 1.7 `setValues`/`setXAxisValues`), so
 * the chart follows the cells. A chart the plan cannot draw (chartProblem) is left out; the
 * .xlsx writer refuses such a plan, and plans come from our own code.
 *
 * The gauge is a horizontal bar pair (Utfall, Mål) on a fixed 0–100 axis: Office.js has no gauge,
 * and the doughnut half-ring trick needs helper cells (100 − value, a hidden half) on the sheet
 * and marks no target; two bars need only the two cells and read the same in every writer.
 */
export function queueCharts(sheet: Excel.Worksheet, plan: SheetPlan, axisCrossing = supportsAxisCrossing()): void {
  for (const chart of plan.charts ?? []) {
    if (chartProblem(plan, chart) === undefined) queueChart(sheet, plan, chart, axisCrossing);
  }
}

function queueChart(sheet: Excel.Worksheet, plan: SheetPlan, planned: PlanChart, axisCrossing: boolean): void {
  const range = (a1: string) => sheet.getRange(a1);
  const seriesBy = (a1: string): 'Rows' | 'Columns' => {
    const block = parseChartRange(a1);
    return block && block.top === block.bottom && block.left !== block.right ? 'Rows' : 'Columns';
  };
  const series = seriesOf(plan, planned);
  const chart = sheet.charts.add(chartType(planned), range(series[0].values), seriesBy(series[0].values));
  chart.title.text = planned.title;
  const { place } = planned;
  chart.setPosition(cellAddress(place.row, place.col), cellAddress(place.row + place.height - 1, place.col + place.width - 1));
  chart.legend.position = 'Bottom';
  series.forEach((item, index) => {
    const target = index === 0 ? chart.series.getItemAt(0) : chart.series.add(item.name);
    if (index === 0) target.name = item.name;
    else target.setValues(range(item.values));
    if (item.x) target.setXAxisValues(range(item.x));
  });
  const { valueAxis, categoryAxis } = chart.axes;
  switch (planned.kind) {
    case 'scatter':
      for (const [axis, title] of [[categoryAxis, planned.xTitle], [valueAxis, planned.yTitle]] as const) {
        axis.minimum = planned.min;
        axis.maximum = planned.max;
        axis.title.text = title;
        // The axes cross at the midpoint, which draws the quadrants (ExcelApi 1.8).
        if (axisCrossing) axis.setPositionAt(planned.midpoint);
      }
      break;
    case 'gauge':
      valueAxis.minimum = 0;
      valueAxis.maximum = 100;
      break;
    default:
      if (planned.valueTitle) valueAxis.title.text = planned.valueTitle;
  }
}

/** Excel's chart type by its string value (the Excel enums exist only inside Excel). */
function chartType(chart: PlanChart): 'XYScatter' | 'ColumnClustered' | 'LineMarkers' | 'BarClustered' {
  switch (chart.kind) {
    case 'scatter':
      return 'XYScatter';
    case 'column':
      return 'ColumnClustered';
    case 'line':
      return 'LineMarkers';
    case 'gauge':
      return 'BarClustered';
  }
}

interface QueuedSeries {
  readonly name: string;
  readonly values: string;
  readonly x?: string;
}

/** The series as Excel gets them: the scatter's one per stakeholder (named in the legend), the gauge's value and target. */
function seriesOf(plan: SheetPlan, chart: PlanChart): QueuedSeries[] {
  switch (chart.kind) {
    case 'column':
    case 'line':
      return chart.series.map((item) => ({ name: item.name, values: item.values, x: chart.categories }));
    case 'gauge':
      return [
        { name: chart.valueName, values: chart.value },
        { name: chart.targetName, values: chart.target },
      ];
    case 'scatter': {
      const xs = rangeCells(parseChartRange(chart.x)!);
      const ys = rangeCells(parseChartRange(chart.y)!);
      const names = rangeCells(parseChartRange(chart.labels)!);
      if (xs.length > MAX_NAMED_POINTS) return [{ name: chart.title, values: chart.y, x: chart.x }];
      return xs.map((x, index) => ({
        name: labelAt(plan, names[index].row, names[index].col) || `${index + 1}`,
        values: cellAddress(ys[index].row, ys[index].col),
        x: cellAddress(x.row, x.col),
      }));
    }
  }
}

/** The label a plan cell holds (a series name is text in Office.js, not a reference). */
function labelAt(plan: SheetPlan, row: number, col: number): string {
  const value = plan.cells.find((cell) => cell.row === row && cell.col === col)?.value;
  return value === undefined || value === null ? '' : String(value);
}

/** setPositionAt is ExcelApi 1.8; without it the axes cross at their minimum (no quadrant lines). */
function supportsAxisCrossing(): boolean {
  return typeof Office === 'undefined' || Office.context?.requirements?.isSetSupported('ExcelApi', '1.8') !== false;
}
