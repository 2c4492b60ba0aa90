import { Grid, readLabel, sameLabel } from './grid';

/**
 * Looking for a few words over a whole sheet, as the readers do to tell whether a sheet looks
 * like a budget. A cell is compared with sameLabel only when it contains one of the words,
 * so a large sheet of other text costs one regular-expression test per cell, not one comparison per word.
 */
export interface WordCell {
  readonly row: number;
  readonly col: number;
  readonly word: string;
}

function matcher(words: readonly string[]): (cell: unknown) => string | undefined {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(words.map((word) => escape(word.trim()).replace(/\s+/g, '\\s+')).join('|'), 'i');
  return (cell) => {
    if (typeof cell !== 'string' || cell.length > 200 || !pattern.test(cell)) return undefined;
    const label = readLabel(cell);
    return words.find((word) => sameLabel(label, word));
  };
}

/** The first cell, row by row from `from` (or upwards from `from` with `upwards`), carrying one of `words`. */
export function findWordCell(grid: Grid, words: readonly string[], from = 0, upwards = false): WordCell | undefined {
  const match = matcher(words);
  const step = upwards ? -1 : 1;
  for (let row = from; row >= 0 && row < grid.values.length; row += step) {
    const cells = grid.values[row] ?? [];
    for (let col = 0; col < cells.length; col += 1) {
      const word = match(cells[col]);
      if (word !== undefined) return { row, col, word };
    }
  }
  return undefined;
}

/** Whether any cell carries one of `words`. */
export function hasWord(grid: Grid, words: readonly string[]): boolean {
  return findWordCell(grid, words) !== undefined;
}

/** Which of `words` occur anywhere on the sheet, in one pass. */
export function wordsPresent(grid: Grid, words: readonly string[]): Set<string> {
  const match = matcher(words);
  const found = new Set<string>();
  for (const cells of grid.values) {
    for (const cell of cells ?? []) {
      const word = match(cell);
      if (word !== undefined) found.add(word);
    }
  }
  return found;
}
