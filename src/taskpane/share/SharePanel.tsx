import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  tokens,
} from '@fluentui/react-components';
import { WorkbookPort } from '../../workbook/port';
import { shareTexts } from '../../text/share';
import { useBoardShare } from './useBoardShare';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginTop: tokens.spacingVerticalXXL,
  },
});

/** "Dela med styrelsen" on the Kontroll page: copies of the sheets that work without the add-in. */
export function SharePanel({ port, includeBackups = false }: { readonly port?: WorkbookPort; readonly includeBackups?: boolean }) {
  const styles = useStyles();
  const { status, share, confirm, cancel } = useBoardShare(port, includeBackups);
  const working = status.kind === 'working';
  return (
    <section className={styles.panel} aria-labelledby="share-heading">
      <Subtitle1 as="h2" id="share-heading">
        {shareTexts.heading}
      </Subtitle1>
      <Body1>{shareTexts.intro}</Body1>
      <Button appearance="primary" onClick={() => void share()} disabledFocusable={working} icon={working ? <Spinner size="tiny" /> : undefined}>
        {working ? shareTexts.working : shareTexts.button}
      </Button>
      {status.kind === 'done' && (
        <MessageBar intent={status.intent} layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{status.title}</MessageBarTitle>
            {status.message}
          </MessageBarBody>
        </MessageBar>
      )}
      <Dialog open={status.kind === 'confirm'} modalType="alert" onOpenChange={(_event, data) => (data.open ? undefined : cancel())}>
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{shareTexts.replaceTitle}</DialogTitle>
            <DialogContent>{status.kind === 'confirm' ? shareTexts.replaceQuestion(status.sheets) : ''}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void confirm()}>
                {shareTexts.replaceConfirm}
              </Button>
              <Button appearance="secondary" onClick={cancel}>
                {shareTexts.replaceCancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
