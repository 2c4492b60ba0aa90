import { spawnSync } from 'child_process';
import { chmodSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'fs';
import { join } from 'path';
import { runBuild } from '../../src/cli/build';
import { CliIo } from '../../src/cli/main';
import { runExport } from '../../src/cli/export';
import { temporaryName } from '../../src/cli/output-file';
import { isYes } from '../../src/cli/terminal';
import { findingMessages } from '../../src/text/findings';
import { smallPlan, temporaryFolder } from '../support/xlsx-fixtures';

/**
 * Where `finsam build` and `finsam export` write (issue 17, items 2 and 11): never over their
 * input, over an existing file only with --force or a "j" in a terminal (its mode kept), never
 * onto a directory or a device, and no temporary file left from a killed run.
 */
const folder = temporaryFolder();
afterAll(() => folder.remove());
const path = (name: string) => join(folder.path, name);
const OLD = 'gammalt innehåll';

async function build(args: string[], ask?: (question: string) => Promise<boolean>) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (line) => out.push(line), err: (line) => err.push(line), ask };
  const code = await runBuild(args, io, { examples: { liten: smallPlan } });
  return { code, out, err };
}

async function exportTo(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runExport(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

/** An .xlsx that starts with the zip signature, i.e. a workbook and not the old text. */
const isWorkbook = (file: string) => readFileSync(file).subarray(0, 2).toString('latin1') === 'PK';

describe('finsam build: the output is never the input', () => {
  test('finsam build m.json m.json refuses, exit 2, and the model is untouched', async () => {
    const model = path('m.json');
    const text = JSON.stringify({ sheets: [{ kind: 'stakeholders', model: { stakeholders: [] } }] });
    writeFileSync(model, text);
    const result = await build([model, model]);
    expect(result.code).toBe(2);
    expect(result.err).toEqual([`Ut-filen ${model} är samma fil som in-filen; välj ett annat namn, så att originalet lämnas orört.`]);
    expect(readFileSync(model, 'utf8')).toBe(text);
  });

  test('a link to the model is the model too', async () => {
    const model = path('m2.json');
    writeFileSync(model, '{}');
    symlinkSync(model, path('m2-länk.xlsx'));
    const result = await build([model, path('m2-länk.xlsx')]);
    expect(result.code).toBe(2);
    expect(readFileSync(model, 'utf8')).toBe('{}');
  });
});

describe('finsam build: an existing file', () => {
  test('the answer: j, ja, y, yes mean yes; an empty answer and anything else mean no', () => {
    expect(['j', 'Ja', ' y ', 'YES'].map(isYes)).toEqual([true, true, true, true]);
    expect(['', 'n', 'nej', 'jaa', 'kanske'].map(isYes)).toEqual([false, false, false, false, false]);
  });

  test('is not replaced without --force: exit 2, a Swedish message, the file as it was', async () => {
    writeFileSync(path('finns.xlsx'), OLD);
    const result = await build(['--example', 'liten', path('finns.xlsx')]);
    expect(result).toEqual({ code: 2, out: [], err: [`Filen ${path('finns.xlsx')} finns redan; lägg till --force för att skriva över den, eller välj ett annat namn.`] });
    expect(readFileSync(path('finns.xlsx'), 'utf8')).toBe(OLD);
  });

  test('is replaced with --force, keeping its mode', async () => {
    writeFileSync(path('läge.xlsx'), OLD);
    chmodSync(path('läge.xlsx'), 0o640);
    expect((await build(['--force', '--example', 'liten', path('läge.xlsx')])).code).toBe(0);
    expect(isWorkbook(path('läge.xlsx'))).toBe(true);
    expect(statSync(path('läge.xlsx')).mode & 0o777).toBe(0o640);
  });

  test('the question in a terminal: "j" replaces, anything else keeps the file', async () => {
    writeFileSync(path('fråga.xlsx'), OLD);
    const asked: string[] = [];
    const no = await build(['--example', 'liten', path('fråga.xlsx')], async (question) => (asked.push(question), false));
    expect(no.code).toBe(2);
    expect(asked).toEqual([`Filen ${path('fråga.xlsx')} finns redan. Skriva över? (j/N) `]);
    expect(readFileSync(path('fråga.xlsx'), 'utf8')).toBe(OLD);
    expect((await build(['--example', 'liten', path('fråga.xlsx')], async () => true)).code).toBe(0);
    expect(isWorkbook(path('fråga.xlsx'))).toBe(true);
  });

  test('a link to a file writes the file it points to, and stays a link', async () => {
    mkdirSync(path('annan'));
    writeFileSync(path('annan/mål.xlsx'), OLD);
    symlinkSync(path('annan/mål.xlsx'), path('länk.xlsx'));
    expect((await build(['--force', '--example', 'liten', path('länk.xlsx')])).code).toBe(0);
    expect(lstatSync(path('länk.xlsx')).isSymbolicLink()).toBe(true);
    expect(isWorkbook(path('annan/mål.xlsx'))).toBe(true);
  });
});

describe('finsam build: never onto what is not a file', () => {
  test.each([
    ['a directory', () => (mkdirSync(path('mapp.xlsx')), path('mapp.xlsx')), 'en mapp'],
    ['/dev/null', () => '/dev/null', 'en enhet (som /dev/null)'],
    ['a link to /dev/null', () => (symlinkSync('/dev/null', path('noll.xlsx')), path('noll.xlsx')), 'en enhet (som /dev/null)'],
  ])('%s is refused, even with --force', async (_, make, what) => {
    const target = make();
    const result = await build(['--force', '--example', 'liten', target]);
    expect(result).toEqual({ code: 2, out: [], err: [`${target} är ${what}, ingen vanlig fil; ange ett filnamn för arbetsboken.`] });
  });

  test('an empty output name says the name is missing', async () => {
    expect(await build(['--example', 'liten', ''])).toEqual({ code: 2, out: [], err: ['Namnet på ut-filen saknas (en tom text); ange ett filnamn, t.ex. ut.xlsx.'] });
  });

  test('an empty model name says the name is missing', async () => {
    expect((await build(['', path('x.xlsx')])).err).toEqual(['Namnet på filen att läsa saknas (en tom text); ange arbetsboken eller modellen.']);
  });

  test('an unknown flag is refused in Swedish', async () => {
    const result = await build(['--forse', '--example', 'liten', path('y.xlsx')]);
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe('Okänd flagga --forse för finsam build; se finsam build --help.');
    expect(existsSync(path('y.xlsx'))).toBe(false);
  });
});

describe('temporary files of killed runs', () => {
  test('the next run removes ".name.xlsx.<pid>.tmp" of a process that is gone, and leaves a living one\'s', async () => {
    mkdirSync(path('rester'));
    const target = path('rester/ut.xlsx');
    const gone = spawnSync(process.execPath, ['-e', '0']).pid as number;
    writeFileSync(temporaryName(target, gone), 'halvfärdig');
    writeFileSync(temporaryName(target, process.ppid), 'pågår');
    writeFileSync(path('rester/.annan.xlsx.1.tmp'), 'inte vår');
    expect((await build(['--example', 'liten', target])).code).toBe(0);
    expect(readdirSync(path('rester')).sort()).toEqual([`.annan.xlsx.1.tmp`, `.ut.xlsx.${process.ppid}.tmp`, 'ut.xlsx']);
  });
});

describe('finsam export: the same rules', () => {
  const input = path('in.xlsx');
  beforeAll(async () => {
    expect((await build(['--example', 'liten', input])).code).toBe(0);
  });

  test('an existing output needs --force; with it the file is replaced with its mode kept', async () => {
    writeFileSync(path('styrelsen.xlsx'), OLD);
    chmodSync(path('styrelsen.xlsx'), 0o600);
    const refused = await exportTo([input, path('styrelsen.xlsx')]);
    expect(refused.code).toBe(2);
    expect(refused.err[0]).toMatch(/finns redan; lägg till --force/);
    expect(readFileSync(path('styrelsen.xlsx'), 'utf8')).toBe(OLD);
    expect((await exportTo(['--force', input, path('styrelsen.xlsx')])).code).toBe(0);
    expect(isWorkbook(path('styrelsen.xlsx'))).toBe(true);
    expect(statSync(path('styrelsen.xlsx')).mode & 0o777).toBe(0o600);
  });

  test('the input, /dev/null, an empty name and an unknown flag are refused with exit 2', async () => {
    expect((await exportTo([input, input])).err[0]).toMatch(/är samma fil som in-filen/);
    expect((await exportTo(['--force', input, '/dev/null'])).err[0]).toMatch(/^\/dev\/null är en enhet/);
    expect((await exportTo([input, ''])).err[0]).toMatch(/^Namnet på ut-filen saknas/);
    expect((await exportTo(['', path('z.xlsx')])).err[0]).toMatch(/^Namnet på filen att läsa saknas/);
    expect((await exportTo(['--json', input, path('z.xlsx')])).err[0]).toBe('Okänd flagga --json för finsam export; se finsam export --help.');
  });
});

describe('file-system reasons in Swedish', () => {
  test.each([
    ['ENOSPC', 'disken är full'],
    ['EROFS', 'filsystemet är skrivskyddat'],
    ['EDQUOT', 'diskkvoten är slut'],
    ['EACCES', 'åtkomst nekad'],
    ['ENOTDIR', 'en del av sökvägen är ingen mapp'],
  ])('%s: %s', (code, reason) => {
    expect(findingMessages.fileSystemReason(code)).toBe(reason);
    expect(findingMessages.fileNotWritten('ut.xlsx', findingMessages.fileSystemReason(code))).toBe(`ut.xlsx gick inte att skriva (${reason}); en fil som redan fanns är orörd.`);
  });

  test('an unknown code still says it is the file system', () => {
    expect(findingMessages.fileSystemReason('EWHATEVER')).toBe('okänt fel i filsystemet, EWHATEVER');
    expect(findingMessages.fileSystemReason(undefined)).toBe('okänt fel i filsystemet');
  });

  test('a folder that does not exist: "mappen finns inte", and nothing is left behind', async () => {
    const result = await build(['--example', 'liten', path('saknas/ut.xlsx')]);
    expect(result.err[0]).toBe(`${path('saknas/ut.xlsx')} gick inte att skriva (mappen finns inte); en fil som redan fanns är orörd.`);
  });
});
