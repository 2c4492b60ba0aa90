import { fullYearEquivalents, fyeChange, fyeShare, meetsFyeGoal, parseChangeMode } from '../../src/domain';

describe('full-year equivalents (DOMAIN.md §5)', () => {
  test('two people unemployed half a year each make one FYE', () => {
    expect(fullYearEquivalents([{ days: 182.5, degree: 1 }, { days: 182.5, degree: 1 }])).toEqual({ ok: true, value: 1 });
  });

  test('a full year at half benefit is half an FYE; a half-year period has its own days', () => {
    expect(fullYearEquivalents([{ days: 365, degree: 0.5 }])).toEqual({ ok: true, value: 0.5 });
    expect(fullYearEquivalents([{ days: 181, degree: 1 }], 181)).toEqual({ ok: true, value: 1 });
  });

  test('a degree given as 50 (percent) is an error naming the row', () => {
    expect(fullYearEquivalents([{ days: 10, degree: 1 }, { days: 10, degree: 50 }])).toEqual({
      ok: false,
      error: { kind: 'value', message: 'Ersättningsgrad nr 2 är 50; det ska vara en andel 0–1 (t.ex. 0,5 för 50 %).' },
    });
  });

  test('share of the working-age population, and its change against the −1 % goal (2018 goal)', () => {
    expect(fyeShare(1000, 20000)).toEqual({ ok: true, value: 0.05 });
    const change = fyeChange(0.05, 0.0495);
    expect(change.ok && change.value).toBeCloseTo(-0.01, 15);
    expect(change.ok && meetsFyeGoal(change.value)).toBe(true);
    const small = fyeChange(0.05, 0.0499);
    expect(small.ok && meetsFyeGoal(small.value)).toBe(false);
  });

  test('percentage points mode is the plain difference; relative against 0 is a division by zero', () => {
    const points = fyeChange(0.05, 0.045, 'pp');
    expect(points.ok && points.value).toBeCloseTo(-0.005, 15);
    expect(fyeChange(0, 0.01)).toMatchObject({ ok: false, error: { kind: 'divisionByZero' } });
    expect(parseChangeMode('PP')).toBe('pp');
    expect(parseChangeMode('')).toBe('relative');
    expect(parseChangeMode('procent')).toBeUndefined();
  });

  test('population 0 is a division by zero', () => {
    expect(fyeShare(5, 0)).toMatchObject({ ok: false, error: { kind: 'divisionByZero' } });
  });
});
