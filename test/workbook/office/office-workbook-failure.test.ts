import { SheetPlan } from '../../../src/sheets/plan';
import { OfficeWorkbook } from '../../../src/workbook/office/office-workbook';
import { budgetPlan } from './plans';
import { FakeExcel } from './fake-excel';

/**
 * "A failed write leaves the workbook as it was, and says why" (ARCHITECTURE.md). Excel does
 * not roll a failed batch back, so the write sync is made to fail after every possible number
 * of its statements, and each time the workbook must come back exactly as it was.
 */
let prepared: FakeExcel | undefined;

/** A workbook with a built budget the treasurer has typed in since, and another sheet active. */
async function builtBefore(): Promise<{ fake: FakeExcel; port: OfficeWorkbook }> {
  if (!prepared) {
    prepared = new FakeExcel();
    prepared.addSheet('Blad1', [['Egna anteckningar']]);
    await new OfficeWorkbook(prepared.run).applyPlan(rebuild(), { existing: 'keepCopy' });
    prepared.cell('Budget', 'B5').value = 9999;
    prepared.document.activeSheetId = prepared.sheet('Blad1').id;
  }
  const fake = prepared.clone();
  return { fake, port: new OfficeWorkbook(fake.run) };
}

const rebuild = (): SheetPlan => ({ ...budgetPlan(), names: [{ name: 'Resultat2021', row: 30, col: 1 }] });

describe('a build that Excel refuses part-way', () => {
  test('leaves every sheet, value, table and name as before, whichever statement fails', async () => {
    let statements = 0;
    for (let done = 0; ; done += 1) {
      const { fake, port } = await builtBefore();
      const before = fake.document.snapshot();
      fake.failSync(2, 'AccessDenied', done);
      const result = await port.applyPlan(rebuild(), { existing: 'keepCopy' });
      if (!fake.failureFired) {
        expect(result).toMatchObject({ ok: true, keptCopy: 'Budget (gammal)' });
        break;
      }
      expect(result).toEqual({ ok: false, reason: 'failed', message: expect.stringContaining('Arbetsboken är som den var före försöket') });
      expect(fake.document.snapshot()).toEqual(before);
      // Two syncs for the build, two for putting the workbook back.
      expect(fake.syncs).toBe(4);
      statements = done;
    }
    // Every statement of the write batch has been the failing one, the swap's among them.
    expect(statements + 1).toBe(await countWriteStatements());
    expect(statements).toBeGreaterThan(150);
  });

  test('a first build that fails leaves no half-built sheet behind', async () => {
    for (let done = 0; ; done += 1) {
      const fake = new FakeExcel();
      fake.addSheet('Blad1', [['x']]);
      const before = fake.document.snapshot();
      fake.failSync(2, 'GeneralException', done);
      const result = await new OfficeWorkbook(fake.run).applyPlan(budgetPlan(), { existing: 'fail' });
      if (!fake.failureFired) break;
      expect(result.ok).toBe(false);
      expect(fake.document.snapshot()).toEqual(before);
    }
  });

  test('says in Swedish that the sheet or workbook is protected', async () => {
    const { fake, port } = await builtBefore();
    fake.failSync(2, 'AccessDenied', 40);
    const result = await port.applyPlan(rebuild(), { existing: 'keepCopy' });
    expect(result).toEqual({
      ok: false,
      reason: 'failed',
      message: expect.stringMatching(/^Bladet "Budget" skapades inte: arbetsboken eller ett blad är skyddat.*Granska.*Arbetsboken är som den var före försöket\.$/),
    });
  });

  test('says to leave the cell being edited when Excel is in edit mode, and changes nothing', async () => {
    const { fake, port } = await builtBefore();
    const before = fake.document.snapshot();
    fake.editMode = true;
    const result = await port.applyPlan(rebuild(), { existing: 'keepCopy' });
    expect(result).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining('Tryck Enter eller Esc') });
    expect(fake.document.snapshot()).toEqual(before);
  });

  test('a protected workbook structure is seen in the first sync; nothing is written', async () => {
    const { fake, port } = await builtBefore();
    fake.document.structureProtected = true;
    fake.syncs = 0;
    const result = await port.applyPlan(rebuild(), { existing: 'keepCopy' });
    expect(result).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining('arbetsbokens struktur är skyddad') });
    expect(fake.syncs).toBe(1);
  });

  test('an unknown Excel error passes its code through', async () => {
    const { fake, port } = await builtBefore();
    fake.failSync(2, 'RequestPayloadSizeLimitExceeded', 3, 'The request payload size has exceeded the limit.');
    const result = await port.applyPlan(rebuild(), { existing: 'keepCopy' });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Excel svarade med ett fel (RequestPayloadSizeLimitExceeded: ') });
  });

  test('when putting the workbook back fails too, the message names the sheets to check', async () => {
    const { fake, port } = await builtBefore();
    const statements = await countWriteStatements();
    // The write sync fails on its last statement (activate), after the swap; then the repair's read fails.
    fake.failSync(2, 'GeneralException', statements - 1);
    fake.failSync(3, 'GeneralException', 0);
    const result = await port.applyPlan(rebuild(), { existing: 'keepCopy' });
    expect(result).toMatchObject({ ok: false, reason: 'failed' });
    const message = (result as { message: string }).message;
    expect(message).toContain('kunde inte återställas helt');
    expect(message).toContain('bladet "Budget (gammal)" (hette "Budget")');
    expect(fake.sheetNames()).toEqual(['Blad1', 'Budget', 'Budget (gammal)']);
  });
});

/** The number of statements in the rebuild's write batch, counted on a run that succeeds. */
async function countWriteStatements(): Promise<number> {
  const { fake, port } = await builtBefore();
  await port.applyPlan(rebuild(), { existing: 'keepCopy' });
  return fake.log.filter((entry) => entry.sync === 2).length;
}
