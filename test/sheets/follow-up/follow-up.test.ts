import { followUpSheet, followUpTertial2of2022 } from '../../../src/sheets/follow-up';
import { fullYearEquivalents2022, fyeSheet } from '../../../src/sheets/fye';
import { participantsSheet, participantsTertial2of2022 } from '../../../src/sheets/participants';
import { stakeholderAnalysis2020, stakeholderSheet } from '../../../src/sheets/stakeholders';
import { planFollowUp } from '../../../src/sheets/follow-up/plan';
import { findRow } from '../../../src/sheets/grid';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';
import { addressBeside, contextOf, recalculated, typedAsText, valueBeside, withBlankRowAt, withCell, withColumnAt, withRowsSwapped } from './support';

const model = followUpTertial2of2022();
const grid = recalculated(planFollowUp(model));
const context = contextOf(grid);

describe('follow-up tertial 2 2022, recalculated in the engine (seed 004)', () => {
  test('the budget totals are the report’s: costs 12 365, income 11 511, result −854; the forecast result is +296', () => {
    expect(valueBeside(grid, 'Summa kostnader')).toBe(-12365);
    expect(valueBeside(grid, 'Summa intäkter')).toBe(11511);
    expect(valueBeside(grid, 'Resultat')).toBe(-854);
    expect(valueBeside(grid, 'Resultat', 2)).toBe(296);
  });

  test('"underbalanseras med 869" stands beside the computed 854 = 12 365 − 11 511, difference 15', () => {
    const label = 'Underbalansering (kostnader − intäkter)';
    expect([valueBeside(grid, label, 1), valueBeside(grid, label, 2), valueBeside(grid, label, 3)]).toEqual([869, 854, 15]);
    expect([valueBeside(grid, 'Kostnader enligt budget', 3), valueBeside(grid, 'Intäkter enligt budget', 3)]).toEqual([0, 0]);
  });

  test('opening equity assumed 1 724, actual 1 800: +76; year-end 2 096 against the cap 1 707 (15 % of 11 380), 389 over', () => {
    expect(valueBeside(grid, 'Eget kapital vid årets början, antaget i budgeten')).toBe(1724);
    expect(valueBeside(grid, 'Eget kapital vid årets början, enligt årsbokslut')).toBe(1800);
    expect(valueBeside(grid, 'Skillnad mot budgetens antagande')).toBe(76);
    expect(valueBeside(grid, 'Eget kapital vid årets slut, prognos')).toBe(2096);
    expect(valueBeside(grid, 'Trappans tak')).toBeCloseTo(1707, 9);
    expect(valueBeside(grid, 'Över taket')).toBeCloseTo(389, 9);
    expect(valueBeside(grid, 'Inom trappan')).toBe(false);
  });

  test('FINSAM.DEVIATES marks the lines past 10 % and 50 tkr, and only those', () => {
    const marked = grid.values.filter((row) => row[4] === true).map((row) => row[0]);
    expect(marked).toEqual(['Kompetensutveckling och mötesplatser', 'Ungdomstorget', 'Insats för kortutbildade', 'Insats medicinska underlag']);
  });

  test('deviations, sums and checks are formulas; typed figures are literals', () => {
    const plan = planFollowUp(model);
    const formulas = plan.cells.flatMap((cell) => (cell.formula ? [cell.formula] : []));
    expect(formulas.filter((f) => f.startsWith('=FINSAM.DEVIATES(')).length).toBe(model.income.length + model.costSections.flatMap((s) => s.lines).length);
    expect(formulas).toContain('=FINSAM.EQUITYCAP(B68,$A$75:$B$77)');
    expect(plan.cells.every((cell) => cell.formula === undefined || (cell.formula.startsWith('=') && cell.value === undefined))).toBe(true);
    expect(plan.tables[0]).toMatchObject({ name: 'Uppfoljning', columns: ['Post', 'Budget', 'Prognos', 'Avvikelse', 'Ska förklaras', 'Förklaring'] });
  });
});

