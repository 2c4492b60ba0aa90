import { budgetSheet } from '../../src/sheets/budget';
import { budget2021to2023 } from '../../src/sheets/budget/examples';
import { BudgetModel } from '../../src/domain/models/budget';
import { followUpSheet } from '../../src/sheets/follow-up';
import { budgetModelOf } from '../../src/taskpane/budget/budget-check';
import { budgetDraftFrom } from '../../src/taskpane/budget/budget-draft';
import { budgetEdits } from '../../src/taskpane/budget/budget-edits';
import { allLines, emptyFollowUpDraft, FollowUpDraft, followUpModelOf, followUpProblems, needsExplanation } from '../../src/taskpane/follow-up/follow-up-draft';
import { followUpFromBudget } from '../../src/taskpane/follow-up/from-budget';
import { formsFromWorkbook } from '../../src/taskpane/persistence/from-workbook';
import { defaultPaneForms, examplePaneForms, loadPaneFormsState } from '../../src/taskpane/persistence/pane-forms';
import { FORMS_KEY, localFormStorage } from '../../src/taskpane/persistence/storage';
import { engineFromPlan, gridsOf } from '../../src/workbook/engine/plan-to-engine';
import { memoryStorage } from './support/fake-workbook';

/** A new association's 2024–2026 budget with figures of our own (none of the seeds'). */
const malmo: BudgetModel = {
  association: 'Samordningsförbundet Malmö',
  years: [2024, 2025, 2026],
  stateAllocations: [3000, 3100, 3200],
  municipalities: [{ name: 'Malmö stad', populations: [220000, 222000, 224000] }],
  regionName: 'Region Skåne',
  otherIncome: [],
  costSections: [{ title: 'Insatser', lines: [{ label: 'Arbetsträning', amounts: [4000, 4100, 4200] }, { label: 'Kansli', amounts: [1500, 1600, 1700] }] }],
  openingEquity: 700,
};

const computedGrids = (model: BudgetModel, sheetName = 'Budget') => gridsOf(engineFromPlan({ sheets: [budgetSheet.plan(model, sheetName)] }));
const today = new Date('2026-12-03T10:00:00Z');

describe('a follow-up from a built budget (issue 13)', () => {
  it('takes the chosen year\'s lines, budgets, opening equity and contributions from the computed sheet', () => {
    const draft = { ...emptyFollowUpDraft(2025), year: '2025' };
    const result = followUpFromBudget(draft, computedGrids(malmo));
    if (!result.ok) throw new Error(result.message);
    const lines = allLines(result.draft).map((line) => [line.label, line.budget, line.forecast, line.outcome]);
    // 2025: state 3 100, the region a quarter of the whole (1 550), Malmö stad the other quarter.
    expect(lines).toEqual([
      ['Försäkringskassan', '3 100', '3 100', ''],
      ['Malmö stad', '1 550', '1 550', ''],
      ['Region Skåne', '1 550', '1 550', ''],
      ['Arbetsträning', '4 100', '4 100', ''],
      ['Kansli', '1 600', '1 600', ''],
    ]);
    // 2024 result 3 000 + 1 500 + 1 500 − 4 000 − 1 500 = 500, so 2025 opens with 700 + 500.
    expect(result.draft).toMatchObject({ year: '2025', budgetOpeningEquity: '1 200', openingEquity: '1 200', allocation: '6 200' });
    expect(result.draft.sections.map((section) => section.title)).toEqual(['Insatser']);
    expect(result.message).toBe('Hämtade 5 rader för 2025 från bladet "Budget".');
  });

  it('uses the budget\'s first year when none is typed, and refuses a year the budget does not have', () => {
    const first = followUpFromBudget(emptyFollowUpDraft(2026), computedGrids(malmo));
    expect(first.ok && first.draft.year).toBe('2024');
    const missing = followUpFromBudget({ ...emptyFollowUpDraft(2026), year: '2030' }, computedGrids(malmo));
    expect(missing).toEqual({ ok: false, message: 'År 2030 finns inte i budgetbladet "Budget" (2024, 2025, 2026). Välj ett av dess år.' });
  });

  it('says so when the workbook has no budget, and never follows a "(gammal)" backup', () => {
    expect(followUpFromBudget(emptyFollowUpDraft(2026), []).ok).toBe(false);
    const backupOnly = followUpFromBudget(emptyFollowUpDraft(2026), computedGrids(malmo, 'Budget (gammal)'));
    expect(backupOnly).toEqual({ ok: false, message: 'Arbetsboken har inget budgetblad att hämta från. Bygg budgeten först (fliken Budget).' });
  });

  it('builds T1 as the full-year forecast against the budget, with the outcome so far beside it', () => {
    const result = followUpFromBudget({ ...emptyFollowUpDraft(2024), year: '2024', period: 'T1' }, computedGrids(malmo));
    if (!result.ok) throw new Error(result.message);
    const draft: FollowUpDraft = {
      ...result.draft,
      sections: result.draft.sections.map((s) => ({ ...s, lines: s.lines.map((l) => (l.label === 'Arbetsträning' ? { ...l, forecast: '3 500', outcome: '1 100' } : l)) })),
    };
    expect(followUpProblems(draft)).toEqual({});
    const training = allLines(draft).find((line) => line.label === 'Arbetsträning')!;
    // 500 below a budget of 4 000: over 10 % and over 50 tkr, so it must be explained.
    expect(needsExplanation(draft, training)).toBe(true);
    const model = followUpModelOf(draft, today);
    expect(model).toMatchObject({ year: 2024, period: 'tertial 1', basis: 'forecast', source: 'inmatat i FINSAM-panelen 2026-12-03', stated: {} });
    expect(model.costSections[0].lines[0]).toEqual({ label: 'Arbetsträning', budget: 4000, forecast: 3500, explanation: '', outcome: 1100 });
    const plan = followUpSheet.plan(model);
    const row = plan.cells.find((cell) => cell.value === 'Arbetsträning')!.row;
    const at = (col: number) => plan.cells.find((cell) => cell.row === row && cell.col === col);
    expect(at(5)).toMatchObject({ value: '', style: 'input' });
    expect(at(6)).toMatchObject({ value: -1100 });
    expect(plan.tables[0].columns).toEqual(['Post', 'Budget', 'Prognos', 'Avvikelse', 'Ska förklaras', 'Förklaring', 'Utfall']);
  });

  it('compares the year\'s outcome for Helår, where the outcome is required', () => {
    const draft: FollowUpDraft = { ...emptyFollowUpDraft(2024), year: '2024', period: 'år', budgetOpeningEquity: '0', openingEquity: '0', allocation: '0' };
    const withLine = { ...draft, income: [{ id: 'a', label: 'Försäkringskassan', budget: '3 000', forecast: '', outcome: '', explanation: '' }] };
    expect(followUpProblems(withLine)).toEqual({ 'a.outcome': 'Fyll i ett värde.' });
    const model = followUpModelOf({ ...withLine, income: [{ ...withLine.income[0], outcome: '2 900' }] }, today);
    expect(model).toMatchObject({ period: 'helår', basis: 'outcome' });
    expect(model.income[0]).toEqual({ label: 'Försäkringskassan', budget: 3000, forecast: 2900, explanation: '' });
  });
});

