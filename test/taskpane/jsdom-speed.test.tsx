/** @jest-environment jsdom */
/**
 * The jsdom shortcuts the pane tests install (test/support/jsdom-speed.ts) give jsdom's own
 * answers: each control's labels as jsdom's getter lists them, and each computed display and
 * visibility as jsdom computes them without the class test.
 */
import { jsdomLabels, labelsOf } from '../support/fast-labels';
import { requiredClasses, uninstallFastStyles } from '../support/fast-styles';
import { implOf } from '../support/jsdom-impl';
import { renderPane } from './support/render-pane';

/** jsdom's own labels of an element, from the getter the shortcut replaced. */
function jsdomLabelsOf(element: Element): Element[] | null {
  for (const [name, descriptor] of jsdomLabels) {
    const constructor = (window as unknown as Record<string, { prototype: object }>)[name];
    if (element instanceof (constructor as unknown as typeof Element)) {
      const list = descriptor.get?.call(element) as NodeListOf<Element> | null;
      return list ? Array.from(list) : null;
    }
  }
  return null;
}

/** Compares every element under `root`; the number of elements with a label. */
function expectSameLabels(root: ParentNode): number {
  const elements = Array.from(root.querySelectorAll('*'));
  const describe = (element: Element, labels: Element[] | null) => `${element.outerHTML.slice(0, 60)} → ${labels === null ? 'null' : labels.map((label) => label.outerHTML.slice(0, 40)).join(' + ')}`;
  expect(elements.map((element) => describe(element, labelsOf(element)))).toEqual(elements.map((element) => describe(element, jsdomLabelsOf(element))));
  return elements.filter((element) => (labelsOf(element) ?? []).length > 0).length;
}

describe('labels', () => {
  test('for, nesting, duplicate ids, hidden inputs and non-labelable targets give jsdom\'s lists, also after changes', () => {
    document.body.innerHTML = `
      <label for="a">A</label><input id="a"><label for="a">A again</label>
      <label>B <input id="b"> <input id="b2"></label>
      <label for="dup">first dup</label><span id="dup"></span><input id="dup">
      <label for="hidden">H</label><input type="hidden" id="hidden">
      <label for="">empty</label><label for="nothing">none</label>
      <label><button>C</button></label><label for="s">S</label><select id="s"></select>
      <textarea id="t"></textarea><label for="t">T</label><meter id="m"></meter><label for="m">M</label>
      <svg><label for="a">not html</label></svg>`;
    expect(expectSameLabels(document.body)).toBe(6);

    document.querySelector('span#dup')?.remove();
    document.querySelector('input[type="hidden"]')?.setAttribute('type', 'text');
    document.querySelector('label[for="nothing"]')?.setAttribute('for', 'b2');
    expect(expectSameLabels(document.body)).toBe(9);

    const detached = document.createElement('div');
    detached.innerHTML = '<label for="x">X</label><input id="x"><label>Y<input></label>';
    expect(expectSameLabels(detached)).toBe(2);
  });

  test('every field of a rendered form has jsdom\'s labels', () => {
    const { container } = renderPane({ initialTab: 'participants' });
    expect(expectSameLabels(container)).toBeGreaterThan(10);
  });
});

describe('computed styles', () => {
  test('the class test reads only selectors whose every subject compound names a class', () => {
    expect(requiredClasses('.f1w7gpdv')).toEqual([['f1w7gpdv']]);
    expect(requiredClasses('.a .b')).toEqual([['b']]);
    expect(requiredClasses('.a>.b.c:hover')).toEqual([['b', 'c']]);
    expect(requiredClasses('.ft1hn21:hover .fui-Icon-filled')).toEqual([['fui-Icon-filled']]);
    expect(requiredClasses('.a:not(.c)::after, .d ~ .e')).toEqual([['a'], ['e']]);
    expect(requiredClasses('.a, div')).toBeNull();
    expect(requiredClasses(':is(.a, .b)')).toBeNull();
    expect(requiredClasses('[data-x=a.b]')).toBeNull();
    expect(requiredClasses('[data-x=".b"]')).toBeNull();
    expect(requiredClasses('.a\\:b')).toBeNull();
  });

  test('every element of a rendered form has the same display and visibility with and without it', () => {
    renderPane({ initialTab: 'participants' });
    expect(implOf(document)?._nwsapiDontThrow?.match).toHaveProperty('original');
    const elements = Array.from(document.querySelectorAll('*'));
    const seen = (element: Element) => {
      const style = window.getComputedStyle(element);
      return `${style.display}/${style.visibility}`;
    };
    const fast = elements.map(seen);
    uninstallFastStyles();
    const slow = elements.map(seen);
    expect(fast).toEqual(slow);
    // Fluent hides some elements with its classes; the comparison covers them.
    expect(slow.filter((style) => style.startsWith('none') || style.endsWith('hidden')).length).toBeGreaterThan(0);
  });
});
