import { promises as fs } from 'fs';
import { dirname, join, basename } from 'path';
import { Workbook } from 'exceljs';
import { findingMessages } from '../../../text/findings';
import { WorkbookPlan } from '../../../sheets/plan';
import { reasonOf, XlsxResult, xlsxFail, xlsxOk } from '../xlsx-result';
import { computePlan } from './computed-values';
import { chartProblem } from '../../../sheets/charts';
import { addChartParts } from './charts/add-charts';
import { tableProblem } from './plan-checks';
import { writeSheet } from './write-sheet';

/**
 * A workbook plan as an .xlsx file: every sheet's values, formulas with the values the engine
 * computed as their cached results, number formats, styles, tables, defined names, column
 * widths, frozen header rows and charts. Gives the bytes, and writes them to `path` when one is given.
 * A file is replaced only once the new one is complete ("never lose the user's work").
 */
export async function writePlanToXlsx(plan: WorkbookPlan, path?: string): Promise<XlsxResult<Buffer>> {
  for (const sheet of plan.sheets) {
    for (const table of sheet.tables) {
      const problem = tableProblem(sheet, table);
      if (problem) return xlsxFail('invalidPlan', problem);
    }
    for (const chart of sheet.charts ?? []) {
      const problem = chartProblem(sheet, chart);
      if (problem) return xlsxFail('invalidPlan', problem);
    }
  }
  let bytes: Buffer;
  try {
    bytes = await workbookBytes(plan);
  } catch (thrown) {
    // ExcelJS and the engine throw on what a plan should never hold (a bad sheet or table name).
    return xlsxFail('invalidPlan', findingMessages.planNotWritten(reasonOf(thrown)));
  }
  return path === undefined ? xlsxOk(bytes) : writeFileWhole(path, bytes);
}

async function workbookBytes(plan: WorkbookPlan): Promise<Buffer> {
  const computed = computePlan(plan);
  const workbook = new Workbook();
  workbook.creator = 'FINSAM för Excel';
  for (const sheet of plan.sheets) {
    const values = computed.get(sheet.name);
    if (values) writeSheet(workbook, sheet, values);
  }
  // ExcelJS writes no charts: they are added to its package (charts/add-charts.ts).
  return addChartParts(Buffer.from(await workbook.xlsx.writeBuffer()), plan, computed);
}

/** Writes beside the target and renames, so a failed write leaves an existing file as it was. */
async function writeFileWhole(path: string, bytes: Buffer): Promise<XlsxResult<Buffer>> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await fs.writeFile(temporary, bytes);
    await fs.rename(temporary, path);
    return xlsxOk(bytes);
  } catch (thrown) {
    await fs.rm(temporary, { force: true }).catch(() => undefined);
    const reason = findingMessages.fileSystemReason((thrown as NodeJS.ErrnoException).code);
    return xlsxFail('notWritten', findingMessages.fileNotWritten(path, reason));
  }
}
