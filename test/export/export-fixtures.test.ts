/**
 * Workbooks as Excel saves them: a filled-down column is a shared formula (one text, slid per
 * cell), and labels that look like formulas are text that must stay text (OWASP formula
 * injection) through the export.
 */
import { Workbook } from 'exceljs';
import JSZip from 'jszip';
import { exportWorkbookBytes } from '../../src/export';
import { readXlsxGrids, writePlanToXlsx } from '../../src/workbook/xlsx';
import { HOSTILE_LABELS, smallPlan } from '../support/xlsx-fixtures';

/** Column C is FINSAM.FYESHARE filled down, column D a native formula filled down, both shared. */
async function sharedFormulaBook(): Promise<Buffer> {
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet('Blad1');
  [
    [10, 100],
    [20, 400],
    [30, 600],
  ].forEach(([fye, population], i) => {
    sheet.getCell(i + 1, 1).value = fye;
    sheet.getCell(i + 1, 2).value = population;
    sheet.getCell(i + 1, 3).value = { formula: `FINSAM.FYESHARE(A${i + 1},B${i + 1})`, result: 0.1 };
    sheet.getCell(i + 1, 4).value = { formula: `A${i + 1}*2`, result: 0 };
  });
  const zip = await JSZip.loadAsync(await workbook.xlsx.writeBuffer());
  const xml = (await zip.file('xl/worksheets/sheet1.xml')!.async('string'))
    .replace('<f>FINSAM.FYESHARE(A1,B1)</f>', '<f t="shared" ref="C1:C3" si="0">FINSAM.FYESHARE(A1,B1)</f>')
    .replace(/<f>FINSAM\.FYESHARE\(A[23],B[23]\)<\/f>/g, '<f t="shared" si="0"/>')
    .replace('<f>A1*2</f>', '<f t="shared" ref="D1:D3" si="1">A1*2</f>')
    .replace(/<f>A[23]\*2<\/f>/g, '<f t="shared" si="1"/>');
  zip.file('xl/worksheets/sheet1.xml', xml);
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('a shared FINSAM formula becomes one native formula per cell; other shared formulas stay', async () => {
  const exported = await exportWorkbookBytes(await sharedFormulaBook());
  if (!exported.ok) throw new Error(exported.error.message);
  const read = await readXlsxGrids(exported.value.bytes);
  if (!read.ok) throw new Error(read.error.message);
  const [sheet] = read.value;
  expect(sheet.formulas?.map((row) => row.slice(2, 4))).toEqual([
    ['=A1/B1', '=A1*2'],
    ['=A2/B2', '=A2*2'],
    ['=A3/B3', '=A3*2'],
  ]);
  // The cached results are the add-in's values (the file claimed 0.1 for every row).
  expect(sheet.values.map((row) => row[2])).toEqual([0.1, 0.05, 0.05]);
});

test('labels that look like formulas stay text, and a FINSAM error the native formula cannot repeat stays a value', async () => {
  const written = await writePlanToXlsx(smallPlan());
  if (!written.ok) throw new Error(written.error.message);
  const exported = await exportWorkbookBytes(written.value);
  if (!exported.ok) throw new Error(exported.error.message);
  const read = await readXlsxGrids(exported.value.bytes);
  if (!read.ok) throw new Error(read.error.message);
  const members = read.value.find((grid) => grid.sheet === 'Befolkning')!;
  expect(HOSTILE_LABELS.map((_, i) => members.values[7 + i][0])).toEqual(HOSTILE_LABELS);
  expect(HOSTILE_LABELS.map((_, i) => members.formulas?.[7 + i]?.[0] ?? null)).toEqual(HOSTILE_LABELS.map(() => null));
  // FINSAM.IMPACTINDEX({5;12},{1;1}) is #VALUE! (12 is off the weight scale); the export keeps it so.
  const impact = exported.value.conversions.find((conversion) => conversion.oldFormula === '=FINSAM.IMPACTINDEX({5;12},{1;1})');
  expect(impact?.newFormula).toBeUndefined();
  expect(impact?.value).toEqual({ error: '#VALUE!' });
  const spilled = exported.value.conversions.filter((conversion) => conversion.oldFormula === '=FINSAM.SHARES(2990,B2:B6,0)');
  expect(spilled.map((conversion) => conversion.value)).toEqual([2494, 159, 124, 92, 121]);
  expect(spilled.every((conversion) => conversion.newFormula?.startsWith('=IF(TRIM($B$'))).toBe(true);
});
