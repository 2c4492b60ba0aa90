import { AREA_TARGETS_2022, areaShare, checkAreaWeighting, WeightedIndicator } from '../../src/domain';

/** Indicators whose weights add up to the given sum per area, in tens and a remainder. */
function indicatorsWithSums(sums: Record<string, number>): WeightedIndicator[] {
  return Object.entries(sums).flatMap(([area, total]) => {
    const weights = Array.from({ length: Math.floor(total / 10) }, () => 10);
    if (total % 10) weights.push(total % 10);
    return weights.map((weight) => ({ weight, area }));
  });
}

const weighting2022 = {
  'Samhälls- och medlemsnytta': 39,
  'Jämlik samverkan': 24,
  Deltagarnyttan: 15,
  Samordning: 10,
  Medarbetarnöjdhet: 12,
};

describe('area weighting rule, ±5 percentage points (DOMAIN.md §3)', () => {
  test("the board's 2022 weighting 39/24/15/10/12 passes against 40/25/15/10/10 (seed 003)", () => {
    const rows = checkAreaWeighting(indicatorsWithSums(weighting2022), AREA_TARGETS_2022);
    expect(rows.ok).toBe(true);
    if (!rows.ok) return;
    expect(rows.value.map((row) => row.weightSum)).toEqual([39, 24, 15, 10, 12]);
    expect(rows.value.every((row) => row.withinTolerance)).toBe(true);
    expect(rows.value[4].deviation).toBeCloseTo(0.02, 12);
  });

  test('Medarbetarnöjdhet at 16 and Samhälls- och medlemsnytta at 33 fail: two rows FALSE (FUNCTIONS.md)', () => {
    const rows = checkAreaWeighting(indicatorsWithSums({ ...weighting2022, 'Samhälls- och medlemsnytta': 33, Medarbetarnöjdhet: 16 }), AREA_TARGETS_2022);
    expect(rows.ok && rows.value.map((row) => row.withinTolerance)).toEqual([false, true, true, true, false]);
  });

  test('a deviation of exactly five points is within the tolerance despite binary fractions', () => {
    // 45 of 100 against 40 %: 0.45 − 0.40 is 0.05000000000000004 in binary.
    const rows = checkAreaWeighting(indicatorsWithSums({ A: 45, B: 55 }), [
      { area: 'A', share: 0.4 },
      { area: 'B', share: 0.6 },
    ]);
    expect(rows.ok && rows.value.map((row) => row.withinTolerance)).toEqual([true, true]);
  });

  test('target shares must sum to 1 within 0,001', () => {
    const rows = checkAreaWeighting(indicatorsWithSums({ A: 10 }), [
      { area: 'A', share: 0.5 },
      { area: 'B', share: 0.4 },
    ]);
    expect(!rows.ok && rows.error.message).toBe(
      'Målandelarna summerar till 90 %; de ska summera till 100 % (1,0), med högst 0,1 procentenheters avvikelse.',
    );
  });

  test('an area with no target is an error naming the indicator', () => {
    const rows = checkAreaWeighting([{ weight: 5, area: 'A' }, { weight: 5, area: 'Okänt' }], [{ area: 'A', share: 1 }]);
    expect(!rows.ok && rows.error.message).toBe('Målområde nr 2 "Okänt" saknar målandel; lägg till det bland målområdena med målandel.');
  });

  test("an area's share of all weight: 39 of 100 → 0,39 (seed 003)", () => {
    expect(areaShare(indicatorsWithSums(weighting2022), 'samhälls- och medlemsnytta')).toEqual({ ok: true, value: 0.39 });
    expect(areaShare(indicatorsWithSums(weighting2022), 'Okänt')).toMatchObject({ ok: false, error: { kind: 'notAvailable' } });
  });
});
