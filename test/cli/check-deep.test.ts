import { writeFileSync } from 'fs';
import { join } from 'path';
import { runCheck } from '../../src/cli/check';
import { handMadeXlsx, MAIN, temporaryFolder } from '../support/xlsx-fixtures';

/** Issue 17, item 4: `finsam check` names the cell whose formula is too deep for the engine. */
describe('finsam check of a formula Excel takes but the engine cannot recurse through', () => {
  const folder = temporaryFolder();
  afterAll(() => folder.remove());

  test('the note names sheet, cell and operators; the cell that reads it keeps its saved 8 000; exit 0', async () => {
    // 4 000 ones added: 7 999 characters, within Excel's 8 192, saved by a script without a value.
    const chain = Array.from({ length: 4000 }, () => '1').join('+');
    const book = join(folder.path, 'djup.xlsx');
    writeFileSync(book, await handMadeXlsx(`<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><f>${chain}</f></c><c r="B1"><f>A1*2</f><v>8000</v></c></row></sheetData></worksheet>`));
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCheck([book], { out: (line) => out.push(line), err: (line) => err.push(line) }, { kinds: [] });
    expect(out).toEqual([
      'Blad1: sparad utan tillägget: värdena är omräknade (1 cell)',
      'Blad1!A1: formeln har 3 999 operatorer och parenteser i följd, fler än den inbyggda motorn klarar (Excel klarar den), och räknades inte om; cellen visar #ERROR! tills filen räknas om i Excel.',
      `${book}: inga fel eller varningar; 1 blad, varav 0 FINSAM-blad.`,
    ]);
    expect({ code, err }).toEqual({ code: 0, err: [] });
  });
});
