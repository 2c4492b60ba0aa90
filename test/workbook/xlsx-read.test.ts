import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import JSZip from 'jszip';
import { displayFormula, slideFormula } from '../../src/workbook/xlsx/read/formula-text';
import { isDateFormat } from '../../src/workbook/xlsx/read/date-styles';
import { readXlsxGrids, writePlanToXlsx } from '../../src/workbook/xlsx';
import { handMadeXlsx, MAIN, smallPlan, temporaryFolder } from '../support/xlsx-fixtures';

/** The reader on what Excel writes and ExcelJS does not, and on files that are not workbooks. */
const SHARED_STRINGS = `<sst xmlns="${MAIN}"><si><t>Summa intäkter</t></si><si><r><rPr><b/></rPr><t>Fet</t></r><r><t xml:space="preserve"> och vanlig</t></r><rPh><t>ふりがな</t></rPh></si><si><t>rad ett_x000D_
rad två</t></si></sst>`;

const STYLES = `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/></numFmts>
<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="3"/></cellXfs></styleSheet>`;

const SHEET = `<x:worksheet xmlns:x="${MAIN}"><x:sheetData>
<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>1</x:v></x:c><x:c r="C1" t="s"><x:v>2</x:v></x:c></x:row>
<x:row r="2"><x:c r="A2"><x:v>10</x:v></x:c><x:c r="B2"><x:f t="shared" ref="B2:B4" si="0">A2*2+$A$2</x:f><x:v>30</x:v></x:c><x:c r="C2" t="b"><x:f>A2&gt;5</x:f><x:v>1</x:v></x:c><x:c r="D2" t="e"><x:f>1/0</x:f><x:v>#DIV/0!</x:v></x:c></x:row>
<x:row r="3"><x:c r="A3"><x:v>20</x:v></x:c><x:c r="B3"><x:f t="shared" si="0"/><x:v>50</x:v></x:c><x:c r="C3" s="1"><x:v>44804</x:v></x:c><x:c r="D3" s="2"><x:v>44804.5</x:v></x:c><x:c r="E3" s="3"><x:v>2845</x:v></x:c></x:row>
<x:row r="4"><x:c r="A4"><x:v>30</x:v></x:c><x:c r="B4"><x:f t="shared" si="0"/><x:v>70</x:v></x:c><x:c r="C4" t="inlineStr"><x:is><x:r><x:t>inbäddad</x:t></x:r><x:r><x:t> text</x:t></x:r></x:is></x:c><x:c r="D4" t="str"><x:f>_xlfn.CONCAT("a","b")</x:f><x:v>ab</x:v></x:c></x:row>
<x:row r="6"><x:c r="B6" s="3"/><x:c r="C6"><x:f>SUM(B2:B4)</x:f></x:c></x:row>
</x:sheetData></x:worksheet>`;

async function excelLike() {
  const bytes = await handMadeXlsx(SHEET, { 'xl/sharedStrings.xml': SHARED_STRINGS, 'xl/styles.xml': STYLES });
  const result = await readXlsxGrids(bytes);
  if (!result.ok) throw new Error(result.error.message);
  return result.value[0];
}

describe('reading what Excel writes', () => {
  test('rich text is flattened, phonetic runs left out, _x000D_ decoded', async () => {
    const grid = await excelLike();
    expect(grid.values[0]).toEqual(['Summa intäkter', 'Fet och vanlig', 'rad ett\r\nrad två']);
    expect(grid.values[3][2]).toBe('inbäddad text');
  });

  test('shared formulas are slid to each cell; $-anchors stay', async () => {
    const grid = await excelLike();
    expect([1, 2, 3].map((row) => grid.formulas?.[row][1])).toEqual(['=A2*2+$A$2', '=A3*2+$A$2', '=A4*2+$A$2']);
    expect([1, 2, 3].map((row) => grid.values[row][1])).toEqual([30, 50, 70]);
  });

  test('boolean and error results, _xlfn. prefixes dropped, a formula without a cached value is null', async () => {
    const grid = await excelLike();
    expect(grid.values[1].slice(2, 4)).toEqual([true, '#DIV/0!']);
    expect(grid.formulas?.[3][3]).toBe('=CONCAT("a","b")');
    expect(grid.values[3][3]).toBe('ab');
    expect(grid.values[5]).toEqual([null, null, null]);
    expect(grid.formulas?.[5][2]).toBe('=SUM(B2:B4)');
  });

  test('dates become ISO text (a date never passes for an amount); other formats stay numbers', async () => {
    const grid = await excelLike();
    expect(grid.values[2].slice(2, 5)).toEqual(['2022-08-31', '2022-08-31T12:00:00', 2845]);
  });

  test('an empty row between filled ones is an empty array, not a hole', async () => {
    const grid = await excelLike();
    expect(grid.values[4]).toEqual([]);
    expect(grid.values.length).toBe(6);
  });
});

