import { encode } from 'iconv-lite';
import { defaultRuleSet } from '../../src/domain';
import { ledgerOutcome, readSie, SieFile } from '../../src/domain/ledger';
import { followUpTertial2of2022 } from '../../src/sheets/follow-up';
import { FollowUpModel } from '../../src/domain/models/follow-up';
import { planFollowUp } from '../../src/sheets/follow-up/plan';
import { validateFollowUp } from '../../src/sheets/follow-up/validate';
import { findRow, Grid } from '../../src/sheets/grid';
import { planRules } from '../../src/sheets/rules';
import { withAccountMap } from '../../src/sheets/rules/account-map';
import { fillFollowUp } from '../../src/ledger/fill-outcome';
import { contextOf, recalculated } from '../sheets/follow-up/support';
import { EXPECTED_T2, SEED_004_EXPLAINED, sie2022, SieOptions } from './sie-2022';

function sieFile(options: SieOptions = {}): SieFile {
  const read = readSie(new Uint8Array(encode(sie2022(options), 'cp437')));
  if (!read.ok) throw new Error(JSON.stringify(read.findings));
  return read.file;
}

/** Seed 004's follow-up with an empty outcome column and no explanations: what the ledger fills. */
function emptyT2(): Grid {
  const example = followUpTertial2of2022();
  const blank = (line: FollowUpModel['income'][number]) => ({ ...line, forecast: 0, explanation: '' });
  const model: FollowUpModel = { ...example, basis: 'outcome', income: example.income.map(blank), costSections: example.costSections.map((s) => ({ ...s, lines: s.lines.map(blank) })) };
  return recalculated(planFollowUp(model));
}

const allLines = (model: FollowUpModel) => [...model.income, ...model.costSections.flatMap((s) => s.lines)];

