import { execFileSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { runCheck } from '../../src/cli/check';
import { main } from '../../src/cli/main';
import { Finding } from '../../src/sheets/findings';
import { SheetKindModule } from '../../src/sheets/sheet-kind';
import * as engineModule from '../../src/workbook/engine/engine';
import { writePlanToXlsx } from '../../src/workbook/xlsx';
import { excelSaved, withStaleCache } from '../support/excel-saved';
import { smallPlan, temporaryFolder } from '../support/xlsx-fixtures';

/** `finsam check` (issue 5, item 5): findings by sheet and cell, exit 0/1/2, --json on one line. */
const MUNICIPAL: Finding = {
  rule: 'municipal-parts',
  severity: 'error',
  message: 'Kommunernas delar summerar till 2 844 men ska vara 2 845 (hälften av 5 690).',
  where: { sheet: 'Befolkning', cell: 'B12' },
};
const WEIGHTS: Finding = { rule: 'area-weighting', severity: 'warning', message: 'Målområdet A väger 60 %.', where: { sheet: 'Social budget', cell: 'A5' } };
const EARLIER: Finding = { ...WEIGHTS, where: { sheet: 'Befolkning', cell: 'D2' } };

/** A test-only kind that recognises every sheet and reports the given findings on it. */
function fakeKind(findings: Finding[], behaviour: Partial<SheetKindModule<unknown>> = {}): SheetKindModule<unknown> {
  return {
    kind: 'budget',
    defaultName: 'Budget',
    detect: () => true,
    plan: () => smallPlan().sheets[0],
    read: () => ({ ok: false, findings: [] }),
    validate: (grid) => findings.filter((finding) => finding.where.sheet === grid.sheet),
    ...behaviour,
  };
}

const folder = temporaryFolder();
const book = join(folder.path, 'bok.xlsx');
beforeAll(async () => {
  await writePlanToXlsx(smallPlan(), book);
});
afterAll(() => folder.remove());

async function check(args: string[], kinds?: SheetKindModule<unknown>[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCheck(args, { out: (line) => out.push(line), err: (line) => err.push(line) }, { kinds, year: 2022 });
  return { code, out, err };
}

describe('finsam check', () => {
  test('an error finding exits 1; lines grouped by sheet, ordered by cell, with a summary', async () => {
    expect(await check([book], [fakeKind([WEIGHTS, MUNICIPAL, EARLIER])])).toEqual({
      code: 1,
      out: [
        'Befolkning!D2  varning  Målområdet A väger 60 %.',
        'Befolkning!B12  fel  Kommunernas delar summerar till 2 844 men ska vara 2 845 (hälften av 5 690).',
        "'Social budget'!A5  varning  Målområdet A väger 60 %.",
        `${book}: 1 fel och 2 varningar; 2 blad, varav 2 FINSAM-blad.`,
      ],
      err: [],
    });
  });

  test('warnings only exit 0', async () => {
    const result = await check([book], [fakeKind([WEIGHTS])]);
    expect(result.code).toBe(0);
    expect(result.out.at(-1)).toBe(`${book}: 1 varning; 2 blad, varav 2 FINSAM-blad.`);
  });

  test('no findings and no known sheet exit 0 and say so', async () => {
    expect(await check([book], [])).toEqual({ code: 0, out: [`${book}: inga fel eller varningar; 2 blad, varav 0 FINSAM-blad.`], err: [] });
  });

  test('--json prints every finding, with its file, as one JSON array on one line', async () => {
    const result = await check(['--json', book], [fakeKind([MUNICIPAL, WEIGHTS])]);
    expect(result.code).toBe(1);
    expect(result.out).toHaveLength(1);
    expect(JSON.parse(result.out[0])).toEqual([{ file: book, ...MUNICIPAL }, { file: book, ...WEIGHTS }]);
  });

  test('a check that throws becomes an error finding on its sheet, not a crash', async () => {
    const broken = fakeKind([], { validate: () => { throw new Error('oväntat'); } });
    const result = await check([book], [broken]);
    expect(result.code).toBe(1);
    expect(result.out[0]).toBe('Befolkning!A1  fel  Bladet Befolkning gick inte att kontrollera (oväntat). Detta är ett fel i FINSAM, rapportera det gärna.');
  });

  test('a rules sheet supplies the rule set the other checks see', async () => {
    const seen: number[] = [];
    const rules = fakeKind([], { kind: 'rules', detect: (grid) => grid.sheet === 'Social budget', read: () => ({ ok: true, model: { year: 2031, areaTargets: [], equitySteps: [] }, findings: [] }) });
    const budget = fakeKind([], { validate: (_grid, context) => (seen.push(context.rules.year), []) });
    await check([book], [rules, budget]);
    expect(seen).toEqual([2031]);
  });
});

describe('finsam check on files it cannot read exits 2 with the file named', () => {
  const write = (name: string, bytes: Buffer | string) => {
    const path = join(folder.path, name);
    writeFileSync(path, bytes);
    return path;
  };
  const cases: [string, () => string, RegExp][] = [
    ['missing', () => join(folder.path, 'saknas.xlsx'), /saknas\.xlsx finns inte/],
    ['a text file renamed .xlsx', () => write('text.xlsx', 'hej'), /text\.xlsx är inte en Excel-arbetsbok/],
    ['password-protected', () => write('hemlig.xlsx', Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(504), Buffer.from('EncryptedPackage', 'utf16le')])), /hemlig\.xlsx är lösenordsskyddad/],
    ['a truncated zip', () => write('halv.xlsx', Buffer.from('504b0304140000000800', 'hex')), /halv\.xlsx är skadad/],
  ];

  test.each(cases)('%s', async (_, make, message) => {
    const file = make();
    const result = await check([file], []);
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toMatch(message);
  });

  test('a good and a bad file: the good one is still checked, the exit is 2', async () => {
    const result = await check([book, join(folder.path, 'saknas.xlsx')], [fakeKind([MUNICIPAL])]);
    expect(result.code).toBe(2);
    expect(result.out).toContain('Befolkning!B12  fel  Kommunernas delar summerar till 2 844 men ska vara 2 845 (hälften av 5 690).');
  });

  test('--json includes an unreadable file as a finding, still one line', async () => {
    const missing = join(folder.path, 'saknas.xlsx');
    const result = await check(['--json', missing], []);
    expect(result.code).toBe(2);
    expect(JSON.parse(result.out[0])).toEqual([
      { file: missing, rule: 'unreadable', severity: 'error', message: expect.stringMatching(/finns inte/), where: { sheet: '', cell: '' } },
    ]);
  });

  test('no file, or an unknown flag, is the usage and exit 2', async () => {
    expect((await check([], [])).code).toBe(2);
    expect((await check(['--strict', book], [])).code).toBe(2);
  });
});

