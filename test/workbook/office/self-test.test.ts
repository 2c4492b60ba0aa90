import { DetailedCellError } from 'hyperformula';
import { FUNCTION_CASES, TEXT_CASES } from '../../../src/taskpane/self-test/cases';
import { CheckResult, runSelfTest, SelfTestOptions } from '../../../src/taskpane/self-test/run-self-test';
import { createEngine } from '../../../src/workbook/engine/engine';
import { ExcelRun } from '../../../src/workbook/office/office-workbook';
import { OfficeSelfTestProbe } from '../../../src/workbook/office/self-test-probe';
import { FakeExcel } from './fake-excel';
import { Calculator } from './fake-excel/range';
import { FakeSettings } from './fake-excel/settings';
import { Quirks } from './fake-excel/state';

/**
 * Självtest on the fake Excel through the real Office adapter: every check passes when the fake
 * behaves as the adapter assumes, and each check fails when the fake breaks its assumption.
 * The fake computes FINSAM formulas with the embedded engine (standing in for Excel's custom
 * functions); the self-test's expectations are hand-worked, so the two are independent.
 */
const computed = new Map<string, unknown>();
const engineCalculator: Calculator = (formula) => {
  if (!computed.has(formula)) {
    // Set after the build: an engine built with {TRUE;FALSE} in a formula throws "Value of the
    // formula cell is not computed" (HyperFormula evaluates the TRUE name too late).
    const engine = createEngine({ S: [] });
    engine.setCellContents({ sheet: 0, row: 0, col: 0 }, formula);
    const values = engine.getSheetValues(0).map((row) => row.map((cell) => (cell instanceof DetailedCellError ? cell.value : cell)));
    computed.set(formula, values.length === 1 && values[0].length === 1 ? values[0][0] : values);
  }
  return computed.get(formula);
};

const NOW = new Date('2024-05-01T10:00:00Z');
const noWait: SelfTestOptions = { now: NOW, wait: async () => undefined };

function setUp(options: { quirks?: Quirks; calculate?: Calculator; run?: (fake: FakeExcel) => ExcelRun } = {}) {
  const fake = new FakeExcel(options.calculate ?? engineCalculator);
  fake.addSheet('Budget', [['Budget 2024'], ['Intäkter', 2845]]);
  fake.addSheet('Regler', [['Regel']]);
  fake.addTable('Regler', 'Regler', 'A1:A2');
  fake.document.names.push({ name: 'Tilldelning', target: { sheetId: fake.sheet('Budget').id, row: 1, col: 1 } });
  fake.document.activeSheetId = fake.sheet('Regler').id;
  Object.assign(fake.document.quirks, options.quirks ?? {});
  const settings = new FakeSettings();
  const probe = new OfficeSelfTestProbe(options.run ? options.run(fake) : fake.run, settings, async () => ['Excel (fake)']);
  return { fake, settings, probe };
}

