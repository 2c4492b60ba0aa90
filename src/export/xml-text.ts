/** Small helpers for writing and reading package XML as text (no DOM: parts may be huge). */

// Characters XML 1.0 cannot carry at all; OOXML writes them as _xHHHH_ in cell text.
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Text for an attribute value or element content: & < > " escaped. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char] ?? char);
}

/**
 * Cell text as OOXML stores it: a literal "_x0041_" escaped as "_x005F_x0041_" so Excel does not
 * read it as "A", characters XML cannot hold as _xHHHH_, then XML-escaped.
 */
export function cellText(text: string): string {
  const hex = (char: string) => `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
  return escapeXml(text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1').replace(NOT_XML, hex));
}

/** Formula text for an <f> element: escaped, characters XML cannot hold dropped (none are valid in a formula). */
export function formulaXml(formula: string): string {
  return escapeXml(formula.replace(NOT_XML, ''));
}

/** The attributes of one start tag ("<c r=\"A1\" s=\"3\">") by qualified name, entities decoded. */
export function attributesOf(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  const pattern = /([^\s=/<>]+)\s*=\s*("([^"]*)"|'([^']*)')/g;
  const end = tag.indexOf('>');
  const body = tag.slice(tag.search(/\s/) < 0 ? tag.length : tag.search(/\s/), end < 0 ? tag.length : end);
  for (let match = pattern.exec(body); match; match = pattern.exec(body)) found.set(match[1], decodeEntities(match[3] ?? match[4] ?? ''));
  return found;
}

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g, (whole, hex?: string, decimal?: string, named?: string) => {
    if (hex || decimal) {
      const code = parseInt(hex ?? decimal ?? '', hex ? 16 : 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[named ?? ''] ?? whole;
  });
}

/** A start tag with its attributes, in the given order. */
export function startTag(name: string, attributes: readonly (readonly [string, string])[], selfClosing = false): string {
  const list = attributes.map(([key, value]) => ` ${key}="${escapeXml(value)}"`).join('');
  return `<${name}${list}${selfClosing ? '/>' : '>'}`;
}
