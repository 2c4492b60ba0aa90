/** The budget sheet's model (seed 003 §13): one to three years side by side, amounts in tkr. */
export interface AmountLine {
  readonly label: string;
  /** One amount per year, in tkr. Costs are positive here and shown negative on the sheet. */
  readonly amounts: readonly number[];
}

export interface Municipality {
  readonly name: string;
  /** Working-age population (20–64) per year, which splits the municipal quarter. */
  readonly populations: readonly number[];
}

export interface CostSectionModel {
  readonly title: string;
  readonly lines: readonly AmountLine[];
}

export interface BudgetModel {
  readonly association: string;
  /** Consecutive years, one to three (the plan is adopted for three years at a time). */
  readonly years: readonly number[];
  /** The state's allocation through Försäkringskassan per year. */
  readonly stateAllocations: readonly number[];
  readonly municipalities: readonly Municipality[];
  readonly regionName: string;
  /**
   * Municipal contributions a board paper states as typed figures instead of formulas, per
   * municipality and year (null: computed). Seed 003 states 2021 this way, summing to 2 844.
   */
  readonly statedMunicipalContributions?: readonly (readonly (number | null)[])[];
  readonly otherIncome: readonly AmountLine[];
  readonly costSections: readonly CostSectionModel[];
  /** "Eget kapital vid årets början" of the first year; null leaves the equity rows out. */
  readonly openingEquity: number | null;
  readonly source?: string;
}
