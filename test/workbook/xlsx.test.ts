import { existsSync, readdirSync } from 'fs';
import { join } from 'path';
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { Grid } from '../../src/sheets/grid';
import { formats } from '../../src/sheets/plan';
import { readXlsxGrids, writePlanToXlsx } from '../../src/workbook/xlsx';
import { HOSTILE_LABELS, smallPlan, temporaryFolder } from '../support/xlsx-fixtures';

/** The adapter of ARCHITECTURE.md (src/workbook/xlsx): a plan to a file and the file back to grids. */
async function written(): Promise<Buffer> {
  const result = await writePlanToXlsx(smallPlan());
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function readBack(): Promise<Grid[]> {
  const result = await readXlsxGrids(await written());
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const at = (grid: Grid, address: string) => {
  const col = address.charCodeAt(0) - 65;
  const row = Number(address.slice(1)) - 1;
  return { value: grid.values[row]?.[col] ?? null, formula: grid.formulas?.[row]?.[col] ?? null };
};

describe('writePlanToXlsx then readXlsxGrids', () => {
  let grids: Grid[];
  beforeAll(async () => {
    grids = await readBack();
  });

  test('both sheets come back in order, by name', () => {
    expect(grids.map((grid) => grid.sheet)).toEqual(['Befolkning', 'Social budget']);
  });

  test('hostile labels stay text, never formulas (OWASP formula injection)', () => {
    HOSTILE_LABELS.forEach((label, index) => expect(at(grids[0], `A${8 + index}`)).toEqual({ value: label, formula: null }));
  });

  test('SHARES keeps its formula in the top-left cell and caches the 2018 column 2494/159/124/92/121 (seed 001)', () => {
    expect(at(grids[0], 'D2')).toEqual({ value: 2494, formula: '=FINSAM.SHARES(2990,B2:B6,0)' });
    expect(['D3', 'D4', 'D5', 'D6'].map((address) => at(grids[0], address))).toEqual(
      [159, 124, 92, 121].map((value) => ({ value, formula: null })),
    );
    expect(at(grids[0], 'E2')).toEqual({ value: 2990, formula: '=SUM(D2:D6)' });
  });

  test('a formula using a defined name is computed with it', () => {
    expect(at(grids[0], 'F2')).toEqual({ value: 16684, formula: '=Umea_befolkning*2' });
  });

  test('cross-sheet, boolean and error results are cached as Excel would show them', () => {
    expect(at(grids[1], 'B2')).toEqual({ value: 1495, formula: '=Befolkning!E2/2' });
    expect(at(grids[1], 'B3')).toEqual({ value: true, formula: '=B2>1000' });
    expect(at(grids[1], 'B4').value).toBe('#VALUE!');
  });

  test('WEIGHTCHECK spills its 2 × 6 block; only the top-left cell has the formula', () => {
    const block = [4, 5].map((row) => grids[1].values[row].slice(0, 6));
    expect(block).toEqual([
      ['A', 15, 0.6, 0.6, 0, true],
      ['B', 10, 0.4, 0.4, 0, true],
    ]);
    expect(grids[1].formulas?.[5]?.[0] ?? null).toBeNull();
  });

  test('literal numbers and text come back as they were planned', () => {
    expect(grids[0].values.slice(1, 6).map((row) => row.slice(0, 2))).toEqual([
      ['Umeå', 8342],
      ['Vännäs', 531],
      ['Robertsfors', 415],
      ['Nordmaling', 308],
      ['Bjurholm', 404],
    ]);
  });
});

describe('what Excel sees in the written file (inspected with ExcelJS)', () => {
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = new Workbook();
    // ExcelJS types its own Buffer (an ArrayBuffer); at run time it takes a Node Buffer.
    await workbook.xlsx.load((await written()) as unknown as Parameters<Workbook['xlsx']['load']>[0]);
  });

  test('the spill is an array formula over D2:D6 with the cached result', () => {
    const cell = workbook.getWorksheet('Befolkning')!.getCell('D2');
    expect(cell.value).toMatchObject({ formula: 'FINSAM.SHARES(2990,B2:B6,0)', result: 2494, shareType: 'array', ref: 'D2:D6' });
  });

  test('styles: header bold, ruled below, filled; input yellow; sum ruled above; note italic grey', () => {
    const sheet = workbook.getWorksheet('Befolkning')!;
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A1').border?.bottom?.style).toBe('thin');
    expect(sheet.getCell('A1').fill).toMatchObject({ type: 'pattern', pattern: 'solid' });
    expect(sheet.getCell('B2').fill).toMatchObject({ fgColor: { argb: 'FFFFF2CC' } });
    expect(sheet.getCell('E2').border?.top?.style).toBe('thin');
    expect(sheet.getCell('A8').font).toMatchObject({ italic: true, color: { argb: 'FF595959' } });
    expect(workbook.getWorksheet('Social budget')!.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
  });

  test('number formats, column widths and the frozen header row', () => {
    const sheet = workbook.getWorksheet('Befolkning')!;
    expect(sheet.getCell('B2').numFmt).toBe(formats.tkr);
    expect(workbook.getWorksheet('Social budget')!.getCell('A5').numFmt).toBe(formats.percent);
    expect(sheet.getColumn(1).width).toBe(22);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((workbook.getWorksheet('Social budget')!.views ?? []).some((view) => view.state === 'frozen')).toBe(false);
  });

  test('the table and the defined name are there', () => {
    const table = workbook.getWorksheet('Befolkning')!.getTable('Medlemmar') as unknown as { table: { tableRef: string; columns: { name: string }[] } };
    expect(table.table.tableRef).toBe('A1:B6');
    expect(table.table.columns.map((column) => column.name)).toEqual(['Kommun', 'Befolkning']);
    expect(workbook.definedNames.getRanges('Umea_befolkning').ranges).toEqual(['Befolkning!$B$2']);
  });

  test('hostile labels are shared strings in the XML, not <f> elements', async () => {
    const zip = await JSZip.loadAsync(await written());
    const sheet = await zip.file('xl/worksheets/sheet1.xml')!.async('string');
    expect(sheet).toMatch(/<c r="A8"[^>]*t="s"[^>]*>/);
    expect(sheet).not.toMatch(/HYPERLINK|cmd\|/);
    expect(await zip.file('xl/sharedStrings.xml')!.async('string')).toContain('=HYPERLINK(&quot;http://x&quot;,&quot;klick&quot;)');
  });
});

describe('writing to a path', () => {
  test('writes the file whole and reads back the same grids', async () => {
    const folder = temporaryFolder();
    try {
      const path = join(folder.path, 'bok.xlsx');
      expect((await writePlanToXlsx(smallPlan(), path)).ok).toBe(true);
      expect(readdirSync(folder.path)).toEqual(['bok.xlsx']);
      const read = await readXlsxGrids(path);
      expect(read.ok && read.value).toEqual(await readBack());
    } finally {
      folder.remove();
    }
  });

  test('a folder that does not exist is a typed error, and nothing is left behind', async () => {
    const folder = temporaryFolder();
    try {
      const path = join(folder.path, 'saknas', 'bok.xlsx');
      const result = await writePlanToXlsx(smallPlan(), path);
      expect(result).toEqual({ ok: false, error: { kind: 'notWritten', message: expect.stringContaining('gick inte att skriva') } });
      expect(existsSync(path)).toBe(false);
    } finally {
      folder.remove();
    }
  });

  test('a table whose header cell differs from its column name is refused before writing', async () => {
    const plan = smallPlan();
    const sheet = { ...plan.sheets[0], cells: plan.sheets[0].cells.map((cell) => (cell.row === 0 && cell.col === 1 ? { ...cell, value: 'Invånare' } : cell)) };
    const result = await writePlanToXlsx({ sheets: [sheet] });
    expect(result).toEqual({ ok: false, error: { kind: 'invalidPlan', message: 'Tabellen Medlemmar: rubriken i B1 är "Invånare" men kolumnen heter "Befolkning".' } });
  });

  test('a year typed as a number in a table header is written as its column name, text', async () => {
    const sheet = { ...smallPlan().sheets[1], tables: [{ name: 'År', top: 10, left: 0, columns: ['Kommun', '2021'], bodyRows: 1 }] };
    const cells = [...sheet.cells, { row: 10, col: 0, value: 'Kommun' }, { row: 10, col: 1, value: 2021 }, { row: 11, col: 1, value: 5 }];
    const written = await writePlanToXlsx({ sheets: [{ ...sheet, cells }] });
    const read = written.ok ? await readXlsxGrids(written.value) : written;
    expect(read.ok && read.value[0].values.slice(10)).toEqual([['Kommun', '2021'], [null, 5]]);
  });

  test('two sheets with one name are a typed error, not a throw', async () => {
    const plan = smallPlan();
    const result = await writePlanToXlsx({ sheets: [plan.sheets[1], plan.sheets[1]] });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('invalidPlan');
  });
});
