import { cellAddress, sheetReference } from '../../../../sheets/address';
import { parseChartRange, rangeCells } from '../../../../sheets/charts';
import { PlanChart, PlanChartSeries, SheetPlan } from '../../../../sheets/plan';
import { escapeXml } from '../../../../export/xml-text';
import { CachedValue, ComputedSheet } from '../computed-values';

/**
 * One chart of the plan as a DrawingML chart part (xl/charts/chartN.xml, ECMA-376 part 1 §21.2).
 * Every series refers to its range on the sheet (`<c:f>`), so Excel and LibreOffice redraw it
 * when a cell changes; the caches beside the references hold what the engine computed, for a
 * viewer that draws without recalculating. Elements follow the schema's order, which Excel
 * requires.
 */
export function chartXml(sheet: SheetPlan, chart: PlanChart, computed: ComputedSheet): string {
  const data = new SheetData(sheet.name, computed);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    '<c:roundedCorners val="0"/><c:chart>' +
    title(chart.title) +
    '<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>' +
    plotOf(chart, data) +
    '</c:plotArea><c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>'
  );
}

/** Office's default series colours, given outright: LibreOffice draws every scatter series alike without them. */
const PALETTE = ['4472C4', 'ED7D31', 'A5A5A5', 'FFC000', '5B9BD5', '70AD47', '264478', '9E480E', '636363', '997300', '255E91', '43682B'];
const fill = (index: number) => `<a:solidFill><a:srgbClr val="${PALETTE[index % PALETTE.length]}"/></a:solidFill>`;

const AXIS_X = 500001;
const AXIS_Y = 500002;

function plotOf(chart: PlanChart, data: SheetData): string {
  switch (chart.kind) {
    case 'column':
      return bars('col', chart.series, chart.categories, data) + categoryAxis('b') + valueAxis({ title: chart.valueTitle });
    case 'line':
      return lines(chart.series, chart.categories, data) + categoryAxis('b') + valueAxis({ title: chart.valueTitle });
    case 'gauge': {
      const series = [{ name: chart.valueName, values: chart.value }, { name: chart.targetName, values: chart.target }];
      return bars('bar', series, undefined, data) + categoryAxis('l', true) + valueAxis({ position: 'b', min: 0, max: 100 });
    }
    case 'scatter':
      return scatter(chart, data);
  }
}

function bars(direction: 'col' | 'bar', series: readonly PlanChartSeries[], categories: string | undefined, data: SheetData): string {
  const body = series.map((item, index) => `<c:ser>${seriesHead(index, literalName(item.name))}<c:spPr>${fill(index)}</c:spPr><c:invertIfNegative val="0"/>${categories ? data.categories(categories) : ''}<c:val>${data.numbers(item.values)}</c:val></c:ser>`).join('');
  return `<c:barChart><c:barDir val="${direction}"/><c:grouping val="clustered"/><c:varyColors val="0"/>${body}<c:gapWidth val="80"/><c:axId val="${AXIS_X}"/><c:axId val="${AXIS_Y}"/></c:barChart>`;
}

function lines(series: readonly PlanChartSeries[], categories: string, data: SheetData): string {
  const body = series
    .map((item, index) => `<c:ser>${seriesHead(index, literalName(item.name))}<c:spPr><a:ln w="28575">${fill(index)}</a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${fill(index)}</c:spPr></c:marker>${data.categories(categories)}<c:val>${data.numbers(item.values)}</c:val><c:smooth val="0"/></c:ser>`)
    .join('');
  return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${body}<c:marker val="1"/><c:axId val="${AXIS_X}"/><c:axId val="${AXIS_Y}"/></c:lineChart>`;
}

/** One series per stakeholder, named by its label cell, so the legend names the points. */
function scatter(chart: Extract<PlanChart, { kind: 'scatter' }>, data: SheetData): string {
  const cellsOf = (a1: string) => rangeCells(parseChartRange(a1)!);
  const [xs, ys, labels] = [cellsOf(chart.x), cellsOf(chart.y), cellsOf(chart.labels)];
  const noLine = (index: number) => `<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol val="circle"/><c:size val="8"/><c:spPr>${fill(index)}</c:spPr></c:marker>`;
  const body = xs
    .map((x, index) => {
      const a1 = (cell: { row: number; col: number }) => cellAddress(cell.row, cell.col);
      return `<c:ser>${seriesHead(index, data.name(a1(labels[index])))}${noLine(index)}<c:xVal>${data.numbers(a1(x))}</c:xVal><c:yVal>${data.numbers(a1(ys[index]))}</c:yVal><c:smooth val="0"/></c:ser>`;
    })
    .join('');
  const axis = { min: chart.min, max: chart.max, crossesAt: chart.midpoint, labelsLow: true, majorUnit: 1, between: 'midCat' as const };
  return (
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${body}<c:axId val="${AXIS_X}"/><c:axId val="${AXIS_Y}"/></c:scatterChart>` +
    valueAxis({ ...axis, id: AXIS_X, cross: AXIS_Y, position: 'b', title: chart.xTitle, gridlines: false }) +
    valueAxis({ ...axis, id: AXIS_Y, cross: AXIS_X, position: 'l', title: chart.yTitle, gridlines: false })
  );
}

