import { gaugeChart } from '../../../src/sheets/charts';
import { followUpTertial2of2022 } from '../../../src/sheets/follow-up/examples';
import { planFollowUp } from '../../../src/sheets/follow-up/plan';
import { SheetPlan } from '../../../src/sheets/plan';
import { stakeholderAnalysis2020 } from '../../../src/sheets/stakeholders';
import { planStakeholders } from '../../../src/sheets/stakeholders/plan';
import { OfficeWorkbook } from '../../../src/workbook/office/office-workbook';
import { FakeExcel } from './fake-excel';

/** Charts in Excel: queued in the build's write batch, every series from a range of the new sheet. */
async function build(plan: SheetPlan): Promise<FakeExcel> {
  const fake = new FakeExcel();
  fake.addSheet('Blad1');
  const result = await new OfficeWorkbook(fake.run).applyPlan(plan, { existing: 'fail' });
  expect(result).toEqual({ ok: true, sheet: plan.name });
  return fake;
}

describe('charts built in Excel', () => {
  test('the follow-up gets five clustered column charts in the same two syncs, budget and prognos per line', async () => {
    const fake = await build(planFollowUp(followUpTertial2of2022()));
    expect(fake.syncs).toBe(2);
    const charts = fake.sheet('Uppföljning').charts ?? [];
    expect(charts.map((chart) => chart.type)).toEqual(Array(5).fill('ColumnClustered'));
    expect(charts[0]).toMatchObject({
      source: 'B10:B18',
      seriesBy: 'Columns',
      title: 'Intäkter: budget och prognos per post',
      series: [
        { name: 'Budget', values: 'B10:B18', xValues: 'A10:A18' },
        { name: 'Prognos', values: 'C10:C18', xValues: 'A10:A18' },
      ],
      axes: { value: { title: 'tkr' } },
    });
    // Beside the table (column G on), 8 columns by 16 rows from the header row 8.
    expect(charts[0].position).toEqual(['G8', 'N27']);
    expect(charts[4]).toMatchObject({ source: 'B49:B50', title: 'Försöksverksamheter: budget och prognos per post' });
  });

  test('the chart statements run before the swap, on the new sheet', async () => {
    const fake = await build(planFollowUp(followUpTertial2of2022()));
    const writes = fake.log.filter((entry) => entry.sync === 2);
    const firstChart = writes.findIndex((entry) => entry.text.startsWith('ChartCollection') || entry.text.includes('charts.add'));
    expect(firstChart).toBeGreaterThan(0);
    expect(firstChart).toBeLessThan(writes.findIndex((entry) => entry.text === 'Worksheet.name = "Uppföljning"'));
  });

  test('the dialogue matrix is an XY scatter, a series per stakeholder, axes 1–5 crossing at 3', async () => {
    const model = stakeholderAnalysis2020();
    const fake = await build(planStakeholders(model));
    const [chart] = fake.sheet('Intressentanalys').charts ?? [];
    expect(chart.type).toBe('XYScatter');
    expect(chart.title).toBe('Dialogmatris');
    expect(chart.series).toHaveLength(model.stakeholders.length);
    expect(chart.series[0]).toEqual({ name: model.stakeholders[0].name, values: 'C7', xValues: 'B7' });
    expect(chart.axes).toEqual({
      category: { minimum: 1, maximum: 5, positionAt: 3, title: 'Intresse' },
      value: { minimum: 1, maximum: 5, positionAt: 3, title: 'Inflytande' },
    });
  });

  test('a gauge is a bar pair, Utfall and Mål from their cells, on a fixed 0–100 axis', async () => {
    const plan: SheetPlan = {
      name: 'Socialt bokslut',
      kind: 'socialBudget',
      cells: [
        { row: 0, col: 0, value: 'Index' },
        { row: 0, col: 1, value: 87 },
        { row: 1, col: 1, value: 70 },
      ],
      tables: [],
      names: [],
      columnWidths: [],
      frozenRows: 0,
      charts: [gaugeChart({ title: 'Impact Visare', value: 'B1', target: 'B2', place: { row: 3, col: 0, width: 4, height: 8 } })],
    };
    const fake = await build(plan);
    expect(fake.syncs).toBe(2);
    expect(fake.sheet('Socialt bokslut').charts).toEqual([
      {
        type: 'BarClustered',
        source: 'B1',
        seriesBy: 'Columns',
        title: 'Impact Visare',
        position: ['A4', 'D11'],
        legend: 'Bottom',
        series: [{ name: 'Utfall', values: 'B1' }, { name: 'Mål', values: 'B2' }],
        axes: { value: { minimum: 0, maximum: 100 }, category: {} },
      },
    ]);
  });

  test('a chart the plan cannot draw is left out, and the sheet is still built', async () => {
    const plan: SheetPlan = { ...planFollowUp(followUpTertial2of2022()), charts: [gaugeChart({ title: 'Trasig', value: 'B1:B9', target: 'B2', place: { row: 0, col: 8, width: 4, height: 8 } })] };
    const fake = await build(plan);
    expect(fake.sheet('Uppföljning').charts ?? []).toEqual([]);
  });
});
