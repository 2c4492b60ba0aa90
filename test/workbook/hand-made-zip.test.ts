import JSZip from 'jszip';
import { deflatedZip } from '../support/zip';

/** The test packages written with Node's zlib (test/support/zip.ts) open as any zip does. */
test('JSZip reads back every part, names and texts as written, non-ASCII and empty ones too', async () => {
  const parts: [string, string][] = [
    ['[Content_Types].xml', '<Types/>'],
    ['xl/worksheets/sheet1.xml', `<sheetData>${'<row r="1"><c r="A1"><v>1</v></c></row>'.repeat(1000)}</sheetData>`],
    ['xl/Blad åäö.xml', 'Förbundets budget – 2 845,5 tkr'],
    ['empty.txt', ''],
  ];
  const zip = await JSZip.loadAsync(deflatedZip(parts));
  const files = Object.values(zip.files).filter((file) => !file.dir);
  expect(files.map((file) => file.name)).toEqual(parts.map(([name]) => name));
  for (const [name, text] of parts) expect(await zip.file(name)!.async('string')).toBe(text);
});
