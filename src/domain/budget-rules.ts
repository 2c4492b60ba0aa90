import { DEFAULT_DEVIATION_THRESHOLDS, DeviationThresholds } from './deviation';
import { settingTexts } from './messages';
import type { NumberSetting } from './rule-set';

/**
 * The rules on the budget's and the follow-up's lines that the rule set parametrises: their
 * settings (FINSAM-regler rows), their part of the rule set and the names their findings go
 * under. A new rule on the lines adds its setting and check here (issue 12: about four files).
 */
export interface BudgetRuleSettings {
  readonly deviation: DeviationThresholds;
}

/** What a finding of these rules is filed under (src/sheets/findings.ts). */
export type BudgetRuleId = 'unexplained-deviation';

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
];
