/**
 * The 50/25/25 split (DOMAIN.md §1): the region pays S/2, the municipalities together S/2 split
 * by working-age population with the largest remainder, so the rounded parts sum exactly to the
 * rounded half. Five ways on the same random cases: (a) shares / contribution in src/domain,
 * (b) FINSAM.SHARES and FINSAM.CONTRIBUTION as Excel calls them, (c) the budget sheet's
 * "municipal-parts" finding, (d) the budget's own formulas (INDEX(FINSAM.SHARES(…),k) per
 * municipality, CONTRIBUTION for the region) in the engine, (e) their native export in the engine.
 */
import fc from 'fast-check';
import { RawCellContent } from 'hyperformula';
import { contribution, defaultRuleSet, roundHalfAwayFromZero, shares } from '../../src/domain';
import { isExcelError } from '../../src/functions/excel-error';
import { contributionOf, shares as sharesFunction } from '../../src/functions/financing';
import { budgetSheet } from '../../src/sheets/budget';
import { BudgetModel } from '../../src/domain/models/budget';
import { engineFromPlan, gridOf } from '../../src/workbook/engine/plan-to-engine';
import { RUNS, TIMEOUT } from '../support/fuzz';
import { cases, computeSheet, Disagreements, EngineValue, nativeOf, seeded, shapeOf } from '../support/realisations';

interface Split {
  readonly state: number;
  readonly populations: readonly number[];
  readonly decimals: number;
}

/** Populations with repeats (equal populations, tied remainders), zeros, and seed 001's figures. */
const population = fc.oneof(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(0, 1, 2, 3, 100, 100, 4060, 4060, 8342, 531, 415, 308, 404));
const populations = fc.array(population, { minLength: 1, maxLength: 8 });
/** State allocations in whole tkr, odd ones (S/2 ends in ,5), tenths now and then, and 0. */
const state = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 0, max: 20_000 }) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 200_000 }).map((t) => t / 10) }, { weight: 1, arbitrary: fc.constantFrom(0, 1, 5980, 5690, 5691) });
const split: fc.Arbitrary<Split> = fc.record({ state, populations, decimals: fc.oneof({ weight: 6, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.constantFrom(-1, 1, 2) }) });

const column = (values: readonly number[]) => values.map((value) => [value]);
const same = (a: unknown, b: number) => typeof a === 'number' && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
const errorCode = (kind: string) => ({ invalid: '#VALUE!', divisionByZero: '#DIV/0!', notAvailable: '#N/A' })[kind] ?? kind;
const isError = (value: EngineValue, code: string) => typeof value === 'object' && value !== null && value.error === code;

/**
 * A part's formula and its native export compute the whole split over arrays, about 50 ms a case
 * on a loaded 2-core machine (10 000 cases took 518 s), so the engine gets a fiftieth of the runs.
 */
const ENGINE_CASES = Math.max(20, Math.ceil(RUNS / 50));

/** Budget sheets are planned, computed and validated whole: a thirtieth of the runs, three years a sheet. */
const FINDING_SHEETS = Math.max(10, Math.ceil(RUNS / 30));

const defaultRules = defaultRuleSet(2022);

/** The budget's formulas (checked below against the plan's own): a municipality's part and the region's. */
const partFormula = (stateCell: string, range: string, decimals: number, k: number) => `=INDEX(FINSAM.SHARES(${stateCell}/2,${range},${decimals}),${k})`;
const regionFormula = (stateCell: string, decimals: number) => `=FINSAM.CONTRIBUTION(${stateCell},"region",,,${decimals})`;

