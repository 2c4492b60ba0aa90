/**
 * @jest-environment jsdom
 */
/**
 * The help pages (issue 8, item 3): one per function at the file its @helpurl names, in Swedish,
 * self-contained (no scripts, no requests to other hosts), with headings in order, and holding
 * the help's own text: every argument, every error with its message, every example.
 */
import { FUNCTION_HELP, helpFileName, helpUrl } from '../../src/help';
import { escapeHtml } from '../../src/help/html';
import { excelSyntax } from '../../src/help/page';
import { renderHelpSite } from '../../src/help/site';

const site = renderHelpSite({ version: '0.1.0' });
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
const pages = Object.entries(site);

test('a page per function at the file its @helpurl names, and a list of them', () => {
  expect(Object.keys(site).sort()).toEqual(['index.html', ...FUNCTION_HELP.map((help) => helpFileName(help.name))].sort());
  for (const help of FUNCTION_HELP) expect(helpUrl(help.name)).toBe(`https://localhost:3000/help/${help.name.toLowerCase()}.html`);
  const links = Array.from(parse(site['index.html']).querySelectorAll('main a')).map((a) => a.getAttribute('href'));
  expect([...links].sort()).toEqual(FUNCTION_HELP.map((help) => helpFileName(help.name)).sort());
});

describe.each(pages)('%s', (file, html) => {
  const document = parse(html);

  test('is Swedish, titled, and has one h1 with headings that never skip a level', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(document.documentElement.getAttribute('lang')).toBe('sv');
    expect(document.querySelector('meta[charset]')?.getAttribute('charset')).toBe('utf-8');
    expect(document.title).toMatch(/FINSAM/);
    expect(document.querySelectorAll('h1')).toHaveLength(1);
    const levels = Array.from(document.querySelectorAll('h1, h2, h3, h4, h5, h6')).map((heading) => Number(heading.tagName[1]));
    levels.forEach((level, index) => expect(level - (levels[index - 1] ?? 0)).toBeLessThanOrEqual(1));
    expect(document.querySelector('main')).not.toBeNull();
  });

  test('is self-contained: no script, no stylesheet link, no image, nothing from another host', () => {
    expect(document.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
    const targets = Array.from(document.querySelectorAll('[href], [src], [action]')).map((element) => element.getAttribute('href') ?? element.getAttribute('src') ?? element.getAttribute('action') ?? '');
    expect(targets.filter((target) => /^[a-z]+:|^\/\//i.test(target))).toEqual([]);
    expect(html).not.toMatch(/url\(|@import/);
  });

  test('every table has a caption and header cells with a scope', () => {
    for (const table of Array.from(document.querySelectorAll('table:not(.spill)'))) {
      expect(table.querySelector('caption')?.textContent?.trim()).toBeTruthy();
      expect(Array.from(table.querySelectorAll('th')).every((th) => ['col', 'row'].includes(th.getAttribute('scope') ?? ''))).toBe(true);
    }
  });

  if (file !== 'index.html') {
    const help = FUNCTION_HELP.find((candidate) => helpFileName(candidate.name) === file);
    if (!help) throw new Error(`no help for ${file}`);
    test('holds the help: description, syntax, arguments, result, errors with messages, examples', () => {
      const text = document.body.textContent ?? '';
      expect(document.querySelector('h1')?.textContent).toBe(`FINSAM.${help.name}`);
      const expected = [help.description, ...help.details, excelSyntax(help), help.returns];
      expected.push(...help.parameters.flatMap((p) => [p.name, p.swedishName, p.description]));
      expected.push(...help.errors.flatMap((e) => [e.code, e.when, e.formula, e.message]));
      expected.push(...help.examples.flatMap((e) => [e.formula, e.explanation]));
      expect(expected.filter((part) => !text.includes(part))).toEqual([]);
      for (const part of expected) expect(html).toContain(escapeHtml(part));
    });
  }
});
