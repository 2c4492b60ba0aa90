import { exportMessages } from '../../text/export-messages';
import type { Conversion } from '../../export/conversion';
import { cellAddress, sheetReference } from '../../sheets/address';
import { Grid } from '../../sheets/grid';
import { formats, PlanCell, SheetKind, SheetPlan } from '../../sheets/plan';

/** Excel allows 31 characters in a sheet name. */
const MAX_SHEET_NAME = 31;
const SUFFIX = ' (styrelsen)';

/** The board's copy of a workbook: new sheets only, the user's sheets stay as they are. */
export interface BoardPlans {
  /** One plan per sheet with FINSAM formulas ("Budget (styrelsen)"), then the list of conversions. */
  readonly plans: readonly SheetPlan[];
  /** Original sheet → its copy's name. */
  readonly copies: ReadonlyMap<string, string>;
  /** Cells whose FINSAM formula became a native formula. */
  readonly formulas: number;
  /** Cells that got the add-in's value instead (no native formula could do it). */
  readonly values: number;
}

/** "Budget" → "Budget (styrelsen)", shortened so the whole name fits Excel's 31 characters. */
export function boardSheetName(sheet: string): string {
  return `${sheet.slice(0, MAX_SHEET_NAME - SUFFIX.length).trimEnd()}${SUFFIX}`;
}

/**
 * The native export's conversions (exportNative) as sheet plans for the task pane: every sheet
 * that has a FINSAM formula is copied cell by cell with the native formula (or the value, where
 * none can do it) in place of each FINSAM formula, and every other formula and literal as it
 * was. References to another copied sheet point at its copy, so the board's sheets compute
 * among themselves without the add-in. Literal text stays a literal (never a formula).
 * Pure: the grids are only read.
 */
export function boardPlans(grids: readonly Grid[], conversions: readonly Conversion[], kindOf: (grid: Grid) => SheetKind = () => 'budget'): BoardPlans {
  const converted = new Set(conversions.map((conversion) => conversion.sheet));
  const copies = new Map(grids.filter((grid) => converted.has(grid.sheet)).map((grid) => [grid.sheet, boardSheetName(grid.sheet)]));
  const plans: SheetPlan[] = [];
  for (const grid of grids) {
    const copy = copies.get(grid.sheet);
    if (copy === undefined) continue;
    const bySheet = new Map(conversions.filter((conversion) => conversion.sheet === grid.sheet).map((conversion) => [`${conversion.row}!${conversion.col}`, conversion]));
    const cells: PlanCell[] = [];
    const rows = Math.max(grid.values.length, grid.formulas?.length ?? 0);
    for (let row = 0; row < rows; row += 1) {
      const cols = Math.max(grid.values[row]?.length ?? 0, grid.formulas?.[row]?.length ?? 0);
      for (let col = 0; col < cols; col += 1) {
        const conversion = bySheet.get(`${row}!${col}`);
        const cell = conversion ? convertedCell(row, col, conversion) : keptCell(grid, row, col);
        if (cell) cells.push(cell.formula === undefined ? cell : { ...cell, formula: retarget(cell.formula, copies) });
      }
    }
    plans.push({ name: copy, kind: kindOf(grid), cells, tables: [], names: [], columnWidths: [], frozenRows: 0 });
  }
  if (plans.length > 0) plans.push(conversionPlan(conversions, copies));
  const formulas = conversions.filter((conversion) => conversion.newFormula !== undefined).length;
  return { plans, copies, formulas, values: conversions.length - formulas };
}

function convertedCell(row: number, col: number, conversion: Conversion): PlanCell | undefined {
  if (conversion.newFormula !== undefined) return { row, col, formula: conversion.newFormula };
  const value = conversion.value;
  if (value === null) return undefined;
  // An error the add-in gives is written as the error itself ("=#N/A"), as the export file does.
  if (typeof value === 'object') return { row, col, formula: `=${value.error}` };
  return { row, col, value };
}

function keptCell(grid: Grid, row: number, col: number): PlanCell | undefined {
  const formula = grid.formulas?.[row]?.[col];
  if (formula) return { row, col, formula };
  const value = grid.values[row]?.[col] ?? null;
  return value === null ? undefined : { row, col, value };
}

/** The sheet that says what was converted, as the CLI's export file has it; every cell is text. */
function conversionPlan(conversions: readonly Conversion[], copies: ReadonlyMap<string, string>): SheetPlan {
  const header: PlanCell[] = exportMessages.conversionColumns.map((value, col) => ({ row: 0, col, value, style: 'header' }));
  const body: PlanCell[] = conversions.flatMap((conversion, index) =>
    [copies.get(conversion.sheet) ?? conversion.sheet, cellAddress(conversion.row, conversion.col), conversion.oldFormula, conversion.newFormula ?? exportMessages.valueInstead, conversion.reason ?? ''].map(
      (value, col): PlanCell => ({ row: index + 1, col, value, numberFormat: formats.text }),
    ),
  );
  return {
    name: exportMessages.conversionSheet,
    kind: 'budget',
    cells: [...header, ...body],
    tables: [],
    names: [],
    columnWidths: [22, 8, 60, 80, 60],
    frozenRows: 1,
  };
}

const SHEET_PREFIX = /^(?:'((?:[^']|'')+)'|([A-Za-z0-9_.\u00c0-\u024f]+))!/;

/**
 * A formula's sheet prefixes ("Budget!C5", "'Budget 2021'!C5") pointed at the copies; text in
 * quotes and references to sheets that were not copied stay as they were.
 */
export function retarget(formula: string, copies: ReadonlyMap<string, string>): string {
  if (copies.size === 0) return formula;
  const lower = new Map([...copies].map(([sheet, copy]) => [sheet.toLowerCase(), copy]));
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const char = formula[i];
    if (char === '"') {
      const end = stringEnd(formula, i);
      out += formula.slice(i, end);
      i = end;
      continue;
    }
    const before = i === 0 ? '' : formula[i - 1];
    const match = /[A-Za-z0-9_.\u00c0-\u024f\]]/.test(before) ? null : SHEET_PREFIX.exec(formula.slice(i));
    if (match) {
      const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
      const copy = lower.get(sheet.toLowerCase());
      out += copy === undefined ? match[0] : `${sheetReference(copy)}!`;
      i += match[0].length;
      continue;
    }
    out += char;
    i += 1;
  }
  return out;
}

/** The index after a string literal that starts at `start` ("" inside is a quote). */
function stringEnd(formula: string, start: number): number {
  let i = start + 1;
  while (i < formula.length) {
    if (formula[i] === '"') {
      if (formula[i + 1] === '"') i += 2;
      else return i + 1;
    } else i += 1;
  }
  return i;
}
