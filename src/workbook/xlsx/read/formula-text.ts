import { mapOutsideLiterals } from '../../../formula/literals';
import { canonicalFunctionName } from '../../../formula/namespace';
import { columnLetters } from '../../../sheets/address';

/**
 * Formula text as the file stores it, made into what a person sees in Excel's formula bar:
 * a leading "=", without the _xlfn./_xlws./_xludf. prefixes Excel writes for newer functions,
 * and every FINSAM call as FINSAM.NAME( however Excel saved it (ADDIN.md §8). The engine, the
 * export, `finsam check` and the workbench all read formulas through here.
 */
export function displayFormula(stored: string): string {
  // Most formulas (=C2*2) have neither: skip the scan, which a 650 000-cell sheet would feel.
  if (!/_xl|finsam/i.test(stored)) return `=${stored}`;
  return `=${mapOutsideLiterals(stored, (code) => code.replace(/_xl(?:fn|ws|udf)\./gi, '').replace(CALL_NAME, canonicalFunctionName))}`;
}

// A name right before its "(": not the tail of a longer name or of a sheet or file reference.
const CALL_NAME = /(?<![\p{L}\p{N}_.\\!\]])[A-Za-z_\\][\w.\\]*(?=\()/gu;


// A cell reference: not part of a longer name, not a function ("LOG10("), not a sheet ("Q1!").
const REFERENCE = /(?<![\p{L}\p{N}_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![\p{L}\p{N}_(!.])/gu;
const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

/**
 * A shared formula's text for a cell `rows` down and `cols` right of its master: relative
 * references move, $-anchored ones stay, as when Excel fills a formula down. Whole-column and
 * whole-row references (A:A, 1:1) are left as they are; fill-down formulas rarely use them.
 */
export function slideFormula(stored: string, rows: number, cols: number): string {
  return mapOutsideLiterals(stored, (code) =>
    code.replace(REFERENCE, (whole, colAnchor: string, letters: string, rowAnchor: string, digits: string) => {
      const col = columnNumber(letters);
      if (col > MAX_COLUMNS) return whole;
      const newCol = colAnchor ? col : col + cols;
      const newRow = rowAnchor ? Number(digits) : Number(digits) + rows;
      if (newCol < 1 || newCol > MAX_COLUMNS || newRow < 1 || newRow > MAX_ROWS) return '#REF!';
      return `${colAnchor}${columnLetters(newCol - 1)}${rowAnchor}${newRow}`;
    }),
  );
}

function columnNumber(letters: string): number {
  return [...letters.toUpperCase()].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
}


