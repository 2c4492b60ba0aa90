/**
 * The streamed sheet patcher on its own: the same output whatever the chunking, shared-formula
 * followers of a converted master get their own formula, a prefixed namespace and cells without
 * a reference are followed, and notes go in only where the sheet has no drawing of its own.
 */
import { Conversion } from '../../src/export/conversion';
import { SheetPatcher } from '../../src/export/sheet-patch';

const conversion = (row: number, col: number, more: Partial<Conversion> = {}): Conversion => ({
  sheet: 'S',
  row,
  col,
  oldFormula: '=FINSAM.IMPORTANCE(1,2)',
  newFormula: '=1+2',
  value: 3,
  ...more,
});

function patch(xml: string, conversions: Conversion[], chunk = xml.length, notesId?: string): { xml: string; notesPlaced: boolean } {
  const patcher = new SheetPatcher(conversions, notesId);
  let out = '';
  for (let at = 0; at < xml.length; at += chunk) out += patcher.push(xml.slice(at, at + chunk));
  out += patcher.end();
  return { xml: out, notesPlaced: patcher.result().notesPlaced };
}

const wrap = (rows: string, after = '') => `<?xml version="1.0"?>\n<worksheet xmlns="m"><sheetData>${rows}</sheetData>${after}</worksheet>`;

describe('SheetPatcher', () => {
  const xml = wrap(
    '<row r="1"><c r="A1"><f t="shared" ref="A1:A3" si="4">FINSAM.IMPORTANCE(B1,2)</f><v>3</v></c><c r="B1" t="s"><v>0</v></c></row>' +
      '<row r="2"><c r="A2"><f t="shared" si="4"/><v>3</v></c><!-- <c r="A9"> --></row>' +
      '<row r="3"><c r="A3"><f t="shared" si="4"></f><v>3</v></c></row>',
  );

  test('a converted master: the followers that are not converted get the master slid to them', () => {
    const { xml: out } = patch(xml, [conversion(0, 0, { newFormula: '=B1+2' })]);
    expect(out).toContain('<c r="A1"><f>B1+2</f><v>3</v></c>');
    expect(out).toContain('<c r="A2"><f>FINSAM.IMPORTANCE(B2,2)</f><v>3</v></c>');
    expect(out).toContain('<c r="A3"><f>FINSAM.IMPORTANCE(B3,2)</f><v>3</v></c>');
    expect(out).toContain('<!-- <c r="A9"> -->');
  });

  test('one character per chunk gives the very same bytes', () => {
    const conversions = [conversion(0, 0), conversion(1, 0, { newFormula: undefined, value: 'a<b', reason: 'x' }), conversion(5, 2)];
    expect(patch(xml, conversions, 1).xml).toBe(patch(xml, conversions).xml);
  });

  test('a value-instead cell is inline text (escaped), its style kept; missing rows are added in order', () => {
    const { xml: out } = patch(wrap('<row r="2"><c r="A2" s="7" t="s"><v>0</v></c></row>'), [
      conversion(1, 0, { newFormula: undefined, value: '=HYPERLINK("x")&<', reason: 'x' }),
      conversion(3, 1),
    ]);
    expect(out).toContain('<c r="A2" s="7" t="inlineStr"><is><t xml:space="preserve">=HYPERLINK(&quot;x&quot;)&amp;&lt;</t></is></c>');
    expect(out).toContain('</row><row r="4"><c r="B4"><f>1+2</f><v>3</v></c></row></sheetData>');
  });

  test('a prefixed main namespace and cells without a reference', () => {
    const prefixed = '<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c><x:f>FINSAM.IMPORTANCE(1,2)</x:f></x:c></x:row></x:sheetData></x:worksheet>';
    const { xml: out } = patch(prefixed, [conversion(0, 1, { value: true })]);
    expect(out).toBe('<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c r="B1" t="b"><x:f>1+2</x:f><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>');
  });

  test('notes go in before tableParts, and not at all where the sheet has a legacy drawing', () => {
    const notes = [conversion(0, 0, { newFormula: undefined, reason: 'x' })];
    const placed = patch(wrap('', '<pageMargins left="1"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>'), notes, 5, 'rId9');
    expect(placed.notesPlaced).toBe(true);
    expect(placed.xml).toContain('<legacyDrawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId9"/><tableParts');
    const kept = patch(wrap('', '<legacyDrawing r:id="rId1"/>'), notes, 5, 'rId9');
    expect(kept.notesPlaced).toBe(false);
    expect(kept.xml).not.toContain('rId9');
  });

  test('an element cut off at the end is malformed, not silently dropped', () => {
    expect(() => patch('<worksheet><sheetData><row r="1"><c r="A1"><v>1</v>', [conversion(0, 0)])).toThrow('unterminated');
  });
});