describe('forms start from the workbook or empty (issue 13)', () => {
  it('opens empty, with no figure or text of the seed examples', () => {
    const text = JSON.stringify(defaultPaneForms(today));
    for (const seed of ['2 359', '2359', 'seed', 'Påhittad', '2021', 'Umeå']) expect(text).not.toContain(seed);
  });

  it('reads a budget sheet of the workbook into the budget form', () => {
    const found = formsFromWorkbook(computedGrids(malmo));
    expect(found.budget && budgetModelOf(found.budget, today)).toMatchObject({ association: 'Samordningsförbundet Malmö', years: [2024, 2025, 2026], regionName: 'Region Skåne' });
    expect(found.followUp).toBeUndefined();
  });

  it('a budget built from typed figures names the pane as its source, dated', () => {
    const draft = { ...budgetDraftFrom(malmo), source: '' };
    const plan = budgetSheet.plan(budgetModelOf(draft, today));
    expect(plan.cells.find((cell) => typeof cell.value === 'string' && cell.value.startsWith('Källa'))?.value).toBe('Källa: inmatat i FINSAM-panelen 2026-12-03');
  });

  it('a new first year drops the old year\'s stated contributions (2 359, 146 …)', () => {
    const example = budgetDraftFrom(budget2021to2023());
    const next = budgetEdits.firstYear('2024')(example);
    expect(next.members.flatMap((member) => member.statedContributions).every((text) => text === '')).toBe(true);
    expect(budgetModelOf(next).statedMunicipalContributions).toBeUndefined();
  });

  it('a stored draft from before keeps its figures but not the example\'s source, nor 2021\'s stated figures under 2024', () => {
    const old = examplePaneForms();
    const stored = { ...old, budget: { ...old.budget, firstYear: '2024' }, followUp: { carried: { year: 2022 }, income: [], sections: [] } };
    const { forms, fresh } = loadPaneFormsState(localFormStorage(memoryStorage({ [FORMS_KEY]: JSON.stringify(stored) })));
    expect(forms.budget.source).toBe('');
    expect(forms.budget.stateAllocations[0]).toBe('5 690');
    expect(forms.budget.members[0].statedContributions).toEqual(['', '', '']);
    expect(fresh.has('followUp')).toBe(true);
    expect(fresh.has('budget')).toBe(false);
    expect(forms.followUp.income).toEqual([]);
  });
});
