import { Caption1, Input, makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { KeyboardEvent, useEffect, useState } from 'react';
import { FormulaLocale } from '../formula/swedish-formula';
import { CellDetail } from './grid/sheet-view';
import { workbenchTexts } from '../text/workbench';

export interface FormulaBarProps {
  /** "B12" */
  readonly address: string;
  readonly detail: CellDetail;
  /** Moves the selection to a typed address; false when the text names no cell. */
  readonly onGoTo: (typed: string) => boolean;
  /** False when the text was refused (a formula that does not parse): it stays in the bar. */
  readonly onCommit: (typed: string) => boolean | void;
  readonly locale: FormulaLocale;
}

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    ...shorthands.padding(tokens.spacingVerticalXS, tokens.spacingHorizontalS),
    ...shorthands.borderBottom(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke2),
  },
  address: { width: '7em', flexShrink: 0 },
  formula: { flexGrow: 1, fontFamily: tokens.fontFamilyMonospace },
  error: {
    color: tokens.colorPaletteRedForeground1,
    ...shorthands.padding(0, tokens.spacingHorizontalS, tokens.spacingVerticalXS),
  },
});

/** The address box and the formula bar, as in Excel: go to a cell, see and change what it holds. */
export function FormulaBar({ address, detail, onGoTo, onCommit, locale }: FormulaBarProps) {
  const styles = useStyles();
  const formula = useDraft(detail.editText, onCommit);
  const place = useDraft(address, (typed) => void onGoTo(typed));
  return (
    <div>
      <div className={styles.bar}>
        <Input className={styles.address} size="small" aria-label={workbenchTexts.addressLabel} {...place} />
        <Input
          className={styles.formula}
          size="small"
          aria-label={workbenchTexts.formulaLabel(address)}
          title={workbenchTexts.formulaHint(locale)}
          spellCheck={false}
          {...formula}
        />
      </div>
      {detail.error && (
        <Caption1 as="p" className={styles.error} role="note">
          {workbenchTexts.cellError(detail.error.code, detail.error.message)}
        </Caption1>
      )}
    </div>
  );
}

/**
 * A field that shows `shown` until the user types; Enter hands the typed text on, Escape puts
 * back what was shown, and leaving the field keeps what was typed (Excel commits on a click away).
 */
function useDraft(shown: string, onDone: (typed: string) => boolean | void) {
  const [draft, setDraft] = useState<string | undefined>(undefined);
  useEffect(() => setDraft(undefined), [shown]);
  const done = () => {
    if (draft !== undefined && draft !== shown && onDone(draft) === false) return;
    setDraft(undefined);
  };
  return {
    value: draft ?? shown,
    onChange: (_event: unknown, data: { value: string }) => setDraft(data.value),
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        done();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        setDraft(undefined);
      }
    },
    onBlur: done,
  };
}
