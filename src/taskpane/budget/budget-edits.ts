import { removeById, replaceAt, updateById } from '../forms/lists';
import { BudgetDraft, emptyYears, LineDraft, lineDraft, memberDraft, SectionDraft } from './budget-draft';
import { newRowId } from '../forms/ids';
import { texts } from '../../text/pane';

/** One change to the budget draft; the form's hook applies it with setState. */
export type BudgetEdit = (draft: BudgetDraft) => BudgetDraft;

type TextField = 'association' | 'source' | 'firstYear' | 'regionName' | 'openingEquity';

export const budgetEdits = {
  text: (field: TextField, value: string): BudgetEdit => (draft) => ({ ...draft, [field]: value }),
  /**
   * Another first year: figures a board paper stated for the old years (2021's 2 359, 146 …)
   * belong to those years only, so they go and the contributions are computed (issue 13).
   */
  firstYear: (value: string): BudgetEdit => (draft) =>
    value.trim() === draft.firstYear.trim()
      ? { ...draft, firstYear: value }
      : { ...draft, firstYear: value, members: draft.members.map((member) => ({ ...member, statedContributions: emptyYears() })) },
  yearCount: (count: number): BudgetEdit => (draft) => ({ ...draft, yearCount: count }),
  state: (y: number, value: string): BudgetEdit => (draft) => ({ ...draft, stateAllocations: replaceAt(draft.stateAllocations, y, value) }),

  addMember: (): BudgetEdit => (draft) => ({ ...draft, members: [...draft.members, memberDraft('')] }),
  removeMember: (id: string): BudgetEdit => (draft) => ({ ...draft, members: removeById(draft.members, id) }),
  memberName: (id: string, name: string): BudgetEdit => (draft) => ({
    ...draft,
    members: updateById(draft.members, id, (member) => ({ ...member, name })),
  }),
  population: (id: string, y: number, value: string): BudgetEdit => (draft) => ({
    ...draft,
    members: updateById(draft.members, id, (member) => ({ ...member, populations: replaceAt(member.populations, y, value) })),
  }),
  stated: (id: string, y: number, value: string): BudgetEdit => (draft) => ({
    ...draft,
    members: updateById(draft.members, id, (member) => ({ ...member, statedContributions: replaceAt(member.statedContributions, y, value) })),
  }),

  addIncome: (): BudgetEdit => (draft) => ({ ...draft, otherIncome: [...draft.otherIncome, lineDraft('')] }),
  removeIncome: (id: string): BudgetEdit => (draft) => ({ ...draft, otherIncome: removeById(draft.otherIncome, id) }),
  income: (id: string, change: (line: LineDraft) => LineDraft): BudgetEdit => (draft) => ({
    ...draft,
    otherIncome: updateById(draft.otherIncome, id, change),
  }),

  addSection: (): BudgetEdit => (draft) => ({
    ...draft,
    sections: [...draft.sections, { id: newRowId('section'), title: texts.budget.newSection, lines: [lineDraft('')] }],
  }),
  removeSection: (id: string): BudgetEdit => (draft) => ({ ...draft, sections: removeById(draft.sections, id) }),
  sectionTitle: (id: string, title: string): BudgetEdit => (draft) => ({
    ...draft,
    sections: updateById(draft.sections, id, (section) => ({ ...section, title })),
  }),
  addLine: (sectionId: string): BudgetEdit => section(sectionId, (s) => ({ ...s, lines: [...s.lines, { id: newRowId('line'), label: '', amounts: emptyYears() }] })),
  removeLine: (sectionId: string, id: string): BudgetEdit => section(sectionId, (s) => ({ ...s, lines: removeById(s.lines, id) })),
  line: (sectionId: string, id: string, change: (line: LineDraft) => LineDraft): BudgetEdit =>
    section(sectionId, (s) => ({ ...s, lines: updateById(s.lines, id, change) })),
};

/** Line edits shared by other income and cost lines. */
export const lineEdits = {
  label: (label: string) => (line: LineDraft): LineDraft => ({ ...line, label }),
  amount: (y: number, value: string) => (line: LineDraft): LineDraft => ({ ...line, amounts: replaceAt(line.amounts, y, value) }),
};

function section(id: string, change: (section: SectionDraft) => SectionDraft): BudgetEdit {
  return (draft) => ({ ...draft, sections: updateById(draft.sections, id, change) });
}
