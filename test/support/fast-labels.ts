/**
 * jsdom 26 finds a form control's labels by walking the whole document once per <label> (each
 * label's `for` is resolved by another full walk), so `control.labels` costs labels × nodes, and
 * `getByLabelText` reads it for every element. On the budget form's few hundred fields that was a
 * third of a pane test's time. This getter gives the same labels (same root, tree order, `for`
 * resolved to the first element with that id in tree order, else the first labelable descendant)
 * from one pass over the root, kept until the root changes (jsdom's own version counter, the one
 * its live `labels` list uses). test/taskpane/jsdom-speed.test.tsx holds it to jsdom's own getter.
 */
import { implOf } from './jsdom-impl';

/** The interfaces whose elements have labels (HTML's "labelable elements"). */
const LABELABLE_INTERFACES = ['HTMLButtonElement', 'HTMLInputElement', 'HTMLMeterElement', 'HTMLOutputElement', 'HTMLProgressElement', 'HTMLSelectElement', 'HTMLTextAreaElement'] as const;
const LABELABLE_NAMES = new Set(['button', 'input', 'meter', 'output', 'progress', 'select', 'textarea']);
const HTML = 'http://www.w3.org/1999/xhtml';

/** As jsdom decides it (form-associated custom elements aside: the pane has none). */
function isLabelable(element: Element): boolean {
  if (element.namespaceURI !== HTML || !LABELABLE_NAMES.has(element.localName)) return false;
  return element.localName !== 'input' || (element as HTMLInputElement).type !== 'hidden';
}

/** The root itself (when it is an element) and its descendants matching `selector`, in tree order. */
function inclusive(root: Node, selector: string): Element[] {
  const found: Element[] = [];
  if (root instanceof Element && root.matches(selector)) found.push(root);
  if ('querySelectorAll' in root) found.push(...Array.from((root as ParentNode).querySelectorAll(selector)));
  return found;
}

/** Every labelable element of `root` with its labels, in tree order: one pass. */
export function labelIndex(root: Node): Map<Element, Element[]> {
  const index = new Map<Element, Element[]>();
  const labels = inclusive(root, 'label').filter((label) => label.namespaceURI === HTML);
  if (labels.length === 0) return index;
  const firstWithId = new Map<string, Element>();
  for (const node of inclusive(root, '[id]')) {
    const id = node.getAttribute('id') ?? '';
    if (!firstWithId.has(id)) firstWithId.set(id, node);
  }
  for (const label of labels) {
    let control: Element | null;
    if (label.hasAttribute('for')) {
      const target = firstWithId.get(label.getAttribute('for') ?? '');
      control = target && isLabelable(target) ? target : null;
    } else {
      control = Array.from(label.querySelectorAll('*')).find(isLabelable) ?? null;
    }
    if (control) index.set(control, [...(index.get(control) ?? []), label]);
  }
  return index;
}

const cached = new WeakMap<object, { version: number; index: Map<Element, Element[]> }>();

/** The labels of `element`, as jsdom's `labels` lists them. */
export function labelsOf(element: Element): Element[] | null {
  if (!isLabelable(element)) return null;
  const root = element.getRootNode();
  const impl = implOf(root);
  const version = impl?._version;
  if (!impl || typeof version !== 'number') return labelIndex(root).get(element) ?? [];
  let entry = cached.get(impl);
  if (!entry || entry.version !== version) {
    entry = { version, index: labelIndex(root) };
    cached.set(impl, entry);
  }
  return [...(entry.index.get(element) ?? [])];
}

/** jsdom's own getters, kept so a test can compare. */
export const jsdomLabels = new Map<string, PropertyDescriptor>();

/** Replaces `labels` on every labelable interface of this window (once). */
export function installFastLabels(): void {
  if (typeof window === 'undefined' || jsdomLabels.size > 0) return;
  const global = window as unknown as Record<string, { prototype: object } | undefined>;
  for (const name of LABELABLE_INTERFACES) {
    const prototype = global[name]?.prototype;
    const own = prototype && Object.getOwnPropertyDescriptor(prototype, 'labels');
    if (!prototype || !own) continue;
    jsdomLabels.set(name, own);
    Object.defineProperty(prototype, 'labels', {
      configurable: true,
      enumerable: own.enumerable,
      get(this: Element) {
        return labelsOf(this);
      },
    });
  }
}
