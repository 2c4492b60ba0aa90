import { contributionOf, deviates, equitycap, share, shares } from '../../src/functions/financing';
import { answer, column, omitted } from '../support/excel';

const populations2018 = column(8342, 531, 415, 308, 404);

describe('SHARE and SHARES (FUNCTIONS.md)', () => {
  test('SHARES(2990; {83,42;5,31;4,15;3,08;4,04}; 0) is the 2018 column (seed 001)', () => {
    expect(shares(2990, column(83.42, 5.31, 4.15, 3.08, 4.04), 0)).toEqual(column(2494, 159, 124, 92, 121));
  });

  test('SHARES(2845; label percentages of 2022; 0) sums to exactly 2 845', () => {
    const split = shares(2845, column(82.9, 5.1, 4.0, 2.9, 3.7, 1.3), 0).map((row) => row[0] as number);
    expect(split.reduce((a, b) => a + b, 0)).toBe(2845);
  });

  test('spills in the shape of the parts; blank parts stay blank', () => {
    expect(shares(10, [[1, null, 1]], 0)).toEqual([[5, '', 5]]);
  });

  test('SHARE returns one part of the same split', () => {
    expect(share(2990, 531, populations2018, 0)).toBe(159);
    expect(share(2845, 8342, populations2018)).toBeCloseTo(2373.299, 9);
  });

  test.each([
    ['a negative part', () => shares(10, column(1, -1), 0), '#VALUE!', 'Del nr 2 är -1; det får inte vara negativt.'],
    ['a text part', () => shares(10, column(1, 'två'), 0), '#VALUE!', 'Del nr 2 är "två"; det ska vara ett tal.'],
    ['parts summing to 0', () => shares(10, column(0, 0), 0), '#DIV/0!', 'Summan av delarna är 0; det går inte att fördela (division med noll).'],
    ['decimals 1,5', () => share(10, 1, column(1, 1), 1.5), '#VALUE!', 'Antalet decimaler är 1,5; det ska vara ett heltal -9–10.'],
    ['a part not among the parts', () => share(10, 3, column(1, 1), 0), '#VALUE!', 'Delen 3 finns inte bland delarna; den ska vara en av dem.'],
    ['a duplicated part that rounds differently', () => share(1, 1, column(1, 1), 0), '#VALUE!', expect.stringContaining('använd FINSAM.SHARES')],
    ['a text total', () => share('tio', 1, column(1, 1)), '#VALUE!', 'Beloppet att fördela är "tio"; det ska vara ett tal.'],
  ])('%s → %s', (_, call, error, message) => {
    expect(answer(call())).toEqual({ error, message });
  });
});

describe('CONTRIBUTION (FUNCTIONS.md)', () => {
  test('CONTRIBUTION(5980; "kommun"; 8342; {8342;531;415;308;404}; 0) → 2494 (seed 001)', () => {
    expect(contributionOf(5980, 'kommun', 8342, populations2018, 0)).toBe(2494);
  });

  test('the state and the region: 5 690 and 2 845 (seed 003)', () => {
    expect(contributionOf(5690, 'Försäkringskassan', omitted, omitted, omitted)).toBe(5690);
    expect(contributionOf(5690, 'landsting', omitted, omitted, omitted)).toBe(2845);
  });

  test('an unknown member is #VALUE!, a kommun without populations too', () => {
    expect(answer(contributionOf(5690, 'Arbetsförmedlingen'))).toEqual({
      error: '#VALUE!',
      message: 'Medlemmen är "Arbetsförmedlingen"; skriv stat (eller FK, Försäkringskassan), region (eller landsting) eller kommun.',
    });
    expect(answer(contributionOf(5690, 'kommun'))).toMatchObject({ error: '#VALUE!' });
  });
});

describe('EQUITYCAP and DEVIATES (FUNCTIONS.md; EQUITY.md)', () => {
  test('EQUITYCAP(11 380) → 1 707 (seed 004 with the default staircase)', () => {
    expect(equitycap(11380)).toBe(1707);
  });

  test('a staircase of its own, in two columns, blank rows skipped', () => {
    expect(equitycap(11380, [[0, 0.25], [null, null], [10000, 0.2]])).toBe(2276);
  });

  test('an unsorted staircase or one with three columns is #VALUE!', () => {
    expect(answer(equitycap(11380, [[5000, 0.15], [0, 0.2]]))).toEqual({
      error: '#VALUE!',
      message: 'Trappsteg (från tkr) nr 2 är inte större än steget före; trappan ska vara sorterad efter "från".',
    });
    expect(answer(equitycap(11380, [[0, 0.2, 1]]))).toMatchObject({ error: '#VALUE!' });
  });

  test('DEVIATES with the defaults 10 % and 50 tkr, and thresholds of its own', () => {
    expect(deviates(600, 500)).toBe(true);
    expect(deviates(540, 500)).toBe(false);
    expect(deviates(540, 500, 0.05, 20)).toBe(true);
    expect(deviates(null, 500)).toBe('');
    expect(deviates(60, null)).toBe(true);
    expect(answer(deviates(600, 500, 10))).toEqual({ error: '#VALUE!', message: 'Andelsgränsen är 10; det ska vara en andel 0–1 (t.ex. 0,5 för 50 %).' });
  });
});
