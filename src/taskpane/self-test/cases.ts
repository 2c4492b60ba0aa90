import { CellContent } from '../../sheets/plan';

/**
 * What Självtest writes and what it must read back. The expected values are worked out by hand
 * from the examples of FUNCTIONS.md and the README (not computed by our code), so a check fails
 * when Excel computes something else than the contract says.
 */

/** Labels that Excel would take as formulas if they were not written as text (the "@" format). */
export const TEXT_CASES: readonly string[] = ['=1+1', '+46 90 16 00 00', '-2+3', '@SUM(1)'];

export type Expected = CellContent | readonly (readonly CellContent[])[];

export interface FunctionCase {
  readonly name: string;
  /** en-US, as the pane writes formulas (ADDIN.md §5). */
  readonly formula: string;
  /** One value, or the spilled block (rows of cells) from the formula's cell. */
  readonly expected: Expected;
  /** How the expectation was worked out, for the report. */
  readonly why: string;
}

const SHARES = [[2494], [159], [124], [92], [121]];

export const FUNCTION_CASES: readonly FunctionCase[] = [
  { name: 'IMPACTINDEX', formula: '=FINSAM.IMPACTINDEX({10;10;6},{TRUE;FALSE;TRUE})', expected: 100 * (16 / 26), why: '100 × 16 / 26' },
  { name: 'IMPACTVALUE', formula: '=FINSAM.IMPACTVALUE({10;10;6},{TRUE;FALSE;TRUE})', expected: 16, why: '10 + 6' },
  { name: 'AREASHARE', formula: '=FINSAM.AREASHARE({10;10;5},{"A";"B";"A"},"A")', expected: 0.6, why: '15 / 25' },
  {
    name: 'WEIGHTCHECK',
    formula: '=FINSAM.WEIGHTCHECK({10;10;5},{"A";"B";"A"},{"A";"B"},{0.6;0.4})',
    expected: [
      ['A', 15, 0.6, 0.6, 0, true],
      ['B', 10, 0.4, 0.4, 0, true],
    ],
    why: 'A: 15 av 25, B: 10 av 25, båda på målet',
  },
  { name: 'WEIGHTSOK', formula: '=FINSAM.WEIGHTSOK({10;10;5},{"A";"B";"A"},{"A";"B"},{0.6;0.4})', expected: true, why: 'båda områdena på målet' },
  { name: 'ACHIEVED', formula: '=FINSAM.ACHIEVED(9.1,9,"<=")', expected: false, why: '9,1 ≤ 9 är falskt' },
  { name: 'STATUS', formula: '=FINSAM.STATUS(0.79,0.8)', expected: 'Nära målet', why: '0,79 når inte 0,8 men minst 0,95 × 0,8 = 0,76' },
  { name: 'SHARE', formula: '=FINSAM.SHARE(2990,531,{8342;531;415;308;404},0)', expected: 159, why: '158,769 avrundas upp av största resten' },
  { name: 'SHARES', formula: '=FINSAM.SHARES(2990,{83.42;5.31;4.15;3.08;4.04},0)', expected: SHARES, why: 'största resten: 2494 + 159 + 124 + 92 + 121 = 2990' },
  { name: 'CONTRIBUTION', formula: '=FINSAM.CONTRIBUTION(5980,"kommun",8342,{8342;531;415;308;404},0)', expected: 2494, why: '5980 / 2 × 8342 / 10000 = 2494,258' },
  { name: 'EQUITYCAP', formula: '=FINSAM.EQUITYCAP(11380)', expected: 1707, why: '15 % av 11 380' },
  { name: 'DEVIATES', formula: '=FINSAM.DEVIATES(2800,3200)', expected: true, why: '400 ≥ 10 % av 3200 och ≥ 50' },
  { name: 'RATE', formula: '=FINSAM.RATE({9;1},{10;4})', expected: 10 / 14, why: '(9 + 1) / (10 + 4)' },
  { name: 'FYE', formula: '=FINSAM.FYE({182.5;182.5})', expected: 1, why: '365 / 365' },
  { name: 'FYESHARE', formula: '=FINSAM.FYESHARE(1000,20000)', expected: 0.05, why: '1000 / 20000' },
  { name: 'FYECHANGE', formula: '=FINSAM.FYECHANGE(0.05,0.0495)', expected: -0.01, why: '(0,0495 − 0,05) / 0,05' },
  { name: 'IMPORTANCE', formula: '=FINSAM.IMPORTANCE(5,4)', expected: 9, why: '5 + 4' },
  { name: 'QUADRANT', formula: '=FINSAM.QUADRANT(5,4)', expected: 'Nyckelintressent', why: 'båda över mitten 3' },
];

/** The rows and columns a case's answer takes from its cell. */
export function caseSize(expected: Expected): { readonly rows: number; readonly cols: number } {
  return Array.isArray(expected) ? { rows: expected.length, cols: Math.max(...expected.map((row) => row.length)) } : { rows: 1, cols: 1 };
}
