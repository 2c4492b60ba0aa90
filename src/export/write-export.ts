import JSZip from 'jszip';
import { posix } from 'path';
import { exportMessages } from '../text/export-messages';
import { findingMessages } from '../text/findings';
import { Grid } from '../sheets/grid';
import { reasonOf, XlsxResult, xlsxFail, xlsxOk } from '../workbook/xlsx';
import { workbookParts } from '../workbook/xlsx/read/package-parts';
import { eachChunk } from '../workbook/xlsx/read/xml-stream';
import { noteParts } from './cell-notes';
import { Conversion } from './conversion';
import { conversionSheetXml } from './conversion-sheet';
import {
  addOverride,
  addRelationship,
  addSheet,
  CONTENT_TYPE,
  ensureDefault,
  freeRelationshipId,
  fullCalcOnLoad,
  RELATIONSHIP_TYPE,
  relationshipsOf,
  removeElement,
  removeOverride,
  sheetsOf,
} from './package-edit';
import { SheetPatcher } from './sheet-patch';

const CONTENT_TYPES = '[Content_Types].xml';

/**
 * The original package with the conversions put in: only the converted cells of each sheet are
 * rewritten, "Konverterat" is added as a part of its own, and everything else (styles, charts,
 * media, data validations, tables, names) is copied byte for byte (README.md in this folder).
 * The input bytes are only read: the caller writes the result somewhere else.
 */
export async function writeNativeExport(original: Uint8Array, _grids: readonly Grid[], conversions: readonly Conversion[], file = 'Arbetsboken'): Promise<XlsxResult<Buffer>> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(original);
  } catch {
    return xlsxFail('corrupt', findingMessages.corrupt(file));
  }
  try {
    const patched = await patchPackage(zip, conversions);
    if (!patched) return xlsxFail('corrupt', findingMessages.corrupt(file));
    return xlsxOk(await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 1 } }));
  } catch (thrown) {
    if (thrown instanceof MalformedPart) return xlsxFail('corrupt', findingMessages.corrupt(file));
    return xlsxFail('notWritten', findingMessages.fileNotWritten(file, reasonOf(thrown)));
  }
}

class MalformedPart extends Error {}

interface Workbook {
  readonly path: string;
  readonly relsPath: string;
}

async function patchPackage(zip: JSZip, conversions: readonly Conversion[]): Promise<boolean> {
  const parts = await workbookParts(zip);
  const book = await workbookPath(zip);
  const contentTypesEntry = zip.file(CONTENT_TYPES);
  const workbookEntry = book && zip.file(book.path);
  if (!parts || !book || !contentTypesEntry || !workbookEntry) return false;
  let contentTypes = await contentTypesEntry.async('string');
  let block = 100;
  for (const sheet of parts.sheets) {
    const own = conversions.filter((conversion) => conversion.sheet === sheet.name);
    if (own.length === 0) continue;
    const notes = own.filter((conversion) => conversion.newFormula === undefined);
    const added = await patchSheet(zip, sheet.path, own, notes, block);
    contentTypes = added.contentTypes(contentTypes);
    block += added.blocks;
  }
  let workbookXml = await workbookEntry.async('string');
  const relsEntry = zip.file(book.relsPath);
  if (!relsEntry) return false;
  let relsXml = await relsEntry.async('string');
  // Cells changed, so Excel's record of the calculation order is stale: Excel drops it too.
  for (const rel of relationshipsOf(relsXml).filter((candidate) => candidate.type.endsWith('/calcChain'))) {
    const target = resolve(posix.dirname(book.path), rel.target);
    zip.remove(target);
    relsXml = removeElement(relsXml, rel.xml);
    contentTypes = removeOverride(contentTypes, `/${target}`);
  }
  const sheetPath = freePath(zip, `${posix.dirname(book.path)}/worksheets/sheet`, '.xml');
  const id = freeRelationshipId(relsXml);
  zip.file(sheetPath, conversionSheetXml(conversions));
  relsXml = addRelationship(relsXml, id, RELATIONSHIP_TYPE.worksheet, posix.relative(posix.dirname(book.path), sheetPath));
  contentTypes = addOverride(contentTypes, `/${sheetPath}`, CONTENT_TYPE.worksheet);
  workbookXml = fullCalcOnLoad(addSheet(workbookXml, freeName(sheetsOf(workbookXml).map((sheet) => sheet.name), exportMessages.conversionSheet), id));
  zip.file(book.path, workbookXml);
  zip.file(book.relsPath, relsXml);
  zip.file(CONTENT_TYPES, contentTypes);
  return true;
}

