/**
 * Compile-time proof that FakeOf holds the fake to @types/office-js: each line below must be a
 * type error (`npm run typecheck` fails on an unused @ts-expect-error), so a misspelt member or
 * a signature Excel does not have cannot slip into the fake unnoticed.
 */
import { FakeOf } from './office-types';

// @ts-expect-error Excel.Worksheet has no member "nmae".
export type MisspeltMember = FakeOf<Excel.Worksheet, 'nmae'>;

export class MisspeltFake implements FakeOf<Excel.Worksheet, never, { getRnage: string }> {
  // @ts-expect-error Excel.Worksheet has no getRnage, so no member can stand for it.
  getRnage(): string {
    return '';
  }
}

export class WrongParameters implements FakeOf<Excel.Worksheet, never, { getRange: string }> {
  // @ts-expect-error Excel's getRange takes an optional address, not a required row number.
  getRange(row: number): string {
    return String(row);
  }
}

export class WrongPropertyType implements FakeOf<Excel.Worksheet, 'position'> {
  // @ts-expect-error Worksheet.position is a number.
  position = 'first';
}

export class WrongResult implements FakeOf<Excel.Worksheet, never, { getRange: number }> {
  // @ts-expect-error The fake promised a number from getRange (its stand-in for a Range) and gives text.
  getRange(): string {
    return '';
  }
}