describe('formula text', () => {
  test('slideFormula moves relative references only, outside text, sheet names and table columns', () => {
    expect(slideFormula('SUM(B2:B6)*$C$1+C$1+$D2', 2, 1)).toBe('SUM(C4:C8)*$C$1+D$1+$D4');
    expect(slideFormula('\'Q1 2022\'!A1+Tabell[Kol1]+"A1"&LOG10(A1)', 1, 0)).toBe('\'Q1 2022\'!A2+Tabell[Kol1]+"A1"&LOG10(A2)');
    expect(slideFormula('A1', -1, 0)).toBe('#REF!');
  });

  test('displayFormula adds "=" and drops the _xlfn. and _xlws. prefixes, not inside text', () => {
    expect(displayFormula('_xlfn._xlws.SORT(A1:A3)&"_xlfn."')).toBe('=SORT(A1:A3)&"_xlfn."');
  });

  test('isDateFormat: d/m/y/h/s outside quotes and brackets; elapsed time is a number', () => {
    expect(['yyyy-mm-dd', 'd/m/yyyy', 'h:mm', '[$-41D]mmmm yyyy'].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(['#,##0', '0%', '#,##0 "dagar"', '[h]:mm', 'General', '[Red]0.0'].map(isDateFormat)).toEqual([false, false, false, false, false, false]);
  });
});

describe('files that cannot be read give typed errors with the file named', () => {
  const folder = temporaryFolder();
  afterAll(() => folder.remove());
  const file = (name: string, bytes: Uint8Array | string) => {
    const path = join(folder.path, name);
    writeFileSync(path, bytes);
    return path;
  };
  const compoundFile = (stream: string) => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    return Buffer.concat([header, Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(512)]);
  };

  test.each([
    ['a missing file', () => join(folder.path, 'saknas.xlsx'), 'notFound', /saknas\.xlsx finns inte/],
    ['a folder', () => (mkdirSync(join(folder.path, 'mapp.xlsx')), join(folder.path, 'mapp.xlsx')), 'unreadable', /mapp\.xlsx går inte att läsa \(det är en mapp\)/],
    ['a text file renamed .xlsx', () => file('text.xlsx', 'Kommun;Befolkning\nUmeå;8342\n'), 'notXlsx', /text\.xlsx är inte en Excel-arbetsbok/],
    ['an encrypted workbook (CFB with EncryptedPackage)', () => file('hemlig.xlsx', compoundFile('EncryptedPackage')), 'encrypted', /hemlig\.xlsx är lösenordsskyddad/],
    ['an old .xls (CFB with a Workbook stream)', () => file('gammal.xls', compoundFile('Workbook')), 'oldXls', /gammal\.xls är en äldre Excel-fil/],
  ])('%s', async (_, make, kind, message) => {
    const result = await readXlsxGrids(make());
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe(kind);
    expect(!result.ok && result.error.message).toMatch(message);
  });

  test('a truncated workbook is corrupt', async () => {
    const whole = await writePlanToXlsx(smallPlan());
    const bytes = whole.ok ? whole.value : Buffer.alloc(0);
    const result = await readXlsxGrids(file('halv.xlsx', bytes.subarray(0, Math.floor(bytes.length / 2))));
    expect(result).toEqual({ ok: false, error: { kind: 'corrupt', message: expect.stringMatching(/halv\.xlsx är skadad/) } });
  });

  test('a zip with damaged sheet XML is corrupt', async () => {
    const result = await readXlsxGrids(await handMadeXlsx('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v></row>'), { name: 'trasig.xlsx' });
    expect(!result.ok && result.error).toEqual({ kind: 'corrupt', message: expect.stringMatching(/^trasig\.xlsx är skadad/) });
  });

  test('a zip that holds no workbook (a .docx, a plain zip) is not an .xlsx', async () => {
    const zip = new JSZip();
    zip.file('word/document.xml', '<document/>');
    const result = await readXlsxGrids(await zip.generateAsync({ type: 'nodebuffer' }), { name: 'brev.docx' });
    expect(!result.ok && result.error.kind).toBe('notXlsx');
  });

  test('limits: too many bytes or too many cells is tooLarge, not an out-of-memory crash', async () => {
    const bytes = await writePlanToXlsx(smallPlan());
    const buffer = bytes.ok ? bytes.value : Buffer.alloc(0);
    const bigFile = await readXlsxGrids(buffer, { limits: { maxBytes: 1000 } });
    expect(!bigFile.ok && bigFile.error).toEqual({ kind: 'tooLarge', message: expect.stringMatching(/^Arbetsboken är [\d,]+ MB; finsam läser arbetsböcker på högst/) });
    const manyCells = await readXlsxGrids(buffer, { limits: { maxCells: 10 } });
    expect(!manyCells.ok && manyCells.error.kind).toBe('tooLarge');
  });
});
