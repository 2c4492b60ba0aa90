import { contribution, parseMemberKind, shareOf, shares } from '../../src/domain';

const populations2018 = [8342, 531, 415, 308, 404];

describe('member contributions, 50/25/25 (law 2003:1210 §17; DOMAIN.md §1)', () => {
  test("Umeå's 2018 contribution is 2 494 tkr (seed 001)", () => {
    expect(contribution(5980, 'municipality', { population: 8342, populations: populations2018, decimals: 0 })).toEqual({ ok: true, value: 2494 });
  });

  test('the state pays its allocation and the region half of it: 5 690 and 2 845 (seed 003)', () => {
    expect(contribution(5690, 'state')).toEqual({ ok: true, value: 5690 });
    expect(contribution(5690, 'region')).toEqual({ ok: true, value: 2845 });
    expect(contribution(5980, 'region', { decimals: 0 })).toEqual({ ok: true, value: 2990 });
  });

  test('every 2018 municipality gets its seed figure 2 494/159/124/92/121 (seed 001)', () => {
    const amounts = populations2018.map((population) => contribution(5980, 'municipality', { population, populations: populations2018, decimals: 0 }));
    expect(amounts.map((a) => a.ok && a.value)).toEqual([2494, 159, 124, 92, 121]);
  });

  test('a municipality without populations is an error, not a guess', () => {
    const result = contribution(5980, 'municipality', {});
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.kind).toBe('value');
  });

  test('member words: stat, FK, Försäkringskassan, landsting, kommun', () => {
    expect(['stat', 'Staten', ' FK ', 'försäkringskassan'].map(parseMemberKind)).toEqual(['state', 'state', 'state', 'state']);
    expect(['Region', 'landsting'].map(parseMemberKind)).toEqual(['region', 'region']);
    expect(parseMemberKind('kommun')).toBe('municipality');
    expect(parseMemberKind('kommunen')).toBeUndefined();
  });
});

describe('shares', () => {
  test('without decimals the exact proportions: 2 845 × 8 342/10 000 = 2 373,299', () => {
    const result = shares(2845, populations2018);
    expect(result.ok && result.value[0]).toBeCloseTo(2373.299, 9);
  });

  test('huge totals split without overflowing: 1e308 over 2 and 3 → 4e307 and 6e307', () => {
    const split = shares(1e308, [2, 3]);
    expect(split.ok && split.value.map((share, i) => share / [4e307, 6e307][i])).toEqual([expect.closeTo(1, 12), expect.closeTo(1, 12)]);
    expect(shares(1e300, [1], 10)).toEqual({ ok: true, value: [1e300] });
  });

  test('a negative part is named by its position', () => {
    expect(shares(100, [1, -2, 3], 0)).toEqual({ ok: false, error: { kind: 'value', message: 'Del nr 2 är -2; det får inte vara negativt.' } });
  });

  test('parts summing to zero are a division by zero', () => {
    const result = shares(100, [0, 0], 0);
    expect(!result.ok && result.error.kind).toBe('divisionByZero');
  });

  test('decimals must be a whole number', () => {
    const result = shares(100, [1, 2], 0.5);
    expect(!result.ok && result.error.message).toBe('Antalet decimaler är 0,5; det ska vara ett heltal -9–10.');
  });

  test('a part that occurs twice and rounds differently must use SHARES', () => {
    // 1 unit between two equal parts: one gets 1, the other 0.
    const result = shareOf(1, 5, [5, 5], 0);
    expect(!result.ok && result.error.message).toMatch(/FINSAM.SHARES/);
    expect(shareOf(10, 5, [5, 5], 0)).toEqual({ ok: true, value: 5 });
  });

  test('a part that is not among the parts is an error', () => {
    expect(shareOf(10, 4, [5, 5], 0).ok).toBe(false);
  });
});
