import { DEFAULT_DEVIATION_THRESHOLDS, DeviationThresholds } from './deviation';
import { findingMessages } from '../text/findings';
import { settingTexts } from '../text/settings';
import type { BudgetLine } from './budget';
import type { NumberSetting } from './rule-set';
import { THRESHOLD_SLACK } from './slacks';

/**
 * The rules on the budget's and the follow-up's lines that the rule set parametrises: their
 * settings (FINSAM-regler rows), their part of the rule set and the names their findings go
 * under. A new rule on the lines adds its setting and check here (issue 12: about four files).
 */
export interface BudgetRuleSettings {
  readonly deviation: DeviationThresholds;
  /** The highest share of the costs (Summa kostnader) the administration lines may take. */
  readonly adminCostShare: number;
}

/** What a finding of these rules is filed under (src/sheets/findings.ts). */
export type BudgetRuleId = 'unexplained-deviation' | 'admin-cost';

export const BUDGET_RULE_SETTINGS: readonly NumberSetting[] = [
  {
    key: 'deviationShare',
    ...settingTexts.deviationShare,
    unit: 'share',
    default: () => DEFAULT_DEVIATION_THRESHOLDS.share,
    min: 0,
    max: 1,
    get: (r) => r.deviation.share,
    set: (r, share) => ({ ...r, deviation: { ...r.deviation, share } }),
  },
  {
    key: 'deviationAmount',
    ...settingTexts.deviationAmount,
    unit: 'tkr',
    default: () => DEFAULT_DEVIATION_THRESHOLDS.amount,
    min: 0,
    max: 1e9,
    get: (r) => r.deviation.amount,
    set: (r, amount) => ({ ...r, deviation: { ...r.deviation, amount } }),
  },
  {
    key: 'adminCostShare',
    ...settingTexts.adminCostShare,
    unit: 'share',
    default: () => 0.1,
    min: 0,
    max: 1,
    get: (r) => r.adminCostShare,
    set: (r, adminCostShare) => ({ ...r, adminCostShare }),
  },
];

/** A cost line as the budget and the follow-up hold it: costs positive, in tkr (the budget year's line). */
export type CostLine = BudgetLine;

/**
 * A line is administration when one of its words is administration or the office (kansli):
 * "Administration", "Förbundsadministration", "Kansliet". "Kanslipersonal" or "Övrigt kontor
 * och adm." are not: a salary or an office cost line is not the board's administration line.
 */
const ADMINISTRATION_WORD = /^(?:förbunds)?administration(?:en|s)?$|^kansli(?:et|ets)?$/;

export function isAdministration(label: string): boolean {
  return label
    .toLocaleLowerCase('sv-SE')
    .split(/[^\p{L}]+/u)
    .some((word) => ADMINISTRATION_WORD.test(word));
}

/**
 * The administration lines' share of all costs, when it is above the limit: the finding's
 * message and the positions of the lines (the first is where the finding points). Undefined
 * when within the limit, without administration lines, or without costs to divide by.
 * @example costs 2 845 of which Administration 300 → 10,5 % over 10 %; 284 → undefined
 */
export function adminCostsOver(lines: readonly CostLine[], limit: number, year?: number): { message: string; lines: number[] } | undefined {
  const admin = lines.flatMap((line, index) => (isAdministration(line.label) ? [index] : []));
  const costs = lines.reduce((sum, line) => sum + line.amount, 0);
  const adminSum = admin.reduce((sum, index) => sum + lines[index].amount, 0);
  // The slack keeps exactly 10 % (284,5 of 2 845) from failing by binary rounding.
  if (admin.length === 0 || !(costs > 0) || adminSum <= limit * costs + THRESHOLD_SLACK * costs) return undefined;
  const labels = admin.map((index) => lines[index].label);
  return { message: findingMessages.adminCostsOver(labels, adminSum, costs, limit, year), lines: admin };
}
