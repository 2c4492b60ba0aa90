/**
 * The export patches the original package (issue 17, items 4, 5, 7, 9): only the converted
 * cells change, every other part keeps its bytes, hostile inputs (data validation over the whole
 * sheet, a huge media part, dates, Dup/dup, long and deep formulas) are handled with a result or
 * a Swedish message, and what comes out is well-formed XML the project's reader reads.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { SaxesParser } from 'saxes';
import { main } from '../../src/cli/main';
import { exportMessages } from '../../src/text/export-messages';
import { exportWorkbookBytes } from '../../src/export';
import { MAX_NESTING, parseFormula } from '../../src/formula/formula-parser';
import { Grid } from '../../src/sheets/grid';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { buildPackage, partsOf, SheetSpec, STYLES } from './package-builder';

jest.setTimeout(120_000);

const FULL_SHEET_VALIDATION =
  '<dataValidations count="1"><dataValidation type="whole" allowBlank="1" showErrorMessage="1" sqref="A1:XFD1048576"><formula1>0</formula1><formula2>100</formula2></dataValidation></dataValidations>';

async function exported(bytes: Buffer) {
  const result = await exportWorkbookBytes(bytes, 'bok.xlsx');
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

async function gridsOf(bytes: Uint8Array): Promise<Grid[]> {
  const read = await readXlsxGrids(bytes);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

const sheetOf = (grids: Grid[], name: string) => grids.find((grid) => grid.sheet === name)!;

/** Every XML part parses as well-formed XML. */
function expectWellFormed(parts: Map<string, Buffer>): void {
  for (const [name, bytes] of parts) {
    if (!/\.(xml|rels|vml)$/.test(name)) continue;
    const parser = new SaxesParser();
    expect(() => parser.write(bytes.toString('utf8')).close()).not.toThrow();
  }
}

function cellXml(sheet: string, ref: string): string {
  return new RegExp(`<c r="${ref}"[^>]*?(?:/>|>.*?</c>)`).exec(sheet)?.[0] ?? '';
}

describe('the export patches the package', () => {
  const sheet: SheetSpec = {
    name: 'Budget',
    rows:
      '<row r="1"><c r="A1"><v>3</v></c><c r="B1" s="1"><f>FINSAM.IMPORTANCE(A1,2)</f><v>5</v></c><c r="C1"><f>SUM(A1:A3)</f><v>3</v></c></row>' +
      '<row r="2"><c r="A2" t="d"><v>2022-08-31</v></c><c r="B2" t="d"><v>2022-08-31T12:00:00</v></c><c r="C2" s="2"><v>44804</v></c></row>',
    after: FULL_SHEET_VALIDATION,
  };

  test('data validation over A1:XFD1048576: only the converted cell changes, every other part keeps its bytes', async () => {
    const input = await buildPackage({ sheets: [sheet], calcChain: true, parts: { 'xl/media/image1.png': Buffer.from([137, 80, 78, 71, 1, 2, 3]) } });
    const output = await exported(input);
    const [before, after] = [await partsOf(input), await partsOf(output.bytes)];
    expectWellFormed(after);
    expect(after.get('xl/styles.xml')?.toString()).toBe(STYLES);
    expect(after.get('xl/media/image1.png')).toEqual(before.get('xl/media/image1.png'));
    expect(after.has('xl/calcChain.xml')).toBe(false);
    expect(after.get('[Content_Types].xml')?.toString()).not.toContain('calcChain');
    expect(after.get('xl/_rels/workbook.xml.rels')?.toString()).not.toContain('calcChain');
    expect(after.get('xl/workbook.xml')?.toString()).toContain('<calcPr fullCalcOnLoad="1" calcId="191029"/>');
    const [old, patched] = [before.get('xl/worksheets/sheet1.xml')!.toString(), after.get('xl/worksheets/sheet1.xml')!.toString()];
    // Native IMPORTANCE is the sum; the style stays, the cached value is the add-in's.
    expect(cellXml(patched, 'B1')).toBe('<c r="B1" s="1"><f>A1+2</f><v>5</v></c>');
    expect(patched.replace(cellXml(patched, 'B1'), '')).toBe(old.replace(cellXml(old, 'B1'), ''));
    expect(patched).toContain(FULL_SHEET_VALIDATION);
    const grids = await gridsOf(output.bytes);
    expect(grids.map((grid) => grid.sheet)).toEqual(['Budget', 'Konverterat']);
    expect(sheetOf(grids, 'Konverterat').values[1]).toEqual(['Budget', 'B1', '=FINSAM.IMPORTANCE(A1,2)', '=A1+2', '']);
  });

  test('date-typed cells come out unchanged; one holding "=1+1" is refused by name, never NaN (item 9)', async () => {
    const output = await exported(await buildPackage({ sheets: [sheet] }));
    const patched = (await partsOf(output.bytes)).get('xl/worksheets/sheet1.xml')!.toString();
    expect(cellXml(patched, 'A2')).toBe('<c r="A2" t="d"><v>2022-08-31</v></c>');
    expect(cellXml(patched, 'B2')).toBe('<c r="B2" t="d"><v>2022-08-31T12:00:00</v></c>');
    expect(sheetOf(await gridsOf(output.bytes), 'Budget').values[1]).toEqual(['2022-08-31', '2022-08-31T12:00:00', '2022-08-31']);
    const odd = { ...sheet, rows: sheet.rows.replace('<v>2022-08-31T12:00:00</v>', '<v>=1+1</v>') };
    const refused = await exportWorkbookBytes(await buildPackage({ sheets: [odd] }), 'bok.xlsx');
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.message).toContain('Budget!B2');
  });

  test('a 20 MB media part (tiny compressed) is copied as it is, never inflated into the output', async () => {
    const media = Buffer.alloc(20 * 1024 * 1024);
    media[12345] = 7;
    const input = await buildPackage({ sheets: [sheet], parts: { 'xl/media/huge.bin': media } });
    expect(input.byteLength).toBeLessThan(1024 * 1024);
    const output = await exported(input);
    expect(output.bytes.byteLength).toBeLessThan(1024 * 1024);
    expect((await partsOf(output.bytes)).get('xl/media/huge.bin')?.equals(media)).toBe(true);
  });

  test('strings are escaped: a sheet "R&D <1>" and a formula with "a<b&c" text', async () => {
    const odd: SheetSpec = { name: 'R&D <1>', rows: '<row r="1"><c r="A1"><f>FINSAM.QUADRANT(4,2,"a&lt;b&amp;c")</f><v>0</v></c></row>' };
    const output = await exported(await buildPackage({ sheets: [odd] }));
    expectWellFormed(await partsOf(output.bytes));
    const grids = await gridsOf(output.bytes);
    expect(grids.map((grid) => grid.sheet)).toEqual(['R&D <1>', 'Konverterat']);
    const list = sheetOf(grids, 'Konverterat');
    expect(list.values[1].slice(0, 3)).toEqual(['R&D <1>', 'A1', '=FINSAM.QUADRANT(4,2,"a<b&c")']);
    // Formula text on Konverterat is text, never a formula.
    expect(list.formulas?.flat().some(Boolean) ?? false).toBe(false);
  });
});

