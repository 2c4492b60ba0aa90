import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { main } from '../../src/cli/main';
import { temporaryFolder } from '../support/xlsx-fixtures';

/** `finsam report book.xlsx --out rapport.html` (issue 14, item 5): one self-contained page, output rules as build/export. */
const folder = temporaryFolder();
afterAll(() => folder.remove());
const path = (name: string) => join(folder.path, name);

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line), ask: async () => false });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

let book: string;
beforeAll(async () => {
  book = path('bokslut.xlsx');
  expect((await run('build', '--example', 'socialt-bokslut-2022', book)).code).toBe(0);
}, 60_000);

describe('finsam report', () => {
  test('writes the page from the workbook, recalculated: the §7 sentence of the whole and the statuses', async () => {
    const result = await run('report', book, '--out', path('rapport.html'));
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('rapport.html');
    const html = readFileSync(path('rapport.html'), 'utf8');
    expect(html).toContain('Utfallet blev 151 av det maximalt möjliga indexvärdet 200. Måluppfyllelsen för förbundet som helhet blev således 76 %.');
    expect(html).toContain('<td class="status status-near">Nära målet</td>');
    expect(html).toContain('Kontrollen fann inga fel eller varningar.');
    expect(html).not.toMatch(/<script|<link|src=|href=/i);
  }, 60_000);

  test('an existing page is kept without --force, and replaced with it', async () => {
    const target = path('finns.html');
    writeFileSync(target, 'gammal');
    const refused = await run('report', book, '--out', target);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('finns.html');
    expect(readFileSync(target, 'utf8')).toBe('gammal');
    expect((await run('report', '--force', book, '--out', target)).code).toBe(0);
    expect(readFileSync(target, 'utf8')).toContain('<!DOCTYPE html>');
  }, 60_000);

  test('never writes over its input', async () => {
    const before = readFileSync(book);
    const result = await run('report', '--force', book, '--out', book);
    expect(result.code).toBe(2);
    expect(readFileSync(book).equals(before)).toBe(true);
  });

  test('used wrongly: no --out, two workbooks, an unknown flag → exit 2 with the usage', async () => {
    for (const args of [[book], [book, book, '--out', path('x.html')], [book, '--out', path('y.html'), '--pdf']]) {
      const result = await run('report', ...args);
      expect(result.code).toBe(2);
      expect(result.err).toContain('Användning: finsam report');
    }
  });

  test('a missing workbook is a Swedish message and exit 2, and no page is left behind', async () => {
    const result = await run('report', path('saknas.xlsx'), '--out', path('z.html'));
    expect(result.code).toBe(2);
    expect(result.err).toContain('saknas.xlsx');
    expect(() => readFileSync(path('z.html'))).toThrow();
  });

  test('--help answers with the usage and exit 0', async () => {
    const result = await run('report', '--help');
    expect(result.code).toBe(0);
    expect(result.out).toContain('--out <rapport.html>');
  });
});
