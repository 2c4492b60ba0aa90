import { EXAMPLES } from '../../src/sheets/registry';
import { engineFromPlan, gridsOf } from '../../src/workbook/engine/plan-to-engine';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { cellDetail, sheetView } from '../../src/workbench/grid/sheet-view';
import { planFromWorkbook } from '../../src/workbench/plan-from-workbook';
import { EMPTY_EXAMPLE, exampleWorkbook, workbookFromGrids } from '../../src/workbench/workbooks';
import { workbookFileBytes } from '../../src/workbench/xlsx-files';

describe('the workbench\'s workbooks', () => {
  test.each(Object.keys(EXAMPLES))('example %s built sheet by sheet through the port computes what the plan computes', async (name) => {
    const workbook = (await exampleWorkbook(name))!;
    expect(gridsOf(workbook.engine)).toEqual(gridsOf(engineFromPlan(EXAMPLES[name]())));
  });

  test('the budget example shows Summa intäkter 11 489, 11 493, 11 496 in bold, formatted as tkr (seed 003)', async () => {
    const workbook = (await exampleWorkbook('budget-2021-2023'))!;
    const view = sheetView(workbook, 'Budget', { row: 0, col: 0 });
    const row = view.cells.findIndex((cells) => cells[0].text === 'Summa intäkter');
    expect(view.cells[row].slice(1, 4).map((cell) => cell.text)).toEqual(['11 489', '11 493', '11 496']);
    expect(view.cells[row][1]).toMatchObject({ style: 'sum', align: 'end', error: false });
    expect(view.widths.length).toBe(view.cols);
  });

  test('a selected formula cell shows its formula; an error cell its code and Swedish message', async () => {
    const workbook = (await exampleWorkbook(EMPTY_EXAMPLE))!;
    const sheet = workbook.engine.getSheetId('Blad1')!;
    workbook.engine.setCellContents({ sheet, row: 0, col: 0 }, '=FINSAM.IMPACTINDEX({10;10;12},{TRUE;FALSE;TRUE})');
    const detail = cellDetail(workbook, 'Blad1', 0, 0);
    expect(detail.editText).toBe('=FINSAM.IMPACTINDEX({10;10;12},{TRUE;FALSE;TRUE})');
    expect(detail.error?.code).toBe('#VALUE!');
    expect(detail.error?.message).toMatch(/^Vikt nr 3 är 12/);
  });

  test('a FINSAM error cell saves with its error cached (#VALUE!) and reopens to the same error', async () => {
    const workbook = (await exampleWorkbook(EMPTY_EXAMPLE))!;
    const sheet = workbook.engine.getSheetId('Blad1')!;
    workbook.engine.setCellContents({ sheet, row: 0, col: 0 }, [['=FINSAM.IMPACTINDEX({12;10},{TRUE;TRUE})', '=FINSAM.IMPACTINDEX({10;10},{TRUE;TRUE})']]);
    const bytes = await workbookFileBytes(workbook);
    if (!bytes.ok) throw new Error(bytes.message);
    const read = await readXlsxGrids(bytes.value, { name: 'fel.xlsx' });
    if (!read.ok) throw new Error(read.error.message);
    // A weight of 12 is outside 1–10 (FUNCTIONS.md); two full weights give index 100.
    expect(read.value[0].values[0]).toEqual(['#VALUE!', 100]);
    expect(read.value[0].formulas?.[0]).toEqual(['=FINSAM.IMPACTINDEX({12;10},{TRUE;TRUE})', '=FINSAM.IMPACTINDEX({10;10},{TRUE;TRUE})']);
    expect(cellDetail(workbookFromGrids(read.value), 'Blad1', 0, 0).error?.message).toMatch(/^Vikt nr 1 är 12/);
  });

  test('a spilled value is saved as its formula\'s, not as a typed number beside it', async () => {
    const workbook = (await exampleWorkbook(EMPTY_EXAMPLE))!;
    const sheet = workbook.engine.getSheetId('Blad1')!;
    workbook.engine.setCellContents({ sheet, row: 0, col: 0 }, [['=FINSAM.SHARES(2990,{83.42;5.31;4.15;3.08;4.04},0)'], [null], [null], [null], [null]]);
    const cells = planFromWorkbook(workbook).sheets[0].cells;
    expect(cells).toEqual([{ row: 0, col: 0, formula: '=FINSAM.SHARES(2990,{83.42;5.31;4.15;3.08;4.04},0)' }]);
  });

  test('saving keeps formats, looks, tables and names, and the file reads back with the same values', async () => {
    const workbook = (await exampleWorkbook('budget-2021-2023'))!;
    const sheet = workbook.engine.getSheetId('Budget')!;
    workbook.engine.setCellContents({ sheet, row: 12, col: 1 }, 210);
    const plan = planFromWorkbook(workbook);
    const original = EXAMPLES['budget-2021-2023']();
    expect(plan.sheets.map((each) => each.name)).toEqual(['Budget', 'FINSAM-regler']);
    expect(plan.sheets[1].tables).toEqual(original.sheets[1].tables);
    expect(plan.sheets.flatMap((each) => each.names)).toEqual(original.sheets.flatMap((each) => each.names));
    expect(plan.sheets[0].cells.find((cell) => cell.row === 13 && cell.col === 1)).toMatchObject({ numberFormat: '#,##0;-#,##0', style: 'sum' });

    const bytes = await workbookFileBytes(workbook);
    if (!bytes.ok) throw new Error(bytes.message);
    const read = await readXlsxGrids(bytes.value, { name: 'budget.xlsx' });
    if (!read.ok) throw new Error(read.error.message);
    expect(gridsOf(workbookFromGrids(read.value).engine)).toEqual(gridsOf(workbook.engine));
  });
});
