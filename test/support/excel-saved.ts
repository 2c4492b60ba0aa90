import JSZip from 'jszip';

/**
 * A workbook as it comes back after a round through real Excel or a script (ADDIN.md §8),
 * made by rewriting the sheet XML the way they write it:
 * - `xldudf`: Excel with the add-in saves =FINSAM.SHARES(…) as _xldudf_FINSAM_SHARES(…); caches kept.
 * - `nameErrors`: the same, saved by someone without the add-in: every FINSAM cell caches #NAME?.
 * - `noCaches`: written by a script that computes nothing: no <v> on any formula cell.
 * Shared-formula children without their own text are left as they are (our writer writes none).
 */
export type SavedForm = 'xldudf' | 'nameErrors' | 'noCaches';

export const SAVED_FORMS: readonly SavedForm[] = ['xldudf', 'nameErrors', 'noCaches'];

const CELL = /<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;
const FORMULA = /<f\b([^>]*)>([^<]*)<\/f>/;
const VALUE = /<v\b[^>]*(?:\/>|>[^<]*<\/v>)/;
// A FINSAM call as typed: not the tail of a longer name.
const FINSAM_CALL = /(?<![\w.])FINSAM\.([A-Za-z]+)\(/g;

export async function excelSaved(original: Uint8Array, form: SavedForm): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(original);
  const sheets = Object.keys(zip.files).filter((path) => /^xl\/worksheets\/[^/]+\.xml$/.test(path));
  for (const path of sheets) {
    const xml = await zip.file(path)!.async('string');
    zip.file(path, xml.replace(CELL, (whole: string, attributes: string, inner: string | undefined) => rewriteCell(whole, attributes, inner, form)));
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function rewriteCell(whole: string, attributes: string, inner: string | undefined, form: SavedForm): string {
  const formula = inner === undefined ? null : FORMULA.exec(inner);
  if (!formula || inner === undefined) return whole;
  const finsam = /FINSAM\./.test(formula[2]);
  const savedFormula = `<f${formula[1]}>${formula[2].replace(FINSAM_CALL, '_xldudf_FINSAM_$1(')}</f>`;
  const rest = inner.replace(FORMULA, '').replace(VALUE, '');
  const withoutType = attributes.replace(/\s+t="[^"]*"/, '');
  if (form === 'noCaches') return `<c${withoutType}><f${formula[1]}>${formula[2]}</f>${rest}</c>`;
  if (form === 'nameErrors' && finsam) return `<c${withoutType} t="e">${savedFormula}<v>#NAME?</v>${rest}</c>`;
  return `<c${attributes}>${inner.replace(FORMULA, () => savedFormula)}</c>`;
}

/** How many formulas of the sheet XML hold a FINSAM call in each spelling, to prove a rewrite happened. */
export async function finsamSpellings(bytes: Uint8Array): Promise<{ typed: number; saved: number; nameCaches: number; formulaValues: number }> {
  const zip = await JSZip.loadAsync(bytes);
  const counts = { typed: 0, saved: 0, nameCaches: 0, formulaValues: 0 };
  for (const path of Object.keys(zip.files).filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name))) {
    const xml = await zip.file(path)!.async('string');
    for (const match of xml.matchAll(CELL)) {
      const formula = match[2] === undefined ? null : FORMULA.exec(match[2]);
      if (!formula) continue;
      counts.typed += (formula[2].match(/(?<![\w.])FINSAM\./g) ?? []).length;
      counts.saved += (formula[2].match(/_xldudf_FINSAM_/g) ?? []).length;
      if (/<v>#NAME\?<\/v>/.test(match[2])) counts.nameCaches += 1;
      if (VALUE.test(match[2].replace(FORMULA, ''))) counts.formulaValues += 1;
    }
  }
  return counts;
}

/** The file with one formula cell's cached value changed, as a workbook saved before its last recalculation. */
export async function withStaleCache(original: Uint8Array, sheetPath: string, reference: string, value: number): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(original);
  const xml = await zip.file(sheetPath)!.async('string');
  const cell = new RegExp(`(<c r="${reference}"[^>]*>(?:(?!</c>).)*?<v>)[^<]*(</v>)`, 's');
  if (!cell.test(xml)) throw new Error(`no cached value in ${sheetPath}!${reference}`);
  zip.file(sheetPath, xml.replace(cell, `$1${value}$2`));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
