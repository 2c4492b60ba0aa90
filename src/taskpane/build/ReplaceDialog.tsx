import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { texts } from '../../text/pane';

export interface ReplaceDialogProps {
  /** The sheet that exists; the dialog is open while this is set. */
  readonly sheet: string | undefined;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

/** "Bladet Budget finns redan. Ersätta det?" Escape and Avbryt leave the workbook as it is. */
export function ReplaceDialog({ sheet, onConfirm, onCancel }: ReplaceDialogProps) {
  return (
    <Dialog open={sheet !== undefined} modalType="alert" onOpenChange={(_event, data) => (data.open ? undefined : onCancel())}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{texts.build.replaceTitle}</DialogTitle>
          <DialogContent>{texts.build.replaceQuestion(sheet ?? '')}</DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onConfirm}>
              {texts.build.replaceConfirm}
            </Button>
            <Button appearance="secondary" onClick={onCancel}>
              {texts.build.replaceCancel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
