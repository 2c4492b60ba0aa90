import { FollowUpBasis, FollowUpLine, FollowUpModel } from '../../sheets/follow-up/model';
import { newRowId } from '../forms/ids';
import { formatTypedNumber, numberProblem, parseTypedNumber } from '../forms/numbers';
import { Guard, isArrayOf, isNumber, isOneOf, isRecord, isShape, isString } from '../persistence/guards';

/** One line as typed: budget and forecast stay text until they are numbers. */
export interface FollowUpLineDraft {
  readonly id: string;
  readonly label: string;
  readonly budget: string;
  readonly forecast: string;
  readonly explanation: string;
}

export interface FollowUpSectionDraft {
  readonly id: string;
  readonly title: string;
  readonly lines: readonly FollowUpLineDraft[];
}

/** What the form does not edit: the year, period, stated figures, equity and rules travel unchanged. */
export type FollowUpCarried = Omit<FollowUpModel, 'income' | 'costSections'>;

export interface FollowUpDraft {
  readonly carried: FollowUpCarried;
  readonly income: readonly FollowUpLineDraft[];
  readonly sections: readonly FollowUpSectionDraft[];
}

export type FollowUpProblems = Readonly<Record<string, string>>;

const lineDraft = (line: FollowUpLine): FollowUpLineDraft => ({
  id: newRowId('follow-up'),
  label: line.label,
  budget: formatTypedNumber(line.budget),
  forecast: formatTypedNumber(line.forecast),
  explanation: line.explanation,
});

export function followUpDraftFrom(model: FollowUpModel): FollowUpDraft {
  const { income, costSections, ...carried } = model;
  return {
    carried,
    income: income.map(lineDraft),
    sections: costSections.map((section) => ({ id: newRowId('follow-up-section'), title: section.title, lines: section.lines.map(lineDraft) })),
  };
}

export const allLines = (draft: FollowUpDraft): FollowUpLineDraft[] => [...draft.income, ...draft.sections.flatMap((section) => section.lines)];

/** The problems by field key: "<line id>.budget", "<line id>.forecast". */
export function followUpProblems(draft: FollowUpDraft): FollowUpProblems {
  const problems: Record<string, string> = {};
  for (const line of allLines(draft)) {
    for (const field of ['budget', 'forecast'] as const) {
      const problem = numberProblem(line[field]);
      if (problem) problems[`${line.id}.${field}`] = problem;
    }
  }
  return problems;
}

const lineOf = (line: FollowUpLineDraft): FollowUpLine => ({
  label: line.label,
  budget: parseTypedNumber(line.budget) ?? 0,
  forecast: parseTypedNumber(line.forecast) ?? 0,
  explanation: line.explanation.trim(),
});

export function followUpModelOf(draft: FollowUpDraft): FollowUpModel {
  return {
    ...draft.carried,
    income: draft.income.map(lineOf),
    costSections: draft.sections.map((section) => ({ title: section.title, lines: section.lines.map(lineOf) })),
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
    const amount = filled.length === 0 ? undefined : parseTypedNumber(filled[filled.length - 1]);
    if (!known.has(normal(label))) unmatched.push(label);
    else if (amount === undefined) notNumbers.push(label);
    else amounts.set(normal(label), amount);
  }
  let updated = 0;
  const set = (line: FollowUpLineDraft, cost: boolean): FollowUpLineDraft => {
    const amount = amounts.get(normal(line.label));
    if (amount === undefined) return line;
    updated += 1;
    return { ...line, forecast: formatTypedNumber(cost ? Math.abs(amount) : amount) };
  };
  const next: FollowUpDraft = {
    ...draft,
    income: draft.income.map((line) => set(line, false)),
    sections: draft.sections.map((section) => ({ ...section, lines: section.lines.map((line) => set(line, true)) })),
  };
  return { draft: next, updated, unmatched, notNumbers };
}

const isLine = isShape<FollowUpLineDraft>({ id: isString, label: isString, budget: isString, forecast: isString, explanation: isString });
const isSection = isShape<FollowUpSectionDraft>({ id: isString, title: isString, lines: isArrayOf(isLine) });
const isCarried = isShape<FollowUpCarried>({
  year: isNumber,
  period: isString,
  basis: isOneOf<FollowUpBasis>(['forecast', 'outcome']),
  stated: isRecord as unknown as Guard<FollowUpCarried['stated']>,
  equity: isShape<FollowUpCarried['equity']>({ assumedOpening: isNumber, actualOpening: isNumber, allocation: isNumber }),
  equitySteps: isArrayOf(isRecord) as unknown as Guard<FollowUpCarried['equitySteps']>,
  thresholds: isShape<FollowUpCarried['thresholds']>({ share: isNumber, amount: isNumber }),
  budgetShare: (value): value is number | undefined => value === undefined || isNumber(value),
  source: isString,
  notes: isArrayOf(isString),
});

/** A stored follow-up draft the form can show as it is. */
export const isFollowUpDraft: Guard<FollowUpDraft> = isShape<FollowUpDraft>({
  carried: isCarried,
  income: isArrayOf(isLine),
  sections: isArrayOf(isSection),
});
