import { ChangeMode, fyeChange, fyeShare, meetsFyeGoal, YEAR_RANGE } from '../../domain';
import { FyeModel } from '../../domain/models/fye';
import { newRowId } from '../forms/ids';
import { formatTypedNumber, numberProblem, parseTypedNumber } from '../forms/numbers';
import { Guard, isArrayOf, isNumber, isOneOf, isShape, isString } from '../persistence/guards';
import { texts } from '../../text/pane';

export const FYE_FIELDS = ['previousFye', 'previousPopulation', 'currentFye', 'currentPopulation'] as const;
export type FyeField = (typeof FYE_FIELDS)[number];

/** One municipality as typed: two periods' FYE and working-age population. */
export interface FyeRowDraft {
  readonly id: string;
  readonly municipality: string;
  readonly previousFye: string;
  readonly previousPopulation: string;
  readonly currentFye: string;
  readonly currentPopulation: string;
}

/** The FYE form (DOMAIN.md §5); the goal, mode, source and notes travel unchanged. */
export interface FyeDraft {
  readonly period: string;
  readonly previousYear: string;
  readonly year: string;
  readonly goal: number;
  readonly mode: ChangeMode;
  readonly rows: readonly FyeRowDraft[];
  readonly source: string;
  readonly notes: readonly string[];
}

export type FyeProblems = Readonly<Record<string, string>>;

const typed = (value: number | undefined) => (value === undefined ? '' : formatTypedNumber(value));

export function fyeRowDraft(municipality = '', values: readonly number[] = []): FyeRowDraft {
  const [previousFye, previousPopulation, currentFye, currentPopulation] = FYE_FIELDS.map((_, index) => typed(values[index]));
  return { id: newRowId('fye'), municipality, previousFye, previousPopulation, currentFye, currentPopulation };
}

export function fyeDraftFrom(model: FyeModel): FyeDraft {
  return {
    period: model.period,
    previousYear: String(model.previousYear),
    year: String(model.year),
    goal: model.goal,
    mode: model.mode,
    rows: model.rows.map((row) => fyeRowDraft(row.municipality, [row.previous.fye, row.previous.population, row.current.fye, row.current.population])),
    source: model.source,
    notes: [...model.notes],
  };
}

const value = (text: string) => parseTypedNumber(text) ?? 0;

/** The problems by field key: "period", "previousYear", "year", "<row id>.municipality", "<row id>.<field>". */
export function fyeProblems(draft: FyeDraft): FyeProblems {
  const problems: Record<string, string> = {};
  if (draft.period.trim() === '') problems.period = texts.fields.required;
  for (const key of ['previousYear', 'year'] as const) {
    const problem = numberProblem(draft[key], { whole: true, ...YEAR_RANGE });
    if (problem) problems[key] = problem;
  }
  for (const row of draft.rows) {
    if (row.municipality.trim() === '') problems[`${row.id}.municipality`] = texts.fyeForm.municipalityMissing;
    for (const field of FYE_FIELDS) {
      const isPopulation = field.endsWith('Population');
      const problem = numberProblem(row[field], { min: 0 });
      if (problem) problems[`${row.id}.${field}`] = problem;
      else if (isPopulation && value(row[field]) === 0) problems[`${row.id}.${field}`] = texts.fyeForm.populationZero;
    }
  }
  return problems;
}

export function fyeModelOf(draft: FyeDraft): FyeModel {
  return {
    period: draft.period.trim(),
    previousYear: value(draft.previousYear),
    year: value(draft.year),
    goal: draft.goal,
    mode: draft.mode,
    rows: draft.rows.map((row) => ({
      municipality: row.municipality.trim(),
      previous: { fye: value(row.previousFye), population: value(row.previousPopulation) },
      current: { fye: value(row.currentFye), population: value(row.currentPopulation) },
    })),
    source: draft.source,
    notes: draft.notes,
  };
}

/** Both shares, the change and whether it meets the goal, once the row's four figures are fine. */
export function rowChange(draft: FyeDraft, row: FyeRowDraft, problems: FyeProblems): { previous: number; current: number; change: number; meets: boolean } | undefined {
  if (FYE_FIELDS.some((field) => problems[`${row.id}.${field}`])) return undefined;
  const previous = fyeShare(value(row.previousFye), value(row.previousPopulation));
  const current = fyeShare(value(row.currentFye), value(row.currentPopulation));
  if (!previous.ok || !current.ok) return undefined;
  const change = fyeChange(previous.value, current.value, draft.mode);
  return change.ok ? { previous: previous.value, current: current.value, change: change.value, meets: meetsFyeGoal(change.value, draft.goal) } : undefined;
}

const isRow = isShape<FyeRowDraft>({
  id: isString,
  municipality: isString,
  previousFye: isString,
  previousPopulation: isString,
  currentFye: isString,
  currentPopulation: isString,
});

/** A stored FYE draft the form can show as it is. */
export const isFyeDraft: Guard<FyeDraft> = isShape<FyeDraft>({
  period: isString,
  previousYear: isString,
  year: isString,
  goal: isNumber,
  mode: isOneOf<ChangeMode>(['relative', 'pp']),
  rows: isArrayOf(isRow),
  source: isString,
  notes: isArrayOf(isString),
});
