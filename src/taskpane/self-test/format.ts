import { CellContent } from '../../sheets/plan';
import { numbersAgree } from '../../workbook/engine/numbers-agree';
import { WorkbookState } from '../../workbook/self-test-probe';
import { Expected } from './cases';
import { selfTestTexts } from '../../text/self-test';

/**
 * What Självtest saw, as text for the report: exact (a bug report needs 61.53846153846154, not
 * 61,5), with Excel's en-US array syntax for a spilled block, as the formulas are written.
 */
export function showValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return selfTestTexts.seen.blank;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function showExpected(expected: Expected): string {
  if (!isBlock(expected)) return showValue(expected);
  return `{${expected.map((row) => row.map(showValue).join(',')).join(';')}}`;
}

export function isBlock(expected: Expected): expected is readonly (readonly CellContent[])[] {
  return Array.isArray(expected);
}

/** Numbers agree as two engines do (numbersAgree); everything else exactly. */
export function sameValue(seen: unknown, expected: CellContent): boolean {
  if (typeof expected === 'number') return typeof seen === 'number' && numbersAgree(seen, expected);
  if (expected === null) return seen === null || seen === undefined || seen === '';
  return seen === expected;
}

/** How the workbook differs between two states, in Swedish; undefined when it does not. */
export function stateDifference(before: WorkbookState, after: WorkbookState): string | undefined {
  const list = (items: readonly string[]) => items.join(', ') || selfTestTexts.seen.none;
  const names = (state: WorkbookState) => [...state.names].map((name) => `${name.name} ${name.formula}`).sort();
  const tables = (state: WorkbookState) => state.tables.map((table) => `${table.name} på ${table.sheet}`).sort();
  const parts: string[] = [];
  const differ = (a: readonly string[], b: readonly string[]) => a.length !== b.length || a.some((item, index) => item !== b[index]);
  if (differ(before.sheets, after.sheets)) parts.push(selfTestTexts.seen.sheets(list(before.sheets), list(after.sheets)));
  if (differ(names(before), names(after))) parts.push(selfTestTexts.seen.names(list(names(before)), list(names(after))));
  if (differ(tables(before), tables(after))) parts.push(selfTestTexts.seen.tables(list(tables(before)), list(tables(after))));
  if (before.activeSheet !== after.activeSheet) {
    parts.push(selfTestTexts.seen.active(before.activeSheet ?? selfTestTexts.seen.none, after.activeSheet ?? selfTestTexts.seen.none));
  }
  return parts.length === 0 ? undefined : parts.join('; ');
}

export function errorText(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'object' && error !== null && 'message' in error) return String((error as { message: unknown }).message);
  return String(error);
}
