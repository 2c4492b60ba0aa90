/**
 * The help site: one page per function at help/<name lower>.html (the JSDoc's @helpurl) and a
 * list of them at help/index.html. webpack writes it to dist/addin/help (scripts/help-pages.js).
 */
import { page, escapeHtml as h } from './html';
import { FUNCTION_HELP } from './index';
import { functionMain } from './page';
import { FunctionHelp, helpFileName } from './types';

export interface SiteOptions {
  readonly version: string;
}

/** FUNCTIONS.md's sections, in its order. */
export const HELP_SECTIONS: readonly { readonly title: string; readonly names: readonly string[] }[] = [
  { title: 'Social budget och Impactindex', names: ['IMPACTINDEX', 'IMPACTVALUE', 'AREASHARE', 'WEIGHTCHECK', 'WEIGHTSOK', 'ACHIEVED', 'STATUS'] },
  { title: 'Finansiering', names: ['SHARE', 'SHARES', 'CONTRIBUTION', 'EQUITYCAP', 'DEVIATES'] },
  { title: 'Deltagare och helårsekvivalenter', names: ['RATE', 'FYE', 'FYESHARE', 'FYECHANGE'] },
  { title: 'Intressenter', names: ['IMPORTANCE', 'QUADRANT'] },
];

export function functionPage(help: FunctionHelp, options: SiteOptions): string {
  return page({ title: `FINSAM.${help.name}: hjälp – FINSAM för Excel`, main: functionMain(help), backLink: true, version: options.version });
}

export function indexPage(options: SiteOptions): string {
  const sections = HELP_SECTIONS.map((section) => {
    const items = section.names.map((name) => {
      const help = FUNCTION_HELP.find((candidate) => candidate.name === name);
      if (!help) throw new Error(`Ingen hjälp för ${name}.`);
      return `<li><a href="${helpFileName(name)}"><code>FINSAM.${h(name)}</code></a>: ${h(help.summary)}</li>`;
    });
    return `<h2>${h(section.title)}</h2>\n<ul>\n${items.join('\n')}\n</ul>`;
  });
  const main = [
    '<h1>FINSAM-funktionerna</h1>',
    '<p class="lead">Funktionerna för samordningsförbundets budget och sociala budget. Namnen och argumenten ändras aldrig, så formler i gamla arbetsböcker fortsätter att fungera.</p>',
    ...sections,
  ].join('\n');
  return page({ title: 'FINSAM-funktionerna – FINSAM för Excel', main, backLink: false, version: options.version });
}

/** Every page of the site by file name. */
export function renderHelpSite(options: SiteOptions): Record<string, string> {
  const pages: Record<string, string> = { 'index.html': indexPage(options) };
  for (const help of FUNCTION_HELP) pages[helpFileName(help.name)] = functionPage(help, options);
  const listed = HELP_SECTIONS.flatMap((section) => section.names);
  const unlisted = FUNCTION_HELP.filter((help) => !listed.includes(help.name)).map((help) => help.name);
  if (unlisted.length > 0) throw new Error(`Inte med i HELP_SECTIONS: ${unlisted.join(', ')}`);
  return pages;
}
