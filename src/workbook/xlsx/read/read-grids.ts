import JSZip from 'jszip';
import { findingMessages } from '../../../text/findings';
import { sheetReference } from '../../../sheets/address';
import { XlsxResult, xlsxFail, xlsxOk } from '../xlsx-result';
import { cellLooks, ReadGrid } from './cell-looks';
import { dateStyles } from './date-styles';
import { DEFAULT_LIMITS, fileBytes, ReadLimits, sniff } from './file-bytes';
import { workbookParts } from './package-parts';
import { ReadStop } from './read-stop';
import { sharedStrings } from './shared-strings';
import { readSheetCells } from './sheet-cells';

export interface ReadOptions {
  /** The name messages use for a buffer ("arbetsboken" when not given); a path names itself. */
  readonly name?: string;
  readonly limits?: Partial<ReadLimits>;
  /** Also read number formats, bold, fills and column widths (grid.looks), for the workbench. */
  readonly looks?: boolean;
}

/**
 * Every worksheet of an .xlsx file as a grid, in the workbook's order: cached values (what Excel
 * last computed), formulas in en-US with a leading "=", rich text as plain text, dates as ISO
 * text, errors as their code ("#VALUE!"). Never throws: a file that cannot be read is a typed
 * error with a Swedish message naming the file (not found, not an .xlsx, an old .xls,
 * password-protected, corrupt, too large); a cell whose stored value is invalid ("0x10", a
 * shared-string index past the end) makes the file corrupt, the message naming sheet and cell.
 */
export async function readXlsxGrids(source: string | Uint8Array, options: ReadOptions = {}): Promise<XlsxResult<ReadGrid[]>> {
  const file = options.name ?? (typeof source === 'string' ? source : 'Arbetsboken');
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const bytes = await fileBytes(source, file, limits);
  if (!bytes.ok) return bytes;
  const kind = sniff(bytes.value);
  if (kind === 'encrypted') return xlsxFail('encrypted', findingMessages.encrypted(file));
  if (kind === 'oldXls') return xlsxFail('oldXls', findingMessages.oldXls(file));
  if (kind === 'other') return xlsxFail('notXlsx', findingMessages.notXlsx(file));
  try {
    return await gridsOfZip(await JSZip.loadAsync(bytes.value), file, limits, options.looks === true);
  } catch (thrown) {
    if (thrown instanceof ReadStop && thrown.kind === 'tooLarge') return xlsxFail('tooLarge', findingMessages.tooManyCells(file, limits.maxCells));
    if (thrown instanceof ReadStop && thrown.where) {
      const { sheet, cell, stored, why } = thrown.where;
      return xlsxFail('corrupt', findingMessages.corruptCell(file, `${sheetReference(sheet)}!${cell}`, stored, why));
    }
    // A broken zip, a truncated stream or malformed XML: the file is damaged, whatever the detail.
    return xlsxFail('corrupt', findingMessages.corrupt(file));
  }
}

async function gridsOfZip(zip: JSZip, file: string, limits: ReadLimits, looks: boolean): Promise<XlsxResult<ReadGrid[]>> {
  const parts = await workbookParts(zip);
  if (!parts || parts.sheets.length === 0) return xlsxFail('notXlsx', findingMessages.notXlsx(file));
  const context = {
    strings: await sharedStrings(zip, parts.sharedStringsPath),
    dateStyles: await dateStyles(zip, parts.stylesPath),
    date1904: parts.date1904,
    budget: { remaining: limits.maxCells },
    looks: looks ? await cellLooks(zip, parts.stylesPath) : undefined,
  };
  const grids: ReadGrid[] = [];
  for (const sheet of parts.sheets) grids.push(await readSheetCells(zip, sheet.path, sheet.name, context));
  return xlsxOk(grids);
}

