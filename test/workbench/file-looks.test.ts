import JSZip from 'jszip';
import { EXAMPLES } from '../../src/sheets/registry';
import { gridsOf } from '../../src/workbook/engine/plan-to-engine';
import { readXlsxGrids, ReadGrid } from '../../src/workbook/xlsx';
import { cellLooks } from '../../src/workbook/xlsx/read/cell-looks';
import { namedLook } from '../../src/workbench/file-looks';
import { sheetView } from '../../src/workbench/grid/sheet-view';
import { planFromWorkbook } from '../../src/workbench/plan-from-workbook';
import { exampleWorkbook } from '../../src/workbench/workbooks';
import { openWorkbookFile, workbookFileBytes } from '../../src/workbench/xlsx-files';
import { EngineWorkbook } from '../../src/workbook/engine/engine-workbook';

async function savedBytes(workbook: EngineWorkbook): Promise<Uint8Array> {
  const bytes = await workbookFileBytes(workbook);
  if (!bytes.ok) throw new Error(bytes.message);
  return bytes.value;
}

async function opened(bytes: Uint8Array, name = 'sparad.xlsx'): Promise<EngineWorkbook> {
  const result = await openWorkbookFile(Object.assign(new Blob([bytes as Uint8Array<ArrayBuffer>]), { name }));
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

async function readGrids(bytes: Uint8Array, looks: boolean): Promise<ReadGrid[]> {
  const read = await readXlsxGrids(bytes, { name: 'sparad.xlsx', looks });
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

/** A package with only a styles part, for cellLooks. */
async function stylesZip(xml: string): Promise<JSZip> {
  const zip = new JSZip();
  zip.file('xl/styles.xml', xml);
  return JSZip.loadAsync(await zip.generateAsync({ type: 'uint8array' }));
}

const STYLESHEET = (inner: string) => `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${inner}</styleSheet>`;

describe('looks read from an .xlsx (issue 11 §4)', () => {
  test('the budget save reads back Summa intäkter as bold tkr with a rule above, inputs yellow, columns 44 and 12 wide', async () => {
    const grids = await readGrids(await savedBytes((await exampleWorkbook('budget-2021-2023'))!), true);
    const budget = grids.find((grid) => grid.sheet === 'Budget')!;
    // Row 14 is Summa intäkter, row 13 the last typed income (seed 003's budget sheet).
    expect(budget.values[13][0]).toBe('Summa intäkter');
    expect(budget.looks?.cells[13]?.[1]).toEqual({ numberFormat: '#,##0;-#,##0', bold: true, italic: false, borderTop: 'thin' });
    expect(budget.looks?.cells[12]?.[1]).toEqual({ numberFormat: '#,##0;-#,##0', bold: false, italic: false, size: 11, fill: 'FFFFF2CC' });
    expect(budget.looks?.columnWidths).toEqual([44, 12, 12, 12]);
  });

  test('without looks: true the reader gives the grids it always gave, with no looks', async () => {
    const grids = await readGrids(await savedBytes((await exampleWorkbook('budget-2021-2023'))!), false);
    expect(grids.every((grid) => !('looks' in grid))).toBe(true);
  });

  test('only cellXfs count: cellStyleXfs and dxfs have fonts and fills of their own; <b val="0"/> is not bold; id 9 is 0%', async () => {
    const zip = await stylesZip(STYLESHEET(
      '<numFmts><numFmt numFmtId="164" formatCode="0.0%"/></numFmts>' +
      '<fonts><font><sz val="11"/></font><font><b val="0"/><i/></font><font><b/><sz val="14"/></font></fonts>' +
      '<fills><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>' +
      '<fill><patternFill patternType="solid"><fgColor rgb="ffe7eef7"/><bgColor indexed="64"/></patternFill></fill>' +
      '<fill><patternFill patternType="solid"><fgColor theme="4"/></patternFill></fill></fills>' +
      '<borders><border/><border><left style="thin"/><top style="thin"/><bottom style="double"/></border></borders>' +
      '<cellStyleXfs><xf numFmtId="3" fontId="2" fillId="2" borderId="1"/></cellStyleXfs>' +
      '<cellXfs><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/><xf numFmtId="9" fontId="1" fillId="3" borderId="0"/>' +
      '<xf numFmtId="164" fontId="2" fillId="2" borderId="1"/></cellXfs>' +
      '<dxfs><dxf><font><b/></font><fill><patternFill><bgColor rgb="FFFF0000"/></patternFill></fill></dxf></dxfs>',
    ));
    expect(await cellLooks(zip, 'xl/styles.xml')).toEqual([
      { bold: false, italic: false, size: 11 },
      { numberFormat: '0%', bold: false, italic: true },
      { numberFormat: '0.0%', bold: true, italic: false, size: 14, fill: 'FFE7EEF7', borderTop: 'thin', borderBottom: 'double' },
    ]);
  });

  test('a styles part with 200 000 cell formats is read to Excel\'s cap of 65 536, and a missing part to none', async () => {
    const xfs = '<xf numFmtId="3" fontId="0"/>'.repeat(200_000);
    const zip = await stylesZip(STYLESHEET(`<fonts><font><b/></font></fonts><cellXfs>${xfs}</cellXfs>`));
    const looks = await cellLooks(zip, 'xl/styles.xml');
    expect(looks).toHaveLength(65_536);
    expect(looks[65_535]).toEqual({ numberFormat: '#,##0', bold: true, italic: false });
    expect(await cellLooks(zip, undefined)).toEqual([]);
    expect(await cellLooks(zip, 'xl/saknas.xml')).toEqual([]);
  });

  test('a look from elsewhere becomes the nearest of the plan\'s looks', () => {
    const plain = { bold: false, italic: false };
    expect(namedLook(plain)).toBeUndefined();
    expect(namedLook({ ...plain, size: 11 })).toBeUndefined();
    // Excel's own save of the workbench's header: the same font with its size written out.
    expect(namedLook({ bold: true, italic: false, size: 11, fill: 'FFE7EEF7', borderBottom: 'thin' })).toBe('header');
    expect(namedLook({ ...plain, fill: 'FF00B050' })).toBe('input');
    expect(namedLook({ ...plain, bold: true, fill: 'FF00B050' })).toBe('header');
    expect(namedLook({ ...plain, italic: true })).toBe('note');
    expect(namedLook({ ...plain, bold: true })).toBe('sum');
    expect(namedLook({ ...plain, bold: true, size: 16 })).toBe('title');
    expect(namedLook({ ...plain, bold: true, size: 12 })).toBe('subtitle');
    expect(namedLook({ ...plain, bold: true, borderBottom: 'double' })).toBe('total');
  });
});

describe('the workbench reopens its own save with its looks', () => {
  test.each(Object.keys(EXAMPLES))('%s: same values, number formats, looks and column widths after save and Öppna .xlsx', async (name) => {
    const original = (await exampleWorkbook(name))!;
    const reopened = await opened(await savedBytes(original));
    expect(gridsOf(reopened.engine)).toEqual(gridsOf(original.engine));
    const looksOf = (workbook: EngineWorkbook) =>
      planFromWorkbook(workbook).sheets.map((sheet) => ({
        sheet: sheet.name,
        widths: sheet.columnWidths,
        // 'label' is written as no look at all, so it reads back as none.
        cells: sheet.cells.map(({ row, col, numberFormat, style }) => ({ row, col, numberFormat, style: style === 'label' ? undefined : style })),
      }));
    expect(looksOf(reopened)).toEqual(looksOf(original));
  });

  test('the reopened budget shows Summa intäkter as 11 489 in bold with tkr grouping, and 44-character column A', async () => {
    const reopened = await opened(await savedBytes((await exampleWorkbook('budget-2021-2023'))!));
    const view = sheetView(reopened, 'Budget', { row: 0, col: 0 });
    const row = view.cells.findIndex((cells) => cells[0].text === 'Summa intäkter');
    expect(view.cells[row].slice(1, 4).map((cell) => cell.text)).toEqual(['11 489', '11 493', '11 496']);
    expect(view.cells[row][1].style).toBe('sum');
    expect(view.cells[row - 1][1].style).toBe('input');
    expect(view.widths.slice(0, 5)).toEqual([44, 12, 12, 12, 9]);
  });

  test('cached #NAME? (saved in Excel without the add-in) is recomputed, not shown', async () => {
    const zip = await JSZip.loadAsync(await savedBytes((await exampleWorkbook('budget-2021-2023'))!));
    const path = 'xl/worksheets/sheet1.xml';
    const xml = await zip.file(path)!.async('string');
    const named = xml.replace(/<c ([^>]*?)(?: t="\w+")?>(<f>[^<]*<\/f>)<v>[^<]*<\/v><\/c>/g, '<c $1 t="e">$2<v>#NAME?</v></c>');
    expect(named.match(/#NAME\?/g)?.length).toBeGreaterThan(20);
    zip.file(path, named);
    const workbook = await opened(await zip.generateAsync({ type: 'uint8array' }), 'excel.xlsx');
    const view = sheetView(workbook, 'Budget', { row: 0, col: 0 });
    const row = view.cells.findIndex((cells) => cells[0].text === 'Summa intäkter');
    expect(view.cells[row].slice(1, 4).map((cell) => cell.text)).toEqual(['11 489', '11 493', '11 496']);
    // Umeå's 2022 contribution, FINSAM.CONTRIBUTION in C6 (seed 003).
    expect(view.cells[5][2].text).toBe('2 353');
    expect(view.cells.flat().some((cell) => cell.text === '#NAME?')).toBe(false);
  });
});
