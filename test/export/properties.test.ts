/**
 * Random valid inputs: the native translation gives the FINSAM value, splits to the unit.
 * The split's float arithmetic is exact while total units × part stays below about 10^13 for
 * whole parts and 10^9 for parts with decimals (src/export/translate-split.ts); the generators
 * stay inside, at the sizes a samordningsförbund has (tkr, kr, populations, percentages).
 */
import fc from 'fast-check';
import { RawCellContent } from 'hyperformula';
import { sameValue } from '../../src/export/cell-values';
import { RUNS, TIMEOUT } from '../support/fuzz';
import { cases, Disagreements, seeded } from '../support/realisations';
import { Comparison, compareMany, sameBlocks, SideBySide } from './support';

/** Runs stayed N/20 (N/40 for splits) from when each run refilled an engine of its own. */
const ENGINE_RUNS = Math.max(20, Math.ceil(RUNS / 20));
const SPLIT_RUNS = Math.max(20, Math.ceil(RUNS / 40));

/**
 * `count` cases drawn from `arbitrary` (seeded, see realisations.ts), each giving a few
 * comparisons; all of them computed on one sheet. Fails with the first disagreements.
 */
function agreeOn<T>(arbitrary: fc.Arbitrary<T>, count: number, comparisons: (value: T) => Comparison[]): void {
  seeded(() => {
    const items = cases(arbitrary, count).flatMap((value) => comparisons(value).map((comparison) => ({ value, comparison })));
    const sides = compareMany(items.map(({ comparison }) => comparison));
    const disagreements = new Disagreements();
    items.forEach(({ value, comparison }, i) => {
      if (!(comparison.agree ?? sameBlocks)(sides[i])) disagreements.note('differs', comparison.formula, value, sides[i].finsam, sides[i].native);
    });
    disagreements.done();
  });
}

const wholeParts = fc.array(fc.integer({ min: 0, max: 100_000 }), { minLength: 1, maxLength: 8 });
const percentParts = fc.array(fc.integer({ min: 0, max: 10_000 }).map((hundredths) => hundredths / 100), { minLength: 1, maxLength: 8 });
/** Totals in whole units or eighths, which every engine rounds alike (no binary half-way cases). */
const total = (largest: number) =>
  fc.oneof(fc.integer({ min: -largest, max: largest }), fc.integer({ min: -8 * largest, max: 8 * largest }).map((eighths) => eighths / 8));
const withBlanks = (parts: number[]) => fc.array(fc.boolean(), { minLength: parts.length, maxLength: parts.length }).map((blank) => parts.map((part, i) => (blank[i] && i > 0 ? null : part)));

const split = fc.oneof(
  fc.record({ parts: wholeParts.chain(withBlanks), total: total(1_000_000), decimals: fc.integer({ min: -1, max: 2 }) }),
  fc.record({ parts: percentParts, total: total(10_000), decimals: fc.integer({ min: 0, max: 2 }) }),
);

