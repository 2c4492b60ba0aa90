import { gaugeChart } from '../../src/sheets/charts';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up/examples';
import { planFollowUp } from '../../src/sheets/follow-up/plan';
import { PlanChart } from '../../src/sheets/plan';
import { stakeholderAnalysis2020 } from '../../src/sheets/stakeholders';
import { planStakeholders } from '../../src/sheets/stakeholders/plan';
import { EngineWorkbook } from '../../src/workbook/engine/engine-workbook';
import { planFromWorkbook } from '../../src/workbench/plan-from-workbook';
import { ValueAt, workbenchCharts } from '../../src/workbench/charts/chart-data';

/** The workbench's charts: plan + the engine's computed values → @fluentui/react-charts props. */
async function built(plan = planFollowUp(followUpTertial2of2022())) {
  const workbook = new EngineWorkbook();
  expect(await workbook.applyPlan(plan, { existing: 'fail' })).toMatchObject({ ok: true });
  const id = workbook.engine.getSheetId(plan.name)!;
  const valueAt: ValueAt = (row, col) => workbook.engine.getCellValue({ sheet: id, row, col });
  return { workbook, id, valueAt, charts: () => workbenchCharts(workbook.sheetLayout(plan.name)?.charts ?? [], valueAt) };
}

const place = { row: 0, col: 4, width: 4, height: 8 };

describe('charts drawn from the engine', () => {
  test('the follow-up income chart groups budget and prognos per line (Anställningsstöd 131 against 120)', async () => {
    const [income] = (await built()).charts();
    expect(income.kind).toBe('column');
    if (income.kind !== 'column') return;
    expect(income.title).toBe('Intäkter: budget och prognos per post');
    expect(income.data).toHaveLength(9);
    expect(income.data[0]).toMatchObject({ name: 'Försäkringskassan', series: [{ legend: 'Budget', data: 5690 }, { legend: 'Prognos', data: 5690 }] });
    expect(income.data[8]).toMatchObject({ name: 'Anställningsstöd, AF', series: [{ data: 131 }, { data: 120 }] });
  });

  test('a typed change shows in the chart: the values are the engine\'s, not copies', async () => {
    const { workbook, id, charts } = await built();
    workbook.engine.setCellContents({ sheet: id, row: 17, col: 2 }, 99);
    const [income] = charts();
    expect(income.kind === 'column' && income.data[8].series.map((point) => point.data)).toEqual([131, 99]);
  });

  test('a cell that holds no number is left out of its group, never drawn as 0', async () => {
    const { workbook, id, charts } = await built();
    workbook.engine.setCellContents({ sheet: id, row: 17, col: 2 }, 'okänt');
    const [income] = charts();
    expect(income.kind === 'column' && income.data[8].series.map((point) => point.legend)).toEqual(['Budget']);
  });

  test('the dialogue matrix: a point per stakeholder at (interest, influence), named, and the quadrant lines at 3', async () => {
    const model = stakeholderAnalysis2020();
    const [matrix] = (await built(planStakeholders(model))).charts();
    expect(matrix.kind).toBe('scatter');
    if (matrix.kind !== 'scatter') return;
    const region = matrix.points.find((series) => series.legend === 'Region Västerbotten');
    expect(region?.data).toEqual([{ x: 4, y: 5, text: 'Region Västerbotten' }]);
    expect(matrix.points).toHaveLength(model.stakeholders.length + 1);
    const lines = matrix.points[matrix.points.length - 1];
    expect(lines.legend).toBe('Kvadrantgräns');
    expect(lines.data.every((point) => point.x === 3 || point.y === 3)).toBe(true);
    expect({ min: matrix.min, max: matrix.max, xTitle: matrix.xTitle, yTitle: matrix.yTitle }).toEqual({ min: 1, max: 5, xTitle: 'Intresse', yTitle: 'Inflytande' });
  });

  test('a gauge: the needle at the value, the ring split at the target, the words in Swedish', () => {
    const cells: Record<string, unknown> = { '0,1': 87, '1,1': 70 };
    const valueAt: ValueAt = (row, col) => cells[`${row},${col}`] ?? null;
    const [gauge] = workbenchCharts([gaugeChart({ title: 'Impact Visare', value: 'B1', target: 'B2', place })], valueAt);
    expect(gauge).toEqual({
      kind: 'gauge',
      title: 'Impact Visare',
      value: 87,
      segments: [
        { legend: 'Under mål', size: 70, color: expect.any(String) },
        { legend: 'Från mål', size: 30, color: expect.any(String) },
      ],
      sublabel: 'Utfall 87, mål 70',
    });
  });

  test('a gauge over an error or text says which cell holds no number', () => {
    const valueAt: ValueAt = (row) => (row === 0 ? { value: '#DIV/0!' } : 70);
    const charts: PlanChart[] = [gaugeChart({ title: 'Impact Visare', value: 'B1', target: 'B2', place })];
    expect(workbenchCharts(charts, valueAt)).toEqual([{ kind: 'none', title: 'Impact Visare', reason: 'Cellen B1 håller inget tal, så diagrammet kan inte ritas.' }]);
  });

  test('a line chart over years takes the years as x', () => {
    const cells: Record<string, unknown> = { '2,1': 2021, '2,2': 2022, '2,3': 2023, '9,1': 1200, '9,2': 1400, '9,3': 'x', '10,1': 1500, '10,2': 1500, '10,3': 1500 };
    const valueAt: ValueAt = (row, col) => cells[`${row},${col}`] ?? null;
    const chart: PlanChart = {
      kind: 'line',
      title: 'Eget kapital mot trappans tak',
      place,
      categories: 'B3:D3',
      series: [
        { name: 'Eget kapital', values: 'B10:D10' },
        { name: 'Högsta rekommenderade eget kapital', values: 'B11:D11' },
      ],
    };
    const [line] = workbenchCharts([chart], valueAt);
    expect(line.kind === 'line' && line.lines.map((series) => series.data)).toEqual([
      [{ x: 2021, y: 1200 }, { x: 2022, y: 1400 }],
      [{ x: 2021, y: 1500 }, { x: 2022, y: 1500 }, { x: 2023, y: 1500 }],
    ]);
  });

  test('Spara .xlsx keeps the build\'s charts: the plan from the workbook carries them', async () => {
    const plan = planFollowUp(followUpTertial2of2022());
    const { workbook } = await built(plan);
    expect(planFromWorkbook(workbook).sheets.find((sheet) => sheet.name === plan.name)?.charts).toEqual(plan.charts);
  });
});