describe('T2 2022 from the hand-made SIE file (seed 004)', () => {
  const filled = fillFollowUp(emptyT2(), undefined, sieFile(), 'T2');
  if (!filled.ok) throw new Error(JSON.stringify(filled.findings));
  const { model } = filled.filled;

  it('fills every line with the hand sum of Jan–Aug', () => {
    const got = Object.fromEntries(allLines(model).map((line) => [line.label, line.forecast]));
    expect(Object.keys(got)).toEqual(Object.keys(EXPECTED_T2));
    for (const [label, tkr] of Object.entries(EXPECTED_T2)) expect(got[label]).toBeCloseTo(tkr, 9);
    expect(filled.filled.outcome).toMatchObject({ start: '20220101', end: '20220831', fromResult: false });
  });

  it('proposes the Kontoplan from the account names and says it is a proposal', () => {
    expect(filled.filled.proposed).toBe(true);
    expect(filled.filled.accountMap).toContainEqual({ accounts: '4010', line: 'Vännäs', name: 'Vännäs', proposed: true });
    expect(filled.filled.accountMap).toContainEqual({ accounts: '3012', line: 'Vännäs kommun', name: 'Vännäs kommun', proposed: true });
    expect(filled.filled.findings.map((f) => f.message)).toContainEqual(expect.stringContaining('FINSAM föreslog 31 rader'));
    expect(filled.filled.typed).toEqual([]);
  });

  it('is compared with 8/12 of the budget, and the deviation rule finds what seed 004 explains', () => {
    expect(model).toMatchObject({ basis: 'outcome', period: 'tertial 2', budgetShare: 8 / 12 });
    const grid = recalculated(planFollowUp(model));
    const findings = validateFollowUp(grid, contextOf(grid)).filter((f) => f.rule === 'unexplained-deviation');
    expect(findings.map((f) => f.message.match(/"([^"]+)"/)?.[1])).toEqual(SEED_004_EXPLAINED);
    // The sheet's own FINSAM.DEVIATES column agrees, computed by the engine.
    const flagged = allLines(model).filter((line) => grid.values[findRow(grid, line.label) as number][4] === true).map((line) => line.label);
    expect(flagged).toEqual(SEED_004_EXPLAINED);
    // Ungdomstorget: 1 650 against 2 800 × 8/12 = 1 866,67, a deviation of 216,67 tkr on the sheet (costs negative).
    const row = findRow(grid, 'Ungdomstorget') as number;
    expect(grid.values[row][2]).toBe(-1650);
    expect(grid.values[row][3] as number).toBeCloseTo(216.667, 3);
  });

  it('names the typed forecasts it would replace on seed 004 example', () => {
    const example = recalculated(planFollowUp(followUpTertial2of2022()));
    const again = fillFollowUp(example, undefined, sieFile(), 'T2');
    if (!again.ok) throw new Error('not filled');
    // 32 lines; Insats medicinska underlag is 0 in both, so 31 typed values would change.
    expect(again.filled.typed).toHaveLength(31);
    expect(again.filled.typed[0]).toEqual({ label: 'Försäkringskassan', cell: `Uppföljning!C${findRow(example, 'Försäkringskassan')! + 1}`, typed: 5690, outcome: 3793.333 });
  });
});

describe('ledger findings', () => {
  const lines = [
    { label: 'Försäkringskassan', part: 'income' as const },
    { label: 'Ungdomstorget', part: 'costs' as const },
  ];
  const rules = [
    { accounts: '3000–3999', from: 3000, to: 3999, line: 'Försäkringskassan' },
    { accounts: '4020', from: 4020, to: 4020, line: 'Ungdomstorget' },
    { accounts: '4000-7999', from: 4000, to: 7999, line: 'Ungdomstorget' },
  ];

  it('a range takes every income account; the narrowest rule wins', () => {
    const result = ledgerOutcome(sieFile(), rules, lines, 'T2');
    if (!result.ok) throw new Error(JSON.stringify(result.findings));
    // 7 666 668 kr of income Jan–Aug, summed by hand from sie-2022.ts.
    expect(result.outcome.outcomes.get('Försäkringskassan')).toBeCloseTo(7666.668, 9);
  });

  it('T1 takes January to April only', () => {
    const result = ledgerOutcome(sieFile(), [{ accounts: '4020', from: 4020, to: 4020, line: 'Ungdomstorget' }, { accounts: '3985', from: 3985, to: 3985, line: 'Försäkringskassan' }], lines, 'T1');
    expect(result.ok).toBe(false);
    // Accounts with amounts and no line stop it, one finding each.
    expect(result.findings.filter((f) => f.message.includes('ingen budgetrad')).length).toBeGreaterThan(10);
    const narrow = sieFile();
    const only = ledgerOutcome({ ...narrow, transactions: narrow.transactions.filter((t) => ['4020', '3985', '1930'].includes(t.account)), result: new Map() }, rules, lines, 'T1');
    if (!only.ok) throw new Error(JSON.stringify(only.findings));
    expect(Object.fromEntries(only.outcome.outcomes)).toEqual({ Försäkringskassan: 40, Ungdomstorget: 900 });
  });

  it('vouchers that do not sum to #RES stop the fill', () => {
    const result = ledgerOutcome(sieFile({ res: { '4020': 1800000 } }), rules, lines, 'T2');
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => f.message)).toContain('Konto 4020: verifikationerna summerar till 1850000,00 kr men #RES anger 1800000,00 kr.');
  });

  it('an account with an amount and no line stops the fill; a transaction outside #RAR is left out with a warning', () => {
    const interest = '#VER B 1 20220610 "Ränta"\r\n{\r\n#TRANS 8310 {} -12.50\r\n#TRANS 1930 {} 12.50\r\n}';
    const unmapped = ledgerOutcome(sieFile({ extraVouchers: interest, res: { '8310': -12.5 } }), rules, lines, 'T2');
    expect(unmapped.findings).toContainEqual({ severity: 'error', message: 'Konto 8310 har -12,50 kr för perioden men ingen budgetrad i kontoplanen.', line: undefined });
    const old = '#VER B 2 20211231 "Fjolårets"\r\n{\r\n#TRANS 4020 {} 5000.00\r\n#TRANS 1930 {} -5000.00\r\n}';
    const outside = ledgerOutcome(sieFile({ extraVouchers: old }), rules, lines, 'T2');
    if (!outside.ok) throw new Error(JSON.stringify(outside.findings));
    // Every cost line of EXPECTED_T2 added by hand: 7 182,384 tkr; the 5 000 kr of 2021 is not in it.
    expect(outside.outcome.outcomes.get('Ungdomstorget')).toBeCloseTo(7182.384, 9);
    expect(outside.findings.find((f) => f.message.includes('20211231'))).toMatchObject({ severity: 'warning', message: expect.stringContaining('utanför räkenskapsåret 20220101–20221231') });
  });

  it('a file of balances only gives the year from #RES, and refuses a tertial', () => {
    const text = '#FLAGGA 0\r\n#SIETYP 2\r\n#RAR 0 20220101 20221231\r\n#KONTO 4020 "Ungdomstorget"\r\n#RES 0 4020 2600000.00\r\n#RES 0 3010 -5690000.00\r\n';
    const read = readSie(new Uint8Array(encode(text, 'cp437')));
    if (!read.ok) throw new Error('not read');
    const year = ledgerOutcome(read.file, rules, lines, 'år');
    expect(year.ok && Object.fromEntries(year.outcome.outcomes)).toEqual({ Försäkringskassan: 5690, Ungdomstorget: 2600 });
    expect(ledgerOutcome(read.file, rules, lines, 'T2').findings[0].message).toContain('SIE typ 4');
  });

  it('the rules sheet\'s Kontoplan is used instead of a proposal', () => {
    const rulesGrid = recalculated(withAccountMap(planRules(defaultRuleSet(2022)), [{ accounts: '3000–3999', line: 'Försäkringskassan' }, { accounts: '4000-7999', line: 'Okänd rad' }]));
    const result = fillFollowUp(emptyT2(), rulesGrid, sieFile(), 'T2');
    if (result.ok) throw new Error('filled with a line that is not on the sheet');
    expect(result.findings.map((f) => f.message)).toContain('Kontoplanen för 4000-7999 till "Okänd rad", som inte finns på uppföljningsbladet.');
  });
});
