import { defaultRuleSet, mustExplain, YEAR_RANGE } from '../../domain';
import { OutcomePeriod, PERIOD_NAMES } from '../../domain/ledger';
import { FollowUpLine, FollowUpModel } from '../../domain/models/follow-up';
import { newRowId } from '../forms/ids';
import { formatTypedNumber, numberProblem, parseTypedNumber } from '../forms/numbers';
import { enteredInPane } from '../forms/source';
import { Guard, isArrayOf, isNumber, isOneOf, isRecord, isShape, isString } from '../persistence/guards';
import { texts } from '../../text/pane';

/** One line as typed: amounts stay text until they are numbers; costs are positive here. */
export interface FollowUpLineDraft {
  readonly id: string;
  readonly label: string;
  readonly budget: string;
  /** Prognos helår. */
  readonly forecast: string;
  /** Utfall for the period (T1 jan–apr, T2 jan–aug, or the whole year). */
  readonly outcome: string;
  readonly explanation: string;
}

export interface FollowUpSectionDraft {
  readonly id: string;
  readonly title: string;
  readonly lines: readonly FollowUpLineDraft[];
}

/** What the form does not edit: the report's stated figures, the rule set's staircase and thresholds, notes. */
export type FollowUpCarried = Pick<FollowUpModel, 'stated' | 'equitySteps' | 'thresholds' | 'source' | 'notes'>;

export interface FollowUpDraft {
  readonly year: string;
  /** T1 and T2 compare the full-year forecast with the budget; the year compares the outcome. */
  readonly period: OutcomePeriod;
  /** Eget kapital vid årets början: as the budget assumed it, and as the accounts gave it. */
  readonly budgetOpeningEquity: string;
  readonly openingEquity: string;
  /** The members' contributions the staircase is measured on. */
  readonly allocation: string;
  readonly carried: FollowUpCarried;
  readonly income: readonly FollowUpLineDraft[];
  readonly sections: readonly FollowUpSectionDraft[];
}

export type FollowUpProblems = Readonly<Record<string, string>>;

export const FOLLOW_UP_PERIODS: readonly OutcomePeriod[] = ['T1', 'T2', 'år'];

const typed = (value: number | undefined) => (value === undefined ? '' : formatTypedNumber(value));

export function followUpLineDraft(label = '', budget?: number, forecast?: number, outcome?: number, explanation = ''): FollowUpLineDraft {
  return { id: newRowId('follow-up'), label, budget: typed(budget), forecast: typed(forecast), outcome: typed(outcome), explanation };
}

/** Nothing typed yet: the year's rule set only (issue 13: no seed figures in a new follow-up). */
export function emptyFollowUpDraft(year: number): FollowUpDraft {
  const rules = defaultRuleSet(year);
  return {
    year: '',
    period: 'T1',
    budgetOpeningEquity: '',
    openingEquity: '',
    allocation: '',
    carried: { stated: {}, equitySteps: rules.equitySteps, thresholds: rules.deviation, source: '', notes: [] },
    income: [],
    sections: [],
  };
}

const periodOf = (model: FollowUpModel): OutcomePeriod =>
  (Object.keys(PERIOD_NAMES) as OutcomePeriod[]).find((key) => PERIOD_NAMES[key] === model.period) ?? (model.basis === 'outcome' ? 'år' : 'T2');

/** A follow-up read back from a sheet (or an example): its value column goes to forecast or outcome by its basis. */
export function followUpDraftFrom(model: FollowUpModel): FollowUpDraft {
  const outcomeBasis = model.basis === 'outcome';
  const line = (l: FollowUpLine) => followUpLineDraft(l.label, l.budget, outcomeBasis ? undefined : l.forecast, outcomeBasis ? l.forecast : l.outcome, l.explanation);
  return {
    year: String(model.year),
    period: periodOf(model),
    budgetOpeningEquity: formatTypedNumber(model.equity.assumedOpening),
    openingEquity: formatTypedNumber(model.equity.actualOpening),
    allocation: formatTypedNumber(model.equity.allocation),
    carried: { stated: model.stated, equitySteps: model.equitySteps, thresholds: model.thresholds, source: model.source, notes: model.notes },
    income: model.income.map(line),
    sections: model.costSections.map((section) => ({ id: newRowId('follow-up-section'), title: section.title, lines: section.lines.map(line) })),
  };
}

export const allLines = (draft: Pick<FollowUpDraft, 'income' | 'sections'>): FollowUpLineDraft[] => [...draft.income, ...draft.sections.flatMap((section) => section.lines)];

/** Whether the form compares the full-year forecast (T1, T2) or the year's outcome. */
export const comparesOutcome = (draft: Pick<FollowUpDraft, 'period'>) => draft.period === 'år';

/** The figure the deviation rule measures on a line: the forecast, or for the whole year the outcome. */
const comparedText = (draft: FollowUpDraft, line: FollowUpLineDraft) => (comparesOutcome(draft) ? line.outcome : line.forecast);

/** The problems by field key: "year", "openingEquity", "<line id>.label", "<line id>.budget", "<line id>.forecast" … */
export function followUpProblems(draft: FollowUpDraft): FollowUpProblems {
  const problems: Record<string, string> = {};
  const year = numberProblem(draft.year, { whole: true, ...YEAR_RANGE });
  if (year) problems.year = year;
  for (const key of ['budgetOpeningEquity', 'openingEquity', 'allocation'] as const) {
    const problem = numberProblem(draft[key], key === 'allocation' ? { min: 0 } : {});
    if (problem) problems[key] = problem;
  }
  for (const line of allLines(draft)) {
    if (line.label.trim() === '') problems[`${line.id}.label`] = texts.fields.required;
    const outcomeOptional = !comparesOutcome(draft);
    const rules = { budget: {}, forecast: { optional: comparesOutcome(draft) }, outcome: { optional: outcomeOptional } };
    for (const field of ['budget', 'forecast', 'outcome'] as const) {
      const problem = numberProblem(line[field], rules[field]);
      if (problem) problems[`${line.id}.${field}`] = problem;
    }
  }
  return problems;
}

