/**
 * A small element tree over fast-xml-parser's ordered output, so manifest checks can ask for
 * "the first child" and "every element with a resid" without caring about the parser's shape.
 * Comments and the XML declaration are dropped; prefixes stay in names (`bt:Url`).
 */
import { XMLParser } from 'fast-xml-parser';

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlElement[];
  readonly text: string;
}

type OrderedNode = Record<string, unknown>;

const ATTRIBUTES = ':@';
const TEXT = '#text';

function toElement(node: OrderedNode): XmlElement | undefined {
  const name = Object.keys(node).find((key) => key !== ATTRIBUTES);
  if (name === undefined || name === TEXT || name.startsWith('?')) return undefined;
  const content = (node[name] as OrderedNode[] | undefined) ?? [];
  return {
    name,
    attributes: (node[ATTRIBUTES] as Record<string, string> | undefined) ?? {},
    children: content.map(toElement).filter((child): child is XmlElement => child !== undefined),
    text: content
      .filter((child) => TEXT in child)
      .map((child) => String(child[TEXT]))
      .join(''),
  };
}

/** The document element of `xml`. */
export function parseXml(xml: string): XmlElement {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(xml) as OrderedNode[];
  const root = nodes.map(toElement).find((element) => element !== undefined);
  if (root === undefined) throw new Error('no document element');
  return root;
}

/** The children of `element` named `name`. */
export function childrenNamed(element: XmlElement | undefined, name: string): XmlElement[] {
  return element === undefined ? [] : element.children.filter((child) => child.name === name);
}

/** Follows a path of element names from `element`, taking the first match at each step. */
export function at(element: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  return names.reduce<XmlElement | undefined>((current, name) => childrenNamed(current, name)[0], element);
}

/** `element` and everything below it, in document order. */
export function descendants(element: XmlElement): XmlElement[] {
  return [element, ...element.children.flatMap(descendants)];
}
