import { promises as fs } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { encode } from 'iconv-lite';
import { runOutcome } from '../../src/cli/outcome';
import { defaultRuleSet } from '../../src/domain';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up';
import { FollowUpModel } from '../../src/domain/models/follow-up';
import { planFollowUp } from '../../src/sheets/follow-up/plan';
import { findRow } from '../../src/sheets/grid';
import { planRules } from '../../src/sheets/rules';
import { readAccountMap } from '../../src/sheets/rules/account-map';
import { validateWorkbook } from '../../src/sheets/registry';
import { readXlsxGrids, writePlanToXlsx } from '../../src/workbook/xlsx';
import { sie2022 } from './sie-2022';

function io() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (line: string) => out.push(line), err: (line: string) => err.push(line) }, out, err };
}

describe('finsam outcome', () => {
  let dir: string;
  let sie: string;
  let book: string;
  let typedBook: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(join(tmpdir(), 'finsam-outcome-'));
    sie = join(dir, 'bokföring 2022.se');
    book = join(dir, 'uppföljning.xlsx');
    typedBook = join(dir, 'exempel.xlsx');
    await fs.writeFile(sie, encode(sie2022(), 'cp437'));
    const example = followUpTertial2of2022();
    const blank = (line: FollowUpModel['income'][number]) => ({ ...line, forecast: 0, explanation: '' });
    const empty: FollowUpModel = { ...example, basis: 'outcome', income: example.income.map(blank), costSections: example.costSections.map((s) => ({ ...s, lines: s.lines.map(blank) })) };
    const rules = planRules(defaultRuleSet(2022));
    expect((await writePlanToXlsx({ sheets: [rules, planFollowUp(empty)] }, book)).ok).toBe(true);
    expect((await writePlanToXlsx({ sheets: [rules, planFollowUp(example)] }, typedBook)).ok).toBe(true);
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('writes a new book with T2 outcomes, the proposed Kontoplan, and the findings seed 004 explains', async () => {
    const out = join(dir, 'ny.xlsx');
    const run = io();
    expect(await runOutcome([sie, book, '--period', 'T2', '--out', out], run.io)).toBe(0);
    expect(run.out.at(-1)).toBe(`Skrev ${out}: utfall för 32 rader, tertial 2.`);
    const read = await readXlsxGrids(out);
    if (!read.ok) throw new Error(read.error.message);
    const followUp = read.value.find((grid) => grid.sheet === 'Uppföljning')!;
    const at = (label: string) => followUp.values[findRow(followUp, label)!][2];
    expect(at('Ungdomstorget')).toBe(-1650);
    expect(at('Region Västerbotten')).toBeCloseTo(1896.667, 9);
    expect(at('Insats medicinska underlag')).toBe(0);
    const map = readAccountMap(read.value.find((grid) => grid.sheet === 'FINSAM-regler')!);
    expect(map.rows).toHaveLength(31);
    expect(map.rows[0]).toEqual({ accounts: '3010', line: 'Försäkringskassan', name: 'Försäkringskassan', proposed: true });
    const unexplained = validateWorkbook(read.value, { year: 2022 }).filter((f) => f.rule === 'unexplained-deviation');
    expect(unexplained.map((f) => f.message.match(/"([^"]+)"/)?.[1])).toEqual(['Kompetensutveckling och mötesplatser', 'Ungdomstorget', 'Vuxentorget', 'Insats för kortutbildade', 'Insats medicinska underlag']);
  });

  it('never writes over the book or the SIE file', async () => {
    for (const target of [book, sie, join(dir, '.', 'uppföljning.xlsx')]) {
      const run = io();
      expect(await runOutcome([sie, book, '--period', 'T2', '--out', target], run.io)).toBe(2);
      expect(run.err[0]).toContain('arbetsboken skrivs aldrig över');
    }
  });

  it('asks for --force before replacing typed forecasts, naming the cells', async () => {
    const out = join(dir, 'tvingad.xlsx');
    const run = io();
    expect(await runOutcome([sie, typedBook, '--period', 'T2', '--out', out], run.io)).toBe(1);
    expect(run.err.join('\n')).toContain('Uppföljning!C10 (Försäkringskassan: 5 690 → 3 793)');
    await expect(fs.stat(out)).rejects.toThrow();
    expect(await runOutcome([sie, typedBook, '--period', 'T2', '--out', out, '--force'], io().io)).toBe(0);
  });

  it('refuses an SIE file it does not understand, with the line, and writes nothing', async () => {
    const bad = join(dir, 'latin1.se');
    await fs.writeFile(bad, encode(sie2022(), 'latin1'));
    const out = join(dir, 'aldrig.xlsx');
    const run = io();
    expect(await runOutcome([bad, book, '--period', 'T2', '--out', out], run.io)).toBe(1);
    expect(run.err[0]).toMatch(/^fel: .*latin1\.se:5: Fel teckenkodning på rad 5/);
    await expect(fs.stat(out)).rejects.toThrow();
  });

  it('explains its use', async () => {
    const run = io();
    expect(await runOutcome([sie, book, '--period', 'T4', '--out', 'x.xlsx'], run.io)).toBe(2);
    expect(run.err[0]).toBe('Okänd period "T4": ange T1, T2 eller år.');
  });
});