describe('shared and array formulas', () => {
  test('a converted shared master: every follower gets its own formula; another shared group stays byte for byte', async () => {
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">FINSAM.IMPORTANCE(A1,2)</f><v>3</v></c><c r="C1"><f t="shared" ref="C1:C3" si="1">A1*2</f><v>2</v></c></row>' +
      '<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c><c r="C2"><f t="shared" si="1"/><v>4</v></c></row>' +
      '<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>5</v></c><c r="C3"><f t="shared" si="1"/><v>6</v></c></row>';
    const output = await exported(await buildPackage({ sheets: [{ name: 'Blad1', rows }] }));
    const patched = (await partsOf(output.bytes)).get('xl/worksheets/sheet1.xml')!.toString();
    expect(['B1', 'B2', 'B3'].map((ref) => cellXml(patched, ref))).toEqual(['<c r="B1"><f>A1+2</f><v>3</v></c>', '<c r="B2"><f>A2+2</f><v>4</v></c>', '<c r="B3"><f>A3+2</f><v>5</v></c>']);
    expect(cellXml(patched, 'C2')).toBe('<c r="C2"><f t="shared" si="1"/><v>4</v></c>');
    const grid = sheetOf(await gridsOf(output.bytes), 'Blad1');
    expect(grid.formulas?.map((row) => row[2])).toEqual(['=A1*2', '=A2*2', '=A3*2']);
  });

  test('an array formula of SHARES becomes one formula per cell, also where the file had no cell', async () => {
    // D2 exists with its cached value, D3 (and its row) do not: both get their formula.
    const rows =
      '<row r="1"><c r="A1"><v>1</v></c><c r="D1"><f t="array" ref="D1:D3">FINSAM.SHARES(100,A1:A3,0)</f><v>34</v></c></row>' +
      '<row r="2"><c r="A2"><v>1</v></c><c r="D2"><v>33</v></c></row>' +
      '<row r="3"><c r="A3"><v>1</v></c></row>';
    const output = await exported(await buildPackage({ sheets: [{ name: 'Blad1', rows }] }));
    const patched = (await partsOf(output.bytes)).get('xl/worksheets/sheet1.xml')!.toString();
    expect(patched).not.toContain('t="array"');
    const grid = sheetOf(await gridsOf(output.bytes), 'Blad1');
    // 100 split over three equal parts: 34, 33, 33 (ties to the earlier part).
    expect(grid.values.map((row) => row[3])).toEqual([34, 33, 33]);
    expect(grid.formulas?.every((row) => /^=/.test(row[3] ?? '') && !/FINSAM/i.test(row[3] ?? ''))).toBe(true);
  });
});