describe('through main() and the installed bin', () => {
  test('main dispatches check with the registry', async () => {
    const out: string[] = [];
    const code = await main(['check', book], { out: (line) => out.push(line), err: () => undefined });
    expect([0, 1]).toContain(code);
    expect(out.at(-1)).toMatch(/^.*bok\.xlsx: .*; 2 blad, varav \d FINSAM-blad\.$/);
  });

  test('npx finsam check on a missing file exits 2 with the Swedish message', () => {
    const missing = join(folder.path, 'saknas.xlsx');
    let status = 0;
    let stderr = '';
    try {
      execFileSync('node', ['bin/finsam.js', 'check', missing], { encoding: 'utf8', stdio: 'pipe' });
    } catch (thrown) {
      ({ status, stderr } = thrown as { status: number; stderr: string });
    }
    expect(status).toBe(2);
    expect(stderr).toContain(`Filen ${missing} finns inte`);
  });
});

describe('finsam check recalculates what Excel or a script saved (issue 11, ADDIN.md §8)', () => {
  const MUNICIPAL_2021 =
    'Budget!B11  fel  Kommunernas delar 2021 summerar till 2 844 tkr men ska vara 2 845 tkr, hälften av statens 5 690 tkr (50/25/25).';
  // The example was saved before these settings existed: each takes its default, with a notice.
  const NEWER_SETTINGS = [
    "'FINSAM-regler'!A5  varning  Inställningen \"Administrationskostnader, högsta andel\" saknas; standardvärdet 10 % används.",
    "'FINSAM-regler'!A5  varning  Inställningen \"Nära målet\" saknas; standardvärdet 95 % används.",
  ];
  const example = new Uint8Array(readFileSync(join(__dirname, '../../examples/budget-2021-2023.xlsx')));
  const original = join(folder.path, 'budget.xlsx');
  const nameErrors = join(folder.path, 'budget-namn.xlsx');
  const stale = join(folder.path, 'budget-gammal.xlsx');
  beforeAll(async () => {
    writeFileSync(original, example);
    writeFileSync(nameErrors, await excelSaved(example, 'nameErrors'));
    // Umeå's part for 2022 (C6, 2 353) cached as 2 000, as if saved before the last recalculation.
    writeFileSync(stale, await withStaleCache(example, 'xl/worksheets/sheet1.xml', 'C6', 2000));
  });
  afterEach(() => jest.restoreAllMocks());
  const withoutFile = (line: string) => (JSON.parse(line) as { file: string }[]).map(({ file: _file, ...finding }) => finding);

  test('#NAME? in every FINSAM cell: one Swedish note for the sheet, then the findings of the original', async () => {
    expect(await check([original])).toEqual({ code: 1, out: [MUNICIPAL_2021, ...NEWER_SETTINGS, `${original}: 1 fel och 2 varningar; 2 blad, varav 2 FINSAM-blad.`], err: [] });
    // 15 FINSAM.CONTRIBUTION cells: six municipalities in 2022 and 2023, the region in three years.
    expect(await check([nameErrors])).toEqual({
      code: 1,
      out: ['Budget: sparad utan tillägget: värdena är omräknade (15 celler)', MUNICIPAL_2021, ...NEWER_SETTINGS, `${nameErrors}: 1 fel och 2 varningar; 2 blad, varav 2 FINSAM-blad.`],
      err: [],
    });
  });

  test('--json: the same findings array as the original on stdout, the note on stderr', async () => {
    const before = await check(['--json', original]);
    const after = await check(['--json', nameErrors]);
    expect(after.out).toHaveLength(1);
    expect(withoutFile(after.out[0])).toEqual(withoutFile(before.out[0]));
    expect(withoutFile(after.out[0])).toHaveLength(1 + NEWER_SETTINGS.length);
    expect(before.err).toEqual([]);
    expect(after.err).toEqual([`${nameErrors}: Budget: sparad utan tillägget: värdena är omräknade (15 celler)`]);
  });

  test('--cached trusts the file, as before: the #NAME? cells read as missing parts', async () => {
    const result = await check(['--cached', nameErrors]);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      'Budget!C11  fel  Kommunernas delar 2022 summerar till 0 tkr men ska vara 2 845 tkr, hälften av statens 5 690 tkr (50/25/25).',
    );
    expect(result.out.some((line) => line.includes('omräknade'))).toBe(false);
  });

  test('a stale cache is recomputed: the note counts one cell and no finding blames the sum', async () => {
    expect(await check([stale])).toEqual({
      code: 1,
      out: ['Budget: sparad utan tillägget: värdena är omräknade (1 cell)', MUNICIPAL_2021, ...NEWER_SETTINGS, `${stale}: 1 fel och 2 varningar; 2 blad, varav 2 FINSAM-blad.`],
      err: [],
    });
    // Trusting the cache, 2 000 + 148 + 114 + 85 + 108 + 37 = 2 492.
    expect((await check(['--cached', stale])).out).toContain(
      'Budget!C11  fel  Kommunernas delar 2022 summerar till 2 492 tkr men ska vara 2 845 tkr, hälften av statens 5 690 tkr (50/25/25).',
    );
  });

  test('when the engine cannot take the workbook, the cached values are checked and the user told why', async () => {
    jest.spyOn(engineModule, 'createEngine').mockImplementation(() => {
      throw new Error('Value of the formula cell is not computed.');
    });
    const result = await check([original]);
    expect(result).toEqual({
      code: 1,
      out: [
        `${original} gick inte att räkna om (Value of the formula cell is not computed.); kontrollen bygger på de värden som sparades i filen.`,
        MUNICIPAL_2021,
        ...NEWER_SETTINGS,
        `${original}: 1 fel och 2 varningar; 2 blad, varav 2 FINSAM-blad.`,
      ],
      err: [],
    });
    const json = await check(['--json', original]);
    expect(withoutFile(json.out[0])).toHaveLength(1 + NEWER_SETTINGS.length);
    expect(json.err).toEqual([expect.stringContaining('gick inte att räkna om')]);
  });
});
