import { Grid } from '../../sheets/grid';
import { isTaken } from '../../workbook/office/sheet-names';
import { SelfTestProbe, WorkbookState } from '../../workbook/self-test-probe';
import { caseSize } from './cases';
import { errorText, isBlock, sameValue, showExpected, showValue, stateDifference } from './format';
import { failingPlan, freeSheetName, freeTableName, INVALID_NAME, ScratchLayout, scratchLayout, VALUE_COLUMN } from './scratch-plan';
import { selfTestTexts as t } from '../../text/self-test';

export interface CheckResult {
  readonly id: string;
  readonly title: string;
  readonly passed: boolean;
  /** What the check saw, for the report. */
  readonly seen: string;
}

export interface SelfTestReport {
  readonly environment: readonly string[];
  readonly checks: readonly CheckResult[];
}

export interface SelfTestOptions {
  /** Goes into the settings value, so an old value left in a document cannot pass for a new one. */
  readonly now?: Date;
  /** Excel computes custom functions asynchronously (#BUSY! meanwhile): how to wait between reads. */
  readonly wait?: (ms: number) => Promise<void>;
  readonly readAttempts?: number;
}

/** The largest number of syncs a build may take (src/workbook/office/README.md: read, then write). */
export const MAX_BUILD_SYNCS = 2;
const READ_INTERVAL_MS = 500;
const SETTINGS_KEY = 'finsam:selftest';
const BUSY = /^#(BUSY|GETTING_DATA)/i;

const check = (id: string, title: string, passed: boolean, seen: string): CheckResult => ({ id, title, passed, seen });

/**
 * Självtest: runs each assumption the Office adapter rests on, through the pane's own port, on
 * sheets it adds and removes. Never throws: a step that fails is a failed check saying why.
 */
export async function runSelfTest(probe: SelfTestProbe, options: SelfTestOptions = {}): Promise<SelfTestReport> {
  const environment = await probe.describe().catch((error: unknown) => [t.seen.error(errorText(error))]);
  const checks: CheckResult[] = [await settingsCheck(probe, options.now ?? new Date())];
  let before: WorkbookState;
  try {
    before = await probe.state();
  } catch (error) {
    checks.push(check('state', t.checks.cleanUp, false, t.seen.error(errorText(error))));
    return { environment, checks };
  }
  checks.push(await failedWriteCheck(probe, before));
  checks.push(...(await scratchChecks(probe, before, options)));
  checks.push(await cleanUpCheck(probe, before));
  return { environment, checks };
}

async function settingsCheck(probe: SelfTestProbe, now: Date): Promise<CheckResult> {
  const value = `Självtest åäö ${now.toISOString()}`;
  try {
    const read = await probe.settingsRoundTrip(SETTINGS_KEY, value);
    return check('settings', t.checks.settings, read === value, t.seen.settingsRead(showValue(read)));
  } catch (error) {
    return check('settings', t.checks.settings, false, t.seen.error(errorText(error)));
  }
}

async function failedWriteCheck(probe: SelfTestProbe, before: WorkbookState): Promise<CheckResult> {
  const name = freeSheetName('FINSAM självtest fel', before.sheets);
  const table = freeTableName([...before.tables.map((item) => item.name), ...before.names.map((item) => item.name)]);
  const fail = (seen: string) => check('failedWrite', t.checks.failedWrite, false, seen);
  try {
    const result = await probe.port.applyPlan(failingPlan(name, table), { existing: 'fail' });
    const after = await probe.state();
    // Whatever of ours is left (the sheet under its own or its temporary name) goes.
    const leftovers = after.sheets.filter((sheet) => !isTaken(sheet, before.sheets) && (isTaken(sheet, [name]) || sheet.startsWith('FINSAM bygger')));
    for (const sheet of leftovers) await probe.removeSheet(sheet, { names: [INVALID_NAME], activate: before.activeSheet });
    if (result.ok) return fail(t.seen.accepted);
    const difference = stateDifference(before, after);
    const seen = `${t.seen.refused(result.message)}; ${difference ? t.seen.changed(difference) : t.seen.unchanged}`;
    return check('failedWrite', t.checks.failedWrite, result.reason === 'failed' && difference === undefined, seen);
  } catch (error) {
    return fail(t.seen.error(errorText(error)));
  }
}

