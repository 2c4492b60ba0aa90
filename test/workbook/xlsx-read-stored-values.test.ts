import { readXlsxGrids } from '../../src/workbook/xlsx';
import { handMadeXlsx, MAIN } from '../support/xlsx-fixtures';

/**
 * Issue 17, item 10: a cell whose stored value is invalid never reads as a silent number or
 * label; the file is reported as damaged, the message naming the file, sheet and cell.
 */
const STRINGS = `<sst xmlns="${MAIN}"><si><t>Summa intäkter</t></si><si><t>Resultat</t></si></sst>`;

async function readCell(cell: string) {
  const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>7</v></c>${cell}</row></sheetData></worksheet>`;
  const bytes = await handMadeXlsx(sheet, { 'xl/sharedStrings.xml': STRINGS });
  return readXlsxGrids(bytes, { name: 'test.xlsx' });
}

async function valueOf(cell: string) {
  const result = await readCell(cell);
  if (!result.ok) throw new Error(result.error.message);
  return result.value[0].values[0][1] ?? null;
}

async function refusal(cell: string) {
  const result = await readCell(cell);
  return result.ok ? 'read' : result.error;
}

describe('invalid stored values make the file corrupt, naming sheet and cell', () => {
  test.each([
    ['an empty shared-string index', '<c r="B1" t="s"><v></v></c>', 'texten den pekar på finns inte'],
    ['a shared-string index past the end', '<c r="B1" t="s"><v>2</v></c>', 'texten den pekar på finns inte'],
    ['a fractional shared-string index', '<c r="B1" t="s"><v>1.5</v></c>', 'texten den pekar på finns inte'],
    ['a negative shared-string index', '<c r="B1" t="s"><v>-1</v></c>', 'texten den pekar på finns inte'],
    ['a hexadecimal number', '<c r="B1"><v>0x10</v></c>', 'inte ett tal som Excel skriver'],
    ['a binary number', '<c r="B1"><v>0b101</v></c>', 'inte ett tal som Excel skriver'],
    ['NaN', '<c r="B1"><v>NaN</v></c>', 'inte ett tal som Excel skriver'],
    ['Infinity', '<c r="B1"><v>Infinity</v></c>', 'inte ett tal som Excel skriver'],
    ['INF (xsd:double, no Excel value)', '<c r="B1"><v>INF</v></c>', 'inte ett tal som Excel skriver'],
    ['a number with a thousands comma', '<c r="B1"><v>1,5</v></c>', 'inte ett tal som Excel skriver'],
    ['1e400', '<c r="B1"><v>1e400</v></c>', 'större än Excel kan lagra'],
    ['-1e400 as a cached formula result', '<c r="B1"><f>A1*2</f><v>-1e400</v></c>', 'större än Excel kan lagra'],
    ['a boolean 2', '<c r="B1" t="b"><v>2</v></c>', 'ska vara 0 eller 1'],
    ['an error cell holding a label', '<c r="B1" t="e"><v>Resultat</v></c>', 'ingen felkod'],
    ['a date cell holding a formula', '<c r="B1" t="d"><v>=1+1</v></c>', 'inget datum'],
    ['an unknown cell type', '<c r="B1" t="x"><v>5</v></c>', 'celltypen finns inte'],
  ])('%s', async (_, cell, why) => {
    const error = await refusal(cell);
    expect(error).toEqual({ kind: 'corrupt', message: expect.stringContaining('test.xlsx är skadad: cellen Blad1!B1 har värdet') });
    expect(error !== 'read' && error.message).toContain(why);
  });

  test('the message quotes at most 40 characters of a long stored value, and names a quoted sheet', async () => {
    const long = '9'.repeat(500) + 'x';
    const sheet = `<worksheet xmlns="${MAIN}"><sheetData><row r="30"><c r="AB30"><v>${long}</v></c></row></sheetData></worksheet>`;
    const workbook = `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="FINSAM-regler" sheetId="1" r:id="rId1"/></sheets></workbook>`;
    const result = await readXlsxGrids(await handMadeXlsx(sheet, { 'xl/workbook.xml': workbook }), { name: 'regler.xlsx' });
    expect(!result.ok && result.error.message).toBe(
      `regler.xlsx är skadad: cellen 'FINSAM-regler'!AB30 har värdet "${'9'.repeat(40)}…" som inte går att läsa (det är inte ett tal som Excel skriver); öppna filen i Excel, låt Excel reparera den och spara en ny kopia.`,
    );
  });
});

describe('valid stored values still read as Excel means them', () => {
  test.each([
    ['a plain integer', '<c r="B1"><v>2845</v></c>', 2845],
    ['a decimal with exponent', '<c r="B1"><v>1.5E-3</v></c>', 0.0015],
    ['a leading plus and point', '<c r="B1"><v>+.5</v></c>', 0.5],
    ['spaces around (xsd collapses them)', '<c r="B1"><v> 12 </v></c>', 12],
    ['-0 as 0 (Excel has no -0)', '<c r="B1"><v>-0</v></c>', 0],
    ['an underflowing 1e-400 as 0', '<c r="B1"><v>1e-400</v></c>', 0],
    ['the largest double', '<c r="B1"><v>1.7976931348623157e308</v></c>', 1.7976931348623157e308],
    ['an empty number cell as blank, not 0', '<c r="B1"><v></v></c>', null],
    ['a string cell without <v> as blank', '<c r="B1" t="s"/>', null],
    ['shared string 1', '<c r="B1" t="s"><v>1</v></c>', 'Resultat'],
    ['shared string 0 with spaces', '<c r="B1" t="s"><v> 0 </v></c>', 'Summa intäkter'],
    ['a boolean "true"', '<c r="B1" t="b"><v>true</v></c>', true],
    ['a boolean 0', '<c r="B1" t="b"><v>0</v></c>', false],
    ['#N/A', '<c r="B1" t="e"><v>#N/A</v></c>', '#N/A'],
    ['#GETTING_DATA', '<c r="B1" t="e"><v>#GETTING_DATA</v></c>', '#GETTING_DATA'],
    ['#SPILL!', '<c r="B1" t="e"><v>#SPILL!</v></c>', '#SPILL!'],
    ['an ISO date', '<c r="B1" t="d"><v>2022-08-31</v></c>', '2022-08-31'],
    ['an ISO date and time', '<c r="B1" t="d"><v>2022-08-31T12:00:00.000Z</v></c>', '2022-08-31T12:00:00.000Z'],
  ])('%s', async (_, cell, expected) => {
    expect(await valueOf(cell)).toBe(expected);
  });

  test('-0 reads as +0, not -0', async () => {
    expect(Object.is(await valueOf('<c r="B1"><v>-0</v></c>'), 0)).toBe(true);
  });
});
