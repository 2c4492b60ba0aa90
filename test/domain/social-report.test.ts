import {
  areaOutcome,
  areaSentence,
  checkStatedRate,
  DEFAULT_NEAR_FACTOR,
  defaultRuleSet,
  indicatorStatus,
  isAchieved,
  parseCountOutcome,
  STATUS_WORDS,
} from '../../src/domain';
import fc from 'fast-check';
import type { Comparison } from '../../src/domain';

const statusOf = (outcome: number, target: number, comparison?: Comparison, near?: number) => {
  const result = indicatorStatus(outcome, target, comparison, near);
  return result.ok ? result.value : `fel: ${result.error.message}`;
};

describe('indicatorStatus (FUNCTIONS.md STATUS)', () => {
  it('gives the examples of FUNCTIONS.md: 0,79 of 0,8 near, 0,85 achieved, 0,66 not', () => {
    expect(statusOf(0.79, 0.8)).toBe('near');
    expect(statusOf(0.85, 0.8)).toBe('achieved');
    expect(statusOf(0.66, 0.8)).toBe('notAchieved');
  });

  it("marks the published report's cases: 38 % of 40 % near (exactly 0,95 × target), 73 % of 80 % not", () => {
    expect(statusOf(0.38, 0.4)).toBe('near');
    expect(statusOf(0.73, 0.8)).toBe('notAchieved');
    expect(statusOf(0.8, 0.8)).toBe('achieved');
  });

  it('is near for an at-most target when the outcome is at most target / near', () => {
    // 9,0 sick days: 9,4 ≤ 9 / 0,95 = 9,47… is near, 9,5 is not, 8,9 is achieved.
    expect(statusOf(9.4, 9, '<=')).toBe('near');
    expect(statusOf(9.5, 9, '<=')).toBe('notAchieved');
    expect(statusOf(8.9, 9, '<=')).toBe('achieved');
    expect(statusOf(9, 9, '<')).toBe('near');
    expect(statusOf(8.99, 9, '<')).toBe('achieved');
  });

  it("is near for '>' at the target itself, and never near for '='", () => {
    expect(statusOf(0.8, 0.8, '>')).toBe('near');
    expect(statusOf(0.7999, 0.8, '=')).toBe('notAchieved');
    expect(statusOf(0.8, 0.8, '=')).toBe('achieved');
  });

  it('takes another near factor: 0,9 makes 0,73 of 0,8 near, 1 leaves no near for >=', () => {
    expect(statusOf(0.73, 0.8, '>=', 0.9)).toBe('near');
    expect(statusOf(0.79, 0.8, '>=', 1)).toBe('notAchieved');
  });

  it('refuses a near factor ≤ 0 or > 1, NaN, and an unknown comparison, in Swedish', () => {
    for (const near of [0, -0.5, 1.01, 95, Number.NaN]) {
      const result = indicatorStatus(0.79, 0.8, '>=', near);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.kind).toBe('value');
        expect(result.error.message).toContain('Nära målet-faktorn');
      }
    }
    const comparison = indicatorStatus(0.79, 0.8, '=>' as Comparison);
    expect(comparison.ok ? 'ok' : comparison.error.message).toBe('Jämförelsen är "=>"; använd >=, >, <=, < eller =.');
    expect(indicatorStatus(Number.POSITIVE_INFINITY, 0.8).ok).toBe(false);
  });

  it('uses 0,95 by default, as the rule set does, and the three words of the report', () => {
    expect(DEFAULT_NEAR_FACTOR).toBe(0.95);
    expect(defaultRuleSet(2022).nearFactor).toBe(0.95);
    expect(STATUS_WORDS).toEqual({ achieved: 'Uppnått', near: 'Nära målet', notAchieved: 'Ej uppnått' });
  });
});

