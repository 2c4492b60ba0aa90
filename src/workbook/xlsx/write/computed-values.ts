import { CellType, DetailedCellError, HyperFormula } from 'hyperformula';
import { cellAddress, sheetReference } from '../../../sheets/address';
import { SheetPlan, WorkbookPlan } from '../../../sheets/plan';
import { engineFromPlan } from '../../engine/plan-to-engine';

/** A value as a formula cell caches it in the file: an error keeps its code. */
export type CachedValue = number | string | boolean | null | { readonly error: string };

/** The block a spilling formula fills, its top-left cell included. */
export interface Spill {
  readonly rows: number;
  readonly cols: number;
}

/** What the engine computed for one sheet of the plan. */
export interface ComputedSheet {
  value(row: number, col: number): CachedValue;
  /** The block of a formula that spills (SHARES, WEIGHTCHECK), undefined for one that does not. */
  spill(row: number, col: number): Spill | undefined;
}

// The errors Excel can store in a cell; an engine-only error (#CYCLE!, #ERROR!, #LIC!) is cached
// as #VALUE!, so Excel never has to repair the file.
const EXCEL_ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#SPILL!', '#CALC!']);

/**
 * The plan computed by the embedded engine with the FINSAM functions, so the file carries the
 * same numbers the tests compute and a viewer that does not recalculate shows them.
 */
export function computePlan(plan: WorkbookPlan): Map<string, ComputedSheet> {
  const engine = engineFromPlan(plan);
  addNames(engine, plan);
  return new Map(plan.sheets.map((sheet) => [sheet.name, computedSheet(engine, sheet)]));
}

/** The plan's defined names, for formulas that use them; a name the engine has already is kept. */
function addNames(engine: HyperFormula, plan: WorkbookPlan): void {
  for (const sheet of plan.sheets) {
    for (const name of sheet.names) {
      const target = `=${sheetReference(sheet.name)}!${cellAddress(name.row, name.col, true)}`;
      if (engine.isItPossibleToAddNamedExpression(name.name, target)) engine.addNamedExpression(name.name, target);
    }
  }
}

function computedSheet(engine: HyperFormula, sheet: SheetPlan): ComputedSheet {
  const id = engine.getSheetId(sheet.name) ?? 0;
  const values = engine.getSheetValues(id);
  return {
    value: (row, col) => cached(values[row]?.[col]),
    spill: (row, col) => spillOf(engine, id, row, col),
  };
}

function cached(value: unknown): CachedValue {
  if (value instanceof DetailedCellError) return { error: EXCEL_ERRORS.has(value.value) ? value.value : '#VALUE!' };
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  return null;
}

/** The engine's own answer to "how big is this array"; an array that failed to spill has none. */
function spillOf(engine: HyperFormula, sheet: number, row: number, col: number): Spill | undefined {
  const address = { sheet, row, col };
  if (engine.getCellType(address) !== CellType.ARRAYFORMULA) return undefined;
  if (engine.getCellValue(address) instanceof DetailedCellError) return undefined;
  const formula = engine.getCellFormula(address);
  const block = formula === undefined ? undefined : engine.calculateFormula(formula, sheet);
  if (!Array.isArray(block)) return { rows: 1, cols: 1 };
  return { rows: block.length, cols: Math.max(1, ...block.map((line) => line.length)) };
}
