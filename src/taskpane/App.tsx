import { Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { WorkbookPort } from '../workbook/port';
import { SelfTestProbe } from '../workbook/self-test-probe';
import { AnnounceProvider } from './announce/announce';
import { Navigation } from './navigation/Navigation';
import { PANEL_ELEMENT_ID, tabElementId, TabId } from './navigation/tabs';
import { Page } from './Pages';
import { FormStorage, noFormStorage } from './persistence/storage';
import { usePaneForms } from './persistence/usePaneForms';
import { texts } from '../text/pane';
import { useValidation } from './validation/useValidation';
import { defaultValidator, WorkbookValidator } from './validation/validator';
import { ADDIN_VERSION } from './version';

export interface AppProps {
  /** The workbook the pane builds into and checks; without one the pane still shows its forms. */
  readonly port?: WorkbookPort;
  /** Where the forms are kept between openings. */
  readonly storage?: FormStorage;
  readonly validate?: WorkbookValidator;
  /** Opens this tab instead of the one the user had open last. */
  readonly initialTab?: TabId;
  /** What Självtest (on the Funktioner page) runs on; without one the page says where it can run. */
  readonly selfTest?: SelfTestProbe;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    maxWidth: '60em',
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  version: {
    color: tokens.colorNeutralForeground3,
  },
});

/** The task pane: title, the tabs, and the open page, with one live region for announcements. */
export function App(props: AppProps) {
  return (
    <AnnounceProvider>
      <Pane {...props} />
    </AnnounceProvider>
  );
}

function usePane({ port, storage = noFormStorage, validate = defaultValidator, initialTab, selfTest }: AppProps) {
  const state = usePaneForms(storage, port);
  const [override, setOverride] = useState<TabId | undefined>(initialTab);
  const tab = override ?? state.forms.tab;
  const validation = useValidation(port, validate);
  const { update } = state;
  const select = useCallback(
    (next: TabId) => {
      setOverride(undefined);
      update('tab', () => next);
    },
    [update],
  );
  const onBuilt = useCallback(() => void validation.run({ quiet: true }), [validation]);
  return { tab, select, state, validation, onBuilt, port, selfTest };
}

function Pane(props: AppProps) {
  const { tab, select, state, validation, onBuilt, port, selfTest } = usePane(props);
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{texts.title}</Title3>
        <Caption1 className={styles.version}>{texts.version(ADDIN_VERSION)}</Caption1>
      </header>
      <Navigation selected={tab} onSelect={select} />
      <div role="tabpanel" id={PANEL_ELEMENT_ID} aria-labelledby={tabElementId(tab)}>
        <Page tab={tab} port={port} state={state} validation={validation} onBuilt={onBuilt} selfTest={selfTest} />
      </div>
    </main>
  );
}
