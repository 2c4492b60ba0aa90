import { FluentProvider, makeStaticStyles, makeStyles, Theme } from '@fluentui/react-components';
import { ReactNode } from 'react';

const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  // On an inner element: Fluent copies the provider's class onto every dialog's portal, where a
  // full-height background would cover the pane behind the dialog's backdrop.
  page: { minHeight: '100vh' },
});

export interface ShellProps {
  readonly theme: Theme;
  readonly children: ReactNode;
}

/** Fluent's provider over the whole pane, so the theme's background fills it. */
export function Shell({ theme, children }: ShellProps) {
  useStaticStyles();
  const styles = useStyles();
  return (
    <FluentProvider theme={theme}>
      <div className={styles.page}>{children}</div>
    </FluentProvider>
  );
}
