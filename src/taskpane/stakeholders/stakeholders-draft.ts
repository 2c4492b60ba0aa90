import { importance, quadrant, Quadrant, YEAR_RANGE } from '../../domain';
import { StakeholderModel } from '../../domain/models/stakeholders';
import { newRowId } from '../forms/ids';
import { numberProblem, parseTypedNumber } from '../forms/numbers';
import { Guard, isArrayOf, isNumber, isShape, isString } from '../persistence/guards';
import { texts } from '../../text/pane';

/** One stakeholder as typed: the ratings stay text until they are whole numbers on the scale. */
export interface StakeholderRowDraft {
  readonly id: string;
  readonly name: string;
  readonly interest: string;
  readonly influence: string;
  readonly expectation: string;
}

/** The stakeholder form (seed 002, Bilaga 2); the scale, source and notes travel unchanged. */
export interface StakeholdersDraft {
  readonly year: string;
  readonly scale: number;
  readonly rows: readonly StakeholderRowDraft[];
  readonly source: string;
  readonly notes: readonly string[];
}

export type StakeholderProblems = Readonly<Record<string, string>>;

export function stakeholderRowDraft(name = '', interest = '', influence = '', expectation = ''): StakeholderRowDraft {
  return { id: newRowId('stakeholder'), name, interest, influence, expectation };
}

export function stakeholdersDraftFrom(model: StakeholderModel): StakeholdersDraft {
  return {
    year: String(model.year),
    scale: model.scale,
    rows: model.stakeholders.map((s) => stakeholderRowDraft(s.name, String(s.interest), String(s.influence), s.expectation)),
    source: model.source,
    notes: [...model.notes],
  };
}

/** A rating must be a whole number from 1 to the scale; anything else says so in Swedish. */
function ratingProblem(text: string, scale: number): string | undefined {
  if (text.trim() === '') return texts.fields.required;
  return numberProblem(text, { whole: true, min: 1, max: scale }) === undefined ? undefined : texts.stakeholdersForm.rating(scale);
}

/** The problems by field key: "year", "<row id>.name", "<row id>.interest", "<row id>.influence". */
export function stakeholderProblems(draft: StakeholdersDraft): StakeholderProblems {
  const problems: Record<string, string> = {};
  const year = numberProblem(draft.year, { whole: true, ...YEAR_RANGE });
  if (year) problems.year = year;
  for (const row of draft.rows) {
    if (row.name.trim() === '') problems[`${row.id}.name`] = texts.stakeholdersForm.nameMissing;
    const interest = ratingProblem(row.interest, draft.scale);
    if (interest) problems[`${row.id}.interest`] = interest;
    const influence = ratingProblem(row.influence, draft.scale);
    if (influence) problems[`${row.id}.influence`] = influence;
  }
  return problems;
}

/** The model of a draft without problems (check stakeholderProblems first). */
export function stakeholderModelOf(draft: StakeholdersDraft): StakeholderModel {
  return {
    year: parseTypedNumber(draft.year) ?? 0,
    scale: draft.scale,
    stakeholders: draft.rows.map((row) => ({
      name: row.name.trim(),
      interest: parseTypedNumber(row.interest) ?? 0,
      influence: parseTypedNumber(row.influence) ?? 0,
      expectation: row.expectation.trim(),
    })),
    source: draft.source,
    notes: draft.notes,
  };
}

/** Betydelseindex and quadrant of a row, or undefined while a rating is not on the scale. */
export function rowStanding(row: StakeholderRowDraft, scale: number): { importance: number; quadrant: Quadrant } | undefined {
  if (ratingProblem(row.interest, scale) || ratingProblem(row.influence, scale)) return undefined;
  const rating = { interest: parseTypedNumber(row.interest) ?? 0, influence: parseTypedNumber(row.influence) ?? 0 };
  const index = importance(rating, scale);
  const where = quadrant(rating, scale);
  return index.ok && where.ok ? { importance: index.value, quadrant: where.value } : undefined;
}

const isRow = isShape<StakeholderRowDraft>({ id: isString, name: isString, interest: isString, influence: isString, expectation: isString });

/** A stored stakeholder draft the form can show as it is. */
export const isStakeholdersDraft: Guard<StakeholdersDraft> = isShape<StakeholdersDraft>({
  year: isString,
  scale: isNumber,
  rows: isArrayOf(isRow),
  source: isString,
  notes: isArrayOf(isString),
});
