import { Comparison, indicatorStatus } from '../../domain';
import { socialBudgetStructure2022 } from '../social-budget/example-2022';
import { SocialBudgetIndicator } from '../../domain/models/social-budget';
import { CountedOutcome, SocialReportModel } from '../../domain/models/social-report';

/**
 * The 2022 social budget (seed 003, Tabell 1) after the year: outcomes for every indicator. The
 * counts are invented but in the published report's forms ("88 % (117 av 133)", "66 %, 179
 * deltagare av de 271") and cover its three statuses: 79 % against 80 % is Nära målet, 73 %
 * against 80 % is not reached (DOMAIN.md §7). Indicators without a numeric target are marked by hand.
 */
interface NumericOutcome {
  readonly target: number;
  readonly comparison?: Comparison;
  readonly outcome?: number;
  readonly counts?: Required<Pick<CountedOutcome, 'count' | 'base' | 'text'>>;
}

const counts = (count: number, base: number, text: string) => ({ counts: { count, base, text } });

const NUMERIC: Readonly<Record<string, NumericOutcome>> = {
  '1.1.1': { target: 70, outcome: 76 },
  '1.2.1': { target: 0.8, ...counts(214, 271, '79 % (214 av 271)') },
  '1.2.2': { target: 0.35, ...counts(117, 214, '55 % (117 av 214)') },
  '1.2.3': { target: 0.25, ...counts(51, 214, '24 % (51 av 214)') },
  '1.3.1': { target: -0.01, comparison: '<=', outcome: -0.021 },
  '1.3.2': { target: -0.01, comparison: '<=', outcome: -0.015 },
  '1.3.3': { target: -0.01, comparison: '<=', outcome: 0.004 },
  '1.3.4': { target: -0.01, comparison: '<=', outcome: -0.012 },
  '1.3.5': { target: -0.01, comparison: '<=', outcome: -0.008 },
  '1.3.6': { target: -0.01, comparison: '<=', outcome: -0.03 },
  '2.1.2': { target: 0.8, ...counts(19, 24, '79 % (19 av 24)') },
  '3.1.1': { target: 0.8, ...counts(117, 133, '88 % (117 av 133)') },
  '3.3.1': { target: 0.6, ...counts(179, 271, '66 %, 179 deltagare av de 271') },
  '5.1.1': { target: 0.8, ...counts(46, 63, '73 % (46 av 63)') },
};

/** Of the indicators marked by hand, every sixth was not achieved. */
const MISSED_EVERY = 6;

export function socialReport2022(): SocialReportModel {
  const budget = socialBudgetStructure2022();
  const found: Record<string, CountedOutcome> = {};
  let marked = 0;
  const withOutcome = (indicator: SocialBudgetIndicator): SocialBudgetIndicator => {
    const numeric = NUMERIC[indicator.code];
    if (numeric === undefined) {
      marked += 1;
      return { ...indicator, target: null, outcome: null, achieved: marked % MISSED_EVERY !== 0 };
    }
    if (numeric.counts) found[indicator.code] = numeric.counts;
    const outcome = numeric.counts ? numeric.counts.count / numeric.counts.base : (numeric.outcome as number);
    const comparison = numeric.comparison ?? null;
    const status = indicatorStatus(outcome, numeric.target, comparison ?? '>=');
    return { ...indicator, target: numeric.target, comparison, outcome, achieved: status.ok && status.value === 'achieved' };
  };
  return {
    budget: {
      ...budget,
      title: 'Socialt bokslut 2022',
      areas: budget.areas.map((area) => ({ ...area, goals: area.goals.map((goal) => ({ ...goal, indicators: goal.indicators.map(withOutcome) })) })),
      source:
        'Den sociala budgeten 2022 (underlag 003, Tabell 1) med utfall efter året. Utfallen och antalen är påhittade, i det publicerade ' +
        'sociala bokslutets former ("88 % (117 av 133)"); indikatorer utan numeriskt målvärde är markerade för hand.',
    },
    counts: found,
  };
}
