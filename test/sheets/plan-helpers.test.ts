import { sectionRows, tableSheetPlan, writeSetting, writeTitle } from '../../src/sheets/plan-helpers';
import { planSocialBudget } from '../../src/sheets/social-budget/plan';
import { planSocialReport, REPORT_HEADERS } from '../../src/sheets/social-report/plan';
import { INDICATOR_HEADERS } from '../../src/sheets/social-budget/plan';
import { cellWriter } from '../../src/sheets/writing';
import { deltagarnojdhet } from './social-report/small-model';

describe('the parts the table sheets share (src/sheets/plan-helpers.ts)', () => {
  test('a one-table sheet: table named after the sheet at the header row, rows down to the header frozen', () => {
    const w = cellWriter();
    writeTitle(w, 'Uppföljning 2022', 'Underrubrik');
    writeSetting(w, 2, 'År', 2022, '0');
    const plan = tableSheetPlan({ name: 'Uppföljning', kind: 'followUp', writer: w, header: 7, columns: ['Post', 'Budget'], bodyRows: 3, columnWidths: [46, 12] });
    expect(plan.tables).toEqual([{ name: 'Uppfoljning', top: 7, left: 0, columns: ['Post', 'Budget'], bodyRows: 3 }]);
    expect(plan.frozenRows).toBe(8);
    expect(plan.names).toEqual([]);
    // No charts given: no charts property at all (not one set to undefined), so plans compare as data.
    expect('charts' in plan).toBe(false);
    expect(plan.cells).toEqual([
      { row: 0, col: 0, value: 'Uppföljning 2022', style: 'title' },
      { row: 1, col: 0, value: 'Underrubrik', style: 'subtitle' },
      { row: 2, col: 0, value: 'År', style: 'label' },
      { row: 2, col: 1, value: 2022, numberFormat: '0', style: 'input' },
    ]);
  });

  test('charts given are kept', () => {
    const place = { row: 0, col: 8, width: 8, height: 20 };
    const chart = { kind: 'column', title: 'T', place, categories: 'A2:A3', series: [] } as const;
    expect(tableSheetPlan({ name: 'S', kind: 'participants', writer: cellWriter(), header: 0, columns: [], bodyRows: 1, columnWidths: [], charts: [chart] }).charts).toEqual([chart]);
  });

  test('cost sections follow each other: title, lines, sum; an empty section is a title and a sum', () => {
    const { rows, next } = sectionRows([{ lines: ['a', 'b'] }, { lines: [] }, { lines: ['c'] }], 10);
    expect(rows).toEqual([
      { title: 10, first: 11, sum: 13 },
      { title: 14, first: 15, sum: 15 },
      { title: 16, first: 17, sum: 18 },
    ]);
    expect(next).toBe(19);
    expect(sectionRows([], 4)).toEqual({ rows: [], next: 4 });
  });
});

describe('the social report repeats the social budget indicator table\'s first eight columns', () => {
  const first = ['Kod', 'Målområde', 'Mål', 'Indikator', 'Målvärde', 'Jämförelse', 'Vikt', 'Utfall'];

  test('the same eight header words, in the same columns', () => {
    expect(INDICATOR_HEADERS.slice(0, 8)).toEqual(first);
    expect(REPORT_HEADERS.slice(0, 8)).toEqual(first);
    expect(REPORT_HEADERS.slice(8)).toEqual(['Antal', 'Av', 'Utfall i text', 'Status', 'Uppnådd']);
  });

  test('an indicator\'s typed cells from Kod to Vikt are the same on both sheets', () => {
    const model = deltagarnojdhet();
    const typed = (cells: readonly { row: number; col: number }[], row: number) => cells.filter((cell) => cell.row === row && cell.col < 7).map(({ row: _row, ...rest }) => rest);
    const budget = planSocialBudget(model.budget);
    const report = planSocialReport(model);
    const budgetRow = budget.cells.find((cell) => cell.value === '1.1.3')?.row ?? -1;
    const reportRow = report.cells.find((cell) => cell.value === '1.1.3')?.row ?? -1;
    expect(typed(budget.cells, budgetRow)).toEqual(typed(report.cells, reportRow));
    expect(typed(budget.cells, budgetRow)).toEqual([
      { col: 0, value: '1.1.3', style: 'input', numberFormat: '@' },
      { col: 1, value: 'Deltagarnöjdhet', style: 'input' },
      { col: 2, value: '1.1 Deltagarna är nöjda', style: 'input' },
      { col: 3, value: 'Indikator 1.1.3', style: 'input' },
      { col: 4, value: 0.8, style: 'input', numberFormat: '0%' },
      { col: 5, value: null, style: 'input' },
      { col: 6, value: 8, style: 'input', numberFormat: '0' },
    ]);
  });
});
