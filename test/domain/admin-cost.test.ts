import { adminCostsOver, defaultRuleSet, isAdministration } from '../../src/domain';

const lines = (admin: number, other: number, label = 'Administration') => [
  { label, amount: admin },
  { label: 'Insatser', amount: other },
];

describe('administration costs ≤ 10 % of Summa kostnader (issue 12)', () => {
  test('the rule set holds 10 % by default', () => {
    expect(defaultRuleSet(2022).adminCostShare).toBe(0.1);
  });

  test('costs 2 845 with administration 300 is 10,5 %: a finding; 284 is 9,98 %: fine', () => {
    expect(adminCostsOver(lines(300, 2545), 0.1, 2022)).toEqual({
      message: '"Administration" 2022 är 300 tkr av kostnaderna 2 845 tkr, 10,5 %; administrationen får vara högst 10 % (FINSAM-regler).',
      lines: [0],
    });
    expect(adminCostsOver(lines(284, 2561), 0.1)).toBeUndefined();
  });

  test('exactly the limit is fine (200 of 2 000); one tkr more is not', () => {
    expect(adminCostsOver(lines(200, 1800), 0.1)).toBeUndefined();
    expect(adminCostsOver(lines(201, 1799), 0.1)?.lines).toEqual([0]);
  });

  test('several administration lines add up; 8 % makes 9,98 % a finding', () => {
    const two = [{ label: 'Kansli', amount: 150 }, { label: 'Insatser', amount: 2561 }, { label: 'Förbundsadministration', amount: 134 }];
    expect(adminCostsOver(two, 0.1)).toBeUndefined();
    expect(adminCostsOver(two, 0.08)?.message).toBe('"Kansli" och "Förbundsadministration" är 284 tkr av kostnaderna 2 845 tkr, 10 %; administrationen får vara högst 8 % (FINSAM-regler).');
  });

  test('administration is found by its words, not by parts of words', () => {
    expect(['Administration', 'Förbundsadministration', 'Kansli', 'Kansliet', 'Kansli och styrelse', 'administrationen, lön'].map(isAdministration)).toEqual([true, true, true, true, true, true]);
    expect(['Kanslipersonal', 'Övrigt kontor och adm.', 'Ekonomihantering', 'Administratör', ''].map(isAdministration)).toEqual([false, false, false, false, false]);
  });

  test('no administration line, no costs or negative costs: nothing to judge, never NaN', () => {
    expect(adminCostsOver(lines(300, 2545, 'Lokalhyra'), 0.1)).toBeUndefined();
    expect(adminCostsOver(lines(0, 0), 0.1)).toBeUndefined();
    expect(adminCostsOver(lines(300, -400), 0.1)).toBeUndefined();
  });
});