describe('native translations equal the FINSAM functions on random valid inputs', () => {
  test(
    `STATUS on percentages in hundredths, every comparison and a factor in hundredths, literal or from a cell (${ENGINE_RUNS} runs)`,
    () => {
      const hundredths = fc.integer({ min: 0, max: 200 }).map((value) => value / 100);
      agreeOn(
        fc.record({
          outcome: hundredths,
          target: hundredths,
          comparison: fc.constantFrom('>=', '>', '<=', '<', "'=", ''),
          near: fc.integer({ min: 1, max: 100 }).map((value) => value / 100),
        }),
        ENGINE_RUNS,
        ({ outcome, target, comparison, near }) => {
          const rows: RawCellContent[][] = [[outcome, target, comparison, near]];
          return ['=FINSAM.STATUS(A1,B1,C1,D1)', `=FINSAM.STATUS(A1,B1,C1,${near})`, '=FINSAM.STATUS(A1,B1,C1)'].map((formula) => ({ rows, formula }));
        },
      );
    },
    TIMEOUT,
  );

  test(
    `SHARES(total, parts, decimals): every share to the unit, and SUM of the split (${SPLIT_RUNS} runs)`,
    () => {
      agreeOn(split.filter(({ parts }) => parts.some((part) => (part ?? 0) > 0)), SPLIT_RUNS, ({ parts, total: amount, decimals }) => {
        const rows = parts.map((part): RawCellContent[] => [part]);
        const range = `A1:A${parts.length}`;
        return [
          { rows, formula: `=FINSAM.SHARES(${amount},${range},${decimals})`, agree: ({ finsam, native }) => JSON.stringify(finsam) === JSON.stringify(native) },
          { rows, formula: `=SUM(FINSAM.SHARES(${amount},${range},${decimals}))` },
        ];
      });
    },
    TIMEOUT,
  );

  test(
    `SHARE and CONTRIBUTION of a part that occurs once (${ENGINE_RUNS} runs)`,
    () => {
      agreeOn(
        fc
          .record({ parts: wholeParts, allocation: fc.integer({ min: 0, max: 100_000 }), decimals: fc.integer({ min: 0, max: 2 }) })
          // Copies of the part that round apart are #VALUE! in FINSAM ("use SHARES") and the first
          // copy's share natively; the export's engine check turns such a cell into its value.
          .filter(({ parts }) => parts.some((part) => part > 0) && parts.indexOf(parts[0], 1) < 0),
        ENGINE_RUNS,
        ({ parts, allocation, decimals }) => {
          const rows = parts.map((part): RawCellContent[] => [part]);
          const range = `A1:A${parts.length}`;
          return [`=FINSAM.SHARE(${allocation},A1,${range},${decimals})`, `=FINSAM.CONTRIBUTION(${allocation},"kommun",A1,${range},${decimals})`].map((formula) => ({
            rows,
            formula,
            agree: ({ finsam, native }: SideBySide) => sameValue(finsam[0][0], native[0][0]) && typeof native[0][0] === typeof finsam[0][0],
          }));
        },
      );
    },
    TIMEOUT,
  );

const achievedCell = fc.constantFrom<RawCellContent>(true, false, 1, 0, null, 'ja', 'J', ' x ', 'Uppnådd', 'YES', 'sant', 'true', 'nej', 'n', 'Ej  uppnådd', 'no', 'FALSKT', 'false', '');
  const area = fc.constantFrom('Samordning', ' samordning', 'Deltagarnyttan', 'DELTAGARNYTTAN ', 'Jämlik samverkan');
  const indicator = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fc.integer({ min: 1, max: 10 }), achievedCell, area) },
    { weight: 1, arbitrary: fc.constant<[null, null, null]>([null, null, null]) },
  );

  test(
    `IMPACTINDEX, IMPACTVALUE and AREASHARE over random tables with every achieved word (${ENGINE_RUNS} runs)`,
    () => {
      agreeOn(
        fc.array(indicator, { minLength: 1, maxLength: 12 }).filter((rows) => rows.some(([weight]) => weight !== null)),
        ENGINE_RUNS,
        (rows) => {
          const n = rows.length;
          return [
            `=FINSAM.IMPACTINDEX(A1:A${n},B1:B${n})`,
            `=FINSAM.IMPACTVALUE(A1:A${n},B1:B${n})`,
            `=FINSAM.IMPACTINDEX(A1:A${n},B1:B${n},C1:C${n},"samordning")`,
            `=FINSAM.AREASHARE(A1:A${n},C1:C${n},"Deltagarnyttan")`,
          ].map((formula) => ({ rows, formula }));
        },
      );
    },
    TIMEOUT,
  );

  test(
    `WEIGHTCHECK's table and WEIGHTSOK against random target shares (${ENGINE_RUNS} runs)`,
    () => {
      const targets = fc.integer({ min: 0, max: 100 }).map((first) => [first / 100, (100 - first) / 200, (100 - first) / 200]);
      agreeOn(
        fc.record({ rows: fc.array(indicator, { minLength: 1, maxLength: 12 }), shares: targets, tolerance: fc.integer({ min: 0, max: 20 }).map((t) => t / 100) }),
        ENGINE_RUNS,
        ({ rows, shares, tolerance }) => {
          if (!rows.some(([weight]) => weight !== null)) return [];
          const table = rows.map((row, i): RawCellContent[] => [...row, ['Samordning', 'Deltagarnyttan', 'Jämlik samverkan'][i] ?? null, shares[i] ?? null]);
          while (table.length < 3) table.push([null, null, null, ['Samordning', 'Deltagarnyttan', 'Jämlik samverkan'][table.length], shares[table.length]]);
          const n = table.length;
          return [`=FINSAM.WEIGHTCHECK(A1:A${n},C1:C${n},D1:D3,E1:E3,${tolerance})`, `=FINSAM.WEIGHTSOK(A1:A${n},C1:C${n},D1:D3,E1:E3,${tolerance})`].map((formula) => ({ rows: table, formula }));
        },
      );
    },
    TIMEOUT,
  );

  test(
    `ACHIEVED, STATUS, DEVIATES, FYE, RATE and QUADRANT on random numbers (${ENGINE_RUNS} runs)`,
    () => {
      const amount = fc.integer({ min: -5000, max: 5000 });
      agreeOn(
        fc.record({
          outcome: amount,
          budget: amount,
          comparison: fc.constantFrom('>=', '>', '<=', '<', "'=", ''),
          days: fc.array(fc.integer({ min: 0, max: 365 }), { minLength: 3, maxLength: 3 }),
          degrees: fc.array(fc.integer({ min: 0, max: 4 }).map((quarter) => quarter / 4), { minLength: 3, maxLength: 3 }),
          rating: fc.tuple(fc.integer({ min: 1, max: 7 }), fc.integer({ min: 1, max: 7 })),
        }),
        ENGINE_RUNS,
        ({ outcome, budget, comparison, days, degrees, rating }) => {
          const rows: RawCellContent[][] = days.map((day, i) => [day, degrees[i], i === 0 ? outcome : i === 1 ? budget : comparison, day + 10]);
          return [
            '=FINSAM.ACHIEVED(C1,C2,C3)',
            '=FINSAM.STATUS(C1,C2,C3)',
            '=FINSAM.DEVIATES(C1,C2)',
            '=FINSAM.DEVIATES(C1,C2,0.2,10)',
            '=FINSAM.FYE(A1:A3,B1:B3)',
            '=FINSAM.RATE(A1:A3,D1:D3)',
            `=FINSAM.QUADRANT(${rating[0]},${rating[1]},7)`,
          ].map((formula) => ({ rows, formula }));
        },
      );
    },
    TIMEOUT,
  );
});
