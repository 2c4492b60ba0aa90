import type { CellFormulaValue, CellSharedFormulaValue, CellValue, Workbook, Worksheet } from 'exceljs';
import { Workbook as ExcelWorkbook, ValueType } from 'exceljs';
import { exportMessages, findingMessages } from '../domain';
import { cellAddress } from '../sheets/address';
import { Grid } from '../sheets/grid';
import { reasonOf, XlsxResult, xlsxFail, xlsxOk } from '../workbook/xlsx';
import { ExportValue, isErrorValue } from './cell-values';
import { Conversion } from './conversion';

/**
 * The original file with the conversions put in, through ExcelJS so styles, number formats,
 * tables, names and column widths stay (ExcelJS 4 drops charts; README.md in this folder).
 * The input bytes are only read: the caller writes the result somewhere else.
 */
export async function writeNativeExport(original: Uint8Array, grids: readonly Grid[], conversions: readonly Conversion[], file = 'Arbetsboken'): Promise<XlsxResult<Buffer>> {
  const workbook = new ExcelWorkbook();
  try {
    // ExcelJS types its input as an ArrayBuffer; a copy of exactly the file's bytes.
    await workbook.xlsx.load(original.slice().buffer as ArrayBuffer);
  } catch {
    return xlsxFail('corrupt', findingMessages.corrupt(file));
  }
  try {
    keepCachedResults(workbook, grids);
    for (const conversion of conversions) applyConversion(workbook, conversion);
    addConversionSheet(workbook, conversions);
    // Excel and LibreOffice then compute every formula when the board opens the file.
    workbook.calcProperties.fullCalcOnLoad = true;
    return xlsxOk(Buffer.from(await workbook.xlsx.writeBuffer()));
  } catch (thrown) {
    return xlsxFail('notWritten', findingMessages.fileNotWritten(file, reasonOf(thrown)));
  }
}

/** ExcelJS reads a cached 0, FALSE or "" as no result; the grid still has it. */
function keepCachedResults(workbook: Workbook, grids: readonly Grid[]): void {
  for (const grid of grids) {
    const worksheet = workbook.getWorksheet(grid.sheet);
    worksheet?.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.type !== ValueType.Formula) return;
        const value = cell.value as CellFormulaValue | CellSharedFormulaValue;
        const cached = grid.values[Number(cell.row) - 1]?.[Number(cell.col) - 1];
        if (value.result === undefined && cached !== null && cached !== undefined) cell.value = { ...value, result: resultOf(cached) } as CellValue;
      }),
    );
  }
}

function applyConversion(workbook: Workbook, conversion: Conversion): void {
  const cell = workbook.getWorksheet(conversion.sheet)?.getCell(conversion.row + 1, conversion.col + 1);
  if (!cell) return;
  if (conversion.newFormula !== undefined) {
    cell.value = { formula: conversion.newFormula.replace(/^=/, ''), result: resultOf(conversion.value) } as CellValue;
    return;
  }
  cell.value = (resultOf(conversion.value) ?? null) as CellValue;
  cell.note = exportMessages.cellNote(conversion.oldFormula, conversion.reason ?? '');
}

function resultOf(value: ExportValue): CellFormulaValue['result'] {
  if (value === null) return undefined;
  if (isErrorValue(value)) return { error: value.error } as CellFormulaValue['result'];
  return value;
}

/** A sheet listing every converted cell, so the treasurer sees what changed and where. */
function addConversionSheet(workbook: Workbook, conversions: readonly Conversion[]): void {
  const sheet = workbook.addWorksheet(freeName(workbook, exportMessages.conversionSheet), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...exportMessages.conversionColumns]).font = { bold: true };
  for (const conversion of conversions) {
    // Plain text cells: a formula written here as text is never parsed (shared strings).
    sheet.addRow([
      conversion.sheet,
      cellAddress(conversion.row, conversion.col),
      conversion.oldFormula,
      conversion.newFormula ?? exportMessages.valueInstead,
      conversion.reason ?? '',
    ]);
  }
  if (conversions.length === 0) sheet.addRow([exportMessages.nothingConverted()]);
  [22, 8, 60, 80, 60].forEach((width, index) => (sheet.getColumn(index + 1).width = width));
}

function freeName(workbook: Workbook, wanted: string): string {
  const taken = new Set(workbook.worksheets.map((worksheet: Worksheet) => worksheet.name.toLowerCase()));
  let name = wanted;
  for (let n = 2; taken.has(name.toLowerCase()); n += 1) name = `${wanted} ${n}`;
  return name;
}
