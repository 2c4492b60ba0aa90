/**
 * Runs a help example written with structured references the way Excel would: on the workbook
 * its `on` names (built from the plan into the embedded engine), pasted at its cell or a free
 * cell, its table references resolved to the ranges they stand for.
 */
import { DetailedCellError, HyperFormula, SimpleCellAddress } from 'hyperformula';
import { swedishToEnglish } from '../../src/formula/swedish-formula';
import { TablePlace } from '../../src/help';
import { parseCellAddress } from '../../src/sheets/address';
import { engineFromPlan } from '../../src/workbook/engine/plan-to-engine';
import { resolveStructuredReferences, tablesOfPlan } from '../../src/formula/structured-references';
import { HELP_WORKBOOK_PLANS } from './support';

export interface TableRun {
  /** The en-US A1 formula the engine computed. */
  readonly resolved: string;
  readonly value: unknown;
  /** What the plan's own formulas give at `sameAs` before the paste, if named. */
  readonly sameAs?: unknown;
}

type Value = number | string | boolean | null;

function read(engine: HyperFormula, address: SimpleCellAddress): Value {
  const value = engine.getCellValue(address);
  if (value instanceof DetailedCellError) throw new Error(`${value.value} ${value.message}`);
  return value as Value;
}

/** A cell, or a spilled block read from its top-left cell while the cells belong to the array. */
function valueAt(engine: HyperFormula, address: SimpleCellAddress): unknown {
  if (!engine.isCellPartOfArray(address)) return read(engine, address);
  let rows = 1;
  let cols = 1;
  while (engine.isCellPartOfArray({ ...address, row: address.row + rows })) rows += 1;
  while (engine.isCellPartOfArray({ ...address, col: address.col + cols })) cols += 1;
  return Array.from({ length: rows }, (_r, r) => Array.from({ length: cols }, (_c, c) => read(engine, { ...address, row: address.row + r, col: address.col + c })));
}

/** The values of "B6:B10" or "M9" as the plan computes them: a range as rows, a cell as itself. */
function valuesOf(engine: HyperFormula, sheet: number, a1: string): unknown {
  const [from, to = from] = a1.split(':').map((part) => parseCellAddress(part));
  if (!from || !to) throw new Error(`not an address: ${a1}`);
  if (from.row === to.row && from.col === to.col) return read(engine, { sheet, ...from });
  return engine.getRangeValues({ start: { sheet, ...from }, end: { sheet, ...to } });
}

export function runOnTables(formula: string, on: TablePlace): TableRun {
  const make = HELP_WORKBOOK_PLANS[on.workbook];
  if (!make) throw new Error(`no workbook ${on.workbook}`);
  const plan = make();
  const engine = engineFromPlan(plan);
  const sheet = engine.getSheetId(on.sheet);
  if (sheet === undefined) throw new Error(`no sheet ${on.sheet} in ${on.workbook}`);
  const sameAs = on.sameAs === undefined ? undefined : valuesOf(engine, sheet, on.sameAs);
  const cell = on.cell ? parseCellAddress(on.cell) : { row: engine.getSheetDimensions(sheet).height + 2, col: 0 };
  if (!cell) throw new Error(`not an address: ${on.cell}`);
  const resolved = resolveStructuredReferences(swedishToEnglish(formula), tablesOfPlan(plan), { sheet: on.sheet, ...cell });
  if (!resolved.ok) throw new Error(`${formula}: ${JSON.stringify(resolved.problem)}`);
  const address = { sheet, ...cell };
  engine.setCellContents(address, resolved.formula);
  return { resolved: resolved.formula, value: valueAt(engine, address), sameAs };
}
