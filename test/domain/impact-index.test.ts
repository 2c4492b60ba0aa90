import { combinedImpactIndex, impactIndex, impactSummary, reachesTargetIndex, ScoredIndicator } from '../../src/domain';

/** Weights summing to 176 with 134 achieved, as in the 2021 example (seed 003, Bilaga 1). */
function example2021(): ScoredIndicator[] {
  const achieved = [10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 4]; // 134
  const missed = [10, 10, 10, 10, 2]; // 42
  return [...achieved.map((weight) => ({ weight, achieved: true })), ...missed.map((weight) => ({ weight, achieved: false }))];
}

describe('Impactindex (DOMAIN.md §3)', () => {
  test('134 achieved of a maximum of 176 gives 76,136… (seed 003: "Impactindex 76")', () => {
    expect(impactSummary(example2021())).toEqual({ ok: true, value: { impactValue: 134, maximum: 176 } });
    const index = impactIndex(example2021());
    expect(index.ok && index.value).toBeCloseTo(76.13636363636364, 12);
    expect(index.ok && Math.round(index.value)).toBe(76);
  });

  test('the 2021 index 76 beats the target index 70, 58 (example 2) does not', () => {
    expect(reachesTargetIndex(76.14, 70)).toBe(true);
    expect(reachesTargetIndex(58, 70)).toBe(false);
  });

  test('an unreported indicator counts as not achieved, or is left out of a preliminary index', () => {
    const indicators: ScoredIndicator[] = [
      { weight: 6, achieved: true },
      { weight: 4, achieved: null },
    ];
    expect(impactIndex(indicators)).toEqual({ ok: true, value: 60 });
    expect(impactIndex(indicators, { excludeUnreported: true })).toEqual({ ok: true, value: 100 });
  });

  test('per area: only the rows of that area, matched trimmed and case-insensitive', () => {
    const indicators: ScoredIndicator[] = [
      { weight: 10, achieved: true, area: 'Samordning' },
      { weight: 10, achieved: false, area: 'Samordning' },
      { weight: 5, achieved: true, area: 'Medarbetarnöjdhet' },
    ];
    expect(impactIndex(indicators, { area: '  samordning ' })).toEqual({ ok: true, value: 50 });
    const missing = impactIndex(indicators, { area: 'Deltagarnyttan' });
    expect(missing).toEqual({ ok: false, error: { kind: 'notAvailable', message: 'Målområdet "Deltagarnyttan" finns inte bland målområdena.' } });
  });

  test('a weight of 12 is named with its position (FUNCTIONS.md)', () => {
    const indicators: ScoredIndicator[] = [
      { weight: 5, achieved: true },
      { weight: 5, achieved: true },
      { weight: 12, achieved: true },
    ];
    expect(impactIndex(indicators)).toEqual({ ok: false, error: { kind: 'value', message: 'Vikt nr 3 är 12; en vikt ska vara ett heltal 1–10.' } });
    expect(impactIndex([{ weight: 2.5, achieved: true }]).ok).toBe(false);
    expect(impactIndex([{ weight: 0, achieved: true }]).ok).toBe(false);
  });

  test('no weights is a division by zero', () => {
    expect(impactIndex([])).toMatchObject({ ok: false, error: { kind: 'divisionByZero' } });
  });

  test('all platforms together: Σ impact values / Σ maxima, not the mean of indexes (choice)', () => {
    // Ungdomstorget 90 of 100, a small team 5 of 20: pooled 95/120 = 79,17; the mean would be 57,5.
    const combined = combinedImpactIndex([
      { impactValue: 90, maximum: 100 },
      { impactValue: 5, maximum: 20 },
    ]);
    expect(combined.ok && combined.value).toBeCloseTo(79.1666666667, 9);
  });
});
