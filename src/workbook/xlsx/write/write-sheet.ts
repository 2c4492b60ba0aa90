import type { Cell, CellValue, Workbook, Worksheet } from 'exceljs';
import { cellAddress, rangeAddress, sheetReference } from '../../../sheets/address';
import { PlanCell, PlanTable, SheetPlan } from '../../../sheets/plan';
import { styleOf } from './cell-styles';
import { CachedValue, ComputedSheet } from './computed-values';

/**
 * One sheet of the plan as an ExcelJS worksheet. ExcelJS 4 cannot write charts: the plan's
 * charts are added to the finished package (charts/add-charts.ts).
 */
export function writeSheet(workbook: Workbook, sheet: SheetPlan, computed: ComputedSheet): void {
  const frozen = sheet.frozenRows > 0 ? [{ state: 'frozen' as const, ySplit: sheet.frozenRows, topLeftCell: cellAddress(sheet.frozenRows, 0) }] : [];
  const worksheet = workbook.addWorksheet(sheet.name, { views: frozen });
  // Tables first: ExcelJS's addTable writes its header and body cells, which the plan's cells
  // then overwrite with their own values, formulas and looks.
  for (const table of sheet.tables) addTable(worksheet, table);
  const headers = new Map(sheet.tables.flatMap((table) => table.columns.map((column, index) => [cellAddress(table.top, table.left + index), column])));
  for (const cell of sheet.cells) writeCell(worksheet, cell, computed, headers.get(cellAddress(cell.row, cell.col)));
  sheet.columnWidths.forEach((width, index) => {
    worksheet.getColumn(index + 1).width = width;
  });
  for (const name of sheet.names) workbook.definedNames.add(`${sheetReference(sheet.name)}!${cellAddress(name.row, name.col, true)}`, name.name);
}

function addTable(worksheet: Worksheet, table: PlanTable): void {
  // Excel cannot open a table without a body row; an empty table gets one empty row.
  const rows = Array.from({ length: Math.max(1, table.bodyRows) }, () => table.columns.map(() => null));
  worksheet.addTable({
    name: table.name,
    ref: cellAddress(table.top, table.left),
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: true },
    columns: table.columns.map((name) => ({ name, filterButton: true })),
    rows,
  });
}

/** A table's header cell is always its column name as text (a year 2021 becomes "2021"), as Excel requires. */
function writeCell(worksheet: Worksheet, plan: PlanCell, computed: ComputedSheet, header: string | undefined): void {
  const cell = worksheet.getCell(plan.row + 1, plan.col + 1);
  if (header !== undefined) cell.value = header;
  else if (plan.formula !== undefined) writeFormula(worksheet, cell, plan, computed);
  // A string is stored as a shared string, which Excel never parses: "=HYPERLINK(…)" stays text.
  else cell.value = plan.value ?? null;
  cell.style = { ...styleOf(plan.style), ...(plan.numberFormat ? { numFmt: plan.numberFormat } : {}) };
}

/**
 * A formula with the value the engine computed as its cached result. A spilling formula is
 * written as an array formula over its block (<f t="array" ref="…">), the other cells of the
 * block holding their cached values, as Excel itself stores an array: ExcelJS cannot write the
 * dynamic-array metadata, so Excel 365 shows it as {=…}, computed the same way.
 */
function writeFormula(worksheet: Worksheet, cell: Cell, plan: PlanCell, computed: ComputedSheet): void {
  const formula = (plan.formula ?? '').replace(/^=/, '');
  const result = resultOf(computed.value(plan.row, plan.col));
  const spill = computed.spill(plan.row, plan.col);
  if (!spill) {
    cell.value = { formula, result } as CellValue;
    return;
  }
  const ref = rangeAddress(plan.row, plan.col, plan.row + spill.rows - 1, plan.col + spill.cols - 1);
  cell.value = { formula, result, shareType: 'array', ref } as CellValue;
  for (let row = 0; row < spill.rows; row += 1) {
    for (let col = row === 0 ? 1 : 0; col < spill.cols; col += 1) {
      worksheet.getCell(plan.row + row + 1, plan.col + col + 1).value = (computed.value(plan.row + row, plan.col + col) ?? null) as CellValue;
    }
  }
}

function resultOf(value: CachedValue): CellValue | undefined {
  return value === null ? undefined : (value as CellValue);
}
