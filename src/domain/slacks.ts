/**
 * The domain's comparison slacks, one per purpose. Each keeps binary rounding from deciding a
 * rule that decimal arithmetic decides; every realisation of a rule (custom function, sheet
 * finding, sheet formula, native export) takes its slack from here.
 */

/**
 * Shares typed as decimals: 0.45 − 0.40 is 0.05000000000000004. A share difference is compared
 * rounded to this many decimals, as Excel's 15 digits show it; a sheet formula rounds with it.
 */
export const COMPARISON_DECIMALS = 12;
/** The same as a slack: two shares within it are the same share (area weighting, DOMAIN.md §3). */
export const COMPARISON_SLACK = 10 ** -COMPARISON_DECIMALS;

/**
 * Relative to the amounts compared: a deviation or share that reaches its threshold exactly in
 * decimals (10 % of 500 tkr is 50) may fall short in binary (0.1 × 500), so it counts as reached.
 */
export const THRESHOLD_SLACK = 1e-9;

/**
 * Relative: above a limit only beyond the embedded engine's own equality (HyperFormula's
 * precisionEpsilon), so the rule and a sheet's `<=` on the same two figures agree.
 */
export const ENGINE_EQUALITY_SLACK = 1e-13;

/**
 * Relative to the stated figure (or to 1 tkr): a figure a report states agrees with its parts
 * within a millionth, so tkr sums of decimal lines (0,1 + 0,2) never raise a finding.
 */
export const STATED_AGREEMENT = 1e-6;
