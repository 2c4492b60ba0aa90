import { checkStatedRate, pooledRate, possibleCounts } from '../../src/domain';

describe('participant outcomes (DOMAIN.md §4)', () => {
  test('"85,5 %" of 14 finished cannot come from whole counts; 12 of 14 is 85,7 % (seed 004)', () => {
    expect(possibleCounts(0.855, 14)).toEqual([]);
    expect(possibleCounts(0.857, 14)).toEqual([12]);
    expect(checkStatedRate(0.855, 14)).toBe(
      'Andelen 85,5 % av 14 går inte att få med hela antal; den ligger troligen på ett medelvärde av andelar.',
    );
    expect(checkStatedRate(0.857, 14)).toBeUndefined();
  });

  test('a pooled rate is Σ positive / Σ finished, not the mean of the rows', () => {
    // 9 of 10 and 1 of 4: pooled 10/14 = 0,714…; the mean of 0,9 and 0,25 would be 0,575.
    const rate = pooledRate([
      { part: 9, whole: 10 },
      { part: 1, whole: 4 },
    ]);
    expect(rate.ok && rate.value).toBeCloseTo(10 / 14, 15);
  });

  test('more positive than finished is named by its row', () => {
    expect(pooledRate([{ part: 1, whole: 1 }, { part: 5, whole: 4 }])).toEqual({
      ok: false,
      error: { kind: 'value', message: 'Rad nr 2: 5 med positivt resultat är fler än 4 avslutade.' },
    });
  });

  test('no finished participants is a division by zero', () => {
    expect(pooledRate([{ part: 0, whole: 0 }])).toMatchObject({ ok: false, error: { kind: 'divisionByZero' } });
  });
});
