import { KeyboardEvent, MouseEvent, useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { cellElementId } from './GridCell';
import { CellAt, isTypingKey, moveAfterEdit, moveFor } from './moves';

export interface SheetGridOptions {
  readonly selected: CellAt;
  readonly onSelect: (at: CellAt) => void;
  /** Writes what was typed into the cell (text, number or "=formula"); false keeps the editor open (a formula that does not parse). */
  readonly onCommit: (at: CellAt, typed: string) => boolean | void;
  /** The text being typed in a cell, or undefined when no cell is being edited (the formula bar follows it). */
  readonly onDraft?: (text: string | undefined) => void;
  /** What an editor opened with F2 or a double click starts from: the formula or the value. */
  readonly editTextAt: (at: CellAt) => string;
}

interface Editing {
  readonly at: CellAt;
  readonly text: string;
}

/**
 * The grid's keyboard, mouse and editing: one tab stop with roving focus, arrows to move, typing
 * or F2 to edit, Enter to commit. The focus follows the selection only when the user moved it in
 * the grid; a selection from the task pane (a finding) scrolls to the cell and leaves the focus
 * in the pane.
 */
export function useSheetGrid({ selected, onSelect, onCommit, onDraft, editTextAt }: SheetGridOptions) {
  const [editing, setEditing] = useState<Editing | undefined>(undefined);
  const editingRef = useRef<Editing | undefined>(undefined);
  const focusWanted = useRef(false);
  editingRef.current = editing;
  const draft = editing?.text;
  useEffect(() => onDraft?.(draft), [draft, onDraft]);

  const select = useCallback((at: CellAt, focus: boolean) => {
    focusWanted.current = focus;
    if (sameCell(at, selected)) focusSelected(at, focusWanted);
    else onSelect(at);
  }, [onSelect, selected]);

  // After a move or the end of an edit; the editor takes the focus itself while it is open.
  const open = editing !== undefined;
  const { row, col } = selected;
  useLayoutEffect(() => {
    if (!open) focusSelected({ row, col }, focusWanted);
  }, [row, col, open]);

  const finish = useCallback((key: string, shift: boolean) => {
    const open = editingRef.current;
    if (!open) return;
    // A refused entry stays in its editor, as Excel keeps a formula it cannot read.
    if (key !== 'Escape' && onCommit(open.at, open.text) === false) return;
    editingRef.current = undefined;
    setEditing(undefined);
    select(moveAfterEdit(key, open.at, shift), true);
  }, [onCommit, select]);

  const onGridKey = useCallback((event: KeyboardEvent<HTMLElement>) => {
    if (editingRef.current || !(event.target instanceof HTMLTableCellElement)) return;
    const move = moveFor(event.key, selected, { shift: event.shiftKey, ctrl: event.ctrlKey || event.metaKey });
    if (move) {
      event.preventDefault();
      select(move, true);
    } else if (event.key === 'F2') {
      event.preventDefault();
      setEditing({ at: selected, text: editTextAt(selected) });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onCommit(selected, '');
    } else if (isTypingKey(event)) {
      event.preventDefault();
      setEditing({ at: selected, text: event.key });
    }
  }, [selected, select, editTextAt, onCommit]);

  const onGridMouseDown = useCallback((event: MouseEvent<HTMLElement>) => {
    const at = cellOfEvent(event);
    if (at && !(editingRef.current && sameCell(editingRef.current.at, at))) select(at, true);
  }, [select]);

  const onGridDoubleClick = useCallback((event: MouseEvent<HTMLElement>) => {
    const at = cellOfEvent(event);
    if (at) setEditing({ at, text: editTextAt(at) });
  }, [editTextAt]);

  const onEditChange = useCallback((text: string) => setEditing((open) => (open ? { ...open, text } : open)), []);
  const onEditKey = useCallback((event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter' && event.key !== 'Tab' && event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    finish(event.key, event.shiftKey);
  }, [finish]);
  // Clicking elsewhere keeps what was typed, as Excel does; the selection stays where the click put it.
  const onEditBlur = useCallback(() => {
    const open = editingRef.current;
    if (!open || onCommit(open.at, open.text) === false) return;
    editingRef.current = undefined;
    setEditing(undefined);
  }, [onCommit]);

  return { editing, onGridKey, onGridMouseDown, onGridDoubleClick, onEditChange, onEditKey, onEditBlur };
}

function focusSelected(at: CellAt, focusWanted: { current: boolean }): void {
  const cell = document.getElementById(cellElementId(at.row, at.col));
  if (cell && focusWanted.current) cell.focus({ preventScroll: true });
  focusWanted.current = false;
  cell?.scrollIntoView?.({ block: 'nearest', inline: 'nearest' });
}

function cellOfEvent(event: MouseEvent<HTMLElement>): CellAt | undefined {
  const cell = (event.target as HTMLElement).closest?.('td[data-row]');
  if (!(cell instanceof HTMLElement)) return undefined;
  return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
}

const sameCell = (a: CellAt, b: CellAt) => a.row === b.row && a.col === b.col;
