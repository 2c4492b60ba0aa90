import { Button } from '@fluentui/react-components';
import { texts } from '../../text/pane';

export interface RemoveButtonProps {
  /** What goes: "kommunen Vännäs kommun", read by screen readers as the button's name. */
  readonly what: string;
  readonly onRemove: () => void;
}

/** A small "Ta bort" whose accessible name says what it removes. */
export function RemoveButton({ what, onRemove }: RemoveButtonProps) {
  return (
    <Button size="small" appearance="subtle" onClick={onRemove} aria-label={texts.fields.remove(what)}>
      {texts.fields.removeShort}
    </Button>
  );
}
