import { budgetSheet } from '../../src/sheets/budget';
import { budget2021to2023, contributions2018 } from '../../src/sheets/budget/examples';
import { socialBudgetExample2021, socialBudgetStructure2022 } from '../../src/sheets/social-budget/examples';
import { planSocialBudget } from '../../src/sheets/social-budget/plan';
import { budgetModelOf, budgetProblems } from '../../src/taskpane/budget/budget-check';
import { budgetDraftFrom } from '../../src/taskpane/budget/budget-draft';
import { budgetSummary } from '../../src/taskpane/budget/budget-summary';
import { numberProblem, parseTypedNumber } from '../../src/taskpane/forms/numbers';
import { parsePastedIndicators } from '../../src/taskpane/social-budget/paste';
import { socialBudgetModelOf, socialBudgetProblems } from '../../src/taskpane/social-budget/social-check';
import { socialBudgetDraftFrom } from '../../src/taskpane/social-budget/social-draft';
import { groupFindings } from '../../src/taskpane/validation/validator';

describe('numbers as a Swedish user types them', () => {
  it.each([
    ['2845', 2845],
    ['2 845', 2845],
    ['2\u00a0845,5', 2845.5],
    ['−1 146', -1146],
    ['2845.5', 2845.5],
  ])('reads %p as %p', (text, value) => expect(parseTypedNumber(text)).toBe(value));

  it.each(['', 'abc', '2 845 tkr', '1,2,3', '50 %'])('does not guess a number in %p', (text) => expect(parseTypedNumber(text)).toBeUndefined());

  it('says what is wrong in Swedish', () => {
    expect(numberProblem('x')).toBe('Skriv ett tal, till exempel 2 845 eller 2 845,5.');
    expect(numberProblem('')).toBe('Fyll i ett värde.');
    expect(numberProblem('', { optional: true })).toBeUndefined();
    expect(numberProblem('11', { whole: true, min: 1, max: 10 })).toBe('Skriv ett tal från 1 till 10.');
    expect(numberProblem('2,5', { whole: true })).toBe('Skriv ett heltal.');
  });
});

describe('budget draft', () => {
  it.each([
    ['seed 003, 2021–2023', budget2021to2023],
    ['seed 001, 2018 without equity', contributions2018],
  ])('turns %s into a draft and back into the same model', (_name, example) => {
    const draft = budgetDraftFrom(example());
    expect(budgetProblems(draft)).toEqual({});
    expect(budgetModelOf(draft)).toEqual(example());
    expect(budgetSheet.plan(budgetModelOf(draft))).toEqual(budgetSheet.plan(example()));
  });

  it('shows the sums seed 003 states: 11 489 / 12 635 and equity 2 040 → 894 → 792 → 783', () => {
    expect(budgetSummary(budget2021to2023())).toEqual([
      { year: 2021, income: 11489, costs: 12635, closingEquity: 894 },
      { year: 2022, income: 11493, costs: 11595, closingEquity: 792 },
      { year: 2023, income: 11496, costs: 11505, closingEquity: 783 },
    ]);
  });

  it('uses only the chosen number of years', () => {
    const draft = { ...budgetDraftFrom(budget2021to2023()), yearCount: 1 };
    const model = budgetModelOf(draft);
    expect(model.years).toEqual([2021]);
    expect(model.costSections[0].lines[0].amounts).toEqual([200]);
  });
});

describe('social budget draft', () => {
  it.each([
    ['the 2022 structure', socialBudgetStructure2022],
    ['the 2021 example', () => socialBudgetExample2021(1)],
  ])('plans %s from its draft exactly as from the model', (_name, example) => {
    const draft = socialBudgetDraftFrom(example());
    expect(socialBudgetProblems(draft)).toEqual({});
    expect(planSocialBudget(socialBudgetModelOf(draft))).toEqual(planSocialBudget(example()));
  });
});

describe('pasting indicators', () => {
  it('reads columns in the fixed order without a header, with decimal commas and percentages', () => {
    const [row] = parsePastedIndicators('1.2.1\tSamordning\t1.2 Mål\tIndikator\t80 %\t>=\t7\t0,85', 10);
    expect(row.problems).toEqual([]);
    expect(row.parsed).toMatchObject({ code: '1.2.1', area: 'Samordning', goalCode: '1.2', goalText: 'Mål', target: 0.8, comparison: '>=', weight: 7, outcome: 0.85 });
  });

  it('finds the columns by their headers in any order and skips blank lines', () => {
    const rows = parsePastedIndicators('Vikt\tKod\tIndikator\tMålområde\r\n3\t2.1.1\tText\tJämlik samverkan\r\n\r\n', 10);
    expect(rows).toHaveLength(1);
    expect(rows[0].parsed).toMatchObject({ code: '2.1.1', weight: 3, area: 'Jämlik samverkan', goalCode: '2.1' });
  });

  it('reports each row\'s problems with its line number', () => {
    const rows = parsePastedIndicators(['1.1.1\tA\tM\tText\t\t\t0\t', '1.1.2\tA\tM\t', '1.1.3\t\tM\tText\t\tungefär\t5\t'].join('\n'), 10);
    expect(rows.map((row) => row.line)).toEqual([1, 2, 3]);
    expect(rows[0].problems).toEqual(['Vikt är 0; en vikt ska vara ett heltal 1–10.']);
    expect(rows[1].problems).toEqual(['Raden har 4 kolumner; minst 7 behövs (Kod till Vikt).']);
    expect(rows[2].problems.join(' ')).toMatch(/saknar målområde.*ungefär/);
  });
});

describe('findings grouped for the panel', () => {
  it('puts errors before warnings and keeps sheets in the order they came', () => {
    const finding = (severity: 'error' | 'warning', sheet: string) => ({ rule: 'stated-total' as const, severity, message: '', where: { sheet, cell: 'A1' } });
    const groups = groupFindings([finding('warning', 'B'), finding('error', 'C'), finding('error', 'A'), finding('error', 'C')]);
    expect(groups.map((group) => [group.severity, group.count, group.sheets.map((sheet) => sheet.sheet)])).toEqual([
      ['error', 3, ['C', 'A']],
      ['warning', 1, ['B']],
    ]);
  });
});