describe('reading the follow-up sheet back', () => {
  test('plan → engine → reader gives the model back', () => {
    expect(followUpSheet.read(grid, context)).toEqual({ ok: true, model, findings: [] });
    expect(followUpSheet.detect(grid)).toBe(true);
  });

  test('blank rows, an extra column and numbers typed as text ("2 845") change nothing', () => {
    const umea = findRow(grid, 'Umeå kommun') as number;
    let edited = withCell(grid, `B${umea + 1}`, typedAsText(2353));
    edited = withCell(edited, addressBeside(edited, 'Underbalansering (kostnader − intäkter)'), '869 tkr');
    edited = withColumnAt(withBlankRowAt(withBlankRowAt(edited, umea), 3), 3);
    expect(followUpSheet.read(edited, context)).toEqual({ ok: true, model, findings: [] });
  });

  test('moved rows move their lines, nothing else', () => {
    const a = findRow(grid, 'Arvoden till styrelsen') as number;
    const read = followUpSheet.read(withRowsSwapped(grid, a, a + 1), context);
    const lines = read.ok ? read.model.costSections[0].lines.map((line) => line.label) : [];
    expect(lines.slice(0, 2)).toEqual(['Arvoden till revisorer', 'Arvoden till styrelsen']);
  });

  test('an amount that is not a number is a finding at its cell, not a guess', () => {
    const row = (findRow(grid, 'Lokalhyra') as number) + 1;
    const read = followUpSheet.read(withCell(grid, `C${row}`, 'nittio'), context);
    expect(read.ok).toBe(false);
    expect(read.findings).toEqual([expect.objectContaining({ rule: 'unreadable', severity: 'error', where: { sheet: 'Uppföljning', cell: `C${row}` } })]);
    expect(read.findings[0].message).toBe('Prognos för "Lokalhyra" är "nittio"; det ska vara ett tal.');
  });

  test('a sheet without the header row is one finding at A1', () => {
    const read = followUpSheet.read({ sheet: 'Blad1', values: [['Hej'], [1, 2]] }, context);
    expect(read).toEqual({ ok: false, findings: [expect.objectContaining({ rule: 'unreadable', where: { sheet: 'Blad1', cell: 'A1' } })] });
    expect(followUpSheet.detect({ sheet: 'Blad1', values: [['Hej']] })).toBe(false);
  });
});

