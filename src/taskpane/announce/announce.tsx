import { makeStyles } from '@fluentui/react-components';
import { createContext, ReactNode, useCallback, useContext, useMemo, useState } from 'react';

/** Tells screen readers what just happened (a build, a check), without moving the focus. */
export type Announce = (message: string) => void;

const AnnounceContext = createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

const useStyles = makeStyles({
  // Visually hidden, still read: the usual clip pattern, since display: none is not announced.
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: 0,
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: 0,
  },
});

interface Announcement {
  readonly message: string;
  /** A new node per announcement, so the same words said twice are read twice. */
  readonly serial: number;
}

function useAnnouncer(): { announcement: Announcement; announce: Announce } {
  const [announcement, setAnnouncement] = useState<Announcement>({ message: '', serial: 0 });
  const announce = useCallback<Announce>((message) => setAnnouncement((old) => ({ message, serial: old.serial + 1 })), []);
  return { announcement, announce };
}

/** The pane's one polite live region, and the announce function for everything inside it. */
export function AnnounceProvider({ children }: { readonly children: ReactNode }) {
  const { announcement, announce } = useAnnouncer();
  const styles = useStyles();
  const value = useMemo(() => announce, [announce]);
  return (
    <AnnounceContext.Provider value={value}>
      {children}
      <div className={styles.hidden} role="status" aria-live="polite" aria-atomic="true" data-testid="announcer">
        <span key={announcement.serial}>{announcement.message}</span>
      </div>
    </AnnounceContext.Provider>
  );
}