/** The workbook part and its relationships part, found as the package's own relationships say. */
async function workbookPath(zip: JSZip): Promise<Workbook | undefined> {
  const root = await zip.file('_rels/.rels')?.async('string');
  const target = root && relationshipsOf(root).find((rel) => rel.type.endsWith('/officeDocument'))?.target;
  const path = target ? resolve('', target) : 'xl/workbook.xml';
  if (!zip.file(path)) return undefined;
  return { path, relsPath: posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`) };
}

interface SheetAdditions {
  /** [Content_Types].xml with the notes' parts added, if the sheet got notes. */
  readonly contentTypes: (xml: string) => string;
  /** VML id blocks the notes used. */
  readonly blocks: number;
}

/** One sheet's cells patched in a single streamed pass, and its notes' parts if it can take them. */
async function patchSheet(zip: JSZip, path: string, conversions: readonly Conversion[], notes: readonly Conversion[], block: number): Promise<SheetAdditions> {
  const entry = zip.file(path);
  if (!entry) throw new MalformedPart(path);
  const relsPath = posix.join(posix.dirname(path), '_rels', `${posix.basename(path)}.rels`);
  const rels = await zip.file(relsPath)?.async('string');
  // A sheet with comments of its own keeps them as they are; the reasons are on Konverterat.
  const hasComments = rels !== undefined && relationshipsOf(rels).some((rel) => rel.type === RELATIONSHIP_TYPE.comments || rel.type === RELATIONSHIP_TYPE.vmlDrawing);
  const notesId = notes.length > 0 && !hasComments ? freeRelationshipId(rels ?? '') : undefined;
  const patcher = new SheetPatcher(conversions, notesId);
  const chunks: Buffer[] = [];
  const decoder = new TextDecoder('utf-8');
  try {
    await eachChunk(entry, (chunk) => chunks.push(Buffer.from(patcher.push(decoder.decode(chunk, { stream: true })), 'utf8')));
    chunks.push(Buffer.from(patcher.push(decoder.decode()) + patcher.end(), 'utf8'));
  } catch (thrown) {
    throw thrown instanceof RangeError ? thrown : new MalformedPart(path);
  }
  zip.file(path, Buffer.concat(chunks));
  if (!notesId || !patcher.result().notesPlaced) return { contentTypes: (xml) => xml, blocks: 0 };
  const parts = noteParts(notes, block);
  const base = posix.dirname(posix.dirname(path));
  const commentsPath = freePath(zip, `${base}/comments`, '.xml');
  const vmlPath = freePath(zip, `${base}/drawings/vmlDrawing`, '.vml');
  zip.file(commentsPath, parts.comments);
  zip.file(vmlPath, parts.vml);
  const relative = (target: string) => posix.relative(posix.dirname(path), target);
  let sheetRels = addRelationship(rels, notesId, RELATIONSHIP_TYPE.vmlDrawing, relative(vmlPath));
  sheetRels = addRelationship(sheetRels, freeRelationshipId(sheetRels), RELATIONSHIP_TYPE.comments, relative(commentsPath));
  zip.file(relsPath, sheetRels);
  return {
    contentTypes: (xml) => addOverride(ensureDefault(xml, 'vml', CONTENT_TYPE.vml), `/${commentsPath}`, CONTENT_TYPE.comments),
    blocks: Math.ceil((notes.length + 1) / 1024),
  };
}

/** `stem` + the first number that names no part yet + `extension`. */
function freePath(zip: JSZip, stem: string, extension: string): string {
  for (let n = 1; ; n += 1) {
    const candidate = `${stem}${n}${extension}`;
    if (!zip.file(candidate) && !Object.keys(zip.files).some((name) => name.toLowerCase() === candidate.toLowerCase())) return candidate;
  }
}

function resolve(base: string, target: string): string {
  const path = target.startsWith('/') ? target.slice(1) : posix.join(base, target);
  return posix.normalize(path).replace(/^\.\//, '');
}

/** The wanted name, or "Konverterat 2", … when a sheet already has it (Excel compares without case). */
function freeName(taken: readonly string[], wanted: string): string {
  const lower = new Set(taken.map((name) => name.toLowerCase()));
  let name = wanted;
  for (let n = 2; lower.has(name.toLowerCase()); n += 1) name = `${wanted} ${n}`;
  return name;
}
