/**
 * The equity staircase (EQUITY.md): cap = allocation × the share of the last step whose "from" ≤
 * the allocation, and equity above the cap is a finding. Five ways on the same random cases:
 * (a) equityCap / checkEquity, (b) FINSAM.EQUITYCAP as Excel calls it (steps as a 2-column
 * range, or none), (c) the follow-up sheet's "equity-staircase" finding, (d) the sheet's own
 * cap and "within the cap" formulas in the engine, (e) the native export of the cap formula.
 */
import fc from 'fast-check';
import { RawCellContent } from 'hyperformula';
import { checkEquity, DEFAULT_EQUITY_STEPS, defaultRuleSet, equityCap, EquityStep } from '../../src/domain';
import { isExcelError } from '../../src/functions/excel-error';
import { equitycap } from '../../src/functions/financing';
import { followUpSheet } from '../../src/sheets/follow-up';
import { FollowUpModel } from '../../src/domain/models/follow-up';
import { RUNS, TIMEOUT } from '../support/fuzz';
import { cases, computeSheet, Disagreements, EngineValue, gridOfPlan, nativeOf, seeded, shapeOf } from '../support/realisations';

interface Case {
  readonly allocation: number;
  /** Undefined: the built-in staircase (FUNCTIONS.md, EQUITYCAP without steps). */
  readonly steps: readonly EquityStep[] | undefined;
  readonly opening: number;
  /** The forecast result; year-end equity is opening + result. */
  readonly result: number;
}

const share = fc.integer({ min: 0, max: 100 }).map((percent) => percent / 100);
/** Sorted steps from 0 (or from above 0: an allocation below the first step is #N/A). */
const validSteps = fc
  .record({ first: fc.constantFrom(0, 0, 0, 1000), gaps: fc.array(fc.integer({ min: 1, max: 12 }).map((k) => k * 1000), { minLength: 0, maxLength: 3 }), shares: fc.array(share, { minLength: 4, maxLength: 4 }) })
  .map(({ first, gaps, shares }) => [first, ...gaps].map((_, i, all) => ({ from: all.slice(0, i + 1).reduce((a, b) => a + b, 0), share: shares[i] })));
/** Steps that are an error: unsorted or equal "from", a share outside 0–1, a negative "from". */
const badSteps = validSteps.chain((steps) =>
  fc.constantFrom<EquityStep[]>(
    [...steps].reverse().length > 1 ? [...steps].reverse() : [{ from: 5, share: 0.1 }, { from: 5, share: 0.2 }],
    steps.map((step, i) => (i === 0 ? { ...step, share: 1.5 } : step)),
    steps.map((step, i) => (i === 0 ? { ...step, from: -100 } : step)),
  ),
);
const steps = fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 5, arbitrary: validSteps }, { weight: 1, arbitrary: badSteps });

/**
 * Allocations on each "from", one below and above it, 0, or anywhere up to 30 000 tkr; year-end
 * equity = opening + result (as the follow-up computes it) at the cap, a step either side, or
 * anywhere. `tenths`: amounts in tenths of a tkr, where opening + result carries binary noise.
 */
function staircase(tenths: boolean): fc.Arbitrary<Case> {
  const unit = tenths ? 0.1 : 1;
  return fc
    .record({
      steps,
      pick: fc.nat(),
      near: fc.constantFrom(-1, 0, 0, 1),
      any: fc.integer({ min: 0, max: 30_000 }),
      edge: fc.boolean(),
      closingHow: fc.constantFrom('cap', 'rounded', 'above', 'below', 'any'),
      closingAny: fc.integer({ min: -500, max: 6000 }),
      result: fc.oneof(fc.constantFrom(0, 296, -102), fc.integer({ min: -15_000, max: 15_000 }).map((k) => k * unit)),
    })
    .map(({ steps: s, pick, near, any, edge, closingHow, closingAny, result }) => {
      const froms = (s ?? DEFAULT_EQUITY_STEPS).map((step) => step.from);
      const allocation = edge ? Math.max(0, froms[pick % froms.length] + near) : any;
      const cap = equityCap(allocation, s);
      const c = cap.ok ? cap.value.cap : 1000;
      const onGrid = Math.round(c / unit) * unit;
      const atCap = tenths || Number.isInteger(c) ? c : onGrid;
      const closing = { cap: atCap, rounded: onGrid, above: onGrid + unit, below: onGrid - unit, any: closingAny }[closingHow];
      return { allocation, steps: s, opening: closing - result, result };
    });
}

