import { mapOutsideLiterals } from '../formula/literals';

/**
 * `finsam eval` computes on an empty sheet, where the engine would still visit every cell of a
 * range: A1:XFD1048576 is 17 billion cells and runs for hours. A range spanning whole columns
 * (rows 1–1 048 576) is the same range as the columns themselves (A:XFD), which the engine cuts
 * to the cells in use, so it is written that way; other ranges together may hold at most
 * `limit` cells. Text in "quotes" and 'sheet names' is left alone.
 */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const MAX_RANGE_CELLS = 1_048_576;

export type BoundedRanges = { readonly ok: true; readonly formula: string } | { readonly ok: false; readonly range: string; readonly cells: number; readonly limit: number };

const RANGE = /(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7}):(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})/y;

export function boundedRanges(formula: string, limit: number = MAX_RANGE_CELLS): BoundedRanges {
  let cells = 0;
  let tooMany: { range: string; cells: number } | undefined;
  const code = (run: string): string => {
    let out = '';
    for (let i = 0; i < run.length && !tooMany; ) {
      RANGE.lastIndex = i;
      const match = /[A-Za-z0-9_.$]/.test(run[i - 1] ?? '') ? null : RANGE.exec(run);
      if (!match || /[A-Za-z0-9_.(]/.test(run[RANGE.lastIndex] ?? '')) {
        out += run[i];
        i += 1;
        continue;
      }
      const [text, colDollar1, col1, rowDollar1, row1, colDollar2, col2, rowDollar2, row2] = match;
      const [top, bottom] = [Number(row1), Number(row2)].sort((a, b) => a - b);
      const [left, right] = [columnNumber(col1), columnNumber(col2)].sort((a, b) => a - b);
      if (top === 1 && bottom === MAX_ROWS) out += `${colDollar1}${col1}:${colDollar2}${col2}`;
      else if (left === 1 && right === MAX_COLUMNS) out += `${rowDollar1}${row1}:${rowDollar2}${row2}`;
      else {
        cells += (bottom - top + 1) * (right - left + 1);
        if (cells > limit) tooMany = { range: text, cells };
        out += text;
      }
      i = RANGE.lastIndex;
    }
    return out;
  };
  const bounded = mapOutsideLiterals(formula, code);
  return tooMany ? { ok: false, ...tooMany, limit } : { ok: true, formula: bounded };
}

/** "A" → 1, "XFD" → 16 384. */
function columnNumber(letters: string): number {
  let number = 0;
  for (const letter of letters.toUpperCase()) number = number * 26 + (letter.charCodeAt(0) - 64);
  return number;
}
