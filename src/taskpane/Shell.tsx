import { FluentProvider, makeStaticStyles, makeStyles, Theme } from '@fluentui/react-components';
import { ReactNode } from 'react';

const useStaticStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  root: { minHeight: '100vh' },
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
    <FluentProvider theme={theme} className={styles.root}>
      {children}
    </FluentProvider>
  );
}
