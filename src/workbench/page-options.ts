import { DEFAULT_EXAMPLE } from './workbooks';

/** What the page's address asks for: `?example=social-budget-2021-2022`, `?theme=dark`. */
export interface PageOptions {
  readonly example: string;
  /** undefined: follow the system's light or dark setting. */
  readonly theme?: 'light' | 'dark';
}

export function pageOptions(search: string): PageOptions {
  const query = new URLSearchParams(search);
  const theme = query.get('theme');
  return {
    example: query.get('example') || DEFAULT_EXAMPLE,
    ...(theme === 'dark' || theme === 'light' ? { theme } : {}),
  };
}
