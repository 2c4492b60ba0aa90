/**
 * Social budget tables as a treasurer types them (DOMAIN.md §3): indicator rows of weight,
 * achieved and area with blank rows between, and the board's target shares per area.
 */
import fc from 'fast-check';
import { Cell, hostileCell, layout, mostly, optional, Range, shaped } from './hostile-cells';

export const AREAS = ['Samhälls- och medlemsnytta', 'Jämlik samverkan', 'Deltagarnyttan', 'Samordning', 'Medarbetarnöjdhet'];
/** An area as typed: any case, stray spaces (names compare trimmed and case-insensitive). */
export const typedArea = fc
  .tuple(fc.constantFrom(...AREAS), fc.constantFrom('', ' ', '  '), fc.boolean())
  .map(([area, pad, upper]) => `${pad}${upper ? area.toUpperCase() : area}${pad}`);

const validWeight = fc.integer({ min: 1, max: 10 });
const validAchieved: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constantFrom<Cell[]>('ja', 'Nej', '  X ', 'uppnådd', 'ej uppnådd', 'SANT', 'falskt', 'yes', 'no', 'n', 'j', '', 1, 0) },
  { weight: 1, arbitrary: fc.constant(null) },
);

export interface Table {
  weights: Range;
  achieved: Range;
  areas: Range | null;
  area: Cell;
}

/** Indicator rows, some blank, laid out as columns, rows or blocks; hostile cells now and then. */
export function indicatorTable(hostile: boolean): fc.Arbitrary<Table> {
  const weight = hostile ? mostly(validWeight) : validWeight;
  const achieved = hostile ? mostly(validAchieved) : validAchieved;
  const area = hostile ? mostly(typedArea) : typedArea;
  const row = fc.oneof(
    { weight: 8, arbitrary: fc.tuple(weight, achieved, area) },
    { weight: 1, arbitrary: fc.constant<[Cell, Cell, Cell]>([null, null, null]) },
  );
  return fc
    .record({
      rows: fc.array(row, { maxLength: 20 }),
      layouts: fc.tuple(layout, layout, layout),
      withAreas: fc.boolean(),
      area: hostile ? optional(mostly(typedArea)) : optional(typedArea),
    })
    .map(({ rows, layouts, withAreas, area }) => ({
      weights: shaped(
        rows.map((r) => r[0]),
        layouts[0],
      ),
      achieved: shaped(
        rows.map((r) => r[1]),
        layouts[1],
      ),
      areas: withAreas
        ? shaped(
            rows.map((r) => r[2]),
            layouts[2],
          )
        : null,
      area: withAreas ? area : null,
    }));
}

export const indicatorArguments = indicatorTable(true).map((t): Cell[] => [t.weights, t.achieved, t.areas, t.area]);

export interface WeightRule {
  weights: Range;
  areas: Range;
  targetAreas: Range;
  targetShares: Range;
  tolerance: Cell;
}

/** Target shares as whole percentages that sum to 100, so they sum to 1 as fractions. */
function percentagesSummingTo100(count: number): fc.Arbitrary<number[]> {
  return fc.array(fc.integer({ min: 0, max: 100 }), { minLength: count - 1, maxLength: count - 1 }).map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), 100];
    return sorted.slice(1).map((cut, index) => cut - sorted[index]);
  });
}

export function weightRule(hostile: boolean): fc.Arbitrary<WeightRule> {
  const targets = fc
    .shuffledSubarray(AREAS, { minLength: 1 })
    .chain((areas) => fc.tuple(fc.constant(areas), percentagesSummingTo100(areas.length)));
  return targets.chain(([targetAreas, percents]) => {
    const area = fc.oneof({ weight: 12, arbitrary: fc.constantFrom(...targetAreas) }, { weight: 1, arbitrary: typedArea });
    const row = fc.tuple(hostile ? mostly(validWeight, 1, 30) : validWeight, hostile ? mostly(area, 1, 30) : area);
    return fc.record({
      rows: fc.array(row, { maxLength: 20 }),
      layouts: fc.tuple(layout, layout, layout, layout),
      tolerance: optional(fc.oneof(fc.constantFrom(0.05, 0, 0.01, 1, 0.1), fc.double({ min: 0, max: 1, noNaN: true }), hostileCell)),
      shares: hostile ? fc.array(mostly(fc.constant(0), 1, 20), { minLength: percents.length, maxLength: percents.length }) : fc.constant(percents.map(() => 0)),
    }).map(({ rows, layouts, tolerance, shares }) => ({
      weights: shaped(
        rows.map((r) => r[0]),
        layouts[0],
      ),
      areas: shaped(
        rows.map((r) => r[1]),
        layouts[1],
      ),
      targetAreas: shaped(targetAreas, layouts[2]),
      // A hostile share replaces the percentage now and then.
      targetShares: shaped(
        percents.map((percent, index) => (shares[index] === 0 ? percent / 100 : shares[index])),
        layouts[3],
      ),
      tolerance,
    }));
  });
}

export const weightRuleArguments = weightRule(true).map((r): Cell[] => [r.weights, r.areas, r.targetAreas, r.targetShares, r.tolerance]);
