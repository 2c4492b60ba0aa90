/**
 * A FINSAM formula and its native translation side by side on one sheet of the embedded
 * engine: the data in columns A–K, the FINSAM formula (and its spill) from M1, the native
 * formulas from Y1, so both read the very same cells.
 */
import { DetailedCellError, HyperFormula, RawCellContent } from 'hyperformula';
import { ExportValue, sameValue } from '../../src/export/cell-values';
import { translateFormula } from '../../src/export/translate-formula';
import { createEngine } from '../../src/workbook/engine/engine';

const FINSAM_COLUMN = 12;
const NATIVE_COLUMN = 24;

export interface SideBySide {
  readonly finsam: ExportValue[][];
  readonly native: ExportValue[][];
  /** The native formulas, row by row. */
  readonly formulas: string[][];
}

/** The native formulas for a FINSAM formula, as a block (one cell unless it spills). */
export function nativeBlock(formula: string): string[][] {
  const translation = translateFormula(formula);
  if (translation.kind === 'formula') return [[translation.formula]];
  if (translation.kind !== 'spill') throw new Error(`no native formula for ${formula}: ${JSON.stringify(translation)}`);
  return Array.from({ length: translation.rows }, (_, row) =>
    Array.from({ length: translation.cols }, (_, col) => {
      const cell = translation.element(row, col);
      if (!cell.ok) throw new Error(`no native formula for ${formula} at ${row},${col}: ${cell.reason}`);
      return cell.formula;
    }),
  );
}

function valueOf(cell: unknown): ExportValue {
  if (cell instanceof DetailedCellError) return { error: cell.value };
  return typeof cell === 'number' || typeof cell === 'string' || typeof cell === 'boolean' ? cell : null;
}

/** An engine to refill per run (building one takes about 14 ms). */
export class Bench {
  private readonly engine: HyperFormula = createEngine({ Data: [] });
  private readonly sheet = this.engine.getSheetId('Data') ?? 0;

  compare(rows: readonly (readonly RawCellContent[])[], formula: string): SideBySide {
    const formulas = nativeBlock(formula);
    const height = Math.max(rows.length, formulas.length, 1);
    const content: RawCellContent[][] = Array.from({ length: height }, (_, r) => {
      const line: RawCellContent[] = [...(rows[r] ?? [])];
      if (r === 0) line[FINSAM_COLUMN] = formula;
      formulas[r]?.forEach((cell, c) => (line[NATIVE_COLUMN + c] = cell));
      return Array.from(line, (cell) => cell ?? null);
    });
    this.engine.setSheetContent(this.sheet, content);
    const values = this.engine.getSheetValues(this.sheet);
    const block = (left: number) => formulas.map((line, r) => line.map((_, c) => valueOf(values[r]?.[left + c])));
    return { finsam: block(FINSAM_COLUMN), native: block(NATIVE_COLUMN), formulas };
  }
}

/** One comparison of a batch: data from A1, a FINSAM formula over it, and what counts as agreeing. */
export interface Comparison {
  readonly rows: readonly (readonly RawCellContent[])[];
  readonly formula: string;
  /** Default: every cell of the two blocks the same (1e-9). */
  readonly agree?: (side: SideBySide) => boolean;
}

/** Moves every cell reference of a formula `offset` rows down (string literals untouched). */
export function shiftRows(formula: string, offset: number): string {
  return formula
    .split('"')
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/(?<![A-Za-z0-9_.$])(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(A-Za-z_.])/g, (_, column: string, row: string) => `${column}${Number(row) + offset}`)))
    .join('"');
}

/**
 * Many comparisons on ONE sheet, computed once: comparison k's data start at its own row, its
 * formula's references shifted there, a blank row between. Refilling the engine per comparison
 * was nearly all of the property tests' time. The results are as `compare` gives them one by one.
 */
export function compareMany(comparisons: readonly Comparison[]): SideBySide[] {
  const content: RawCellContent[][] = [];
  const placed = comparisons.map(({ rows, formula }) => {
    const top = content.length;
    const shifted = shiftRows(formula, top);
    const formulas = nativeBlock(shifted);
    const height = Math.max(rows.length, formulas.length, 1);
    for (let r = 0; r < height; r += 1) {
      const line: RawCellContent[] = [...(rows[r] ?? [])];
      if (r === 0) line[FINSAM_COLUMN] = shifted;
      formulas[r]?.forEach((cell, c) => (line[NATIVE_COLUMN + c] = cell));
      content.push(Array.from(line, (cell) => cell ?? null));
    }
    content.push([]);
    return { top, formulas };
  });
  const engine = createEngine({ Data: content });
  const values = engine.getSheetValues(engine.getSheetId('Data') ?? 0);
  engine.destroy();
  return placed.map(({ top, formulas }) => {
    const block = (left: number) => formulas.map((line, r) => line.map((_, c) => valueOf(values[top + r]?.[left + c])));
    return { finsam: block(FINSAM_COLUMN), native: block(NATIVE_COLUMN), formulas };
  });
}

/** Every cell of the two blocks the same (1e-9). */
export const sameBlocks = ({ finsam, native }: SideBySide): boolean => finsam.every((line, r) => line.every((value, c) => sameValue(value, native[r][c])));

/** One-off comparison with a fresh engine. */
export function sideBySide(rows: readonly (readonly RawCellContent[])[], formula: string): SideBySide {
  return new Bench().compare(rows, formula);
}

/** Cells of one column, from A1 down. */
export const column = (values: readonly RawCellContent[]): RawCellContent[][] => values.map((value) => [value]);

/** Both sides agree cell by cell (1e-9); optionally the native values are `expected` exactly. */
export function expectSame(rows: readonly (readonly RawCellContent[])[], formula: string, expected?: unknown): ExportValue[][] {
  const { finsam, native, formulas } = sideBySide(rows, formula);
  const agree = finsam.every((line, r) => line.every((value, c) => sameValue(value, native[r][c])));
  if (!agree) throw new Error(`${formula}\nFINSAM ${JSON.stringify(finsam)}\nnative ${JSON.stringify(native)}\n${formulas.flat().join('\n')}`);
  if (expected !== undefined) expect(native).toEqual(expected);
  return native;
}
