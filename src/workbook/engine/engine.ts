import { ConfigParams, HyperFormula, RawCellContent, SerializedNamedExpression } from 'hyperformula';
import { FinsamPlugin, finsamTranslations } from './finsam-plugin';

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

/** A workbook in the engine from sheets of raw cells (formulas as "=…" text). */
export function createEngine(sheets: Record<string, SheetData> = { Blad1: [] }, names: readonly SerializedNamedExpression[] = []): HyperFormula {
  register();
  // The names go in with the sheets, so formulas that use them (TRUE in {TRUE;FALSE}) parse.
  // Constants, not =TRUE(): a formula name inside an array literal is read before it is computed
  // when a whole workbook is built at once ("Value of the formula cell is not computed").
  const builtIn = [
    { name: 'TRUE', expression: true },
    { name: 'FALSE', expression: false },
  ];
  return HyperFormula.buildFromSheets(sheets, ENGINE_CONFIG, [...builtIn, ...names]);
}
