import { EngineWorkbook } from '../workbook/engine/engine-workbook';
import { readXlsxGrids, ReadGrid, writePlanToXlsx } from '../workbook/xlsx';
import { planWithLooks } from './file-looks';
import { planFromWorkbook } from './plan-from-workbook';
import { workbookFromGrids, workbookFromPlan } from './workbooks';

/**
 * Opening and saving .xlsx in the page, with the same reader and writer `finsam check` and
 * `finsam build` use. The workbench loads this module only when a file is opened or saved, so
 * ExcelJS and the zip reader stay out of the first page load.
 */
export type FileOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

export async function openWorkbookFile(file: Blob & { readonly name: string }): Promise<FileOutcome<EngineWorkbook>> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const read = await readXlsxGrids(bytes, { name: file.name, looks: true });
  if (!read.ok) return { ok: false, message: read.error.message };
  try {
    return { ok: true, value: await workbookWithLooks(read.value) };
  } catch (thrown) {
    return { ok: false, message: thrown instanceof Error ? thrown.message : String(thrown) };
  }
}

/**
 * The file's formulas recalculated in the engine (never its cached values, which Excel saves as
 * #NAME? without the add-in), then built again sheet by sheet with the file's number formats,
 * looks and column widths, which only a plan carries. A file whose looks cannot be built that
 * way still opens, with its values.
 */
export async function workbookWithLooks(grids: readonly ReadGrid[]): Promise<EngineWorkbook> {
  const plain = workbookFromGrids(grids);
  if (!grids.some((grid) => grid.looks)) return plain;
  try {
    return await workbookFromPlan(planWithLooks(planFromWorkbook(plain), grids));
  } catch {
    return plain;
  }
}

/** The workbook as .xlsx bytes: values, formulas with computed caches, formats, tables, names. */
export async function workbookFileBytes(workbook: EngineWorkbook): Promise<FileOutcome<Uint8Array<ArrayBuffer>>> {
  const written = await writePlanToXlsx(planFromWorkbook(workbook));
  return written.ok ? { ok: true, value: new Uint8Array(written.value) } : { ok: false, message: written.error.message };
}
