import { OfficeWorkbook } from '../../../src/workbook/office/office-workbook';
import { budgetPlan, HOSTILE_LABELS, hostilePlan } from './plans';
import { FakeExcel } from './fake-excel';

/** Building sheets through the Office adapter on the fake: syncs, write order, text, kept copies. */
function workbook(): { fake: FakeExcel; port: OfficeWorkbook } {
  const fake = new FakeExcel();
  fake.addSheet('Blad1', [['Egna anteckningar']]);
  return { fake, port: new OfficeWorkbook(fake.run) };
}

describe('building a sheet in Excel', () => {
  test('the seed 003 budget takes two syncs: one to read, one to write', async () => {
    const { fake, port } = workbook();
    const result = await port.applyPlan(budgetPlan(), { existing: 'keepCopy' });
    expect(result).toEqual({ ok: true, sheet: 'Budget' });
    expect(fake.syncs).toBe(2);
    expect(fake.sheetNames()).toEqual(['Blad1', 'Budget']);
    expect(fake.activeSheet()).toBe('Budget');
    expect(fake.document.tables.map((table) => table.name)).toEqual(['Befolkning']);
  });

  test('number formats are written before values, so text cells are "@" when their text arrives', async () => {
    const { fake, port } = workbook();
    await port.applyPlan(hostilePlan(), { existing: 'fail' });
    const writes = fake.log.filter((entry) => entry.sync === 2).map((entry) => entry.text);
    expect(writes.indexOf('Range.numberFormat')).toBeGreaterThanOrEqual(0);
    expect(writes.indexOf('Range.numberFormat')).toBeLessThan(writes.indexOf('Range.values'));
    expect(writes.indexOf('Range.values')).toBeLessThan(writes.indexOf('Range.formulas'));
  });

  test('the write batch suspends calculation first, and ends with the sheet shown and a recalculation', async () => {
    const { fake, port } = workbook();
    await port.applyPlan(budgetPlan(), { existing: 'fail' });
    const writes = fake.log.filter((entry) => entry.sync === 2).map((entry) => entry.text);
    expect(writes[0]).toBe('Application.suspendApiCalculationUntilNextSync()');
    expect(writes.slice(-3)).toEqual(['Worksheet.name = "Budget"', 'Worksheet.activate()', 'Application.calculate("Recalculate")']);
  });

  test('hostile labels land as text and read back as the same text, never as formulas', async () => {
    const { fake, port } = workbook();
    await port.applyPlan(hostilePlan(), { existing: 'fail' });
    HOSTILE_LABELS.forEach((label, row) => {
      expect(fake.cellAt('Etiketter', row, 0)).toMatchObject({ value: label, numberFormat: '@' });
      expect(fake.cellAt('Etiketter', row, 0).formula).toBeUndefined();
    });
    expect(fake.cell('Etiketter', 'C1').formula).toBe('=B1*2');
    const [grid] = await port.readGrids(['Etiketter']);
    expect(grid.values.map((row) => row[0])).toEqual(HOSTILE_LABELS);
    expect(grid.formulas?.map((row) => row[0])).toEqual(HOSTILE_LABELS.map(() => null));
    expect(grid.formulas?.[0][2]).toBe('=B1*2');
  });

  test('building over an existing sheet keeps it, content and all, as "Budget (gammal)"', async () => {
    const { fake, port } = workbook();
    await port.applyPlan(budgetPlan(), { existing: 'keepCopy' });
    // The treasurer has typed in the sheet since it was built.
    fake.cell('Budget', 'B5').value = 9999;
    const before = structuredClone(fake.sheet('Budget').cells);
    fake.syncs = 0;
    const result = await port.applyPlan(budgetPlan(), { existing: 'keepCopy' });
    expect(result).toEqual({ ok: true, sheet: 'Budget', keptCopy: 'Budget (gammal)' });
    expect(fake.syncs).toBe(2);
    expect(fake.sheetNames()).toEqual(['Blad1', 'Budget', 'Budget (gammal)']);
    expect(fake.sheet('Budget (gammal)').cells).toEqual(before);
    expect(fake.cell('Budget (gammal)', 'B5').value).toBe(9999);
    expect(fake.cell('Budget', 'B5').value).not.toBe(9999);
    const tables = fake.document.tables.map((table) => [table.name, fake.document.sheetById(table.sheetId)?.name]);
    expect(tables).toEqual([
      ['Befolkning_gammal', 'Budget (gammal)'],
      ['Befolkning', 'Budget'],
    ]);
  });

  test('a third build keeps "Budget (gammal 2)" and loses neither older sheet', async () => {
    const { fake, port } = workbook();
    for (let build = 0; build < 3; build += 1) await port.applyPlan(budgetPlan(), { existing: 'keepCopy' });
    expect(fake.sheetNames()).toEqual(['Blad1', 'Budget', 'Budget (gammal 2)', 'Budget (gammal)']);
    expect(fake.document.tables.map((table) => table.name).sort()).toEqual(['Befolkning', 'Befolkning_gammal', 'Befolkning_gammal2']);
  });

  test("with existing: 'fail' an existing sheet (in any case) is refused after one sync and nothing changes", async () => {
    const { fake, port } = workbook();
    fake.addSheet('budget', [['mitt']]);
    const before = fake.document.snapshot();
    const result = await port.applyPlan(budgetPlan(), { existing: 'fail' });
    expect(result).toEqual({ ok: false, reason: 'exists', message: expect.stringContaining('Bladet "budget" finns redan') });
    expect(fake.syncs).toBe(1);
    expect(fake.document.snapshot()).toEqual(before);
  });

  test('a table name held on another sheet is refused before anything is written', async () => {
    const { fake, port } = workbook();
    fake.addSheet('Annat', [['Kommun']]);
    fake.addTable('Annat', 'Befolkning', 'A1:A2');
    const before = fake.document.snapshot();
    const result = await port.applyPlan(budgetPlan(), { existing: 'keepCopy' });
    expect(result).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining('används redan på bladet "Annat"') });
    expect(fake.document.snapshot()).toEqual(before);
  });

  test('an impossible sheet name is refused without a sync', async () => {
    const { fake, port } = workbook();
    const result = await port.applyPlan({ ...hostilePlan(), name: 'Budget [2024]' }, { existing: 'fail' });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    expect(fake.syncs).toBe(0);
  });

  test('defined names point at the new sheet, and a rebuild moves them to the new one', async () => {
    const { fake, port } = workbook();
    const plan = { ...hostilePlan(), names: [{ name: 'Resultat', row: 0, col: 2 }] };
    await port.applyPlan(plan, { existing: 'keepCopy' });
    expect(fake.document.names.map((name) => fake.document.nameFormula(name))).toEqual(['=Etiketter!$C$1']);
    await port.applyPlan(plan, { existing: 'keepCopy' });
    expect(fake.document.names.map((name) => fake.document.nameFormula(name))).toEqual(['=Etiketter!$C$1']);
    expect(fake.sheetNames()).toContain('Etiketter (gammal)');
  });
});
