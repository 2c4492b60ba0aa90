import { clamp, isTypingKey, moveAfterEdit, moveFor } from '../../src/workbench/grid/moves';
import { DRAWN_COLS_MAX, DRAWN_ROWS_MAX } from '../../src/workbench/grid/sheet-view';

const plain = { shift: false, ctrl: false };

describe('moving the selection with the keyboard, as in Excel', () => {
  test('arrows move one cell and stop at the edges', () => {
    expect(moveFor('ArrowDown', { row: 4, col: 1 }, plain)).toEqual({ row: 5, col: 1 });
    expect(moveFor('ArrowUp', { row: 0, col: 1 }, plain)).toEqual({ row: 0, col: 1 });
    expect(moveFor('ArrowLeft', { row: 3, col: 0 }, plain)).toEqual({ row: 3, col: 0 });
    expect(clamp(DRAWN_ROWS_MAX + 5, DRAWN_COLS_MAX + 5)).toEqual({ row: DRAWN_ROWS_MAX - 1, col: DRAWN_COLS_MAX - 1 });
  });

  test('Enter goes down and Shift+Enter up; Home to column A, Ctrl+Home to A1', () => {
    expect(moveFor('Enter', { row: 4, col: 2 }, plain)).toEqual({ row: 5, col: 2 });
    expect(moveFor('Enter', { row: 4, col: 2 }, { shift: true, ctrl: false })).toEqual({ row: 3, col: 2 });
    expect(moveFor('Home', { row: 4, col: 2 }, plain)).toEqual({ row: 4, col: 0 });
    expect(moveFor('Home', { row: 4, col: 2 }, { shift: false, ctrl: true })).toEqual({ row: 0, col: 0 });
  });

  test('Tab is left to the browser, so it leaves the grid', () => {
    expect(moveFor('Tab', { row: 1, col: 1 }, plain)).toBeUndefined();
  });

  test('after an edit: Enter down, Tab right, Shift+Tab left, Escape stays', () => {
    expect(moveAfterEdit('Enter', { row: 1, col: 1 }, false)).toEqual({ row: 2, col: 1 });
    expect(moveAfterEdit('Tab', { row: 1, col: 1 }, false)).toEqual({ row: 1, col: 2 });
    expect(moveAfterEdit('Tab', { row: 1, col: 1 }, true)).toEqual({ row: 1, col: 0 });
    expect(moveAfterEdit('Escape', { row: 1, col: 1 }, false)).toEqual({ row: 1, col: 1 });
  });

  test('a printable key starts typing; a shortcut does not', () => {
    expect(isTypingKey({ key: '1', ctrlKey: false, metaKey: false, altKey: false })).toBe(true);
    expect(isTypingKey({ key: 'c', ctrlKey: true, metaKey: false, altKey: false })).toBe(false);
    expect(isTypingKey({ key: 'ArrowDown', ctrlKey: false, metaKey: false, altKey: false })).toBe(false);
  });
});
