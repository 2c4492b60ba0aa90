import { BudgetModel } from '../../domain/models/budget';
import { formatTypedNumber } from '../forms/numbers';
import { newRowId } from '../forms/ids';

/** The budget covers one to three years (DOMAIN.md §2); the draft always keeps three columns. */
export const YEAR_SLOTS = 3;

/** Amounts as typed, one per year slot, so a half-typed "2 8" survives until it is a number. */
export type YearTexts = readonly string[];

export interface MemberDraft {
  readonly id: string;
  readonly name: string;
  readonly populations: YearTexts;
  /** A contribution the board paper states as a typed figure; blank is computed by formula. */
  readonly statedContributions: YearTexts;
}

export interface LineDraft {
  readonly id: string;
  readonly label: string;
  readonly amounts: YearTexts;
}

export interface SectionDraft {
  readonly id: string;
  readonly title: string;
  readonly lines: readonly LineDraft[];
}

/** The budget form as the user has typed it: text everywhere, turned into a model on build. */
export interface BudgetDraft {
  readonly association: string;
  readonly source: string;
  readonly firstYear: string;
  readonly yearCount: number;
  readonly stateAllocations: YearTexts;
  readonly members: readonly MemberDraft[];
  readonly regionName: string;
  readonly otherIncome: readonly LineDraft[];
  readonly sections: readonly SectionDraft[];
  readonly openingEquity: string;
}

/** Three slots from a model's per-year figures; null and missing years are blank. */
export function yearTexts(values: readonly (number | null | undefined)[] = []): YearTexts {
  return Array.from({ length: YEAR_SLOTS }, (_, index) => {
    const value = values[index];
    return typeof value === 'number' ? formatTypedNumber(value) : '';
  });
}

export const emptyYears = (): YearTexts => yearTexts([]);

export function lineDraft(label: string, amounts: readonly number[] = []): LineDraft {
  return { id: newRowId('line'), label, amounts: yearTexts(amounts) };
}

export function memberDraft(name: string, populations: readonly number[] = [], stated: readonly (number | null)[] = []): MemberDraft {
  return { id: newRowId('member'), name, populations: yearTexts(populations), statedContributions: yearTexts(stated) };
}

/** The draft of a model: the seed example on first open, or a budget read back from a sheet. */
export function budgetDraftFrom(model: BudgetModel): BudgetDraft {
  return {
    association: model.association,
    source: model.source ?? '',
    firstYear: String(model.years[0]),
    yearCount: Math.min(Math.max(model.years.length, 1), YEAR_SLOTS),
    stateAllocations: yearTexts(model.stateAllocations),
    members: model.municipalities.map((member, index) =>
      memberDraft(member.name, member.populations, model.statedMunicipalContributions?.[index] ?? []),
    ),
    regionName: model.regionName,
    otherIncome: model.otherIncome.map((line) => lineDraft(line.label, line.amounts)),
    sections: model.costSections.map((section) => ({
      id: newRowId('section'),
      title: section.title,
      lines: section.lines.map((line) => lineDraft(line.label, line.amounts)),
    })),
    openingEquity: model.openingEquity === null ? '' : formatTypedNumber(model.openingEquity),
  };
}

/** The years the draft covers, or none while the first year is not a year. */
export function draftYears(draft: Pick<BudgetDraft, 'firstYear' | 'yearCount'>): number[] {
  const first = Number(draft.firstYear.trim());
  if (!Number.isInteger(first) || draft.firstYear.trim() === '') return [];
  return Array.from({ length: draft.yearCount }, (_, index) => first + index);
}
