import { defaultRuleSet } from '../../../src/domain';
import { isRulesDraft, RULES_FIELDS, RULES_SETTINGS, rulesDraftFor, rulesFieldLabel, rulesProblems, ruleSetOf } from '../../../src/taskpane/rules/rules-draft';

describe('the rules form derives from the setting descriptors', () => {
  test('every number setting of FINSAM-regler is a field, shares as percent', () => {
    expect(RULES_FIELDS).toEqual(expect.arrayContaining(['year', 'tolerance', 'deviationAmount', 'positiveTarget', 'nearFactor']));
    expect(RULES_FIELDS).not.toContain('fyeMode');
    const draft = rulesDraftFor(2022);
    expect([draft.year, draft.tolerance, draft.deviationShare, draft.deviationAmount, draft.fyeGoal, draft.nearFactor]).toEqual(['2022', '5', '10', '50', '-1', '95']);
    const near = RULES_SETTINGS.find((setting) => setting.key === 'nearFactor')!;
    expect(rulesFieldLabel(near)).toBe('Nära målet (%)');
  });

  test('the defaults round-trip to the rule set of the year', () => {
    expect(ruleSetOf(rulesDraftFor(2022))).toEqual(defaultRuleSet(2022));
    expect(rulesProblems(rulesDraftFor(2022))).toEqual({});
  });

  test('typed values, bounds from the descriptors: 90 % near, 0 % near refused, 150 % tolerance refused', () => {
    const draft = { ...rulesDraftFor(2022), nearFactor: '90', tolerance: '4' };
    expect(ruleSetOf(draft)).toMatchObject({ nearFactor: 0.9, tolerance: 0.04 });
    expect(rulesProblems({ ...draft, nearFactor: '0', tolerance: '150', weightScale: '2,5' })).toEqual({
      nearFactor: 'Skriv ett tal större än 0 och högst 100.',
      tolerance: 'Skriv ett tal från 0 till 100.',
      weightScale: 'Skriv ett heltal.',
    });
  });

  test('a draft saved before a setting existed reads, and the new setting is its default', () => {
    const saved: Record<string, string> = { ...rulesDraftFor(2021) };
    delete saved.nearFactor;
    expect(isRulesDraft(saved)).toBe(true);
    expect(isRulesDraft({ year: 2021 })).toBe(false);
    expect(isRulesDraft({ year: '2021', tolerance: 5 })).toBe(false);
    expect(ruleSetOf(saved as never).nearFactor).toBe(0.95);
    expect(rulesProblems(saved as never)).toEqual({});
  });
});
