import { splitByLargestRemainder } from '../../src/domain';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('largest-remainder split (DOMAIN.md §1)', () => {
  test('reproduces the 2018 municipal column 2 494/159/124/92/121 of 2 990 (seed 001)', () => {
    expect(splitByLargestRemainder(2990, [83.42, 5.31, 4.15, 3.08, 4.04], 0)).toEqual([2494, 159, 124, 92, 121]);
  });

  test('rounding each share on its own loses units (the 2021 defect: 2 844 of 2 845, seed 003); the split does not', () => {
    const roundedOneByOne = [1, 1, 1].map((part) => Math.round((100 * part) / 3));
    expect(sum(roundedOneByOne)).toBe(99);
    expect(splitByLargestRemainder(100, [1, 1, 1], 0)).toEqual([34, 33, 33]);
  });

  test('the 2022 label percentages 82,9/5,1/4,0/2,9/3,7/1,3 split 2 845 exactly (FUNCTIONS.md example)', () => {
    // Hand-computed quotas of 2 845 × p / 99,9: 2360,86 145,24 113,91 82,59 105,37 37,02; floors
    // sum to 2 842 and the three largest remainders (,91 ,86 ,59) get one unit each.
    const split = splitByLargestRemainder(2845, [82.9, 5.1, 4.0, 2.9, 3.7, 1.3], 0);
    expect(split).toEqual([2361, 145, 114, 83, 105, 37]);
    expect(sum(split)).toBe(2845);
  });

  test('gives leftover units to the largest remainders, not to the largest parts', () => {
    // 10 split 6.6/1.7/1.7 → floors 6/1/1, remainders .6/.7/.7: the two small parts get the units.
    expect(splitByLargestRemainder(10, [66, 17, 17], 0)).toEqual([6, 2, 2]);
  });

  test('breaks a tie in remainders by the larger part, then by input order', () => {
    // 1 unit among remainders of exactly one half: 1 × 1/2 each.
    expect(splitByLargestRemainder(1, [1, 1], 0)).toEqual([1, 0]);
    // 5 × (3/6, 2/6, 1/6) = 2.5, 1.67, 0.83 → floors 2/1/0 leave 2: remainders .83 then .67.
    expect(splitByLargestRemainder(5, [3, 2, 1], 0)).toEqual([2, 2, 1]);
    // Remainders tie at .5 for parts 1 and 3 of 4 units over [1, 3, 1, 3]/8: 0.5, 1.5, 0.5, 1.5.
    expect(splitByLargestRemainder(4, [1, 3, 1, 3], 0)).toEqual([0, 2, 0, 2]);
  });

  test('splits at two decimals in hundredths', () => {
    expect(splitByLargestRemainder(100, [1, 1, 1], 2)).toEqual([33.34, 33.33, 33.33]);
  });

  test('rounds the total half away from zero before splitting', () => {
    expect(sum(splitByLargestRemainder(2.5, [1, 1], 0))).toBe(3);
    expect(splitByLargestRemainder(-10, [1, 1, 1], 0)).toEqual([-4, -3, -3]);
  });

  test('zero parts get nothing and the total still sums', () => {
    expect(splitByLargestRemainder(7, [0, 1, 0, 1], 0)).toEqual([0, 4, 0, 3]);
  });
});
