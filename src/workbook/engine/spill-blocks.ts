import { HyperFormula } from 'hyperformula';
import { parseFormula } from '../../formula/formula-parser';
import { Grid } from '../../sheets/grid';

/** The cells a spilled FINSAM formula fills, below and right of its own cell. */
export interface SpillBlock {
  readonly row: number;
  readonly col: number;
  readonly height: number;
  readonly width: number;
}

/**
 * A workbook read from a file holds a spilled answer twice: the formula in its first cell and
 * the cached values in the rest of the block. Put back into the engine as they are, those values
 * stand in the formula's way (#SPILL!), so the blocks are found here and left empty. The size
 * comes from the arguments, as the FINSAM plugin predicts it: SHARES the shape of its parts,
 * WEIGHTCHECK one row per target area and six columns.
 */
export function spillBlocks(engine: HyperFormula, grids: readonly Grid[]): Map<string, SpillBlock[]> {
  const blocks = new Map<string, SpillBlock[]>();
  for (const grid of grids) {
    const sheetId = engine.getSheetId(grid.sheet);
    if (sheetId === undefined) continue;
    grid.formulas?.forEach((row, r) =>
      row.forEach((formula, c) => {
        const block = formula ? blockOf(engine, sheetId, formula, r, c) : undefined;
        if (block) blocks.set(grid.sheet, [...(blocks.get(grid.sheet) ?? []), block]);
      }),
    );
  }
  return blocks;
}

function blockOf(engine: HyperFormula, sheetId: number, formula: string, row: number, col: number): SpillBlock | undefined {
  const parsed = parseFormula(formula);
  if (!parsed.ok || parsed.calls.length !== 1) return undefined;
  const call = parsed.calls[0];
  // Only a spilling call that is the whole formula spills; inside SUM(…) or INDEX(…) it does not.
  if (formula.slice(call.end).trim() !== '' || formula.slice(0, call.start).replace('=', '').trim() !== '') return undefined;
  const name = call.name.toUpperCase();
  const argument = (index: number) => (call.args[index] ? formula.slice(call.args[index].start, call.args[index].end) : undefined);
  if (name === 'FINSAM.SHARES') return sized(engine, sheetId, argument(1), row, col, false);
  if (name === 'FINSAM.WEIGHTCHECK') return sized(engine, sheetId, argument(2), row, col, true);
  return undefined;
}

function sized(engine: HyperFormula, sheetId: number, range: string | undefined, row: number, col: number, oneRowPerCell: boolean): SpillBlock | undefined {
  if (!range) return undefined;
  const rows = engine.calculateFormula(`=ROWS(${range})`, sheetId);
  const columns = engine.calculateFormula(`=COLUMNS(${range})`, sheetId);
  if (typeof rows !== 'number' || typeof columns !== 'number') return undefined;
  return oneRowPerCell ? { row, col, height: rows * columns, width: 6 } : { row, col, height: rows, width: columns };
}

/** Whether a cell lies in a block but is not the block's own formula cell. */
export function insideBlock(blocks: readonly SpillBlock[] | undefined, row: number, col: number): boolean {
  return (blocks ?? []).some((b) => row >= b.row && row < b.row + b.height && col >= b.col && col < b.col + b.width && !(row === b.row && col === b.col));
}
