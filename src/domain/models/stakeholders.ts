/**
 * The stakeholder analysis (IL-analys, seed 002; DOMAIN.md §6): each stakeholder's interest and
 * influence on the scale 1–scale, from which the importance index (interest + influence) and
 * the dialogue-matrix quadrant follow.
 */
export interface Stakeholder {
  readonly name: string;
  readonly interest: number;
  readonly influence: number;
  /** What the stakeholder expects of the association, in short (seed 002 "Förväntningar"); may be ''. */
  readonly expectation: string;
}

export interface StakeholderModel {
  readonly year: number;
  /** The highest rating, 5 by default (choice). */
  readonly scale: number;
  readonly stakeholders: readonly Stakeholder[];
  readonly source: string;
  readonly notes: readonly string[];
}
