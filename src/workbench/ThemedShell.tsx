import { FluentProvider, makeStaticStyles } from '@fluentui/react-components';
import { ReactNode, useEffect, useState } from 'react';
import { fluentTheme } from '../taskpane/theme';

const DARK_QUERY = '(prefers-color-scheme: dark)';

const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
});

/**
 * Fluent's provider with the pane's own theme (src/taskpane/theme.ts), light or dark as the
 * address asks (`?theme=dark`) or else as the system is set, following a change while the page
 * is open, as the pane follows Office's theme. The provider carries no class of its own: Fluent
 * copies it onto every portal (dialogs, menus), where a full-height class would cover the page.
 */
export function ThemedShell({ theme, children }: { readonly theme?: 'light' | 'dark'; readonly children: ReactNode }) {
  useStaticStyles();
  const systemDark = useSystemDark();
  const dark = theme === undefined ? systemDark : theme === 'dark';
  useEffect(() => {
    document.documentElement.style.colorScheme = dark ? 'dark' : 'light';
  }, [dark]);
  return <FluentProvider theme={fluentTheme(dark)}>{children}</FluentProvider>;
}

function useSystemDark(): boolean {
  const [dark, setDark] = useState(() => window.matchMedia?.(DARK_QUERY).matches ?? false);
  useEffect(() => {
    const query = window.matchMedia?.(DARK_QUERY);
    if (!query) return undefined;
    const changed = () => setDark(query.matches);
    query.addEventListener('change', changed);
    return () => query.removeEventListener('change', changed);
  }, []);
  return dark;
}
