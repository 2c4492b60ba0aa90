import { isExcelError } from '../../src/functions/excel-error';

/** A column range as Excel passes it: one cell per row. */
export const column = (...cells: unknown[]): unknown[][] => cells.map((cell) => [cell]);

/** The code and message of an Excel error answer, or the value itself. */
export function answer(value: unknown): unknown {
  if (isExcelError(value)) return { error: value.code, message: value.message };
  if (Array.isArray(value) && value.length === 1 && value[0].length === 1 && isExcelError(value[0][0])) return answer(value[0][0]);
  return value;
}

/** Weights (tens and a remainder) adding up to `total`, as a column. */
export function weightsSumming(total: number): number[] {
  const weights = Array.from({ length: Math.floor(total / 10) }, () => 10);
  if (total % 10) weights.push(total % 10);
  return weights;
}

/** Excel passes null for an omitted optional argument (ADDIN.md §1), which the signatures type as undefined. */
export const omitted = null as unknown as undefined;
