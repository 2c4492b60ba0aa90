import { Button, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, tokens } from '@fluentui/react-components';
import { texts } from '../../text/pane';
import { ReplaceDialog } from './ReplaceDialog';
import { BuildIntent, SheetBuild } from './useSheetBuild';

export interface BuildBarProps {
  readonly build: SheetBuild;
  /** Checks the form and, when it is fine, calls build.build(plan). */
  readonly onBuild: () => void;
  readonly label?: string;
}

const useStyles = makeStyles({
  // Sticky at the bottom of the pane, so "Bygg bladet" stays in view on long forms (issue 13).
  bar: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'stretch',
    gap: tokens.spacingVerticalS,
    position: 'sticky',
    bottom: 0,
    zIndex: 1,
    paddingTop: tokens.spacingVerticalS,
    paddingBottom: tokens.spacingVerticalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

const TITLES: Record<BuildIntent, string> = {
  success: texts.build.successTitle,
  error: texts.build.errorTitle,
  info: texts.build.infoTitle,
};

/** The build button, the replace question and the outcome. */
export function BuildBar({ build, onBuild, label = texts.build.button }: BuildBarProps) {
  const styles = useStyles();
  const { status } = build;
  const busy = status.kind === 'building';
  return (
    <div className={styles.bar}>
      <Button appearance="primary" onClick={onBuild} disabledFocusable={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
        {busy ? texts.build.building : label}
      </Button>
      {status.kind === 'done' && (
        <MessageBar intent={status.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{TITLES[status.intent]}</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <ReplaceDialog sheet={status.kind === 'confirm' ? status.sheet : undefined} onConfirm={() => void build.confirm()} onCancel={build.cancel} />
    </div>
  );
}
