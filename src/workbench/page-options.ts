import { FormulaLocale } from '../formula/swedish-formula';
import { DEFAULT_EXAMPLE } from './workbooks';

/** What the page's address asks for: `?example=social-budget-2021-2022`, `?theme=dark`, `?locale=en-US`. */
export interface PageOptions {
  readonly example: string;
  /** undefined: follow the system's light or dark setting. */
  readonly theme?: 'light' | 'dark';
  /** undefined: the one chosen last in this browser, else Swedish as in a Swedish Excel. */
  readonly locale?: FormulaLocale;
}

export function pageOptions(search: string): PageOptions {
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  const locale = query.get('locale');
  return {
    example: query.get('example') || DEFAULT_EXAMPLE,
    ...(theme === 'dark' || theme === 'light' ? { theme } : {}),
    ...(locale === 'sv-SE' || locale === 'en-US' ? { locale } : {}),
  };
}