/**
 * Planning and validating a follow-up sheet takes 3–14 ms (its label scans, issue 12 item 5), so
 * the finding is checked on every 10th case: 1 000 sheets at the default 10 000 runs.
 */
const FINDING_STRIDE = 10;

const column = (steps: readonly EquityStep[]) => steps.map((step) => [step.from, step.share]);

/** A follow-up whose year-end equity is actual opening + forecast result, with `steps` as the rule set's. */
function followUp(c: Case, steps: readonly EquityStep[]): FollowUpModel {
  const { result } = c;
  return {
    year: 2022,
    period: 'tertial 2',
    basis: 'forecast',
    income: [{ label: 'Bidrag', budget: result, forecast: result, explanation: '' }],
    costSections: [],
    stated: {},
    equity: { assumedOpening: c.opening, actualOpening: c.opening, allocation: c.allocation },
    equitySteps: steps,
    thresholds: { share: 0.1, amount: 50 },
    source: '',
    notes: [],
  };
}

/** The cap and "within the cap" formulas as the follow-up plan writes them (checked below against the plan). */
const capFormula = (allocation: string, steps: string | undefined) => (steps ? `=FINSAM.EQUITYCAP(${allocation},${steps})` : `=FINSAM.EQUITYCAP(${allocation})`);
const closingFormula = (opening: string, result: string) => `=${opening}+${result}`;
const withinFormula = (closing: string, cap: string) => `=${closing}<=${cap}`;

const sameNumber = (a: EngineValue, b: number) => typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

describe('the equity staircase: domain, EQUITYCAP, the follow-up finding, the sheet formulas and their export agree', () => {
  test('the formulas laid out below are the follow-up plan\'s own (same shape)', () => {
    const plan = followUpSheet.plan(followUp({ allocation: 11380, steps: undefined, opening: 1800, result: 296 }, DEFAULT_EQUITY_STEPS));
    const shapes = new Set(plan.cells.flatMap((cell) => (cell.formula ? [shapeOf(cell.formula)] : [])));
    expect(shapes).toContain(shapeOf(capFormula('B1', '$C$1:$D$3')));
    expect(shapes).toContain(shapeOf(withinFormula('B1', 'E1')));
    expect(shapes).toContain(shapeOf(closingFormula('B1', 'C1')));
  });

  /** Both tests read one run: the engine is built once. */
  /** Seen cases kept in every run: 13 000 × 0,57 is 7 409,999999999999 (the disagreement below). */
  const KNOWN: Case[] = [{ allocation: 13_000, steps: [{ from: 0, share: 0.2 }, { from: 13_000, share: 0.57 }], opening: 7410, result: 0 }];
  let run: { core: Disagreements; within: Disagreements } | undefined;
  const outcome = () => (run ??= agree([...KNOWN, ...cases(staircase(false), RUNS - Math.floor(RUNS / 5)), ...cases(staircase(true), Math.floor(RUNS / 5))]));

  test(
    `${RUNS} cases (a fifth in tenths of a tkr): allocations on and beside each step, equity at the cap, the built-in, random and bad staircases; the cap, its errors, the finding, and the sheet's "within the cap" against its export`,
    () => seeded(() => outcome().core.done()),
    TIMEOUT,
  );

  // Once a disagreement (issue 12): checkEquity compared exactly, and 13 000 × 0,57 is
  // 7 409,999999999999, so an equity of 7 410 was "over" a cap of 7 410. It now compares to 15
  // digits, as the sheet's own "=closing<=cap" does in the engine, in Excel and in the export.
  test(
    `the same ${RUNS} cases: checkEquity and the sheet's "within the cap" in the engine agree`,
    () => seeded(() => outcome().within.done()),
    TIMEOUT,
  );
});

