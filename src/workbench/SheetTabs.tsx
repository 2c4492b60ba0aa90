import { makeStyles, shorthands, Tab, TabList, tokens } from '@fluentui/react-components';
import { workbenchTexts } from '../text/workbench';

export interface SheetTabsProps {
  readonly sheets: readonly string[];
  readonly selected: string | undefined;
  readonly onSelect: (sheet: string) => void;
  /** The id of the panel the tabs control (the grid). */
  readonly panelId: string;
}

const useStyles = makeStyles({
  tabs: {
    flexWrap: 'wrap',
    backgroundColor: tokens.colorNeutralBackground2,
    ...shorthands.borderTop(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    ...shorthands.padding(0, tokens.spacingHorizontalS),
  },
});

export const sheetTabId = (index: number) => `finsam-sheet-tab-${index}`;

/** The sheet tabs under the grid, as in Excel; arrow keys move between them (Fluent's TabList). */
export function SheetTabs({ sheets, selected, onSelect, panelId }: SheetTabsProps) {
  const styles = useStyles();
  return (
    <TabList
      className={styles.tabs}
      size="small"
      selectedValue={selected}
      onTabSelect={(_event, data) => onSelect(String(data.value))}
      aria-label={workbenchTexts.sheetTabs}
    >
      {sheets.map((sheet, index) => (
        <Tab key={sheet} value={sheet} id={sheetTabId(index)} aria-controls={panelId} data-sheet={sheet}>
          {sheet}
        </Tab>
      ))}
    </TabList>
  );
}