/** Whether the line's deviation must be explained, once its figures are numbers. */
export function needsExplanation(draft: FollowUpDraft, line: FollowUpLineDraft): boolean {
  const budget = parseTypedNumber(line.budget);
  const compared = parseTypedNumber(comparedText(draft, line));
  return budget !== undefined && compared !== undefined && mustExplain(compared, budget, draft.carried.thresholds);
}

const amount = (text: string) => parseTypedNumber(text) ?? 0;

/** The model of a draft without problems (check followUpProblems first). */
export function followUpModelOf(draft: FollowUpDraft, today?: Date): FollowUpModel {
  const outcomeBasis = comparesOutcome(draft);
  const lineOf = (line: FollowUpLineDraft): FollowUpLine => {
    const outcome = parseTypedNumber(line.outcome);
    return {
      label: line.label.trim(),
      budget: amount(line.budget),
      forecast: amount(outcomeBasis ? line.outcome : line.forecast),
      explanation: line.explanation.trim(),
      ...(!outcomeBasis && outcome !== undefined ? { outcome } : {}),
    };
  };
  const opening = amount(draft.openingEquity);
  return {
    year: amount(draft.year),
    period: PERIOD_NAMES[draft.period],
    basis: outcomeBasis ? 'outcome' : 'forecast',
    income: draft.income.map(lineOf),
    costSections: draft.sections.map((section) => ({ title: section.title.trim(), lines: section.lines.map(lineOf) })),
    stated: draft.carried.stated,
    equity: { assumedOpening: amount(draft.budgetOpeningEquity), actualOpening: opening, allocation: amount(draft.allocation) },
    equitySteps: draft.carried.equitySteps,
    thresholds: draft.carried.thresholds,
    source: draft.carried.source.trim() || enteredInPane(today),
    notes: draft.carried.notes,
  };
}

export interface ForecastPaste {
  readonly draft: FollowUpDraft;
  /** Lines of the form whose forecast was set. */
  readonly updated: number;
  /** Labels in the pasted text that match no line. */
  readonly unmatched: readonly string[];
  /** Labels whose amount is not a number. */
  readonly notNumbers: readonly string[];
}

const normal = (label: string) => label.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/**
 * "label<TAB>amount" rows, as copied from Excel: each sets the forecast of the lines with that
 * label (case and spacing aside). The amount is the row's last filled cell, typed the Swedish
 * way; costs are positive in the form, so a cost pasted with a minus sign (as the sheet shows
 * it) is taken without it.
 */
export function pasteForecasts(draft: FollowUpDraft, text: string): ForecastPaste {
  const amounts = new Map<string, number>();
  const unmatched: string[] = [];
  const notNumbers: string[] = [];
  const known = new Set(allLines(draft).map((line) => normal(line.label)));
  for (const row of text.split(/\r?\n/)) {
    const cells = row.split('\t').map((cell) => cell.trim());
    const label = cells[0] ?? '';
    if (label === '') continue;
    const filled = cells.slice(1).filter((cell) => cell !== '');
    const value = filled.length === 0 ? undefined : parseTypedNumber(filled[filled.length - 1]);
    if (!known.has(normal(label))) unmatched.push(label);
    else if (value === undefined) notNumbers.push(label);
    else amounts.set(normal(label), value);
  }
  let updated = 0;
  const set = (line: FollowUpLineDraft, cost: boolean): FollowUpLineDraft => {
    const value = amounts.get(normal(line.label));
    if (value === undefined) return line;
    updated += 1;
    return { ...line, forecast: formatTypedNumber(cost ? Math.abs(value) : value) };
  };
  const next: FollowUpDraft = {
    ...draft,
    income: draft.income.map((line) => set(line, false)),
    sections: draft.sections.map((section) => ({ ...section, lines: section.lines.map((line) => set(line, true)) })),
  };
  return { draft: next, updated, unmatched, notNumbers };
}

const isLine = isShape<FollowUpLineDraft>({ id: isString, label: isString, budget: isString, forecast: isString, outcome: isString, explanation: isString });
const isSection = isShape<FollowUpSectionDraft>({ id: isString, title: isString, lines: isArrayOf(isLine) });
const isCarried = isShape<FollowUpCarried>({
  stated: isRecord as unknown as Guard<FollowUpCarried['stated']>,
  equitySteps: isArrayOf(isRecord) as unknown as Guard<FollowUpCarried['equitySteps']>,
  thresholds: isShape<FollowUpCarried['thresholds']>({ share: isNumber, amount: isNumber }),
  source: isString,
  notes: isArrayOf(isString),
});

/**
 * A stored follow-up draft the form can show as it is. Drafts of the fixed "tertial 2 2022"
 * form (before issue 13) have no year field and fail here, so the form starts afresh.
 */
export const isFollowUpDraft: Guard<FollowUpDraft> = isShape<FollowUpDraft>({
  year: isString,
  period: isOneOf<OutcomePeriod>(FOLLOW_UP_PERIODS),
  budgetOpeningEquity: isString,
  openingEquity: isString,
  allocation: isString,
  carried: isCarried,
  income: isArrayOf(isLine),
  sections: isArrayOf(isSection),
});