const seriesHead = (index: number, name: string) => `<c:idx val="${index}"/><c:order val="${index}"/><c:tx>${name}</c:tx>`;
const literalName = (name: string) => `<c:v>${escapeXml(name)}</c:v>`;

function title(text: string, size = 1400): string {
  return `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr><a:r><a:rPr lang="sv-SE" sz="${size}" b="1"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`;
}

/** The category axis; labels "low" keep them under the plot when costs are negative. */
function categoryAxis(position: 'b' | 'l', hidden = false): string {
  return (
    `<c:catAx><c:axId val="${AXIS_X}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="${hidden ? 1 : 0}"/><c:axPos val="${position}"/>` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/><c:crossAx val="${AXIS_Y}"/><c:crosses val="autoZero"/>` +
    '<c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>'
  );
}

interface AxisOptions {
  readonly id?: number;
  readonly cross?: number;
  readonly position?: 'b' | 'l';
  readonly title?: string;
  readonly min?: number;
  readonly max?: number;
  readonly crossesAt?: number;
  readonly labelsLow?: boolean;
  readonly majorUnit?: number;
  readonly gridlines?: boolean;
  /** 'midCat' for a scatter's value axes, 'between' under bars and lines. */
  readonly between?: 'between' | 'midCat';
}

function valueAxis(options: AxisOptions): string {
  const { id = AXIS_Y, cross = AXIS_X, position = 'l', gridlines = true } = options;
  const bound = (name: string, value: number | undefined) => (value === undefined ? '' : `<c:${name} val="${value}"/>`);
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${bound('max', options.max)}${bound('min', options.min)}</c:scaling><c:delete val="0"/><c:axPos val="${position}"/>` +
    (gridlines ? '<c:majorGridlines/>' : '') +
    (options.title ? title(options.title, 1000) : '') +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="${options.labelsLow ? 'low' : 'nextTo'}"/><c:crossAx val="${cross}"/>` +
    (options.crossesAt === undefined ? '<c:crosses val="autoZero"/>' : `<c:crossesAt val="${options.crossesAt}"/>`) +
    `<c:crossBetween val="${options.between ?? 'between'}"/>${bound('majorUnit', options.majorUnit)}</c:valAx>`
  );
}

/** References to the sheet's cells, with their computed values as caches. */
class SheetData {
  constructor(
    private readonly sheet: string,
    private readonly computed: ComputedSheet,
  ) {}

  numbers(a1: string): string {
    const cells = this.cells(a1);
    const points = cells.map((cell, index) => {
      const value = this.computed.value(cell.row, cell.col);
      return typeof value === 'number' && Number.isFinite(value) ? `<c:pt idx="${index}"><c:v>${value}</c:v></c:pt>` : '';
    });
    return `<c:numRef><c:f>${this.reference(a1)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${cells.length}"/>${points.join('')}</c:numCache></c:numRef>`;
  }

  categories(a1: string): string {
    return `<c:cat>${this.strings(a1)}</c:cat>`;
  }

  name(a1: string): string {
    return this.strings(a1);
  }

  private strings(a1: string): string {
    const cells = this.cells(a1);
    const points = cells.map((cell, index) => `<c:pt idx="${index}"><c:v>${escapeXml(text(this.computed.value(cell.row, cell.col)))}</c:v></c:pt>`);
    return `<c:strRef><c:f>${this.reference(a1)}</c:f><c:strCache><c:ptCount val="${cells.length}"/>${points.join('')}</c:strCache></c:strRef>`;
  }

  private cells(a1: string): { row: number; col: number }[] {
    return rangeCells(parseChartRange(a1)!);
  }

  /** 'Sheet name'!$B$10:$B$18 */
  private reference(a1: string): string {
    const cells = this.cells(a1);
    const at = (cell: { row: number; col: number }) => cellAddress(cell.row, cell.col, true);
    const first = at(cells[0]);
    const last = at(cells[cells.length - 1]);
    return escapeXml(`${sheetReference(this.sheet)}!${first === last ? first : `${first}:${last}`}`);
  }
}

function text(value: CachedValue): string {
  if (value === null) return '';
  if (typeof value === 'object') return value.error;
  return String(value);
}
