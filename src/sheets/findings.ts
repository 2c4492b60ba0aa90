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
  | 'unexplained-deviation'
  | 'opening-equity'
  | 'population-shares'
  | 'member-kind'
  | 'unreadable';

export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** Swedish, with the numbers. */
  readonly message: string;
  readonly where: { readonly sheet: string; readonly cell: string };
}
