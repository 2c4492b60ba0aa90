import { pooledRate, VaravBase, YEAR_RANGE } from '../../domain';
import { Gender, ParticipantsModel, ParticipantTargets, StatedRate } from '../../domain/models/participants';
import { newRowId } from '../forms/ids';
import { numberProblem, parseTypedNumber } from '../forms/numbers';
import { Guard, isArrayOf, isNumber, isOneOf, isShape, isString } from '../persistence/guards';
import { texts } from '../../text/pane';

export const COUNT_FIELDS = ['finished', 'positive', 'work', 'studies'] as const;
export type CountField = (typeof COUNT_FIELDS)[number];

/** One platform and gender as typed: the counts stay text until they are whole numbers. */
export interface ParticipantRowDraft {
  readonly id: string;
  readonly platform: string;
  readonly gender: Gender;
  readonly finished: string;
  readonly positive: string;
  readonly work: string;
  readonly studies: string;
}

/** The participants form (seed 004); targets, stated rates, source and notes travel unchanged. */
export interface ParticipantsDraft {
  readonly year: string;
  readonly period: string;
  readonly rows: readonly ParticipantRowDraft[];
  readonly targets: ParticipantTargets;
  readonly varavBase: VaravBase;
  readonly stated: readonly StatedRate[];
  readonly source: string;
  readonly notes: readonly string[];
}

export type ParticipantProblems = Readonly<Record<string, string>>;

export function participantRowDraft(platform = '', gender: Gender = 'women', counts: readonly number[] = []): ParticipantRowDraft {
  const [finished, positive, work, studies] = COUNT_FIELDS.map((_, index) => (counts[index] === undefined ? '' : String(counts[index])));
  return { id: newRowId('participants'), platform, gender, finished, positive, work, studies };
}

export function participantsDraftFrom(model: ParticipantsModel): ParticipantsDraft {
  return {
    year: String(model.year),
    period: model.period,
    rows: model.rows.map((row) => participantRowDraft(row.platform, row.gender, [row.finished, row.positive, row.work, row.studies])),
    targets: model.targets,
    varavBase: model.varavBase,
    stated: model.stated,
    source: model.source,
    notes: [...model.notes],
  };
}

const count = (text: string) => parseTypedNumber(text) ?? 0;

/** The problems by field key: "year", "period", "<row id>.platform", "<row id>.<count>". */
export function participantProblems(draft: ParticipantsDraft): ParticipantProblems {
  const problems: Record<string, string> = {};
  const year = numberProblem(draft.year, { whole: true, ...YEAR_RANGE });
  if (year) problems.year = year;
  if (draft.period.trim() === '') problems.period = texts.fields.required;
  for (const row of draft.rows) {
    if (row.platform.trim() === '') problems[`${row.id}.platform`] = texts.participantsForm.platformMissing;
    for (const field of COUNT_FIELDS) {
      const problem = numberProblem(row[field], { whole: true, min: 0 });
      if (problem) problems[`${row.id}.${field}`] = problem === texts.fields.required ? problem : texts.participantsForm.countProblem;
    }
    if (!problems[`${row.id}.finished`] && !problems[`${row.id}.positive`] && count(row.positive) > count(row.finished)) {
      problems[`${row.id}.positive`] = texts.participantsForm.positiveAboveFinished(count(row.finished));
    }
  }
  return problems;
}

export function participantsModelOf(draft: ParticipantsDraft): ParticipantsModel {
  return {
    year: count(draft.year),
    period: draft.period.trim(),
    rows: draft.rows.map((row) => ({
      platform: row.platform.trim(),
      gender: row.gender,
      finished: count(row.finished),
      positive: count(row.positive),
      work: count(row.work),
      studies: count(row.studies),
    })),
    targets: draft.targets,
    varavBase: draft.varavBase,
    stated: draft.stated,
    source: draft.source,
    notes: draft.notes,
  };
}

/** Σ positive / Σ finished over the rows that are filled in right, or undefined when none finished. */
export function pooledPositive(draft: ParticipantsDraft, problems: ParticipantProblems): { rate: number; positive: number; finished: number } | undefined {
  const rows = draft.rows.filter((row) => !problems[`${row.id}.finished`] && !problems[`${row.id}.positive`]);
  const rate = pooledRate(rows.map((row) => ({ part: count(row.positive), whole: count(row.finished) })));
  if (!rate.ok) return undefined;
  return { rate: rate.value, positive: rows.reduce((sum, row) => sum + count(row.positive), 0), finished: rows.reduce((sum, row) => sum + count(row.finished), 0) };
}

const isRow = isShape<ParticipantRowDraft>({
  id: isString,
  platform: isString,
  gender: isOneOf<Gender>(['women', 'men']),
  finished: isString,
  positive: isString,
  work: isString,
  studies: isString,
});

/** A stored participants draft the form can show as it is. */
export const isParticipantsDraft: Guard<ParticipantsDraft> = isShape<ParticipantsDraft>({
  year: isString,
  period: isString,
  rows: isArrayOf(isRow),
  targets: isShape<ParticipantTargets>({ positive: isNumber, work: isNumber, studies: isNumber }),
  varavBase: isOneOf<VaravBase>(['positive', 'finished']),
  stated: isArrayOf(isShape<StatedRate>({ platform: isString, finished: isNumber, rate: isNumber })),
  source: isString,
  notes: isArrayOf(isString),
});
