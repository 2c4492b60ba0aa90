import { Grid, readLabel, sameLabel } from '../../src/sheets/grid';
import { isBlankCell } from '../../src/sheets/grid-search';
import { EXAMPLES, SHEET_KINDS } from '../../src/sheets/registry';
import { engineFromPlan, gridsOf } from '../../src/workbook/engine/plan-to-engine';
import { checkGrids, classifySheets } from '../../src/sheets/validate-workbook';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { handMadeXlsx, MAIN } from '../support/xlsx-fixtures';

/**
 * Issue 17, item 6: one 1 MB shared string in 2 000 cells took `finsam check` minutes, because
 * every label comparison lower-cased the whole text. No clock here: jest's timeout catches a
 * hang; bench/label-bomb.js has the figure.
 */
const MEGABYTE = 1 << 20;
const SHEETS = ['Blad1', 'FINSAM-regler', 'Budget', 'Social budget', 'Uppföljning', 'Deltagare', 'Helårsekvivalenter', 'Intressentanalys'];

async function bombWorkbook(text: string, rows: number): Promise<Grid[]> {
  const cells = Array.from({ length: rows }, (_, r) => `<row r="${r + 1}"><c r="A${r + 1}" t="s"><v>0</v></c><c r="B${r + 1}" t="s"><v>0</v></c></row>`).join('');
  const sheet = `<worksheet xmlns="${MAIN}"><sheetData>${cells}</sheetData></worksheet>`;
  const relationships = SHEETS.map((_, index) => `<Relationship Id="rS${index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>`);
  const extra = {
    'xl/sharedStrings.xml': `<sst xmlns="${MAIN}"><si><t xml:space="preserve">${text}</t></si></sst>`,
    'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>${SHEETS.map((name, index) => `<sheet name="${name}" sheetId="${index + 1}" r:id="rS${index}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${relationships.join('')}<Relationship Id="rSS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>`,
  };
  const read = await readXlsxGrids(await handMadeXlsx(sheet, extra), { name: 'bomb.xlsx' });
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
}

describe('a 1 MB shared string in 2 000 cells of every sheet kind', () => {
  test.each([
    ['letters', 'x'.repeat(MEGABYTE)],
    ['a label followed by a megabyte of spaces', `Budget${' '.repeat(MEGABYTE)}`],
    ['a megabyte of leading dashes before a label', `${'- '.repeat(MEGABYTE / 2)}Summa`],
    ['only spaces', ' '.repeat(MEGABYTE)],
  ])('%s: check finishes and reports what it finds', async (_, text) => {
    const grids = await bombWorkbook(text, 2000);
    expect(grids).toHaveLength(SHEETS.length);
    expect(grids[3].values[1999][1]).toBe(text);
    const findings = checkGrids(grids, { kinds: SHEET_KINDS, year: 2022 });
    for (const finding of findings) expect(finding.message).not.toMatch(/NaN|Infinity|undefined/);
  }, 60_000);
});

describe('a 1 MB string in 200 rows below every example sheet, where each kind reads and checks', () => {
  test('every example sheet is still recognised and checked; no message carries NaN, Infinity or undefined', () => {
    // Joined, so the text is one flat string as the reader gives it, not a rope.
    const text = ['- ', ...Array.from({ length: MEGABYTE / 16 }, () => 'Summa intäkter ')].join('');
    const grids = Object.values(EXAMPLES).flatMap((example) =>
      gridsOf(engineFromPlan(example())).map((grid) => ({ ...grid, values: [...grid.values, ...Array.from({ length: 200 }, () => [text, text, text])] })),
    );
    expect(classifySheets(grids, SHEET_KINDS).every((sheet) => sheet.kind)).toBe(true);
    const findings = checkGrids(grids, { kinds: SHEET_KINDS, year: 2022 });
    // A message cuts a cell's text to 1 000 characters: 2 000 findings must not carry 2 GB of text.
    expect(findings.length).toBeGreaterThan(0);
    expect(Math.max(...findings.map((finding) => finding.message.length))).toBeLessThan(2500);
    for (const finding of findings) expect(finding.message).not.toMatch(/NaN|Infinity|undefined/);
  }, 60_000);
});

describe('sameLabel keeps its meaning', () => {
  test('case, surrounding dashes, bullets and spaces do not count', () => {
    expect(sameLabel('- Umeå kommun ', 'umeå KOMMUN')).toBe(true);
    expect(sameLabel('• ÅRETS RESULTAT', 'Årets resultat')).toBe(true);
    expect(sameLabel('– Summa', 'summa')).toBe(true);
    expect(sameLabel('Summa intäkter', 'Summa')).toBe(false);
    expect(sameLabel('', '')).toBe(true);
    expect(sameLabel('---', '')).toBe(true);
  });

  test('a text twice as long as the label after lower-casing is compared, not rejected by length', () => {
    // "İ" lower-cases to two code units (i and a combining dot), so lengths differ before lower-casing.
    expect(sameLabel('İİ', 'i̇i̇')).toBe(true);
  });

  test('a long text equal to a long label still matches; a long text never matches a short label', () => {
    const long = 'Förklaring '.repeat(100);
    expect(sameLabel(long, long.toUpperCase())).toBe(true);
    expect(sameLabel(`${'- '.repeat(500)}Summa`, 'Summa')).toBe(true);
    expect(sameLabel('x'.repeat(MEGABYTE), 'Summa')).toBe(false);
  });

  test('readLabel and isBlankCell of long texts give the same answers as for short ones', () => {
    expect(readLabel(`  Budget${' '.repeat(1000)}`)).toBe('Budget');
    expect(readLabel(`a  ${'\t'.repeat(500)} b`)).toBe('a b');
    expect(isBlankCell(' '.repeat(1000))).toBe(true);
    expect(isBlankCell(`${' '.repeat(1000)}x`)).toBe(false);
  });
});