describe('sheets "Dup" and "dup" (item 5)', () => {
  const spec = {
    sheets: [
      { name: 'Dup', rows: '<row r="1"><c r="A1"><f>FINSAM.IMPORTANCE(1,2)</f><v>3</v></c></row>' },
      { name: 'dup', rows: '<row r="1"><c r="A1"><v>1</v></c></row>' },
    ],
  };

  test('export refuses the file with a Swedish message naming it and both sheets', async () => {
    const result = await exportWorkbookBytes(await buildPackage(spec), 'bok.xlsx');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toBe(exportMessages.duplicateSheets('bok.xlsx', 'Dup', 'dup'));
  });

  test('finsam export exits 2 with that message and writes nothing', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'finsam-dup-'));
    try {
      const input = join(folder, 'bok.xlsx');
      writeFileSync(input, await buildPackage(spec));
      const err: string[] = [];
      const code = await main(['export', input, join(folder, 'ut.xlsx')], { out: () => undefined, err: (line) => err.push(line) });
      expect(code).toBe(2);
      expect(err[0]).toContain('"Dup" och "dup"');
      expect(err[0]).toContain(input);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('long and deep formulas (item 4)', () => {
  const sum = Array.from({ length: 1200 }, (_, i) => `B${i + 1}`).join('+');

  test('a 6 093-character =B1+…+B1200 with a FINSAM call in front translates (the engine takes the cached 13)', async () => {
    expect(`=${sum}`.length).toBe(6093);
    // Too long for the engine's recursion: the file's cached value stands for it.
    const rows = `<row r="1"><c r="A1"><f>FINSAM.IMPORTANCE(1,2)+${sum}</f><v>13</v></c><c r="B1"><v>10</v></c><c r="C1"><f>${sum}</f><v>10</v></c></row>`;
    const output = await exported(await buildPackage({ sheets: [{ name: 'Blad1', rows }] }));
    const grid = sheetOf(await gridsOf(output.bytes), 'Blad1');
    expect(grid.formulas?.[0][0]).toBe(`=(1+2)+${sum}`);
    expect(grid.values[0][0]).toBe(13);
    expect(grid.formulas?.[0][2]).toBe(`=${sum}`);
  });

  test('nesting deeper than Excel allows is a value with a Swedish reason, never a stack overflow', async () => {
    const deep = `${'('.repeat(130)}FINSAM.IMPORTANCE(1,2)${')'.repeat(130)}`;
    const within = `${'('.repeat(MAX_NESTING - 1)}FINSAM.IMPORTANCE(1,2)${')'.repeat(MAX_NESTING - 1)}`;
    const rows = `<row r="1"><c r="A1"><f>${deep}</f><v>3</v></c><c r="B1"><f>${within}</f><v>3</v></c></row>`;
    const output = await exported(await buildPackage({ sheets: [{ name: 'Blad1', rows }] }));
    const [deepCell, withinCell] = output.conversions;
    expect(deepCell.newFormula).toBeUndefined();
    expect(deepCell.reason).toBe(exportMessages.tooDeep(MAX_NESTING));
    expect(withinCell.newFormula).toBe(`=${'('.repeat(MAX_NESTING - 1)}(1+2)${')'.repeat(MAX_NESTING - 1)}`);
    const grid = sheetOf(await gridsOf(output.bytes), 'Blad1');
    expect(grid.formulas?.[0][0]).toBeNull();
    expect(grid.values[0]).toEqual([3, 3]);
  });

  test('depth 10 000 in the parser is a refusal, not a RangeError', () => {
    const parsed = parseFormula(`=${'SUM('.repeat(10_000)}FINSAM.IMPORTANCE(1,2)${')'.repeat(10_000)}`);
    expect(parsed).toEqual({ ok: false, problem: 'too deep', tooDeep: true });
  });

  test('a file with a formula nested 10 000 deep: the cached value with the reason, never a throw', async () => {
    const formula = `${'SUM('.repeat(10_000)}FINSAM.IMPORTANCE(1,2)${')'.repeat(10_000)}`;
    const output = await exported(await buildPackage({ sheets: [{ name: 'Blad1', rows: `<row r="1"><c r="A1"><f>${formula}</f><v>3</v></c></row>` }] }));
    expect(output.conversions).toEqual([expect.objectContaining({ row: 0, col: 0, value: 3, reason: exportMessages.tooDeep(MAX_NESTING) })]);
    expect(cellXml((await partsOf(output.bytes)).get('xl/worksheets/sheet1.xml')!.toString(), 'A1')).toBe('<c r="A1"><v>3</v></c>');
  });
});
