import { checkStatedTotal } from '../../src/domain';

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
