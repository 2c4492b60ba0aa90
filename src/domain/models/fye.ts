import type { ChangeMode } from '../full-year-equivalents';

/**
 * Full-year equivalents per member municipality, two periods side by side (DOMAIN.md §5):
 * share = FYE / working-age population, and the change of the share against the goal.
 */
export interface FyePeriod {
  /** Helårsekvivalenter, 20–64 år (SCB). */
  readonly fye: number;
  /** Arbetsför befolkning, 20–64 år. */
  readonly population: number;
}

export interface FyeRow {
  readonly municipality: string;
  readonly previous: FyePeriod;
  readonly current: FyePeriod;
}

export interface FyeModel {
  /** "januari–juni" or "helår": SCB publishes half-years. */
  readonly period: string;
  readonly previousYear: number;
  readonly year: number;
  /** The rule set's goal (−0.01: the share falls by 1 %) and how the change is measured. */
  readonly goal: number;
  readonly mode: ChangeMode;
  readonly rows: readonly FyeRow[];
  readonly source: string;
  readonly notes: readonly string[];
}
