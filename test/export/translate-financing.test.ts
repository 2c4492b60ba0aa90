/**
 * The financing, participant and stakeholder functions' native translations, computed in the
 * embedded engine beside the FINSAM functions on the same cells, give the same values: the
 * largest-remainder split to the unit (DOMAIN.md §1 seeds, ties, float edge cases).
 */
import { parseMemberKind } from '../../src/domain';
import { REGION_WORDS, STATE_WORDS } from '../../src/export/translate-financing';
import { column, expectSame } from './support';

describe('financing translations', () => {
  const percent2018 = column([83.42, 5.31, 4.15, 3.08, 4.04]);
  const percent2021 = column([82.9, 5.1, 4.0, 2.9, 3.7, 1.3]);

  test('SHARES of 2 990 by the 2018 percentages is 2 494/159/124/92/121 (seed 001)', () => {
    expectSame(percent2018, '=FINSAM.SHARES(2990,A1:A5,0)', [[2494], [159], [124], [92], [121]]);
  });

  test('the 2021 split of 2 845 sums to exactly 2 845, where rounding each share gave 2 844 (seed 003)', () => {
    const shares = expectSame(percent2021, '=FINSAM.SHARES(2845,A1:A6,0)').flat() as number[];
    expect(shares.reduce((sum, share) => sum + share, 0)).toBe(2845);
    expectSame(percent2021, '=SUM(FINSAM.SHARES(2845,A1:A6,0))', [[2845]]);
  });

  test('CONTRIBUTION(5980; "kommun"; 8342; {8342;531;415;308;404}; 0) → 2 494 (seed 001, 2018)', () => {
    expectSame([], '=FINSAM.CONTRIBUTION(5980,"kommun",8342,{8342;531;415;308;404},0)', [[2494]]);
    expectSame([], '=FINSAM.CONTRIBUTION(5980,"region",,,0)', [[2990]]);
    expectSame([], '=FINSAM.CONTRIBUTION(5980,"Försäkringskassan")', [[5980]]);
    expectSame([['Kommun', 8342], ['landsting', 531], ['FK', 415], [null, 308], [null, 404]], '=FINSAM.CONTRIBUTION(5980,A1,B2,B1:B5,0)', [[159]]);
    expectSame([['Kommun', 8342], ['landsting', 531], ['FK', 415], [null, 308], [null, 404]], '=FINSAM.CONTRIBUTION(5980,A2,B2,B1:B5,0)', [[2990]]);
  });

  test('a tie in remainder goes to the larger part, then to the earlier one (DOMAIN.md §1)', () => {
    expectSame([], '=FINSAM.SHARES(2,{1;3},0)', [[0], [2]]);
    expectSame(column([1, 3]), '=FINSAM.SHARES(2,A1:A2,0)', [[0], [2]]);
    expectSame([], '=FINSAM.SHARES(10,{1;1;1},0)', [[4], [3], [3]]);
    expectSame(column([1, 1, 1]), '=FINSAM.SHARES(10,A1:A3,0)', [[4], [3], [3]]);
    expectSame([[1, 1], [1, 1]], '=FINSAM.SHARES(10,A1:B2,0)', [[3, 3], [2, 2]]);
  });

  test('a quota that floating point puts a hair below a whole number still gets its unit', () => {
    // 3 × 0.1 / (0.1 + 0.2) is 0.9999999999999998 in binary; the exact quota is 1.
    expectSame(column([0.1, 0.2]), '=FINSAM.SHARES(3,A1:A2,0)', [[1], [2]]);
    expectSame([], '=FINSAM.SHARES(3,{0.1;0.2},0)', [[1], [2]]);
  });

  test('SHARES keeps a blank part blank, splits at other precisions and splits a negative total', () => {
    expectSame(column([8342, 531, null, 415]), '=FINSAM.SHARES(2990,A1:A4,0)');
    expectSame(percent2021, '=FINSAM.SHARES(1234.5,A1:A6,1)');
    expectSame(percent2021, '=FINSAM.SHARES(-2845,A1:A6,0)');
    expectSame(column([8342, 531, 415, 308, 404]), '=FINSAM.SHARES(12345,A1:A5,-1)');
    expectSame(column([8342, 531, 415, 308, 404]), '=FINSAM.SHARES(2990,A1:A5)');
  });

  test('SHARE of one part, by value or cell, rounded or exact, places from a cell', () => {
    expectSame(percent2018, '=FINSAM.SHARE(2990,A2,A1:A5,0)', [[159]]);
    expectSame(percent2018, '=FINSAM.SHARE(2990,83.42,A1:A5,0)', [[2494]]);
    expectSame(percent2018, '=FINSAM.SHARE(2990,A3,A1:A5)');
    expectSame([[83.42, null], [5.31, 0]], '=FINSAM.SHARE(2990,A2,A1:A2,B1)');
    expectSame([[83.42, null], [5.31, 0]], '=FINSAM.SHARE(2990,A2,A1:A2,B2)');
  });

  test('EQUITYCAP: 11 380 → 1 707 on the default staircase (EQUITY.md), and on a given one', () => {
    expectSame([], '=FINSAM.EQUITYCAP(11380)', [[1707]]);
    expectSame([], '=FINSAM.EQUITYCAP(3000)', [[600]]);
    expectSame([[0, 0.25], [8000, 0.2], [16000, 0.12]], '=FINSAM.EQUITYCAP(20000,A1:B3)', [[2400]]);
    expectSame([], '=FINSAM.EQUITYCAP(9000,{0,0.25;8000,0.2})', [[1800]]);
  });

  test('DEVIATES: 600 against 500 must be explained, 540 need not; a blank outcome is empty', () => {
    expectSame([], '=FINSAM.DEVIATES(600,500)', [[true]]);
    expectSame([], '=FINSAM.DEVIATES(540,500)', [[false]]);
    expectSame([[1050, 1000, null]], '=FINSAM.DEVIATES(A1,B1,0.05,20)', [[true]]);
    expectSame([[null, 500]], '=FINSAM.DEVIATES(A1,B1)', [['']]);
    expectSame([[560, null]], '=FINSAM.DEVIATES(A1,B1)', [[true]]);
  });
});

