import { ConfigParams, HyperFormula, RawCellContent, SerializedNamedExpression } from 'hyperformula';
import { FinsamPlugin, finsamTranslations } from './finsam-plugin';
import { buildCellByCell, UNCOMPUTABLE } from './build-cell-by-cell';
import { beyondExcel } from './formula-shape';

/**
 * The embedded spreadsheet: HyperFormula with the FINSAM functions and Excel's bare TRUE and
 * FALSE (HyperFormula only knows TRUE() and FALSE()). Licence: GPL-3.0, see README.
 */
let registered = false;

function register(): void {
  if (registered) return;
  HyperFormula.registerFunctionPlugin(FinsamPlugin, finsamTranslations(['enGB']));
  registered = true;
}

export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  // Excel's defaults, which en-US formulas assume.
  functionArgSeparator: ',',
  decimalSeparator: '.',
  arrayColumnSeparator: ',',
  arrayRowSeparator: ';',
  useArrayArithmetic: true,
  // Excel compares text case-insensitively and keeps precision to 15 digits.
  caseSensitive: false,
  precisionRounding: 15,
  // Excel's own sheet size; HyperFormula's default of 40 000 rows is too small for real ledgers.
  maxRows: 1048576,
  maxColumns: 16384,
};

export type SheetData = RawCellContent[][];

/**
 * Bare TRUE and FALSE as names. Values, not "=TRUE()": a formula name inside an array constant
 * ({TRUE;FALSE}) is not ordered before the cells that use it, and buildFromSheets then threw
 * "Value of the formula cell is not computed" for the whole workbook (issue 17, item 3).
 */
export const BUILT_IN_NAMES: readonly SerializedNamedExpression[] = [
  { name: 'TRUE', expression: true },
  { name: 'FALSE', expression: false },
];

/**
 * A workbook in the engine from sheets of raw cells (formulas as "=…" text). Never throws for a
 * cell: a formula beyond Excel's limits (8 192 characters, 64 levels) or one the engine cannot
 * compute (it ran out of stack) becomes the error #ERROR! in its cell, and the rest computes.
 */
export function createEngine(sheets: Record<string, SheetData> = { Blad1: [] }, names: readonly SerializedNamedExpression[] = []): HyperFormula {
  register();
  // The names go in with the sheets, so formulas that use them (TRUE in {TRUE;FALSE}) parse.
  const allNames = [...BUILT_IN_NAMES, ...names];
  const screened = withinExcelLimits(sheets);
  try {
    return HyperFormula.buildFromSheets(screened, ENGINE_CONFIG, allNames);
  } catch (thrown) {
    return buildCellByCell(screened, allNames, thrown, ENGINE_CONFIG);
  }
}

/** The sheets with every formula beyond Excel's limits as #ERROR!; the same object when none is. */
function withinExcelLimits(sheets: Record<string, SheetData>): Record<string, SheetData> {
  let copy: Record<string, SheetData> | undefined;
  for (const [name, rows] of Object.entries(sheets)) {
    rows.forEach((row, r) =>
      row?.forEach((cell, c) => {
        if (!(typeof cell === 'string' && cell.startsWith('=') && beyondExcel(cell))) return;
        copy ??= Object.fromEntries(Object.entries(sheets).map(([sheet, lines]) => [sheet, lines.map((line) => (line ? [...line] : line))]));
        copy[name][r][c] = UNCOMPUTABLE;
      }),
    );
  }
  return copy ?? sheets;
}