function agree(all: readonly Case[]): { core: Disagreements; within: Disagreements } {
  const problems = new Disagreements();
  const within = new Disagreements();
  const rows: RawCellContent[][] = [];
  const firstRow: number[] = [];
  all.forEach((c, i) => {
    const cap = equityCap(c.allocation, c.steps);
    // (b) the custom function, steps as the 2-column range Excel hands it.
    const answer = equitycap(c.allocation, c.steps && column(c.steps));
    const code = (kind: string) => (kind === 'notAvailable' ? '#N/A' : '#VALUE!');
    if (cap.ok ? answer !== cap.value.cap : !(isExcelError(answer) && answer.code === code(cap.error.kind) && answer.message === cap.error.message)) {
      problems.note('EQUITYCAP ≠ equityCap', c, answer, cap);
    }
    // (c) the follow-up finding, on the sheet as planned (the validator reads what was typed).
    if (i % FINDING_STRIDE === 0) {
      const ruled = c.steps ?? DEFAULT_EQUITY_STEPS;
      const check = checkEquity(c.opening + c.result, c.allocation, ruled);
      const grid = gridOfPlan(followUpSheet.plan(followUp(c, ruled)));
      const findings = followUpSheet.validate(grid, { rules: { ...defaultRuleSet(2022), equitySteps: ruled }, grids: [grid] }).filter((f) => f.rule === 'equity-staircase');
      const expected = !check.ok ? 'error' : check.value.excess > 0 ? 'warning' : 'none';
      const found = findings.length === 0 ? 'none' : findings.map((f) => f.severity).join(',');
      if (found !== expected) problems.note('follow-up finding ≠ checkEquity', c, found, check);
    }
    // (d) and (e): a block of rows per case (allocation, opening, result, the steps beside), then
    // the sheet's formulas (closing, cap, within) and the native cap with its own "within".
    const r = rows.length;
    firstRow[i] = r;
    const height = Math.max(1, c.steps?.length ?? 1);
    const at = (col: string) => `${col}${r + 1}`;
    const sheetCap = capFormula(at('A'), c.steps && `$D$${r + 1}:$E$${r + height}`);
    for (let k = 0; k < height; k += 1) {
      const step = c.steps ? column(c.steps)[k] : [null, null];
      rows.push(k === 0 ? [c.allocation, c.opening, c.result, ...step] : [null, null, null, ...step]);
    }
    rows[r].push(closingFormula(at('B'), at('C')), sheetCap, withinFormula(at('F'), at('G')), nativeOf(sheetCap), withinFormula(at('F'), at('I')));
  });
  const values = computeSheet(rows);
  all.forEach((c, i) => {
    const [, sheetCap, sheetWithin, nativeCap, nativeWithin] = values[firstRow[i]].slice(5, 10);
    const cap = equityCap(c.allocation, c.steps);
    if (!cap.ok) {
      const code = cap.error.kind === 'notAvailable' ? '#N/A' : '#VALUE!';
      if (!(typeof sheetCap === 'object' && sheetCap?.error === code)) problems.note('sheet cap is not the error', c, sheetCap, cap);
      // Bad steps have no native check (src/export/translate-financing.ts): the export's engine
      // self-check keeps such a cell as its value. Below the first step both are #N/A.
      if (code === '#N/A' && !(typeof nativeCap === 'object' && nativeCap?.error === code)) problems.note('native cap is not #N/A', c, nativeCap);
      return;
    }
    const check = checkEquity(c.opening + c.result, c.allocation, c.steps);
    const over = check.ok && check.value.excess > 0;
    // The engine shows numbers rounded to 15 digits (precisionRounding, as Excel shows them).
    if (!sameNumber(sheetCap, cap.value.cap)) problems.note('sheet cap ≠ equityCap', c, sheetCap, cap.value.cap);
    if (!sameNumber(nativeCap, cap.value.cap)) problems.note('native cap ≠ equityCap', c, nativeCap, cap.value.cap);
    if (nativeWithin !== sheetWithin) problems.note('native "within the cap" ≠ the sheet\'s', c, nativeWithin, sheetWithin);
    if (sheetWithin !== !over) within.note('sheet "within the cap" ≠ checkEquity', c, sheetWithin, check);
  });
  return { core: problems, within };
}
