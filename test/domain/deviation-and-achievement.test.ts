import { isAchieved, mustExplain, parseAchievedText, parseComparison } from '../../src/domain';

describe('deviation rule, 10 % and 50 tkr (DOMAIN.md §2, choice)', () => {
  test('both thresholds must be met', () => {
    expect(mustExplain(600, 500)).toBe(true); // 100 ≥ 50 and ≥ 50
    expect(mustExplain(540, 500)).toBe(false); // 40 < 50 tkr
    expect(mustExplain(2800, 3200)).toBe(true); // Ungdomstorget −400 of 3 200 (≥ 320)
    expect(mustExplain(2900, 3200)).toBe(false); // −300 is under 10 % of 3 200
    expect(mustExplain(5750, 5690)).toBe(false); // 60 tkr but only 1 % of 5 690
  });

  test('exactly 10 % and exactly 50 tkr count as a deviation to explain', () => {
    expect(mustExplain(550, 500)).toBe(true);
    expect(mustExplain(450, 500)).toBe(true);
  });

  test('thresholds come from the rule set', () => {
    expect(mustExplain(540, 500, { share: 0.05, amount: 20 })).toBe(true);
  });
});

describe('achievement of an indicator (DOMAIN.md §3)', () => {
  test('"80 % ska svara ja" is at least; "9,0 sjukdagar" is at most; "minskat" is less than', () => {
    expect(isAchieved(0.8, 0.8)).toBe(true);
    expect(isAchieved(0.79, 0.8)).toBe(false);
    expect(isAchieved(9.0, 9.0, '<=')).toBe(true);
    expect(isAchieved(9.1, 9.0, '<=')).toBe(false);
    expect(isAchieved(120, 125, '<')).toBe(true);
    expect(isAchieved(125, 125, '<')).toBe(false);
  });

  test('compares as Excel does: 0,1 + 0,2 = 0,3', () => {
    expect(isAchieved(0.1 + 0.2, 0.3, '=')).toBe(true);
    expect(isAchieved(0.7 + 0.1, 0.8, '>=')).toBe(true);
  });

  test('achieved words from FUNCTIONS.md, trimmed and case-insensitive', () => {
    expect(['ja', ' J ', 'x', 'Uppnådd', 'yes', 'SANT', 'true'].map(parseAchievedText)).toEqual(Array(7).fill(true));
    expect(['nej', 'N', 'ej  uppnådd', 'no', 'falskt', 'FALSE', ''].map(parseAchievedText)).toEqual(Array(7).fill(false));
    expect(parseAchievedText('kanske')).toBeUndefined();
  });

  test('comparisons: >=, >, <=, <, =; empty is the default ≥; anything else is unknown', () => {
    expect(['>=', '>', '<=', '<', '=', ' '].map(parseComparison)).toEqual(['>=', '>', '<=', '<', '=', '>=']);
    expect(parseComparison('=>')).toBeUndefined();
  });
});
