/**
 * `finsam export`: the input file is never written, everything but the FINSAM formulas stays as
 * it was, each converted cell carries the add-in's value, and the sheet "Konverterat" lists
 * every conversion. Where no native formula can do it, the cell gets the value and a note.
 */
import { createHash } from 'crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { Workbook } from 'exceljs';
import { main } from '../../src/cli/main';
import { exportMessages } from '../../src/text/export-messages';
import { exportNative, exportWorkbookBytes, proofWorkbook, sameValue } from '../../src/export';
import { cellAddress } from '../../src/sheets/address';
import { Grid } from '../../src/sheets/grid';
import { WorkbookPlan } from '../../src/sheets/plan';
import { readXlsxGrids, writePlanToXlsx } from '../../src/workbook/xlsx';

const EXAMPLE = join(__dirname, '..', '..', 'examples', 'social-budget-2021-2022.xlsx');
const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

let folder: string;
beforeEach(() => (folder = mkdtempSync(join(tmpdir(), 'finsam-export-'))));
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) } };
}

async function grids(file: string): Promise<Grid[]> {
  const read = await readXlsxGrids(file);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

// The whole export of an example takes seconds on a busy 2-core machine; a budget, not a claim.

const formulaCells = (all: Grid[]) =>
  all.flatMap((grid) => (grid.formulas ?? []).flatMap((row, r) => row.flatMap((formula, c) => (formula ? [{ sheet: grid.sheet, r, c, formula }] : []))));

describe('finsam export', () => {
  test('writes the copy, never touches the input (same hash before and after)', async () => {
    const input = join(folder, 'bok.xlsx');
    copyFileSync(EXAMPLE, input);
    const before = sha256(input);
    const { out, err, io: cli } = io();
    expect(await main(['export', input, join(folder, 'styrelsen.xlsx')], cli)).toBe(0);
    expect(err).toEqual([]);
    expect(out[0]).toContain('116 celler med inbyggda formler');
    expect(sha256(input)).toBe(before);
  });

  test('refuses to write over its input, also through another name for the same file', async () => {
    const input = join(folder, 'bok.xlsx');
    copyFileSync(EXAMPLE, input);
    symlinkSync(input, join(folder, 'länk.xlsx'));
    const before = sha256(input);
    for (const output of [input, join(folder, '.', 'bok.xlsx'), join(folder, 'länk.xlsx')]) {
      const { err, io: cli } = io();
      expect(await main(['export', input, output], cli)).toBe(2);
      expect(err[0]).toBe(exportMessages.sameFile(output));
    }
    expect(sha256(input)).toBe(before);
  });

  test('a missing input or a wrong call is exit 2 with a Swedish message', async () => {
    const { err, io: cli } = io();
    expect(await main(['export', join(folder, 'finns-inte.xlsx'), join(folder, 'ut.xlsx')], cli)).toBe(2);
    expect(err[0]).toContain('finns inte');
    expect(await main(['export', EXAMPLE], cli)).toBe(2);
    expect(err[1]).toContain('Användning: finsam export');
  });

  test('no FINSAM formula is left, everything else is as it was, and caches are the add-in\'s values', async () => {
    const output = join(folder, 'styrelsen.xlsx');
    expect(await main(['export', '--force', EXAMPLE, output], io().io)).toBe(0);
    const [before, after] = [await grids(EXAMPLE), await grids(output)];
    expect(formulaCells(after).filter((cell) => /FINSAM\./i.test(cell.formula))).toEqual([]);
    expect(after.map((grid) => grid.sheet)).toEqual([...before.map((grid) => grid.sheet), 'Konverterat']);
    for (const grid of before) {
      const copy = after.find((candidate) => candidate.sheet === grid.sheet)!;
      grid.values.forEach((row, r) =>
        row.forEach((value, c) => {
          const formula = grid.formulas?.[r]?.[c];
          if (!formula || !/FINSAM\./i.test(formula)) expect([grid.sheet, cellAddress(r, c), copy.formulas?.[r]?.[c] ?? null]).toEqual([grid.sheet, cellAddress(r, c), formula ?? null]);
          // The file's cached values are the add-in's values, FINSAM cells included.
          expect(sameValue(copy.values[r]?.[c] ?? null, value)).toBe(true);
        }),
      );
    }
  });

  test('tables, styles and column widths survive the export', async () => {
    const output = join(folder, 'styrelsen.xlsx');
    expect(await main(['export', '--force', EXAMPLE, output], io().io)).toBe(0);
    const [original, copy] = [new Workbook(), new Workbook()];
    await original.xlsx.readFile(EXAMPLE);
    await copy.xlsx.readFile(output);
    for (const sheet of original.worksheets) {
      const other = copy.getWorksheet(sheet.name)!;
      expect(other.getTables().map((table) => (table as unknown as { name: string }).name)).toEqual(sheet.getTables().map((table) => (table as unknown as { name: string }).name));
      expect(other.columns?.map((column) => column.width)).toEqual(sheet.columns?.map((column) => column.width));
      expect(other.getCell('M8').numFmt).toBe(sheet.getCell('M8').numFmt);
      expect(other.getCell('A1').font).toEqual(sheet.getCell('A1').font);
    }
  });

  test('the sheet Konverterat lists every converted cell with its old and new formula', async () => {
    const exported = await exportWorkbookBytes(readFileSync(EXAMPLE));
    if (!exported.ok) throw new Error(exported.error.message);
    const output = join(folder, 'styrelsen.xlsx');
    expect(await main(['export', '--force', EXAMPLE, output], io().io)).toBe(0);
    const list = (await grids(output)).find((grid) => grid.sheet === 'Konverterat')!;
    expect(list.values[0]).toEqual([...exportMessages.conversionColumns]);
    expect(list.formulas?.flat().some(Boolean) ?? false).toBe(false);
    const rows = list.values.slice(1);
    expect(rows).toHaveLength(exported.value.conversions.length);
    expect(rows).toContainEqual([
      'Social budget 2021',
      'M9',
      '=FINSAM.IMPACTINDEX($G$7:$G$40,$I$7:$I$40)',
      '=100*SUMPRODUCT($G$7:$G$40,--ISNUMBER(MATCH(LOWER(TRIM($I$7:$I$40)),{"ja","j","x","uppnådd","yes","sant","true","1"},0)))/SUM($G$7:$G$40)',
      '',
    ]);
  });
});

describe('cells no native formula can compute', () => {
  const plan: WorkbookPlan = {
    sheets: [
      {
        name: 'Blad1',
        kind: 'budget',
        cells: [
          { row: 0, col: 0, value: 3 },
          { row: 1, col: 0, value: 5 },
          { row: 2, col: 0, value: 2 },
          { row: 0, col: 1, formula: '=FINSAM.SHARES(100,A1:A3*2,0)' },
          { row: 4, col: 0, formula: '=FINSAM.IMPORTANCE(7,3)' },
          { row: 5, col: 0, formula: '=SUM(A1:A3)' },
          { row: 7, col: 0, value: 2 },
          { row: 8, col: 0, value: 2 },
          { row: 9, col: 0, formula: '=FINSAM.SHARE(21365,A8,A8:A9,0)' },
        ],
        tables: [],
        names: [],
        columnWidths: [],
        frozenRows: 0,
      },
    ],
  };

  test('a spill whose parts are an expression, and inputs the add-in refuses, become values with a note', async () => {
    const input = join(folder, 'bok.xlsx');
    const written = await writePlanToXlsx(plan, input);
    expect(written.ok).toBe(true);
    const output = join(folder, 'ut.xlsx');
    const { out, io: cli } = io();
    expect(await main(['export', input, output], cli)).toBe(0);
    expect(out[0]).toContain('3 celler med värde i stället');
    const copy = new Workbook();
    await copy.xlsx.readFile(output);
    const sheet = copy.getWorksheet('Blad1')!;
    expect(sheet.getCell('B1').value).toBe(30);
    expect(String(sheet.getCell('B1').note)).toContain('=FINSAM.SHARES(100,A1:A3*2,0)');
    // IMPORTANCE(7,3) is #VALUE! (7 is off the 1–5 scale); 7+3 would say 10, so the error stays.
    expect(sheet.getCell('A5').value).toEqual({ error: '#VALUE!' });
    expect(String(sheet.getCell('A5').note)).toContain('FINSAM ger #VALUE!');
    expect(sheet.getCell('A6').value).toMatchObject({ formula: 'SUM(A1:A3)' });
    // Two copies of 2 that round apart (10 683 and 10 682) are #VALUE! in FINSAM: "use SHARES".
    expect(sheet.getCell('A10').value).toEqual({ error: '#VALUE!' });
    const list = copy.getWorksheet('Konverterat')!;
    expect(list.getRow(2).values).toEqual([undefined, 'Blad1', 'B1', '=FINSAM.SHARES(100,A1:A3*2,0)', 'värde', expect.stringContaining('storlek')]);
  });
});

describe('exportNative on the proof workbook (every function, src/export/proof-workbook.ts)', () => {
  test('every FINSAM formula gets a native formula that gives the add-in\'s value in the engine', async () => {
    const written = await writePlanToXlsx(proofWorkbook());
    if (!written.ok) throw new Error(written.error.message);
    const read = await readXlsxGrids(written.value);
    if (!read.ok) throw new Error(read.error.message);
    const { conversions } = exportNative(read.value);
    expect(conversions.filter((conversion) => conversion.reason)).toEqual([]);
    expect(conversions.length).toBe(148);
    expect(new Set(conversions.map((conversion) => /FINSAM\.(\w+)/.exec(conversion.oldFormula)?.[1])).size).toBe(18);
  });
});