describe('indicatorStatus on random inputs', () => {
  it("is Uppnått exactly when isAchieved holds, and near only between near × target and the target (≥) or target and target / near (≤)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2000 }).map((x) => x / 1000),
        fc.integer({ min: 1, max: 2000 }).map((x) => x / 1000),
        fc.constantFrom<Comparison>('>=', '>', '<=', '<', '='),
        fc.integer({ min: 1, max: 100 }).map((x) => x / 100),
        (outcome, target, comparison, near) => {
          const status = indicatorStatus(outcome, target, comparison, near);
          if (!status.ok) return false;
          if ((status.value === 'achieved') !== isAchieved(outcome, target, comparison)) return false;
          if (status.value !== 'near') return true;
          if (comparison === '=') return false;
          // Positive targets: near lies on the losing side of the target, inside the factor's band.
          return comparison === '>=' || comparison === '>' ? outcome <= target && outcome >= near * target - 1e-12 : outcome >= target && outcome <= target / near + 1e-12;
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('parseCountOutcome', () => {
  it('reads the three written forms of the report', () => {
    expect(parseCountOutcome('117 av 133')).toEqual({ count: 117, base: 133 });
    expect(parseCountOutcome('88 % (117 av 133)')).toEqual({ count: 117, base: 133, statedRate: 0.88, statedDecimals: 0 });
    expect(parseCountOutcome('66 %, 179 deltagare av de 271')).toEqual({ count: 179, base: 271, statedRate: 0.66, statedDecimals: 0 });
  });

  it('reads a slash, no space before %, a decimal comma, thousands and a trailing percentage', () => {
    expect(parseCountOutcome('88% (117/133)')).toEqual({ count: 117, base: 133, statedRate: 0.88, statedDecimals: 0 });
    expect(parseCountOutcome(' 85,5\u00a0% (12 av 14) ')).toEqual({ count: 12, base: 14, statedRate: 0.855, statedDecimals: 1 });
    expect(parseCountOutcome('1 017 av 2 400')).toEqual({ count: 1017, base: 2400 });
    expect(parseCountOutcome('117 av 133 (88 %)')).toEqual({ count: 117, base: 133, statedRate: 0.88, statedDecimals: 0 });
  });

  it('leaves other text alone: targets, case studies, plain numbers, prose and very long cells', () => {
    for (const text of ['80 % svarar ja', '4 fallstudier', '3 goda exempel', '0,88', '', '88 %', 'av 133', '117 av', '88 % (117 av 133', `${'1'.repeat(300)} av 2`]) {
      expect(parseCountOutcome(text)).toBeUndefined();
    }
    expect(parseCountOutcome(`117 av 133${' '.repeat(1_000_000)}x`)).toBeUndefined();
  });
});

describe('checkStatedRate on counts', () => {
  it('accepts 88 % of 117/133 (87,97 % rounds to 88) and 66 % of 179/271 (66,05 %)', () => {
    expect(checkStatedRate({ count: 117, base: 133, statedRate: 0.88 })).toBeUndefined();
    expect(checkStatedRate(parseCountOutcome('66 %, 179 deltagare av de 271')!)).toBeUndefined();
    expect(checkStatedRate({ count: 117, base: 133 })).toBeUndefined();
  });

  it('reports 85,5 % of 12 av 14 (which is 85,7 %) at the place given', () => {
    expect(checkStatedRate(parseCountOutcome('85,5 % (12 av 14)')!, 'Socialt bokslut!D7')).toBe(
      'Socialt bokslut!D7: andelen 85,5 % följer inte av 12 av 14, som ger 85,7 %; rätta andelen eller antalen.',
    );
  });

  it('reports 89 % of 117/133 and a rate whose precision comes from the number when decimals are not given', () => {
    expect(checkStatedRate({ count: 117, base: 133, statedRate: 0.89 })).toContain('som ger 88 %');
    expect(checkStatedRate({ count: 12, base: 14, statedRate: 0.855 })).toContain('som ger 85,7 %');
    expect(checkStatedRate({ count: 12, base: 14, statedRate: 0.857 })).toBeUndefined();
  });

  it('reports a count above its base and a base of 0', () => {
    expect(checkStatedRate({ count: 140, base: 133 }, 'E4')).toBe('E4: antalet 140 är fler än de 133 det räknas av; rätta antalen.');
    expect(checkStatedRate({ count: 0, base: 0, statedRate: 0 })).toContain('division med noll');
  });

  it("still answers the participants' form (any whole count of 14 for 85,5 %)", () => {
    expect(checkStatedRate(0.855, 14)).toContain('85,5 %');
    expect(checkStatedRate(0.857, 14)).toBeUndefined();
  });
});

describe('areaOutcome and areaSentence (DOMAIN.md §7)', () => {
  // Deltagarnöjdhet 2022: weights 10, 8, 7, 5, 3, 5 = 38, all achieved but the last → 33.
  const deltagarnojdhet = [10, 8, 7, 5, 3, 5].map((weight, index) => ({ weight, achieved: index < 5 }));

  it('gives 33 of 38 → 87, 17 above the target 70', () => {
    const outcome = areaOutcome(deltagarnojdhet, 70);
    expect(outcome).toEqual({ ok: true, value: { impactValue: 33, maximum: 38, index: 87, targetIndex: 70, difference: 17 } });
  });

  it('writes the sentence of the published report', () => {
    const outcome = areaOutcome(deltagarnojdhet, 70);
    expect(outcome.ok && areaSentence(outcome.value)).toBe(
      'Målet för året var Impact Index 70. Utfallet blev 33 av det maximalt möjliga indexvärdet 38. ' +
        'Måluppfyllelsen för målområdet blev således 87 %. Impact Index 87 är 17 indexpunkter bättre resultat än budgeterat.',
    );
  });

  it('says worse, the same, one point, and the whole association', () => {
    // 134 of 176 → 76,1 → 76.
    const whole = { impactValue: 134, maximum: 176, index: 76, targetIndex: 70, difference: 6 };
    expect(areaSentence(whole, true)).toContain('Måluppfyllelsen för förbundet som helhet blev således 76 %.');
    expect(areaSentence({ ...whole, index: 65, difference: -5 })).toContain('Impact Index 65 är 5 indexpunkter sämre resultat än budgeterat.');
    expect(areaSentence({ ...whole, index: 70, difference: 0 })).toContain('Impact Index 70 är samma resultat som budgeterat.');
    expect(areaSentence({ ...whole, index: 71, difference: 1 })).toContain('är 1 indexpunkt bättre resultat');
  });

  it('rounds half away from zero (7 of 8 → 87,5 → 88) and counts an unreported indicator as not achieved', () => {
    const eighths = [
      { weight: 7, achieved: true },
      { weight: 1, achieved: null },
    ];
    expect(areaOutcome(eighths, 70)).toMatchObject({ ok: true, value: { index: 88, maximum: 8, difference: 18 } });
  });

  it('refuses no weights, a weight off the scale and a target index outside 0–100', () => {
    expect(areaOutcome([], 70)).toMatchObject({ ok: false, error: { kind: 'divisionByZero' } });
    expect(areaOutcome([{ weight: 11, achieved: true }], 70)).toMatchObject({ ok: false, error: { kind: 'value' } });
    expect(areaOutcome(deltagarnojdhet, 170)).toEqual({ ok: false, error: { kind: 'value', message: 'Målindex är 170; det ska vara ett tal 0–100.' } });
    expect(areaOutcome(deltagarnojdhet, Number.NaN).ok).toBe(false);
  });
});
