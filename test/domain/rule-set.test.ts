import { defaultRuleSet, RULE_SETTINGS, settingProblem, NumberSetting, isPlanYear, YEAR_RANGE } from '../../src/domain';

const setting = (key: string) => RULE_SETTINGS.find((each) => each.key === key) as NumberSetting;

describe('rule-set settings as descriptors (issue 12)', () => {
  test('the defaults of 2022 come from the descriptors: DOMAIN.md and seed 003 figures', () => {
    expect(defaultRuleSet(2022)).toMatchObject({
      year: 2022,
      tolerance: 0.05,
      weightScale: 10,
      targetIndex: 70,
      deviation: { share: 0.1, amount: 50 },
      fyeGoal: -0.01,
      fyeMode: 'relative',
      positiveTarget: 0.8,
      workTarget: 0.35,
      studiesTarget: 0.25,
      varavBase: 'positive',
      nearFactor: 0.95,
    });
    expect(defaultRuleSet(2020).positiveTarget).toBe(0.9);
  });

  test('every descriptor fills its field: no default is undefined', () => {
    const rules = defaultRuleSet(2023);
    for (const each of RULE_SETTINGS) expect([each.key, each.get(rules)]).toEqual([each.key, expect.anything()]);
  });

  test('keys and labels are unique, so the reader finds each row by its words', () => {
    expect(new Set(RULE_SETTINGS.map((each) => each.key)).size).toBe(RULE_SETTINGS.length);
    expect(new Set(RULE_SETTINGS.map((each) => each.label.toLowerCase())).size).toBe(RULE_SETTINGS.length);
  });

  test('nearFactor is a share in (0;1]: 0 and 1,2 are refused, 1 and 0,95 are fine', () => {
    const near = setting('nearFactor');
    expect(near.label).toBe('Nära målet');
    expect(settingProblem(near, 0)).toBe('Nära målet är 0; det ska vara större än noll.');
    expect(settingProblem(near, 1.2)).toBe('Nära målet är 1,2; det ska vara en andel 0–1 (t.ex. 0,5 för 50 %).');
    expect(settingProblem(near, 1)).toBeUndefined();
    expect(settingProblem(near, 0.95)).toBeUndefined();
  });

  test('a year is whole and inside the one year range', () => {
    expect(YEAR_RANGE).toEqual({ min: 1900, max: 2200 });
    expect(settingProblem(setting('year'), 2022.5)).toBe('År är 2 022,5; det ska vara ett heltal 1 900–2 200.');
    expect([isPlanYear(1899), isPlanYear(1900), isPlanYear(2200), isPlanYear(2201), isPlanYear(2021.5)]).toEqual([false, true, true, false, false]);
  });
});
