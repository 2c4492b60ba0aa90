import { readXlsxGrids, XlsxResult, xlsxOk } from '../workbook/xlsx';
import { Conversion } from './conversion';
import { exportNative, NativeExport } from './export-native';
import { writeNativeExport } from './write-export';

export interface ExportedFile {
  /** The new workbook; the input is never written. */
  readonly bytes: Buffer;
  readonly conversions: readonly Conversion[];
  /** The add-in's values of the original workbook, every cell. */
  readonly values: NativeExport['values'];
}

/** An .xlsx file's bytes with every FINSAM formula made native (README.md in this folder). */
export async function exportWorkbookBytes(original: Uint8Array, file = 'Arbetsboken'): Promise<XlsxResult<ExportedFile>> {
  const grids = await readXlsxGrids(original, { name: file });
  if (!grids.ok) return grids;
  const exported = exportNative(grids.value);
  const written = await writeNativeExport(original, grids.value, exported.conversions, file);
  if (!written.ok) return written;
  return xlsxOk({ bytes: written.value, conversions: exported.conversions, values: exported.values });
}