describe('participant and stakeholder translations', () => {
  test('RATE pools the counts: 10 of 14, not the mean of 90 % and 25 %', () => {
    expectSame([[9, 10], [1, 4]], '=FINSAM.RATE(A1:A2,B1:B2)', [[10 / 14]]);
  });

  test('FYE: two half years make one; a blank degree is full benefit; one degree for all rows', () => {
    expectSame(column([182.5, 182.5]), '=FINSAM.FYE(A1:A2)', [[1]]);
    expectSame([[182.5, 1], [182.5, 0.5], [365, null]], '=FINSAM.FYE(A1:A3,B1:B3)', [[1.75]]);
    expectSame([[182.5, 0.5], [182.5, null]], '=FINSAM.FYE(A1:A2,B1,366)');
    expectSame([[182.5, 0.5, null], [182.5, null, null]], '=FINSAM.FYE(A1:A2,B1,C1)');
  });

  test('FYESHARE and FYECHANGE: 0.05 → 0.0495 is −1 % (the 2018 goal), or −0.05 percentage points', () => {
    expectSame([], '=FINSAM.FYESHARE(500,10000)', [[0.05]]);
    const [[relative]] = expectSame([], '=FINSAM.FYECHANGE(0.05,0.0495)');
    expect(relative).toBeCloseTo(-0.01, 12);
    expectSame([], '=FINSAM.FYECHANGE(0.05,0.0495,"pp")');
    expectSame([['Procentenheter'], ['relativ'], [null]], '=FINSAM.FYECHANGE(0.05,0.0495,A1)');
    expectSame([['Procentenheter'], ['relativ'], [null]], '=FINSAM.FYECHANGE(0.05,0.0495,A3)');
  });

  test.each([
    [5, 4, 'Nyckelintressent'],
    [2, 5, 'Håll nöjd'],
    [5, 2, 'Håll informerad'],
    [3, 3, 'Bevaka'],
  ])('interest %p and influence %p: importance and quadrant %p (seed 002)', (interest, influence, quadrant) => {
    expectSame([[interest, influence, 7]], '=FINSAM.IMPORTANCE(A1,B1)', [[interest + influence]]);
    expectSame([[interest, influence, 7]], '=FINSAM.QUADRANT(A1,B1)', [[quadrant]]);
    expectSame([[interest, influence, 7]], '=FINSAM.QUADRANT(A1,B1,C1)');
    expectSame([[interest, influence, 7]], '=FINSAM.QUADRANT(A1,B1,5)', [[quadrant]]);
  });
});

test('the member words a cell may hold are the domain\'s', () => {
  for (const word of STATE_WORDS) expect(parseMemberKind(word)).toBe('state');
  for (const word of REGION_WORDS) expect(parseMemberKind(word)).toBe('region');
  expect(parseMemberKind('kommun')).toBe('municipality');
});
