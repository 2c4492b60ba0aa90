import { Guard, isArrayOf, isOneOf, isShape, isString } from '../persistence/guards';
import { BudgetDraft, LineDraft, MemberDraft, SectionDraft, YEAR_SLOTS } from './budget-draft';

const isYears = isArrayOf(isString, YEAR_SLOTS);
const isLine = isShape<LineDraft>({ id: isString, label: isString, amounts: isYears });
const isMember = isShape<MemberDraft>({ id: isString, name: isString, populations: isYears, statedContributions: isYears });
const isSection = isShape<SectionDraft>({ id: isString, title: isString, lines: isArrayOf(isLine) });

/** A stored budget draft the form can show as it is. */
export const isBudgetDraft: Guard<BudgetDraft> = isShape<BudgetDraft>({
  association: isString,
  source: isString,
  firstYear: isString,
  yearCount: isOneOf([1, 2, 3]),
  stateAllocations: isYears,
  members: isArrayOf(isMember),
  regionName: isString,
  otherIncome: isArrayOf(isLine),
  sections: isArrayOf(isSection),
  openingEquity: isString,
});
