import { cellAddress, rangeAddress } from '../../../../src/sheets/address';
import { FakeOf } from './office-types';
import { fail, Proxy, Queue } from './proxy';
import { FakeRange } from './range';
import type { FakeWorksheet } from './worksheet';

/** What a test reads of a chart the build made: its type, source and every setting, ranges as A1. */
export interface FakeChartRecord {
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  position?: [string, string?];
  legend?: string;
  series: { name?: string; values?: string; xValues?: string }[];
  axes: Record<'value' | 'category', { minimum?: number; maximum?: number; positionAt?: number; title?: string }>;
}

/** The code under test only ever holds the fake's ranges, typed as Excel's. */
function fakeRange(range: Excel.Range): FakeRange {
  const held: unknown = range;
  if (!(held instanceof FakeRange)) throw new Error('fake: a chart refers to a range that is not the fake\'s');
  return held;
}

const address = (range: Excel.Range) => {
  const { box } = fakeRange(range).target();
  return box.top === box.bottom && box.left === box.right ? cellAddress(box.top, box.left) : rangeAddress(box.top, box.left, box.bottom, box.right);
};

/** Worksheet.charts: `add` only. The new chart has one series from its source, as Excel's has for a 1-D range. */
export class FakeChartCollection extends Proxy implements FakeOf<Excel.ChartCollection, never, { add: FakeChart }> {
  constructor(
    queue: Queue,
    private readonly sheet: FakeWorksheet,
  ) {
    super(queue, 'ChartCollection');
  }

  add(type: string, sourceData: Excel.Range, seriesBy?: string): FakeChart {
    const chart = new FakeChart(this.queue, this.sheet);
    this.sheet.cellWrite(`charts.add("${type}", ${seriesBy ?? ''})`, (sheet) => {
      const source = address(sourceData);
      if (fakeRange(sourceData).target().sheet !== sheet) fail('InvalidArgument', 'The source data is on another sheet.');
      const record: FakeChartRecord = { type, source, seriesBy, series: [{ values: source }], axes: { value: {}, category: {} } };
      sheet.charts = [...(sheet.charts ?? []), record];
      chart.bound = record;
    });
    return chart;
  }

  protected current(name: string): unknown {
    throw new Error(`fake: ChartCollection.${name} is not modelled`);
  }
}

type Titled = { text: string };

export class FakeChart
  extends Proxy
  implements FakeOf<Excel.Chart, 'setPosition', { title: Titled; legend: Pick<Excel.ChartLegend, 'position'>; series: FakeSeriesCollection; axes: { valueAxis: FakeChartAxis; categoryAxis: FakeChartAxis } }>
{
  bound?: FakeChartRecord;
  readonly series: FakeSeriesCollection;
  readonly axes: { valueAxis: FakeChartAxis; categoryAxis: FakeChartAxis };

  constructor(
    queue: Queue,
    readonly sheet: FakeWorksheet,
  ) {
    super(queue, 'Chart');
    this.series = new FakeSeriesCollection(queue, this);
    this.axes = { valueAxis: new FakeChartAxis(queue, this, 'value'), categoryAxis: new FakeChartAxis(queue, this, 'category') };
  }

  get title(): Titled {
    const set = (text: string) => this.change(`title.text = "${text}"`, (record) => (record.title = text));
    return {
      get text(): string {
        throw new Error('fake: Chart.title.text is write-only here');
      },
      set text(text: string) {
        set(text);
      },
    };
  }

  get legend(): Pick<Excel.ChartLegend, 'position'> {
    const set = (position: string) => this.change(`legend.position = "${position}"`, (record) => (record.legend = position));
    return {
      get position(): Excel.ChartLegendPosition {
        throw new Error('fake: Chart.legend.position is write-only here');
      },
      set position(position: Excel.ChartLegendPosition) {
        set(position);
      },
    };
  }

  setPosition(startCell: Excel.Range | string, endCell?: Excel.Range | string): void {
    if (typeof startCell !== 'string' || (endCell !== undefined && typeof endCell !== 'string')) throw new Error('fake: setPosition is modelled with addresses only');
    this.change(`setPosition("${startCell}", "${endCell ?? ''}")`, (record) => (record.position = [startCell, endCell]));
  }

  /** A write to the chart: refused on a protected sheet, as any change to it. */
  change(text: string, run: (record: FakeChartRecord) => void): void {
    this.sheet.cellWrite(`chart.${text}`, () => {
      if (!this.bound) throw new Error('fake: a chart was used before the statement that made it ran');
      run(this.bound);
    });
  }

  protected current(name: string): unknown {
    throw new Error(`fake: Chart.${name} is not modelled`);
  }
}

