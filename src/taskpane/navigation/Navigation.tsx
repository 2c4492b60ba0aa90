import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import { texts } from '../texts';
import { PANEL_ELEMENT_ID, TAB_IDS, TAB_LABELS, tabElementId, TabId } from './tabs';

export interface NavigationProps {
  readonly selected: TabId;
  readonly onSelect: (tab: TabId) => void;
}

const useStyles = makeStyles({
  // Nine tabs do not fit 320 px in a row: they wrap onto a few lines instead of scrolling away.
  list: {
    flexWrap: 'wrap',
    rowGap: tokens.spacingVerticalXXS,
  },
});

/** Tabs between the pane's pages; arrow keys move between them, as Fluent's TabList does. */
export function Navigation({ selected, onSelect }: NavigationProps) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.list}
      size="small"
      selectedValue={selected}
      onTabSelect={(_event, data) => onSelect(data.value as TabId)}
      aria-label={texts.navigation.label}
    >
      {TAB_IDS.map((tab) => (
        <Tab key={tab} value={tab} id={tabElementId(tab)} aria-controls={PANEL_ELEMENT_ID}>
          {TAB_LABELS[tab]}
        </Tab>
      ))}
    </TabList>
  );
}
