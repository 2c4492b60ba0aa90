/**
 * The years a plan, a rule set or a report may be for: a whole number in this range. Wide
 * enough for any association's papers (founded from 2004, law 2003:1210), narrow enough that an
 * amount such as 2 845 typed where a year belongs is caught.
 */
export const YEAR_RANGE = { min: 1900, max: 2200 } as const;

/** Whether a number is a year of a plan: whole and inside YEAR_RANGE. */
export function isPlanYear(value: number): boolean {
  return Number.isInteger(value) && value >= YEAR_RANGE.min && value <= YEAR_RANGE.max;
}
