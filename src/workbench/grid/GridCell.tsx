import { mergeClasses } from '@fluentui/react-components';
import { KeyboardEvent, memo } from 'react';
import { workbenchTexts } from '../../text/workbench';
import { useGridStyles } from './grid-styles';
import { CellView } from './sheet-view';

export interface GridCellProps {
  readonly row: number;
  readonly col: number;
  readonly address: string;
  readonly view: CellView;
  readonly selected: boolean;
  /** The text being typed, while this cell is being edited. */
  readonly editing?: string;
  readonly onEditChange: (text: string) => void;
  readonly onEditKey: (event: KeyboardEvent<HTMLInputElement>) => void;
  readonly onEditBlur: () => void;
}

export const cellElementId = (row: number, col: number) => `finsam-cell-${row}-${col}`;

/** One cell: its shown value, or an editor while it is being typed in. Memoised: a move redraws two cells. */
export const GridCell = memo(function GridCell(props: GridCellProps) {
  const { row, col, address, view, selected, editing } = props;
  const styles = useGridStyles();
  const className = mergeClasses(
    styles.cell,
    styles[view.align],
    view.style && styles[view.style],
    view.overflow && editing === undefined && styles.overflow,
    view.error && styles.error,
    selected && styles.selected,
  );
  return (
    <td
      role="gridcell"
      id={cellElementId(row, col)}
      className={className}
      tabIndex={selected ? 0 : -1}
      aria-selected={selected}
      data-row={row}
      data-col={col}
      data-cell={address}
    >
      {editing === undefined ? view.text : <CellEditor {...props} text={editing} />}
    </td>
  );
});

function CellEditor({ address, text, onEditChange, onEditKey, onEditBlur }: GridCellProps & { readonly text: string }) {
  const styles = useGridStyles();
  return (
    <input
      className={styles.editor}
      value={text}
      autoFocus
      aria-label={workbenchTexts.editLabel(address)}
      onChange={(event) => onEditChange(event.target.value)}
      onKeyDown={onEditKey}
      onBlur={onEditBlur}
      spellCheck={false}
    />
  );
}
