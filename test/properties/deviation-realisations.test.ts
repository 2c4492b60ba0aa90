/**
 * The deviation rule (DOMAIN.md §2, choice: |outcome − budget| ≥ 10 % of the budget and ≥ 50 tkr),
 * five ways on the same random lines: (a) mustExplain, (b) FINSAM.DEVIATES as Excel calls it,
 * (c) the follow-up sheet's "unexplained-deviation" finding, (d) the sheet's own DEVIATES cell in
 * the engine, (e) that cell's native export in the engine. All lines of a threshold pair are rows
 * of one follow-up sheet; every sheet goes into one engine.
 */
import fc from 'fast-check';
import { defaultRuleSet, DeviationThresholds, mustExplain } from '../../src/domain';
import { deviates } from '../../src/functions/financing';
import { followUpSheet } from '../../src/sheets/follow-up';
import { COLUMNS } from '../../src/sheets/follow-up/layout';
import { FollowUpLine, FollowUpModel } from '../../src/domain/models/follow-up';
import { engineFromPlan, gridOf } from '../../src/workbook/engine/plan-to-engine';
import { RUNS, TIMEOUT } from '../support/fuzz';
import { at, cases, Disagreements, EngineValue, nativeOf, seeded, valueOf } from '../support/realisations';

interface Line {
  readonly budget: number;
  readonly outcome: number;
  readonly thresholds: DeviationThresholds;
}

const DEFAULT: DeviationThresholds = { share: 0.1, amount: 50 };
const thresholds = fc.oneof(
  { weight: 4, arbitrary: fc.constant(DEFAULT) },
  { weight: 1, arbitrary: fc.record({ share: fc.constantFrom(0, 0.05, 0.2, 0.25, 0.5, 1), amount: fc.constantFrom(0, 10, 50, 100) }) },
);
/** Budgets in whole tkr, many a multiple of 100 so that 10 % of them is whole, zero included. */
const budget = fc.oneof(fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -50, max: 50 }).map((h) => h * 100), fc.constantFrom(0, 500, -500, 499, 501));
/** Outcomes at the thresholds: exactly share × |budget| or amount away, one tkr either side, or anywhere. */
const line: fc.Arbitrary<Line> = fc
  .record({ thresholds, budget, how: fc.constantFrom('share', 'amount', 'any', 'same'), off: fc.constantFrom(-1, 0, 0, 1), sign: fc.constantFrom(-1, 1), any: fc.integer({ min: -6000, max: 6000 }) })
  .map(({ thresholds: t, budget: b, how, off, sign, any }) => {
    const distance = how === 'share' ? Math.round(t.share * Math.abs(b)) : how === 'amount' ? t.amount : 0;
    const outcome = how === 'any' ? any : b + sign * (distance + off);
    return { budget: b, outcome, thresholds: t };
  });

/** The lines go into sheets of 150: many small sheets keep each validation cheap. */
const LINES_PER_SHEET = 150;

const key = (t: DeviationThresholds) => `${t.share}/${t.amount}`;

/** One follow-up sheet of income lines, every explanation empty, with these thresholds. */
function followUp(lines: readonly Line[], t: DeviationThresholds): FollowUpModel {
  const income: FollowUpLine[] = lines.map((l, index) => ({ label: `Rad ${index + 1}`, budget: l.budget, forecast: l.outcome, explanation: '' }));
  return {
    year: 2022,
    period: 'tertial 2',
    basis: 'forecast',
    income,
    costSections: [],
    stated: {},
    equity: { assumedOpening: 0, actualOpening: 0, allocation: 10000 },
    equitySteps: defaultRuleSet(2022).equitySteps,
    thresholds: t,
    source: '',
    notes: [],
  };
}

