import JSZip from 'jszip';
import { streamXml } from './xml-stream';

/** Built-in number formats that show a date or a time (ECMA-376 part 1, 18.8.30). */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** For each cell style index (the s="" of a cell), whether its number format shows a date. */
export async function dateStyles(zip: JSZip, path: string | undefined): Promise<boolean[]> {
  const entry = path ? zip.file(path) : null;
  if (!entry) return [];
  const customFormats = new Map<number, string>();
  const formatIds: number[] = [];
  let inCellFormats = false;
  await streamXml(entry, {
    open(name, attributes) {
      if (name === 'numFmt') customFormats.set(Number(attributes.numFmtId), attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellFormats = true;
      else if (name === 'xf' && inCellFormats) formatIds.push(Number(attributes.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellFormats = false;
    },
  });
  return formatIds.map((id) => (customFormats.has(id) ? isDateFormat(customFormats.get(id) ?? '') : BUILT_IN_DATES.has(id)));
}

/**
 * Whether a format code shows a date: d, m, y, h or s outside quoted text, escapes and
 * brackets. Elapsed time ("[h]:mm") stays a number: it is a duration, not a point in time.
 */
export function isDateFormat(code: string): boolean {
  if (/\[(h+|m+|s+)\]/i.test(code)) return false;
  const bare = code.split(';')[0].replace(/"[^"]*"/g, '').replace(/\\./g, '').replace(/\[[^\]]*\]/g, '');
  return /[dmyhs]/i.test(bare);
}