describe('validating the follow-up sheet (seed 004)', () => {
  const findings = followUpSheet.validate(grid, context);

  test('869 stated against 854 computed is an error at the stated cell', () => {
    expect(findings).toContainEqual({
      rule: 'stated-total',
      severity: 'error',
      message: 'Underbalansering (kostnader − intäkter) anges till 869 men blir 854 (12 365 − 11 511); skillnad 15.',
      where: { sheet: 'Uppföljning', cell: addressBeside(grid, 'Underbalansering (kostnader − intäkter)') },
    });
  });

  test('stated costs 1 tkr high are found on their own row; a deficit that follows from the stated costs and income is not found again (DOMAIN.md §2)', () => {
    const deficit = 'Underbalansering (kostnader − intäkter)';
    const plan = planFollowUp({ ...model, stated: { ...model.stated, costs: 12366, deficit: 855 } });
    const engine = engineFromPlan({ sheets: [plan] });
    let edited = gridOf(engine, plan.name);
    expect([valueBeside(edited, deficit, 2), valueBeside(edited, deficit, 3)]).toEqual([855, 0]);
    const flagged = followUpSheet.validate(edited, contextOf(edited)).filter((f) => f.rule === 'stated-total');
    expect(flagged.map((f) => f.where.cell)).toEqual([addressBeside(edited, 'Kostnader enligt budget')]);
    // With the stated costs emptied, the deficit follows the budget lines again: 854, off by 1.
    const row = findRow(edited, 'Kostnader enligt budget', 0) as number;
    engine.setCellContents({ sheet: engine.getSheetId(plan.name) as number, row, col: 1 }, null);
    edited = gridOf(engine, plan.name);
    expect([valueBeside(edited, deficit, 2), valueBeside(edited, deficit, 3)]).toEqual([854, 1]);
    expect(followUpSheet.validate(edited, contextOf(edited)).filter((f) => f.rule === 'stated-total').map((f) => f.where.cell)).toEqual([addressBeside(edited, deficit)]);
    engine.destroy();
  });

  test('equity 2 096 over the staircase’s 1 707 is a warning at the year-end equity', () => {
    expect(findings).toContainEqual({
      rule: 'equity-staircase',
      severity: 'warning',
      message: 'Eget kapital 2 096 tkr överstiger trappans tak 1 707 tkr (15 % av 11 380) med 389 tkr.',
      where: { sheet: 'Uppföljning', cell: addressBeside(grid, 'Eget kapital vid årets slut, prognos') },
    });
  });

  test('the budget’s assumed opening equity 1 724 against the accounts’ 1 800 (+76) is a warning', () => {
    const finding = findings.find((f) => f.rule === 'opening-equity');
    expect(finding).toMatchObject({ severity: 'warning', where: { cell: addressBeside(grid, 'Eget kapital vid årets början, antaget i budgeten') } });
    expect(finding?.message).toContain('1 724 tkr; årsbokslutet gav 1 800 tkr (+76 tkr)');
  });

  test('Ungdomstorget’s −300 of 2 800 without an explanation is the one unexplained deviation', () => {
    const unexplained = findings.filter((f) => f.rule === 'unexplained-deviation');
    expect(unexplained).toEqual([expect.objectContaining({ severity: 'error', where: { sheet: 'Uppföljning', cell: `F${(findRow(grid, 'Ungdomstorget') as number) + 1}` } })]);
    expect(unexplained[0].message).toContain('"Ungdomstorget" är 300 tkr mot budgeten 2 800 tkr');
  });

  test('exactly these four findings, and an explanation removes one', () => {
    expect(findings.map((f) => f.rule).sort()).toEqual(['equity-staircase', 'opening-equity', 'stated-total', 'unexplained-deviation']);
    const row = (findRow(grid, 'Ungdomstorget') as number) + 1;
    const explained = withCell(grid, `F${row}`, 'Regionen har haft svårt att ersätta medarbetare.');
    expect(followUpSheet.validate(explained, context).some((f) => f.rule === 'unexplained-deviation')).toBe(false);
  });

  test('thresholds come from the rule set: at 15 % Ungdomstorget’s 10,7 % need not be explained', () => {
    const rules = { ...context.rules, deviation: { share: 0.15, amount: 50 } };
    expect(followUpSheet.validate(grid, { ...context, rules }).some((f) => f.rule === 'unexplained-deviation')).toBe(false);
  });

  test('a sum typed over a formula shows as a stated figure that does not follow', () => {
    const edited = withCell(grid, addressBeside(grid, 'Kostnader enligt budget'), 12635);
    const finding = followUpSheet.validate(edited, context).find((f) => f.message.startsWith('Kostnader enligt budget'));
    expect(finding?.message).toBe('Kostnader enligt budget anges till 12 635 men blir 12 365 (2 595 + 450 + 8 550 + 770); skillnad 270.');
  });
});

describe('the basis and the kind', () => {
  test('a follow-up of outcomes ("Utfall") reads back as one', () => {
    const outcome = { ...model, basis: 'outcome' as const, period: 'helår' };
    const sheet = recalculated(planFollowUp(outcome));
    expect(sheet.values[7][2]).toBe('Utfall');
    expect(followUpSheet.read(sheet, context)).toEqual({ ok: true, model: outcome, findings: [] });
  });

  test('detect tells the follow-up, participants, FYE and stakeholder sheets apart', () => {
    const grids = [grid, recalculated(participantsSheet.plan(participantsTertial2of2022())), recalculated(fyeSheet.plan(fullYearEquivalents2022())), recalculated(stakeholderSheet.plan(stakeholderAnalysis2020()))];
    const kinds = [followUpSheet, participantsSheet, fyeSheet, stakeholderSheet];
    expect(kinds.map((kind) => grids.map((sheet) => kind.detect(sheet)))).toEqual([
      [true, false, false, false],
      [false, true, false, false],
      [false, false, true, false],
      [false, false, false, true],
    ]);
  });
});
