import { OfficeWorkbook } from '../../../src/workbook/office/office-workbook';
import { FakeExcel } from './fake-excel';

/** Reading grids, sheet names and selecting a finding's cell: one sync each. */
function workbook(): { fake: FakeExcel; port: OfficeWorkbook } {
  const fake = new FakeExcel((formula) => (formula === '=B2*2' ? 14 : 0));
  fake.addSheet('Budget', [
    ['Budget 2022', null],
    ['Statens tilldelning', 7],
    ['Dubbelt', '=B2*2'],
  ]);
  fake.addSheet('Tom');
  return { fake, port: new OfficeWorkbook(fake.run) };
}

describe('reading from Excel', () => {
  test('sheet names in tab order, one sync', async () => {
    const { fake, port } = workbook();
    expect(await port.sheetNames()).toEqual(['Budget', 'Tom']);
    expect(fake.syncs).toBe(1);
  });

  test('named sheets read in one sync: computed values, en-US formulas, blanks as null', async () => {
    const { fake, port } = workbook();
    const grids = await port.readGrids(['Budget', 'Tom']);
    expect(fake.syncs).toBe(1);
    expect(grids).toEqual([
      {
        sheet: 'Budget',
        values: [
          ['Budget 2022', null],
          ['Statens tilldelning', 7],
          ['Dubbelt', 14],
        ],
        formulas: [
          [null, null],
          [null, null],
          [null, '=B2*2'],
        ],
      },
      { sheet: 'Tom', values: [], formulas: [] },
    ]);
  });

  test('a used range that starts below and right of A1 keeps its rows and columns', async () => {
    const fake = new FakeExcel();
    fake.addSheet('Blad1', [[], [null, null, 'C2']]);
    const [grid] = await new OfficeWorkbook(fake.run).readGrids(['Blad1']);
    expect(grid.values[1][2]).toBe('C2');
    expect(grid.values[0]).toEqual([]);
  });

  test('all sheets when none are named: names first, then the cells (two syncs)', async () => {
    const { fake, port } = workbook();
    const grids = await port.readGrids();
    expect(grids.map((grid) => grid.sheet)).toEqual(['Budget', 'Tom']);
    expect(fake.syncs).toBe(2);
  });

  test('a named sheet that does not exist reads as an empty grid (Excel refuses, then names, then cells)', async () => {
    const { fake, port } = workbook();
    const grids = await port.readGrids(['Saknas', 'Budget']);
    expect(grids.map((grid) => [grid.sheet, grid.values.length])).toEqual([
      ['Saknas', 0],
      ['Budget', 3],
    ]);
    expect(fake.syncs).toBe(3);
  });
});

describe('selecting a finding', () => {
  test('activates the sheet and selects the cell, in one sync', async () => {
    const { fake, port } = workbook();
    fake.document.activeSheetId = fake.sheet('Tom').id;
    await port.selectCell('Budget', 'B3');
    expect(fake.syncs).toBe(1);
    expect(fake.activeSheet()).toBe('Budget');
    expect(fake.document.selection).toEqual({ sheetId: fake.sheet('Budget').id, box: { top: 2, left: 1, bottom: 2, right: 1 } });
    expect(fake.log.map((entry) => entry.text)).toEqual(['WorksheetCollection.getItem("Budget")', 'Worksheet.activate()', 'Worksheet.getRange("B3")', 'Range.select()']);
  });

  test('an address that is no cell is refused in Swedish before Excel is asked', async () => {
    const { fake, port } = workbook();
    await expect(port.selectCell('Budget', 'B')).rejects.toThrow('"B" är ingen celladress');
    expect(fake.syncs).toBe(0);
  });
});
