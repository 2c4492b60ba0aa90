/**
 * Edits of the small package parts (workbook.xml, its relationships, [Content_Types].xml) as
 * text: one element added or removed, every other byte as it was.
 */
import { attributesOf, escapeXml, startTag } from './xml-text';

export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
export const RELATIONSHIP_TYPE = {
  worksheet: `${RELATIONSHIPS_NS}/worksheet`,
  comments: `${RELATIONSHIPS_NS}/comments`,
  vmlDrawing: `${RELATIONSHIPS_NS}/vmlDrawing`,
};
export const CONTENT_TYPE = {
  worksheet: 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
  comments: 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml',
  vml: 'application/vnd.openxmlformats-officedocument.vmlDrawing',
};

export interface Relationship {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  /** The element's text in the part. */
  readonly xml: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The prefix an element name has in this part ("" or "x:"), from the root element. */
export function prefixOf(xml: string, root: string): string {
  const match = new RegExp(`<([A-Za-z_][\\w.-]*:)?${root}[\\s>/]`).exec(xml);
  return match?.[1] ?? '';
}

/** Every element with this local name (self-closing or empty-bodied), any prefix. */
function elements(xml: string, local: string): { xml: string; index: number; attributes: Map<string, string> }[] {
  const pattern = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${local}(?=[\\s/>])[^>]*?(?:/>|>\\s*</(?:[A-Za-z_][\\w.-]*:)?${local}\\s*>|>)`, 'g');
  return [...xml.matchAll(pattern)].map((match) => ({ xml: match[0], index: match.index ?? 0, attributes: attributesOf(match[0]) }));
}

export function relationshipsOf(xml: string): Relationship[] {
  return elements(xml, 'Relationship').map(({ xml: element, attributes }) => ({
    id: attributes.get('Id') ?? '',
    type: attributes.get('Type') ?? '',
    target: attributes.get('Target') ?? '',
    xml: element,
  }));
}

export function freeRelationshipId(xml: string): string {
  const taken = new Set(relationshipsOf(xml).map((rel) => rel.id));
  let n = taken.size + 1;
  while (taken.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

/** Puts `element` just before the closing tag of `root` (or makes the part the root alone). */
function beforeClose(xml: string, root: string, element: string): string {
  const close = new RegExp(`</((?:[A-Za-z_][\\w.-]*:)?)${root}\\s*>`).exec(xml);
  if (close) return xml.slice(0, close.index) + element + xml.slice(close.index);
  const selfClosed = new RegExp(`<((?:[A-Za-z_][\\w.-]*:)?)${root}([^>]*?)/>`).exec(xml);
  if (!selfClosed) throw new Error(`no <${root}>`);
  const open = `<${selfClosed[1]}${root}${selfClosed[2]}>`;
  return xml.slice(0, selfClosed.index) + open + element + `</${selfClosed[1]}${root}>` + xml.slice(selfClosed.index + selfClosed[0].length);
}

export function addRelationship(xml: string | undefined, id: string, type: string, target: string): string {
  const part = xml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
  const prefix = prefixOf(part, 'Relationships');
  return beforeClose(part, 'Relationships', startTag(`${prefix}Relationship`, [['Id', id], ['Type', type], ['Target', target]], true));
}

export function removeElement(xml: string, element: string): string {
  return xml.replace(element, '');
}

/** [Content_Types].xml with an Override for `partName` ("/xl/worksheets/sheet9.xml"). */
export function addOverride(xml: string, partName: string, contentType: string): string {
  const prefix = prefixOf(xml, 'Types');
  return beforeClose(xml, 'Types', startTag(`${prefix}Override`, [['PartName', partName], ['ContentType', contentType]], true));
}

/** [Content_Types].xml with a Default for an extension, unless it has one. */
export function ensureDefault(xml: string, extension: string, contentType: string): string {
  if (elements(xml, 'Default').some(({ attributes }) => (attributes.get('Extension') ?? '').toLowerCase() === extension)) return xml;
  const prefix = prefixOf(xml, 'Types');
  return beforeClose(xml, 'Types', startTag(`${prefix}Default`, [['Extension', extension], ['ContentType', contentType]], true));
}

export function removeOverride(xml: string, partName: string): string {
  const found = elements(xml, 'Override').find(({ attributes }) => (attributes.get('PartName') ?? '').toLowerCase() === partName.toLowerCase());
  return found ? removeElement(xml, found.xml) : xml;
}

/** The sheet names and ids workbook.xml lists. */
export function sheetsOf(workbookXml: string): { name: string; sheetId: number }[] {
  return elements(workbookXml, 'sheet').map(({ attributes }) => ({ name: attributes.get('name') ?? '', sheetId: Number(attributes.get('sheetId')) || 0 }));
}

/** workbook.xml with one more <sheet> at the end of <sheets>. */
export function addSheet(workbookXml: string, name: string, relationshipId: string): string {
  const prefix = prefixOf(workbookXml, 'workbook');
  const sheetId = Math.max(0, ...sheetsOf(workbookXml).map((sheet) => sheet.sheetId)) + 1;
  // The relationships namespace declared on the element itself, whatever prefix the root uses.
  const sheet = `<${prefix}sheet name="${escapeXml(name)}" sheetId="${sheetId}" xmlns:r="${RELATIONSHIPS_NS}" r:id="${escapeXml(relationshipId)}"/>`;
  return beforeClose(workbookXml, 'sheets', sheet);
}

/** Elements that follow <calcPr> in CT_Workbook (ECMA-376), so a new calcPr goes before them. */
const AFTER_CALC_PR = ['oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** workbook.xml asking Excel and LibreOffice to compute every formula when the file opens. */
export function fullCalcOnLoad(workbookXml: string): string {
  const [calcPr] = elements(workbookXml, 'calcPr');
  if (calcPr) {
    const tag = calcPr.xml.replace(/\sfullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, '').replace(/^(<[^\s/>]+)/, '$1 fullCalcOnLoad="1"');
    return workbookXml.slice(0, calcPr.index) + tag + workbookXml.slice(calcPr.index + calcPr.xml.length);
  }
  const prefix = prefixOf(workbookXml, 'workbook');
  const element = `<${prefix}calcPr fullCalcOnLoad="1"/>`;
  const after = AFTER_CALC_PR.map((local) => new RegExp(`<${escapeRegExp(prefix)}${local}[\\s/>]`).exec(workbookXml)?.index).filter((index): index is number => index !== undefined);
  if (after.length === 0) return beforeClose(workbookXml, 'workbook', element);
  const at = Math.min(...after);
  return workbookXml.slice(0, at) + element + workbookXml.slice(at);
}
