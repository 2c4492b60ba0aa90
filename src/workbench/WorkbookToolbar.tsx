import { Button, Label, makeStyles, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Select, shorthands, Text, tokens, useId } from '@fluentui/react-components';
import { ChangeEvent, useRef } from 'react';
import { FormulaLocale } from '../formula/swedish-formula';
import { exampleLabel, workbenchTexts } from '../text/workbench';
import { WorkbenchStatus } from './state/useWorkbench';

export interface WorkbookToolbarProps {
  readonly examples: readonly string[];
  readonly emptyName: string;
  readonly saving: boolean;
  readonly status?: WorkbenchStatus;
  readonly onOpenExample: (name: string) => void;
  readonly onOpenFile: (file: File) => void;
  readonly onSave: () => void;
  readonly locale: FormulaLocale;
  readonly onLocale: (locale: FormulaLocale) => void;
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    ...shorthands.padding(tokens.spacingVerticalS, tokens.spacingHorizontalS),
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  file: { display: 'none' },
  locale: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  status: { marginInlineStart: tokens.spacingHorizontalS, color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** Open an example, open an .xlsx, save as .xlsx; what happened is shown and read out beside them. */
export function WorkbookToolbar(props: WorkbookToolbarProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const localeId = useId('formula-locale');
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file) props.onOpenFile(file);
  };
  return (
    <div className={styles.bar} role="group" aria-label={workbenchTexts.toolbar}>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button>{workbenchTexts.openExample}</Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList aria-label={workbenchTexts.openExampleMenu}>
            {props.examples.map((name) => (
              <MenuItem key={name} onClick={() => props.onOpenExample(name)}>
                {exampleLabel(name)}
              </MenuItem>
            ))}
            <MenuItem onClick={() => props.onOpenExample(props.emptyName)}>{workbenchTexts.emptyWorkbook}</MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
      <Button onClick={() => fileInput.current?.click()}>{workbenchTexts.openFile}</Button>
      <input ref={fileInput} className={styles.file} type="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={chosen} tabIndex={-1} aria-hidden="true" />
      <Button onClick={props.onSave} disabledFocusable={props.saving}>
        {props.saving ? workbenchTexts.saving : workbenchTexts.saveFile}
      </Button>
      <span className={styles.locale}>
        <Label htmlFor={localeId} size="small">{workbenchTexts.localeLabel}</Label>
        <Select id={localeId} size="small" value={props.locale} onChange={(_event, data) => props.onLocale(data.value === 'en-US' ? 'en-US' : 'sv-SE')}>
          <option value="sv-SE">{workbenchTexts.locales['sv-SE']}</option>
          <option value="en-US">{workbenchTexts.locales['en-US']}</option>
        </Select>
      </span>
      <Text role="status" aria-live="polite" className={props.status?.intent === 'error' ? styles.error : styles.status}>
        {props.status?.message ?? ''}
      </Text>
    </div>
  );
}
