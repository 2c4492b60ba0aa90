import type { BudgetRuleId } from '../domain';

/** What validation reports (ARCHITECTURE.md, "Findings, not exceptions"). */
export type Severity = 'error' | 'warning';

export type RuleId =
  | 'municipal-parts'
  | 'stated-total'
  | 'stated-maximum'
  | 'impossible-rate'
  | 'equity-staircase'
  | 'area-weighting'
  | 'weight-scale'
  | 'opening-equity'
  | 'population-shares'
  | 'member-kind'
  | 'unreadable'
  | BudgetRuleId;

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Swedish, with the numbers. */
  readonly message: string;
  readonly where: { readonly sheet: string; readonly cell: string };
}
