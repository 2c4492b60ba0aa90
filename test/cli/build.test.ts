import { existsSync, writeFileSync } from 'fs';
import { join } from 'path';
import { runBuild } from '../../src/cli/build';
import { main } from '../../src/cli/main';
import { SheetPlan } from '../../src/sheets/plan';
import { SheetKindModule } from '../../src/sheets/sheet-kind';
import { readXlsxGrids } from '../../src/workbook/xlsx';
import { smallPlan, temporaryFolder } from '../support/xlsx-fixtures';

/** `finsam build` (issue 5, item 5): an example or a model.json to an .xlsx; exit 2 on what it cannot build. */
interface NoteModel {
  readonly text: string;
}

/** A test-only kind: one note cell, and a throw for a model without text (as a real plan might). */
const noteKind: SheetKindModule<unknown> = {
  kind: 'stakeholders',
  defaultName: 'Anteckning',
  detect: () => false,
  plan: (model, sheetName): SheetPlan => {
    const { text } = model as NoteModel;
    if (typeof text !== 'string') throw new Error('text saknas');
    return { name: sheetName ?? 'Anteckning', kind: 'stakeholders', cells: [{ row: 0, col: 0, value: text, style: 'note' }], tables: [], names: [], columnWidths: [40], frozenRows: 0 };
  },
  read: () => ({ ok: false, findings: [] }),
  validate: () => [],
};

const folder = temporaryFolder();
afterAll(() => folder.remove());
const path = (name: string) => join(folder.path, name);
const json = (name: string, content: unknown) => {
  writeFileSync(path(name), typeof content === 'string' ? content : JSON.stringify(content));
  return path(name);
};

async function build(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io = { out: (line: string) => out.push(line), err: (line: string) => err.push(line) };
  const code = await runBuild(args, io, { kinds: [noteKind], examples: { liten: smallPlan } });
  return { code, out, err };
}

describe('finsam build --example', () => {
  test('writes the example and says so; the file reads back', async () => {
    expect(await build('--example', 'liten', path('liten.xlsx'))).toEqual({ code: 0, out: [`Skrev ${path('liten.xlsx')} (2 blad).`], err: [] });
    const read = await readXlsxGrids(path('liten.xlsx'));
    expect(read.ok && read.value.map((grid) => grid.sheet)).toEqual(['Befolkning', 'Social budget']);
  });

  test('an unknown example exits 2 and lists the known ones', async () => {
    expect(await build('--example', 'okänd', path('x.xlsx'))).toEqual({ code: 2, out: [], err: ['Exemplet "okänd" finns inte; välj ett av: liten.'] });
    expect(existsSync(path('x.xlsx'))).toBe(false);
  });

  test('the output cannot be written: exit 2 naming the file', async () => {
    const result = await build('--example', 'liten', path('saknas/x.xlsx'));
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/saknas\/x\.xlsx gick inte att skriva \(mappen finns inte\)/);
  });
});

describe('finsam build model.json', () => {
  test('plans each sheet through its kind, with the name given', async () => {
    const model = json('modell.json', { sheets: [{ kind: 'stakeholders', name: 'Intressenter', model: { text: '=inte en formel' } }] });
    expect((await build(model, path('modell.xlsx'))).code).toBe(0);
    const read = await readXlsxGrids(path('modell.xlsx'));
    expect(read.ok && read.value).toEqual([{ sheet: 'Intressenter', values: [['=inte en formel']], formulas: [[]] }]);
  });

  test.each([
    ['a missing file', () => path('saknas.json'), /saknas\.json finns inte/],
    ['not JSON', () => json('trasig.json', '{ "sheets": ['), /trasig\.json är inte giltig JSON/],
    ['no sheets', () => json('tom.json', { sheets: [] }), /"sheets" saknas eller är ingen lista med blad/],
    ['a sheet without a model', () => json('utan.json', { sheets: [{ kind: 'stakeholders' }] }), /blad nr 1: "model" saknas eller är inte ett objekt/],
    ['an unknown kind', () => json('sort.json', { sheets: [{ kind: 'kassabok', model: {} }] }), /Blad nr 1: sorten "kassabok" finns inte; välj en av: stakeholders\./],
    ['a model the kind cannot plan', () => json('fel.json', { sheets: [{ kind: 'stakeholders', model: { text: 5 } }] }), /Blad nr 1 \(stakeholders\): modellen gick inte att göra om till ett blad \(text saknas\)/],
  ])('%s exits 2 with a message', async (_, make, message) => {
    const result = await build(make(), path('ut.xlsx'));
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toMatch(message);
    expect(existsSync(path('ut.xlsx'))).toBe(false);
  });

  test('wrong use exits 2 with the usage', async () => {
    expect((await build()).code).toBe(2);
    expect((await build('--example')).code).toBe(2);
    expect((await build('modell.json')).code).toBe(2);
    expect((await build('--example', 'liten', 'a.xlsx', 'b.xlsx')).code).toBe(2);
  });

  test('main dispatches build with the registry (an unknown example exits 2)', async () => {
    const err: string[] = [];
    expect(await main(['build', '--example', 'finns-inte', path('y.xlsx')], { out: () => undefined, err: (line) => err.push(line) })).toBe(2);
    expect(err[0]).toMatch(/^Exemplet "finns-inte" finns inte/);
  });
});
