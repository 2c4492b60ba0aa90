import { checkStatedTotal, FollowUpStatedKey, followUpTotals, STATED_TERMS, termAmount } from '../../src/domain';

describe('stated totals (DOMAIN.md §2)', () => {
  test('"underbalanseras med 869" does not follow from 12 365 − 11 511 = 854 (seed 004)', () => {
    const check = checkStatedTotal('Underskottet', 869, [
      { label: 'Kostnader', amount: 12365, sign: 1 },
      { label: 'Intäkter', amount: 11511, sign: -1 },
    ]);
    expect(check.computed).toBe(854);
    expect(check.difference).toBe(15);
    expect(check.message).toBe('Underskottet anges till 869 men blir 854 (12 365 − 11 511); skillnad 15.');
  });

  test('a stated total that follows from its parts gives no message: 11 489 (seed 003, 2021)', () => {
    const parts = [5690, 2359, 146, 113, 83, 106, 37, 2845, 110].map((amount) => ({ label: '', amount, sign: 1 as const }));
    expect(checkStatedTotal('Summa intäkter', 11489, parts).message).toBeUndefined();
  });
});

describe("a follow-up's stated figures by definition (STATED_TERMS, seed 004)", () => {
  // Seed 004's budget: income 11 511, costs 12 365; a forecast of 11 600 income and 11 304 costs
  // gives the report's +296, and 1 800 opening equity closes at 2 096.
  const totals = followUpTotals(
    [
      { budget: 11_000, forecast: 11_100 },
      { budget: 511, forecast: 500 },
    ],
    [
      { budget: 12_000, forecast: 11_000 },
      { budget: 365, forecast: 304 },
    ],
    1800,
  );
  const value = (key: FollowUpStatedKey, stated: Partial<Record<FollowUpStatedKey, number>> = {}) =>
    STATED_TERMS[key].reduce((total, term) => total + term.sign * termAmount(term, totals, stated), 0);

  test('costs 12 365, income 11 511, result +296, closing equity 2 096 from the lines', () => {
    expect([value('costs'), value('income'), value('result'), value('closingEquity')]).toEqual([12_365, 11_511, 296, 2096]);
  });

  test('the deficit is 854 from the lines, and follows the stated costs and income when the report gives them', () => {
    expect(value('deficit')).toBe(854);
    expect(value('deficit', { costs: 12_366 })).toBe(855);
    expect(value('deficit', { costs: 12_366, income: 11_500 })).toBe(866);
    // The stated deficit and result are no terms of the deficit.
    expect(value('deficit', { deficit: 869, result: 0 })).toBe(854);
  });
});
