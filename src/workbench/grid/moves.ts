import { DRAWN_COLS_MAX, DRAWN_ROWS_MAX } from './sheet-view';

export interface CellAt {
  readonly row: number;
  readonly col: number;
}

/** Rows a Page Up or Page Down moves, about a screenful. */
const PAGE = 20;

/**
 * Where a key moves the selection, as in Excel: arrows, Enter (down, Shift+Enter up), Home
 * (column A), Ctrl+Home (A1), Page Up/Down. Undefined for a key that does not move. Tab is left
 * to the browser, so Tab leaves the grid (one tab stop, WAI-ARIA grid pattern).
 */
export function moveFor(key: string, at: CellAt, modifiers: { shift: boolean; ctrl: boolean }): CellAt | undefined {
  switch (key) {
    case 'ArrowUp':
      return clamp(at.row - 1, at.col);
    case 'ArrowDown':
      return clamp(at.row + 1, at.col);
    case 'ArrowLeft':
      return clamp(at.row, at.col - 1);
    case 'ArrowRight':
      return clamp(at.row, at.col + 1);
    case 'Enter':
      return clamp(at.row + (modifiers.shift ? -1 : 1), at.col);
    case 'Home':
      return modifiers.ctrl ? { row: 0, col: 0 } : clamp(at.row, 0);
    case 'PageUp':
      return clamp(at.row - PAGE, at.col);
    case 'PageDown':
      return clamp(at.row + PAGE, at.col);
    default:
      return undefined;
  }
}

/** Where committing an edit moves: Enter down, Tab right (Shift back); Escape stays. */
export function moveAfterEdit(key: string, at: CellAt, shift: boolean): CellAt {
  if (key === 'Tab') return clamp(at.row, at.col + (shift ? -1 : 1));
  if (key === 'Enter') return clamp(at.row + (shift ? -1 : 1), at.col);
  return at;
}

export function clamp(row: number, col: number): CellAt {
  return { row: Math.min(Math.max(row, 0), DRAWN_ROWS_MAX - 1), col: Math.min(Math.max(col, 0), DRAWN_COLS_MAX - 1) };
}

/** A key that types into the cell and so starts editing with that character. */
export function isTypingKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): boolean {
  return event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey;
}
