import { defaultRuleSet, formatSwedishNumber, formatSwedishPercent, targetSharesSumOk, YEAR_RANGE } from '../../domain';
import { enteredInPane } from '../forms/source';
import { readAmount } from '../../sheets/grid';
import { SocialBudgetIndicator, SocialBudgetModel } from '../../domain/models/social-budget';
import { numberProblem, parseTypedNumber, typedNumberOrNull } from '../forms/numbers';
import { texts } from '../../text/pane';
import { IndicatorDraft, SocialBudgetDraft } from './social-draft';

export type FieldProblems = Readonly<Record<string, string>>;

/** The weight scale of the draft's year (1–10 unless the rule set says otherwise). */
export function weightScaleOf(draft: SocialBudgetDraft): number {
  const year = parseTypedNumber(draft.year);
  return defaultRuleSet(year !== undefined && Number.isInteger(year) ? year : new Date().getFullYear()).weightScale;
}

/** Every problem that stops the build, by field key ("indicator.<id>.weight" …). */
export function socialBudgetProblems(draft: SocialBudgetDraft): FieldProblems {
  const problems: Record<string, string> = {};
  const check = (key: string, problem: string | undefined) => {
    if (problem) problems[key] = problem;
  };
  const scale = weightScaleOf(draft);
  check('sheetName', sheetNameProblem(draft.sheetName));
  check('year', numberProblem(draft.year, { whole: true, ...YEAR_RANGE }));
  check('targetIndex', numberProblem(draft.targetIndex, { min: 0, max: 100 }));
  check('statedMaximum', numberProblem(draft.statedMaximum, { optional: true, min: 0 }));
  check('statedImpactValue', numberProblem(draft.statedImpactValue, { optional: true, min: 0 }));
  for (const area of draft.areas) {
    if (area.name.trim() === '') problems[`area.${area.id}.name`] = texts.fields.required;
    check(`area.${area.id}.share`, numberProblem(area.targetShare, { optional: true, min: 0, max: 100 }));
    for (const goal of area.goals) {
      for (const indicator of goal.indicators) {
        if (indicator.text.trim() === '') problems[`indicator.${indicator.id}.text`] = texts.fields.required;
        check(`indicator.${indicator.id}.weight`, numberProblem(indicator.weight, { whole: true, min: 1, max: scale }));
      }
    }
  }
  return problems;
}

/** Excel's rules for a sheet name: 1–31 characters, none of [ ] : * ? / \\. */
export function sheetNameProblem(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return texts.fields.required;
  if (trimmed.length > 31 || /[[\]:*?/\\]/.test(trimmed) || trimmed.startsWith("'") || trimmed.endsWith("'")) return texts.fields.sheetName;
  return undefined;
}

/** "Målandelarna summerar till 95 %": a warning, since the check on the sheet says the same. */
export function shareSumWarning(draft: SocialBudgetDraft): string | undefined {
  const shares = draft.areas.map((area) => area.targetShare).filter((text) => text.trim() !== '');
  const values = shares.map(parseTypedNumber);
  if (values.length === 0 || values.some((value) => value === undefined)) return undefined;
  const sum = values.reduce<number>((total, value) => total + (value ?? 0), 0);
  return targetSharesSumOk(sum / 100) ? undefined : texts.socialBudget.sharesSum(formatSwedishNumber(sum, 1));
}

/** Each area's weights against the total, as the sheet's weight rule will show them. */
export function areaWeightSummaries(draft: SocialBudgetDraft): Readonly<Record<string, string>> {
  const sums = draft.areas.map((area) =>
    area.goals.reduce((total, goal) => total + goal.indicators.reduce((sum, indicator) => sum + (parseTypedNumber(indicator.weight) ?? 0), 0), 0),
  );
  const total = sums.reduce((sum, value) => sum + value, 0);
  return Object.fromEntries(
    draft.areas.map((area, index) => [
      area.id,
      texts.socialBudget.areaSummary(formatSwedishNumber(sums[index]), formatSwedishNumber(total), total > 0 ? formatSwedishPercent(sums[index] / total, 0) : '–'),
    ]),
  );
}

/** A typed target or outcome: a number when it reads as one ("80 %" is 0,8), else its words. */
export function figureOf(text: string): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  const value = readAmount(trimmed);
  if (value === undefined) return trimmed;
  // "−1,8 %" / 100 is −0.018000000000000002 in binary; 15 digits give back the −0.018 the board wrote.
  return trimmed.endsWith('%') ? Number(value.toPrecision(15)) : value;
}

function indicatorOf(draft: IndicatorDraft): SocialBudgetIndicator {
  return {
    code: draft.code.trim(),
    text: draft.text.trim(),
    target: figureOf(draft.target),
    comparison: draft.comparison === '' ? null : draft.comparison,
    weight: parseTypedNumber(draft.weight) ?? 0,
    outcome: figureOf(draft.outcome),
    achieved: draft.achieved === 'ja' ? true : draft.achieved === 'nej' ? false : null,
    ...(draft.invented ? { invented: true } : {}),
  };
}

/** The model the sheet is planned from; call only when socialBudgetProblems found nothing. */
export function socialBudgetModelOf(draft: SocialBudgetDraft): SocialBudgetModel {
  const optional = <K extends string>(key: K, value: number | string | null) => (value === null || value === '' ? {} : { [key]: value });
  return {
    year: parseTypedNumber(draft.year) ?? 0,
    ...optional('title', draft.title.trim()),
    ...optional('platform', draft.platform.trim()),
    areas: draft.areas.map((area) => ({
      name: area.name.trim(),
      ...optional('targetShare', area.targetShare.trim() === '' ? null : Number(((parseTypedNumber(area.targetShare) ?? 0) / 100).toPrecision(15))),
      goals: area.goals.map((goal) => ({ code: goal.code.trim(), text: goal.text.trim(), indicators: goal.indicators.map(indicatorOf) })),
    })),
    ...optional('statedMaximum', typedNumberOrNull(draft.statedMaximum)),
    ...optional('statedImpactValue', typedNumberOrNull(draft.statedImpactValue)),
    targetIndex: parseTypedNumber(draft.targetIndex) ?? 0,
    source: draft.source.trim() || enteredInPane(),
  };
}