describe('the 50/25/25 split: domain, SHARES and CONTRIBUTION, the budget finding, the budget formulas and their export agree', () => {
  test("the formulas laid out below are the budget plan's own (same shape)", () => {
    const plan = budgetSheet.plan(budgetOf([{ state: 5980, populations: [8342, 531, 415, 308, 404], decimals: 0 }], [false]));
    const shapes = new Set(plan.cells.flatMap((cell) => (cell.formula ? [shapeOf(cell.formula)] : [])));
    expect(shapes).toContain(shapeOf(partFormula('B$1', 'B$2:B$6', 0, 1)));
    expect(shapes).toContain(shapeOf(regionFormula('B$1', 0)));
  });

  test(
    `${RUNS} splits (the first ${ENGINE_CASES} also in the engine): equal populations, tied remainders, odd and zero allocations, zero populations`,
    () =>
      seeded(() => {
        const all = cases(split);
        const problems = new Disagreements();
        const rows: RawCellContent[][] = [];
        const firstRow: number[] = [];
        all.forEach((c, i) => {
          const half = c.state / 2;
          const domain = shares(half, c.populations, c.decimals);
          const region = contribution(c.state, 'region', { decimals: c.decimals });
          // The rule itself, from the definition: the parts sum to the half rounded, as the region's does.
          if (domain.ok && region.ok) {
            const sum = domain.value.reduce((a, b) => a + b, 0);
            if (!same(sum, roundHalfAwayFromZero(half, c.decimals)) || !same(region.value, roundHalfAwayFromZero(half, c.decimals))) problems.note('the parts do not sum to the rounded half', c, domain.value, region.value);
          }
          // (b) the custom functions, populations as the column Excel hands them.
          const spilled = sharesFunction(half, column(c.populations), c.decimals);
          if (domain.ok ? !spilled.every((row, k) => row[0] === domain.value[k]) : !(isExcelError(spilled[0][0]) && spilled[0][0].code === errorCode(domain.error.kind))) {
            problems.note('SHARES ≠ shares', c, spilled, domain);
          }
          c.populations.forEach((p, k) => {
            const own = contribution(c.state, 'municipality', { population: p, populations: c.populations, decimals: c.decimals });
            const answer = contributionOf(c.state, 'kommun', p, column(c.populations), c.decimals);
            if (own.ok ? answer !== own.value : !(isExcelError(answer) && answer.message === own.error.message)) problems.note('CONTRIBUTION ≠ contribution', c, k, answer, own);
            // Where the population is unique, the municipality's contribution is its place in the split.
            if (domain.ok && c.populations.indexOf(p) === c.populations.lastIndexOf(p) && !(own.ok && own.value === domain.value[k])) problems.note('contribution ≠ its share', c, k, own, domain.value[k]);
          });
          const regionAnswer = contributionOf(c.state, 'region', null, undefined, c.decimals);
          if (!region.ok || regionAnswer !== region.value) problems.note('CONTRIBUTION region ≠ contribution', c, regionAnswer, region);
          // (d) and (e): populations down column A, S in B, the parts in C (native in D), the region in E (native in F).
          if (i >= ENGINE_CASES) return;
          const r = rows.length;
          firstRow[i] = r;
          const range = `$A$${r + 1}:$A$${r + c.populations.length}`;
          c.populations.forEach((p, k) => {
            const part = partFormula(`$B$${r + 1}`, range, c.decimals, k + 1);
            rows.push([p, k === 0 ? c.state : null, part, nativeOf(part)]);
          });
          const regionCell = regionFormula(`$B$${r + 1}`, c.decimals);
          rows[r].push(regionCell, nativeOf(regionCell));
        });
        const values = computeSheet(rows);
        all.slice(0, ENGINE_CASES).forEach((c, i) => {
          const domain = shares(c.state / 2, c.populations, c.decimals);
          const region = contribution(c.state, 'region', { decimals: c.decimals });
          const r = firstRow[i];
          const [regionValue, regionNative] = values[r].slice(4, 6);
          if (!(region.ok && same(regionValue, region.value) && same(regionNative, region.value))) problems.note('region in the engine ≠ contribution', c, regionValue, regionNative, region);
          c.populations.forEach((_, k) => {
            const [part, native] = values[r + k].slice(2, 4);
            if (domain.ok) {
              if (!same(part, domain.value[k]) || !same(native, domain.value[k])) problems.note('part in the engine ≠ shares', c, k, part, native, domain.value[k]);
            } else if (!isError(part, errorCode(domain.error.kind)) || !isError(native, errorCode(domain.error.kind))) {
              problems.note('part in the engine is not the error', c, k, part, native, domain.error);
            }
          });
        });
        problems.done();
      }),
    TIMEOUT,
  );

  test(
    `${FINDING_SHEETS} budget sheets of three years, parts as formulas or typed one by one (seed 003's 2021): a "municipal-parts" finding exactly when the typed parts miss S/2`,
    () =>
      seeded(() => {
        const years = cases(
          split.filter((c) => c.populations.length > 1 && c.populations.some((p) => p > 0)).map((c) => ({ ...c, decimals: 0 })),
          FINDING_SHEETS * 3,
        );
        const typed = cases(fc.constantFrom(false, false, true), FINDING_SHEETS * 3);
        const problems = new Disagreements();
        const plans = Array.from({ length: FINDING_SHEETS }, (_, s) => {
          const three = years.slice(3 * s, 3 * s + 3);
          // All years of a sheet have as many municipalities as its first.
          const m = three[0].populations.length;
          // Cut to m, a year could be left with only zero populations, which has no split: give it one person.
          const fit = (c: Split) => Array.from({ length: m }, (_, k) => c.populations[k] ?? 1);
          const fitted = three.map((c) => ({ ...c, populations: fit(c).some((p) => p > 0) ? fit(c) : [1, ...fit(c).slice(1)] }));
          return { fitted, typedYears: typed.slice(3 * s, 3 * s + 3), plan: budgetSheet.plan(budgetOf(fitted, typed.slice(3 * s, 3 * s + 3)), `Budget ${s + 1}`) };
        });
        const engine = engineFromPlan({ sheets: plans.map((p) => p.plan) });
        for (const { fitted, typedYears, plan } of plans) {
          const grid = gridOf(engine, plan.name);
          const findings = budgetSheet.validate(grid, { rules: defaultRules, grids: [grid] }).filter((f) => f.rule === 'municipal-parts');
          fitted.forEach((c, y) => {
            const half = c.state / 2;
            const parts = typedYears[y] ? typedParts(c) : (shares(half, c.populations, 0) as { value: number[] }).value;
            const sum = parts.reduce((a, b) => a + b, 0);
            // Broken when the municipal parts sum neither to S/2 nor to S/2 rounded (an odd S).
            const broken = sum !== half && sum !== roundHalfAwayFromZero(half, 0);
            const found = findings.filter((f) => f.where.cell.startsWith(String.fromCharCode(66 + y))).length;
            if ((found > 0) !== broken) problems.note('finding ≠ the rule', plan.name, c, { typed: typedYears[y], parts, sum }, findings);
          });
        }
        engine.destroy();
        problems.done();
      }),
    TIMEOUT,
  );
});


/** Each municipality's quota rounded on its own, as seed 003's 2021 column: 2 844 of 2 845. */
function typedParts(c: Split): number[] {
  const sum = c.populations.reduce((a, b) => a + b, 0);
  return c.populations.map((p) => roundHalfAwayFromZero(((c.state / 2) * p) / sum, 0));
}

/** A budget of the given years, each year's municipal parts typed one by one or left to the formulas. */
function budgetOf(years: readonly Split[], typed: readonly boolean[]): BudgetModel {
  const m = years[0].populations.length;
  return {
    association: 'Samordningsförbundet Test',
    years: years.map((_, y) => 2021 + y),
    stateAllocations: years.map((c) => c.state),
    municipalities: Array.from({ length: m }, (_, k) => ({ name: `Kommun ${k + 1}`, populations: years.map((c) => c.populations[k]) })),
    regionName: 'Region Test',
    statedMunicipalContributions: Array.from({ length: m }, (_, k) => years.map((c, y) => (typed[y] ? typedParts(c)[k] : null))),
    otherIncome: [],
    costSections: [{ title: 'Kansli och styrelse', lines: [{ label: 'Kanslipersonal', amounts: years.map(() => 1000) }] }],
    openingEquity: null,
  };
}
