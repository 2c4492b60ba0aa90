/**
 * jsdom's getComputedStyle matches every CSS rule against the element, one selector engine call
 * each: with Fluent's ~600 atomic rules (`.f1w7gpdv {display: inline;}`) and the default sheet
 * that is milliseconds per element, and the accessibility queries ask for every element. Most
 * rules name a class in their last compound (the element itself), so an element without that
 * class cannot match: this answers those `false` before the engine runs and leaves every other
 * case to it. The answer is the engine's, only sooner; test/taskpane/jsdom-speed.test.tsx compares.
 */
import { implOf } from './jsdom-impl';

/**
 * For each selector of a list, the classes its subject compound requires; null when the list
 * holds a selector this cannot read safely (escapes, or a compound that requires no class).
 */
export function requiredClasses(selectorList: string): string[][] | null {
  if (/[\\"'&]/.test(selectorList)) return null;
  const selectors: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < selectorList.length; i += 1) {
    const char = selectorList[i];
    if (char === '(' || char === '[') depth += 1;
    else if (char === ')' || char === ']') depth -= 1;
    else if (char === ',' && depth === 0) {
      selectors.push(selectorList.slice(start, i));
      start = i + 1;
    }
  }
  selectors.push(selectorList.slice(start));
  const required: string[][] = [];
  for (const selector of selectors) {
    const subject = subjectCompound(selector.trim());
    const classes: string[] = [];
    let level = 0;
    for (let i = 0; i < subject.length; i += 1) {
      const char = subject[i];
      if (char === '(' || char === '[') level += 1;
      else if (char === ')' || char === ']') level -= 1;
      else if (char === '.' && level === 0) {
        const name = /^[-_a-zA-Z0-9\u00a0-\uffff]+/.exec(subject.slice(i + 1))?.[0];
        if (!name) return null;
        classes.push(name);
      }
    }
    if (classes.length === 0) return null;
    required.push(classes);
  }
  return required;
}

/** The last compound of a complex selector: what the element itself must be. */
function subjectCompound(selector: string): string {
  let depth = 0;
  for (let i = selector.length - 1; i >= 0; i -= 1) {
    const char = selector[i];
    if (char === ')' || char === ']') depth += 1;
    else if (char === '(' || char === '[') depth -= 1;
    else if (depth === 0 && (char === ' ' || char === '>' || char === '+' || char === '~' || char === '\t' || char === '\n')) return selector.slice(i + 1);
  }
  return selector;
}

const parsed = new Map<string, string[][] | null>();
const classSets = new Map<string, ReadonlySet<string>>();

function classesOf(element: Element): ReadonlySet<string> {
  const attribute = element.getAttribute('class') ?? '';
  let set = classSets.get(attribute);
  if (!set) {
    set = new Set(attribute.split(/[ \t\n\f\r]+/).filter(Boolean));
    classSets.set(attribute, set);
  }
  return set;
}

/** False when no selector of the list can match `element` for want of a class; else undefined (ask the engine). */
export function cannotMatch(selectorList: string, element: Element): boolean {
  let required = parsed.get(selectorList);
  if (required === undefined) {
    required = requiredClasses(selectorList);
    parsed.set(selectorList, required);
  }
  if (!required) return false;
  const has = classesOf(element);
  return required.every((classes) => classes.some((name) => !has.has(name)));
}

type Match = ((selector: string, element: Element) => boolean) & { original?: Match };

/** Puts the class test in front of the matcher jsdom's getComputedStyle uses, for this document. */
export function installFastStyles(): void {
  if (typeof document === 'undefined' || document.compatMode !== 'CSS1Compat') return;
  // jsdom makes the matcher on first use; classes compare case-sensitively outside quirks mode.
  window.getComputedStyle(document.documentElement);
  const matcher = implOf(document)?._nwsapiDontThrow as { match: Match } | undefined;
  if (!matcher || matcher.match.original) return;
  const match = matcher.match.bind(matcher);
  const fast: Match = (selector, element) => (typeof selector === 'string' && element instanceof Element && cannotMatch(selector, element) ? false : match(selector, element));
  fast.original = match;
  matcher.match = fast;
}

/** Takes the class test out again and forgets computed styles (for the test that compares). */
export function uninstallFastStyles(): void {
  const impl = typeof document === 'undefined' ? undefined : (implOf(document) as { _nwsapiDontThrow?: { match: Match }; _styleCache?: unknown } | undefined);
  const original = impl?._nwsapiDontThrow?.match.original;
  if (!impl?._nwsapiDontThrow || !original) return;
  impl._nwsapiDontThrow.match = original;
  impl._styleCache = null;
}
