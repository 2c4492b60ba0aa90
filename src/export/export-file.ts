import { exportMessages } from '../text/export-messages';
import { findingMessages } from '../text/findings';
import { Grid } from '../sheets/grid';
import { readXlsxGrids, reasonOf, XlsxResult, xlsxFail, xlsxOk } from '../workbook/xlsx';
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

/**
 * An .xlsx file's bytes with every FINSAM formula made native (README.md in this folder). The
 * file is read through the project's own reader first, so its size and cell limits hold here too.
 */
export async function exportWorkbookBytes(original: Uint8Array, file = 'Arbetsboken'): Promise<XlsxResult<ExportedFile>> {
  const grids = await readXlsxGrids(original, { name: file });
  if (!grids.ok) return grids;
  const twins = sameNameSheets(grids.value);
  if (twins) return xlsxFail('corrupt', exportMessages.duplicateSheets(file, twins[0], twins[1]));
  let exported: NativeExport;
  try {
    exported = exportNative(grids.value);
  } catch (thrown) {
    // The engine refused the workbook (a formula it cannot hold): a message, never a stack trace.
    return xlsxFail('notWritten', findingMessages.fileNotWritten(file, reasonOf(thrown)));
  }
  const written = await writeNativeExport(original, grids.value, exported.conversions, file);
  if (!written.ok) return written;
  return xlsxOk({ bytes: written.value, conversions: exported.conversions, values: exported.values });
}

/**
 * Two sheets whose names differ only in case ("Dup", "dup"): Excel forbids it, "dup!A1" could
 * mean either, and the engine cannot hold both, so the export refuses the file by name.
 */
function sameNameSheets(grids: readonly Grid[]): [string, string] | undefined {
  const seen = new Map<string, string>();
  for (const { sheet } of grids) {
    const first = seen.get(sheet.toLowerCase());
    if (first !== undefined) return [first, sheet];
    seen.set(sheet.toLowerCase(), sheet);
  }
  return undefined;
}