async function scratchChecks(probe: SelfTestProbe, before: WorkbookState, options: SelfTestOptions): Promise<CheckResult[]> {
  const layout = scratchLayout(freeSheetName('FINSAM självtest', before.sheets));
  const name = layout.plan.name;
  let built = false;
  try {
    const { result, syncs } = await probe.countSyncs(() => probe.port.applyPlan(layout.plan, { existing: 'fail' }));
    if (!result.ok) return notBuilt(layout, result.message);
    built = true;
    const grid = await readSettled(probe, name, layout, options);
    return [
      check('syncs', t.checks.syncs, syncs <= MAX_BUILD_SYNCS, t.seen.syncs(syncs)),
      ...textChecks(grid, layout),
      ...functionChecks(grid, layout),
      formulaTextCheck(grid, layout),
    ];
  } catch (error) {
    return notBuilt(layout, errorText(error));
  } finally {
    if (built) await probe.removeSheet(name, { names: [], activate: before.activeSheet }).catch(() => undefined);
  }
}

function notBuilt(layout: ScratchLayout, reason: string): CheckResult[] {
  return [
    check('scratchBuild', t.checks.scratchBuild, false, t.seen.error(reason)),
    ...layout.caseRows.map(({ testCase }) => check(`formula:${testCase.name}`, t.checks.formula(testCase.name, isBlock(testCase.expected)), false, t.seen.notRun)),
  ];
}

/** Reads the scratch sheet until no FINSAM cell shows #BUSY! (Excel computes them asynchronously). */
async function readSettled(probe: SelfTestProbe, name: string, layout: ScratchLayout, options: SelfTestOptions): Promise<Grid> {
  const wait = options.wait ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  const attempts = Math.max(1, options.readAttempts ?? 20);
  let grid: Grid = { sheet: name, values: [] };
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    [grid] = await probe.port.readGrids([name]);
    const busy = layout.caseRows.some(({ row }) => BUSY.test(String(grid.values[row]?.[VALUE_COLUMN] ?? '')));
    if (!busy) break;
    if (attempt < attempts) await wait(READ_INTERVAL_MS);
  }
  return grid;
}

function textChecks(grid: Grid, layout: ScratchLayout): CheckResult[] {
  return layout.textRows.map((row, index) => {
    const written = layout.plan.cells.find((cell) => cell.row === row && cell.col === VALUE_COLUMN)?.value;
    const value = grid.values[row]?.[VALUE_COLUMN] ?? null;
    const formula = grid.formulas?.[row]?.[VALUE_COLUMN] ?? null;
    const passed = value === written && formula === null;
    const seen = passed ? t.seen.textOk(showValue(value)) : t.seen.textBad(showValue(value), formula === null ? null : JSON.stringify(formula));
    return check(`text:${index + 1}`, t.checks.text(String(written)), passed, seen);
  });
}

function functionChecks(grid: Grid, layout: ScratchLayout): CheckResult[] {
  return layout.caseRows.map(({ testCase, row }) => {
    const { rows, cols } = caseSize(testCase.expected);
    const block = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => grid.values[row + r]?.[VALUE_COLUMN + c] ?? null));
    const expected = isBlock(testCase.expected) ? testCase.expected : [[testCase.expected]];
    const passed = expected.every((line, r) => line.every((cell, c) => sameValue(block[r][c], cell)));
    const shown = isBlock(testCase.expected) ? showExpected(block) : showValue(block[0][0]);
    const seen = BUSY.test(String(block[0][0])) ? t.seen.stillBusy(shown) : t.seen.value(shown, showExpected(testCase.expected), testCase.why);
    return check(`formula:${testCase.name}`, t.checks.formula(testCase.name, isBlock(testCase.expected)), passed, seen);
  });
}

function formulaTextCheck(grid: Grid, layout: ScratchLayout): CheckResult {
  const read = layout.caseRows.map(({ testCase, row }) => ({ written: testCase.formula, read: grid.formulas?.[row]?.[VALUE_COLUMN] ?? null }));
  const differing = read.filter((item) => item.read !== item.written);
  const seen =
    differing.length === 0
      ? t.seen.formulasSame(read[0].written)
      : differing.slice(0, 3).map((item) => t.seen.formulaDiffers(item.written, showValue(item.read))).join('; ');
  return check('formulaText', t.checks.formulaText, differing.length === 0, seen);
}

async function cleanUpCheck(probe: SelfTestProbe, before: WorkbookState): Promise<CheckResult> {
  try {
    const difference = stateDifference(before, await probe.state());
    return check('cleanUp', t.checks.cleanUp, difference === undefined, difference ? t.seen.changed(difference) : t.seen.unchanged);
  } catch (error) {
    return check('cleanUp', t.checks.cleanUp, false, t.seen.error(errorText(error)));
  }
}