describe('the deviation rule: domain, DEVIATES, the follow-up finding, the sheet formula and its export agree', () => {
  test(
    `${RUNS} lines, thresholds at 10 % / 50 tkr and others, outcomes exactly at each threshold`,
    () =>
      seeded(() => {
        const lines = cases(line);
        const problems = new Disagreements();
        // (a) and (b): the pure realisations, looped directly.
        const domain = lines.map((l) => mustExplain(l.outcome, l.budget, l.thresholds));
        lines.forEach((l, i) => {
          const answer = deviates(l.outcome, l.budget, l.thresholds.share, l.thresholds.amount);
          if (answer !== domain[i]) problems.note('DEVIATES ≠ mustExplain', l, answer, domain[i]);
        });
        // (c), (d), (e): one follow-up sheet per threshold pair, all in one engine; the native
        // export of each DEVIATES cell sits two columns right of the table, reading the same cells.
        const groups = new Map<string, number[]>();
        lines.forEach((l, i) => groups.set(key(l.thresholds), [...(groups.get(key(l.thresholds)) ?? []), i]));
        const chunks = [...groups.values()].flatMap((indexes) => Array.from({ length: Math.ceil(indexes.length / LINES_PER_SHEET) }, (_, c) => indexes.slice(c * LINES_PER_SHEET, (c + 1) * LINES_PER_SHEET)));
        const NATIVE = COLUMNS.explanation + 2;
        const sheets = chunks.map((indexes, n) => {
          const t = lines[indexes[0]].thresholds;
          const plan = followUpSheet.plan(followUp(indexes.map((i) => lines[i]), t), `Uppföljning ${n + 1}`);
          const cells = plan.cells.flatMap((cell) =>
            cell.col === COLUMNS.mustExplain && cell.formula?.includes('DEVIATES') ? [cell, { row: cell.row, col: NATIVE, formula: nativeOf(cell.formula) }] : [cell],
          );
          return { plan: { ...plan, cells }, indexes, t };
        });
        const engine = engineFromPlan({ sheets: sheets.map((s) => s.plan) });
        for (const { plan, indexes, t } of sheets) {
          const grid = gridOf(engine, plan.name);
          const sheetId = engine.getSheetId(plan.name) ?? 0;
          const rows = plan.cells.filter((cell) => cell.col === NATIVE).map((cell) => cell.row);
          if (rows.length !== indexes.length) throw new Error(`${plan.name}: ${rows.length} DEVIATES cells for ${indexes.length} lines`);
          const asRead = { sheet: grid.sheet, values: grid.values.map((row) => row.slice(0, NATIVE)), formulas: grid.formulas?.map((row) => row.slice(0, NATIVE)) };
          const findings = followUpSheet.validate(asRead, { rules: { ...defaultRuleSet(2022), deviation: t }, grids: [asRead] });
          const flagged = new Set(findings.filter((f) => f.rule === 'unexplained-deviation').map((f) => f.where.cell));
          indexes.forEach((i, k) => {
            const row = rows[k];
            const sheetValue: EngineValue = valueOf(engine.getCellValue({ sheet: sheetId, row, col: COLUMNS.mustExplain }));
            const nativeValue: EngineValue = valueOf(engine.getCellValue({ sheet: sheetId, row, col: NATIVE }));
            const finding = flagged.has(at(row, COLUMNS.explanation));
            if (finding !== domain[i]) problems.note('finding ≠ mustExplain', lines[i], { finding }, domain[i]);
            if (sheetValue !== domain[i]) problems.note('sheet DEVIATES ≠ mustExplain', lines[i], sheetValue, domain[i]);
            if (nativeValue !== domain[i]) problems.note('native export ≠ mustExplain', lines[i], nativeValue, domain[i]);
          });
          if (flagged.size !== domain.filter((d, i) => d && indexes.includes(i)).length) problems.note('findings elsewhere than the lines', plan.name, [...flagged]);
        }
        engine.destroy();
        problems.done();
      }),
    TIMEOUT,
  );

  // Once a limit (issue 12): the reader looked for the equity labels only in the first 200 rows, so
  // a follow-up FINSAM builds with more than about 180 lines read back as unreadable. It looks below
  // the lines too now.
  test('a follow-up of 300 lines, as FINSAM plans it, reads back without an "unreadable" finding', () => {
    const lines = Array.from({ length: 300 }, (): Line => ({ budget: 500, outcome: 500, thresholds: DEFAULT }));
    const plan = followUpSheet.plan(followUp(lines, DEFAULT));
    const grid = gridOf(engineFromPlan({ sheets: [plan] }), plan.name);
    const findings = followUpSheet.validate(grid, { rules: defaultRuleSet(2022), grids: [grid] });
    expect(findings.filter((f) => f.rule === 'unreadable')).toEqual([]);
  });

  test('the generator reaches both answers and both thresholds exactly (so the property is not vacuous)', () => {
    const lines = cases(line, 2000);
    const d = (l: Line) => Math.abs(l.outcome - l.budget);
    expect(lines.some((l) => mustExplain(l.outcome, l.budget, l.thresholds))).toBe(true);
    expect(lines.some((l) => !mustExplain(l.outcome, l.budget, l.thresholds))).toBe(true);
    expect(lines.some((l) => l.budget !== 0 && d(l) === 0.1 * Math.abs(l.budget) && d(l) >= 50)).toBe(true);
    expect(lines.some((l) => d(l) === 50 && l.thresholds === DEFAULT)).toBe(true);
  });
});
