/**
 * The few package edits the chart parts need, on the package ExcelJS has just written (its parts
 * carry no namespace prefixes). Kept here, not borrowed from src/export: a workbook module imports
 * no export module (the lint's layers).
 */
export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Text for an attribute value or element content. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);
}

/** A relationships part with one more relationship (a new part when there was none). */
export function withRelationship(xml: string | undefined, id: string, type: string, target: string): string {
  const part = xml ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
  return beforeClose(part, 'Relationships', `<Relationship Id="${escapeXml(id)}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`);
}

/** The first rIdN the part does not use. */
export function freeRelationshipId(xml: string): string {
  const taken = new Set([...xml.matchAll(/\sId="([^"]*)"/g)].map((match) => match[1]));
  let n = 1;
  while (taken.has(`rId${n}`)) n += 1;
  return `rId${n}`;
}

/** [Content_Types].xml with an Override for `partName` ("/xl/charts/chart1.xml"). */
export function withOverride(types: string, partName: string, contentType: string): string {
  return beforeClose(types, 'Types', `<Override PartName="${escapeXml(partName)}" ContentType="${escapeXml(contentType)}"/>`);
}

function beforeClose(xml: string, root: string, element: string): string {
  const close = xml.lastIndexOf(`</${root}>`);
  if (close >= 0) return xml.slice(0, close) + element + xml.slice(close);
  const selfClosed = new RegExp(`<${root}([^>]*?)/>`).exec(xml);
  if (!selfClosed) throw new Error(`no <${root}>`);
  return xml.slice(0, selfClosed.index) + `<${root}${selfClosed[1]}>${element}</${root}>` + xml.slice(selfClosed.index + selfClosed[0].length);
}
