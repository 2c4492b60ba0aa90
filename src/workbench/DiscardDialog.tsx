import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import { workbenchTexts } from '../text/workbench';

export interface DiscardDialogProps {
  readonly open: boolean;
  readonly onAnswer: (yes: boolean) => void;
}

/** "Öppna en annan arbetsbok?" before unsaved changes would be dropped; Escape and Avbryt keep them. */
export function DiscardDialog({ open, onAnswer }: DiscardDialogProps) {
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_event, data) => (data.open ? undefined : onAnswer(false))}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{workbenchTexts.discardTitle}</DialogTitle>
          <DialogContent>{workbenchTexts.discardQuestion}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={() => onAnswer(false)}>
              {workbenchTexts.discardCancel}
            </Button>
            <Button appearance="primary" onClick={() => onAnswer(true)}>
              {workbenchTexts.discardConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
