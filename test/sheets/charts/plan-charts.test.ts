import { chartProblem, gaugeChart, parseChartRange, rangeCells } from '../../../src/sheets/charts';
import { followUpTertial2of2022 } from '../../../src/sheets/follow-up/examples';
import { planFollowUp } from '../../../src/sheets/follow-up/plan';
import { PlanChart, SheetPlan } from '../../../src/sheets/plan';

const sheet: SheetPlan = { name: 'Socialt bokslut', kind: 'socialBudget', cells: [], tables: [], names: [], columnWidths: [], frozenRows: 0 };
const place = { row: 2, col: 8, width: 6, height: 10 };

describe('chart ranges', () => {
  test('an A1 range is a block, either way round, with or without $', () => {
    expect(parseChartRange('B10:B18')).toEqual({ top: 9, left: 1, bottom: 17, right: 1 });
    expect(parseChartRange('$D$3:$B$3')).toEqual({ top: 2, left: 1, bottom: 2, right: 3 });
    expect(parseChartRange('C12')).toEqual({ top: 11, left: 2, bottom: 11, right: 2 });
    expect(parseChartRange('B1:B2:B3')).toBeUndefined();
    expect(parseChartRange('Budget')).toBeUndefined();
    expect(rangeCells(parseChartRange('B3:D3')!)).toEqual([{ row: 2, col: 1 }, { row: 2, col: 2 }, { row: 2, col: 3 }]);
  });
});

describe('the follow-up charts budget against prognos per line (seed 004 layout)', () => {
  const charts = planFollowUp(followUpTertial2of2022()).charts ?? [];

  test('one column chart for the income lines and one per cost section, each over its own lines only', () => {
    expect(charts.map((chart) => chart.kind)).toEqual(['column', 'column', 'column', 'column', 'column']);
    // Income: 9 lines from row 10; Kansli och styrelse: 8 lines from row 22 (title row 21, sum row 30).
    expect(charts[0]).toMatchObject({ title: 'Intäkter: budget och prognos per post', categories: 'A10:A18', series: [{ name: 'Budget', values: 'B10:B18' }, { name: 'Prognos', values: 'C10:C18' }] });
    expect(charts[1]).toMatchObject({ title: 'Kansli och styrelse: budget och prognos per post', categories: 'A22:A29' });
    expect(charts[4]).toMatchObject({ title: 'Försöksverksamheter: budget och prognos per post', categories: 'A49:A50', series: [{ values: 'B49:B50' }, { values: 'C49:C50' }] });
  });

  test('the charts stand beside the table, one under the other, never overlapping', () => {
    for (const [index, chart] of charts.entries()) {
      expect(chart.place.col).toBe(6);
      if (index > 0) expect(chart.place.row).toBeGreaterThan(charts[index - 1].place.row + charts[index - 1].place.height - 1);
    }
  });

  test('every chart of the plan can be drawn', () => {
    const plan = planFollowUp(followUpTertial2of2022());
    expect(charts.map((chart) => chartProblem(plan, chart))).toEqual(charts.map(() => undefined));
  });
});

describe('gauge and the checks on a chart', () => {
  test('gaugeChart names its series Utfall and Mål unless told', () => {
    expect(gaugeChart({ title: 'Impact Visare', value: 'C12', target: 'C13', place })).toEqual({
      kind: 'gauge', title: 'Impact Visare', place, value: 'C12', target: 'C13', valueName: 'Utfall', targetName: 'Mål',
    });
  });

  test.each<[string, PlanChart, string]>([
    ['a gauge over two cells', gaugeChart({ title: 'G', value: 'C12:C13', target: 'C14', place }), 'C12:C13 ska vara en cell'],
    ['a series that is no range', { kind: 'line', title: 'G', place, categories: 'B3:D3', series: [{ name: 'x', values: 'Eget' }] }, '"Eget" är inget område'],
    ['a block of two columns', { kind: 'column', title: 'G', place, categories: 'A1:B4', series: [{ name: 'x', values: 'C1:C4' }] }, 'inte en rad eller en kolumn'],
    ['ranges of different length', { kind: 'column', title: 'G', place, categories: 'A1:A4', series: [{ name: 'x', values: 'C1:C3' }] }, 'olika långa'],
    ['four series', { kind: 'column', title: 'G', place, categories: 'A1:A2', series: ['B', 'C', 'D', 'E'].map((c) => ({ name: c, values: `${c}1:${c}2` })) }, '4 serier'],
    ['no room', gaugeChart({ title: 'G', value: 'C12', target: 'C13', place: { ...place, width: 0 } }), 'platsen'],
  ])('%s is refused with a Swedish reason naming sheet and chart', (_, chart, reason) => {
    const problem = chartProblem(sheet, chart);
    expect(problem).toContain(reason);
    expect(problem).toContain('Diagrammet "G" på bladet Socialt bokslut');
  });
});
