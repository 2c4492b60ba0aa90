import { CellType, DetailedCellError, HyperFormula } from 'hyperformula';
import { createEngine } from '../workbook/engine/engine';
import { swedishToEnglish } from './swedish-formula';

/** The answer of one formula, as `finsam eval --json` prints it. */
export type Evaluation =
  | { readonly value: number | string | boolean | (number | string | boolean | null)[][] }
  | { readonly error: string; readonly message: string }
  | { readonly parseError: string };

export type FormulaLocale = 'en-US' | 'sv-SE';

const ORIGIN = { sheet: 0, row: 0, col: 0 };

/**
 * Evaluates one formula on an empty sheet of the embedded engine; a spill is read back as the
 * block of cells it fills.
 */
export function evaluateFormula(input: string, locale: FormulaLocale = 'en-US', engine: HyperFormula = createEngine()): Evaluation {
  const trimmed = input.trim();
  const english = locale === 'sv-SE' ? swedishToEnglish(trimmed) : trimmed;
  const formula = english.startsWith('=') ? english : `=${english}`;
  if (!engine.validateFormula(formula)) return { parseError: `Formeln går inte att tolka: ${input}` };
  engine.setCellContents(ORIGIN, formula);
  const top = engine.getCellValue(ORIGIN);
  if (top instanceof DetailedCellError) return { error: top.value, message: top.message };
  if (engine.getCellType(ORIGIN) !== CellType.ARRAYFORMULA) return { value: top as number | string | boolean };
  return { value: spilledBlock(engine) };
}

function spilledBlock(engine: HyperFormula): (number | string | boolean | null)[][] {
  const values = engine.getSheetValues(0);
  return values.map((row) => row.map((cell) => (cell instanceof DetailedCellError ? cell.value : (cell as number | string | boolean | null))));
}