const byId = (checks: readonly CheckResult[], id: string) => {
  const found = checks.find((item) => item.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};
const failedIds = (checks: readonly CheckResult[]) => checks.filter((item) => !item.passed).map((item) => item.id);

describe('Självtest on the fake Excel', () => {
  test('every check passes, in 26 checks, and the user\'s sheets, names, tables and active sheet are as they were', async () => {
    const { fake, settings, probe } = setUp();
    const before = fake.document.snapshot();
    const report = await runSelfTest(probe, noWait);
    expect(report.checks.filter((item) => !item.passed)).toEqual([]);
    expect(report.checks).toHaveLength(1 + 1 + 1 + TEXT_CASES.length + FUNCTION_CASES.length + 1 + 1);
    expect(report.environment).toEqual(['Excel (fake)']);
    expect(fake.document.snapshot()).toEqual(before);
    expect(fake.activeSheet()).toBe('Regler');
    // The settings value was removed again, and saved so.
    expect([...settings.saved.keys()]).toEqual([]);
    expect(byId(report.checks, 'syncs').seen).toBe('2 synkar');
    expect(byId(report.checks, 'formula:SHARES').seen).toContain('såg {2494;159;124;92;121}');
    expect(byId(report.checks, 'formula:WEIGHTCHECK').seen).toContain('såg {"A",15,0.6,0.6,0,TRUE;"B",10,0.4,0.4,0,TRUE}');
  });

  test('an Excel that ignores "@" fails the four text checks, each saying which formula it made', async () => {
    const { probe } = setUp({ quirks: { textFormatIgnored: true } });
    const report = await runSelfTest(probe, noWait);
    expect(failedIds(report.checks)).toEqual(['text:1', 'text:2', 'text:3', 'text:4']);
    expect(byId(report.checks, 'text:1').seen).toBe('värde 2, formel "=1+1"');
    expect(byId(report.checks, 'text:3').seen).toBe('värde 1, formel "=-2+3"');
    expect(byId(report.checks, 'text:4').seen).toBe('värde 1, formel "=SUM(1)"');
  });

  test('a FINSAM function that computes another value fails its own check only, with both values', async () => {
    const calculate: Calculator = (formula, ...rest) => (formula.startsWith('=FINSAM.SHARES(') ? [[2495], [159], [124], [92], [120]] : engineCalculator(formula, ...rest));
    const { probe } = setUp({ calculate });
    const report = await runSelfTest(probe, noWait);
    expect(failedIds(report.checks)).toEqual(['formula:SHARES']);
    expect(byId(report.checks, 'formula:SHARES').seen).toMatch(/^såg \{2495;159;124;92;120\}, väntat \{2494;159;124;92;121\}/);
  });

  test('an Excel where the functions are not loaded fails all 18 function checks with #NAME?', async () => {
    const calculate: Calculator = (formula, ...rest) => (formula.includes('FINSAM.') ? '#NAME?' : engineCalculator(formula, ...rest));
    const { probe } = setUp({ calculate });
    const report = await runSelfTest(probe, noWait);
    expect(failedIds(report.checks)).toEqual(FUNCTION_CASES.map((item) => `formula:${item.name}`));
    expect(byId(report.checks, 'formula:FYE').seen).toMatch(/^såg "#NAME\?", väntat 1/);
  });

  test('#BUSY! while Excel computes is waited out; a value that never comes fails and says so', async () => {
    let reads = 0;
    const slow: Calculator = (formula, ...rest) => (reads < 3 ? '#BUSY!' : engineCalculator(formula, ...rest));
    const waits: number[] = [];
    const { probe } = setUp({ calculate: slow });
    const report = await runSelfTest(probe, { now: NOW, wait: async (ms) => void (waits.push(ms), (reads += 1)) });
    expect(failedIds(report.checks)).toEqual([]);
    expect(waits).toEqual([500, 500, 500]);

    const { probe: stuck } = setUp({ calculate: () => '#BUSY!' });
    const never = await runSelfTest(stuck, { ...noWait, readAttempts: 2 });
    expect(byId(never.checks, 'formula:RATE')).toMatchObject({ passed: false, seen: expect.stringContaining('räknade fortfarande') });
  });

  test('a build that takes more than two syncs fails the sync check with the count', async () => {
    // Every batch ends with one sync more than the adapter asked for.
    const run = (fake: FakeExcel): ExcelRun => (batch) =>
      fake.run(async (context) => {
        const result = await batch(context);
        await context.sync();
        return result;
      });
    const { probe } = setUp({ run });
    const report = await runSelfTest(probe, noWait);
    expect(failedIds(report.checks)).toEqual(['syncs']);
    expect(byId(report.checks, 'syncs').seen).toBe('3 synkar');
  });

  test('an Excel that takes the invalid name fails the half-way check, and the self-test still cleans up', async () => {
    const { fake, probe } = setUp({ quirks: { anyName: true } });
    const before = fake.document.snapshot();
    const report = await runSelfTest(probe, noWait);
    expect(failedIds(report.checks)).toEqual(['failedWrite']);
    expect(fake.document.snapshot()).toEqual(before);
  });

  test('an Excel that activates a new sheet leaves the active sheet changed after a failed write: the check names it', async () => {
    const { probe } = setUp({ quirks: { addActivates: true } });
    const report = await runSelfTest(probe, noWait);
    expect(failedIds(report.checks)).toEqual(['failedWrite']);
    expect(byId(report.checks, 'failedWrite').seen).toContain('aktivt blad före Regler, efter Budget');
  });

  test('settings that are not kept fail the settings check with what was read', async () => {
    const { settings, probe } = setUp();
    settings.dropSaves = true;
    const report = await runSelfTest(probe, noWait);
    expect(failedIds(report.checks)).toEqual(['settings']);
    expect(byId(report.checks, 'settings').seen).toBe('läste (tom)');
    settings.dropSaves = false;
    settings.failSaves = 'Dokumentet är skrivskyddat';
    expect(byId((await runSelfTest(probe, noWait)).checks, 'settings').seen).toBe('fel: Dokumentet är skrivskyddat');
  });

  test('formulas read back in another form than written fail the formula text check, naming the first ones', async () => {
    const { probe } = setUp({ quirks: { formulasLocalized: true } });
    const report = await runSelfTest(probe, noWait);
    expect(failedIds(report.checks)).toEqual(['formulaText']);
    expect(byId(report.checks, 'formulaText').seen).toContain('skrev =FINSAM.IMPACTINDEX({10;10;6},{TRUE;FALSE;TRUE}), läste "=FINSAM.IMPACTINDEX({10;10;6};{TRUE;FALSE;TRUE})"');
  });

  test('a sheet that is not removed fails the clean-up check, naming the sheet left behind', async () => {
    const { probe } = setUp({ quirks: { deleteIgnored: true } });
    const report = await runSelfTest(probe, noWait);
    expect(failedIds(report.checks)).toContain('cleanUp');
    expect(byId(report.checks, 'cleanUp').seen).toContain('efter [Budget, Regler, FINSAM självtest');
  });

  test('a scratch sheet name already in use is not touched: the self-test picks the next free name', async () => {
    const { fake, probe } = setUp();
    fake.addSheet('FINSAM självtest', [['mitt eget blad']]);
    const before = fake.document.snapshot();
    const report = await runSelfTest(probe, noWait);
    expect(failedIds(report.checks)).toEqual([]);
    expect(fake.document.snapshot()).toEqual(before);
  });
});
