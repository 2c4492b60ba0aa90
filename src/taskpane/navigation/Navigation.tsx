import { makeStyles, Tab, TabList } from '@fluentui/react-components';
import { useEffect } from 'react';
import { texts } from '../../text/pane';
import { PANEL_ELEMENT_ID, TAB_IDS, TAB_LABELS, tabElementId, TabId } from './tabs';

export interface NavigationProps {
  readonly selected: TabId;
  readonly onSelect: (tab: TabId) => void;
}

const useStyles = makeStyles({
  // Nine tabs do not fit 320 px: one row that scrolls sideways, not four rows of wrap (issue 13).
  list: {
    flexWrap: 'nowrap',
    overflowX: 'auto',
    overflowY: 'hidden',
    scrollbarWidth: 'thin',
    maxWidth: '100%',
  },
  tab: {
    flexShrink: 0,
  },
});

/** Tabs between the pane's pages; arrow keys move between them, as Fluent's TabList does. */
export function Navigation({ selected, onSelect }: NavigationProps) {
  const styles = useStyles();
  // The chosen tab stays in view when the row is scrolled (arrow keys, or a tab opened from elsewhere).
  useEffect(() => {
    document.getElementById(tabElementId(selected))?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
  }, [selected]);
  return (
    <TabList
      className={styles.list}
      size="small"
      selectedValue={selected}
      onTabSelect={(_event, data) => onSelect(data.value as TabId)}
      aria-label={texts.navigation.label}
    >
      {TAB_IDS.map((tab) => (
        <Tab key={tab} className={styles.tab} value={tab} id={tabElementId(tab)} aria-controls={PANEL_ELEMENT_ID}>
          {TAB_LABELS[tab]}
        </Tab>
      ))}
    </TabList>
  );
}