export class FakeSeriesCollection extends Proxy implements FakeOf<Excel.ChartSeriesCollection, never, { getItemAt: FakeChartSeries; add: FakeChartSeries }> {
  constructor(
    queue: Queue,
    private readonly chart: FakeChart,
  ) {
    super(queue, 'ChartSeriesCollection');
  }

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.queue, this.chart, (record) => record.series[index] ?? fail('ItemNotFound', `No series ${index}.`));
  }

  add(name?: string, index?: number): FakeChartSeries {
    if (index !== undefined) throw new Error('fake: series.add is modelled without an index');
    let added: FakeChartRecord['series'][number] | undefined;
    this.chart.change(`series.add("${name ?? ''}")`, (record) => {
      added = { name };
      record.series.push(added);
    });
    return new FakeChartSeries(this.queue, this.chart, () => added ?? fail('ItemNotFound', 'The series was never added.'));
  }

  protected current(name: string): unknown {
    throw new Error(`fake: ChartSeriesCollection.${name} is not modelled`);
  }
}

export class FakeChartSeries extends Proxy implements FakeOf<Excel.ChartSeries, 'name', { setValues: void; setXAxisValues: void }> {
  constructor(
    queue: Queue,
    private readonly chart: FakeChart,
    private readonly item: (record: FakeChartRecord) => FakeChartRecord['series'][number],
  ) {
    super(queue, 'ChartSeries');
  }

  get name(): string {
    return this.property('name');
  }
  set name(name: string) {
    this.chart.change(`series.name = "${name}"`, (record) => (this.item(record).name = name));
  }

  setValues(sourceData: Excel.Range): void {
    this.chart.change('series.setValues()', (record) => (this.item(record).values = address(sourceData)));
  }

  setXAxisValues(sourceData: Excel.Range): void {
    this.chart.change('series.setXAxisValues()', (record) => (this.item(record).xValues = address(sourceData)));
  }

  protected current(name: string): unknown {
    throw new Error(`fake: ChartSeries.${name} is not modelled`);
  }
}

export class FakeChartAxis extends Proxy implements FakeOf<Excel.ChartAxis, 'minimum' | 'maximum' | 'setPositionAt', { title: Titled }> {
  constructor(
    queue: Queue,
    private readonly chart: FakeChart,
    private readonly which: 'value' | 'category',
  ) {
    super(queue, 'ChartAxis');
  }

  get minimum(): number {
    return this.property('minimum');
  }
  set minimum(value: number) {
    this.chart.change(`axes.${this.which}Axis.minimum = ${value}`, (record) => (record.axes[this.which].minimum = value));
  }
  get maximum(): number {
    return this.property('maximum');
  }
  set maximum(value: number) {
    this.chart.change(`axes.${this.which}Axis.maximum = ${value}`, (record) => (record.axes[this.which].maximum = value));
  }

  setPositionAt(value: number): void {
    this.chart.change(`axes.${this.which}Axis.setPositionAt(${value})`, (record) => (record.axes[this.which].positionAt = value));
  }

  get title(): Titled {
    const set = (text: string) => this.chart.change(`axes.${this.which}Axis.title.text = "${text}"`, (record) => (record.axes[this.which].title = text));
    return {
      get text(): string {
        throw new Error('fake: ChartAxis.title.text is write-only here');
      },
      set text(text: string) {
        set(text);
      },
    };
  }

  protected current(name: string): unknown {
    throw new Error(`fake: ChartAxis.${name} is not modelled`);
  }
}
