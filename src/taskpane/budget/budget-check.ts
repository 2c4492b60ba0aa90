import { YEAR_RANGE } from '../../domain';
import { enteredInPane } from '../forms/source';
import { BudgetModel } from '../../domain/models/budget';
import { numberProblem, NumberRule, parseTypedNumber, typedNumberOrNull } from '../forms/numbers';
import { texts } from '../../text/pane';
import { BudgetDraft, draftYears, LineDraft, YearTexts } from './budget-draft';

/** What is wrong with each field, by field key ("state.0", "member.<id>.population.1" …). */
export type FieldProblems = Readonly<Record<string, string>>;

const AMOUNT: NumberRule = {};
const STATE: NumberRule = { min: 0 };
const POPULATION: NumberRule = { whole: true, min: 0 };
const OPTIONAL: NumberRule = { optional: true };
const YEAR: NumberRule = { whole: true, ...YEAR_RANGE };

/** Every problem of the draft, checked as the user types; the build waits until there are none. */
export function budgetProblems(draft: BudgetDraft): FieldProblems {
  const problems: Record<string, string> = {};
  const text = (key: string, value: string) => {
    if (value.trim() === '') problems[key] = texts.fields.required;
  };
  const numbers = (key: string, values: YearTexts, rule: NumberRule) => {
    for (let y = 0; y < draft.yearCount; y += 1) {
      const problem = numberProblem(values[y] ?? '', rule);
      if (problem) problems[`${key}.${y}`] = problem;
    }
  };
  const lines = (kind: string, list: readonly LineDraft[]) =>
    list.forEach((line) => {
      text(`${kind}.${line.id}.label`, line.label);
      numbers(`${kind}.${line.id}.amount`, line.amounts, AMOUNT);
    });

  text('association', draft.association);
  const year = numberProblem(draft.firstYear, YEAR);
  if (year) problems.firstYear = year;
  numbers('state', draft.stateAllocations, STATE);
  draft.members.forEach((member) => {
    text(`member.${member.id}.name`, member.name);
    numbers(`member.${member.id}.population`, member.populations, POPULATION);
    numbers(`member.${member.id}.stated`, member.statedContributions, OPTIONAL);
  });
  populationSums(draft, problems);
  text('regionName', draft.regionName);
  lines('income', draft.otherIncome);
  draft.sections.forEach((section) => {
    text(`section.${section.id}.title`, section.title);
    lines('line', section.lines);
  });
  const equity = numberProblem(draft.openingEquity, OPTIONAL);
  if (equity) problems.openingEquity = equity;
  return problems;
}

/** The municipal quarter is split by population, so each year needs a population above 0. */
function populationSums(draft: BudgetDraft, problems: Record<string, string>): void {
  const years = draftYears(draft);
  for (let y = 0; y < draft.yearCount; y += 1) {
    const sum = populationSum(draft, y);
    if (sum !== undefined && sum <= 0 && draft.members.length > 0) problems[`populationSum.${y}`] = texts.budget.populationSumZero(years[y] ?? y + 1);
  }
}

/** The year's total population, or undefined while some population is not a number. */
export function populationSum(draft: BudgetDraft, y: number): number | undefined {
  let sum = 0;
  for (const member of draft.members) {
    const value = parseTypedNumber(member.populations[y] ?? '');
    if (value === undefined) return undefined;
    sum += value;
  }
  return sum;
}

/** Each member's share of the year's population, for the labels "82,9 % av arb-bef.". */
export function populationShare(draft: BudgetDraft, memberIndex: number, y: number): number | undefined {
  const sum = populationSum(draft, y);
  const own = parseTypedNumber(draft.members[memberIndex]?.populations[y] ?? '');
  return sum === undefined || own === undefined || sum <= 0 ? undefined : own / sum;
}

/** The model the sheet is planned from; call only when budgetProblems found nothing. */
export function budgetModelOf(draft: BudgetDraft, today?: Date): BudgetModel {
  const slots = (values: YearTexts) => values.slice(0, draft.yearCount).map((value) => parseTypedNumber(value) ?? 0);
  const stated = draft.members.map((member) => member.statedContributions.slice(0, draft.yearCount).map(typedNumberOrNull));
  const source = draft.source.trim();
  return {
    association: draft.association.trim(),
    years: draftYears(draft),
    stateAllocations: slots(draft.stateAllocations),
    municipalities: draft.members.map((member) => ({ name: member.name.trim(), populations: slots(member.populations) })),
    regionName: draft.regionName.trim(),
    ...(stated.some((row) => row.some((value) => value !== null)) ? { statedMunicipalContributions: stated } : {}),
    otherIncome: draft.otherIncome.map((line) => ({ label: line.label.trim(), amounts: slots(line.amounts) })),
    costSections: draft.sections.map((section) => ({
      title: section.title.trim(),
      lines: section.lines.map((line) => ({ label: line.label.trim(), amounts: slots(line.amounts) })),
    })),
    openingEquity: typedNumberOrNull(draft.openingEquity),
    source: source !== '' ? source : enteredInPane(today),
  };
}
