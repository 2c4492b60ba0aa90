/**
 * Shared by the realisation tests (issue 12, item 2): one rule computed five ways (domain,
 * custom function, sheet finding, the sheet's formula in the engine, its native export in the
 * engine) must agree. Cases are drawn once with a seed; engine cases are rows of ONE sheet, so
 * an engine is built once per run, not once per case.
 */
import fc from 'fast-check';
import { DetailedCellError, RawCellContent } from 'hyperformula';
import { translateFormula } from '../../src/export/translate-formula';
import { Grid } from '../../src/sheets/grid';
import { CellContent, SheetPlan } from '../../src/sheets/plan';
import { createEngine } from '../../src/workbook/engine/engine';
import { RUNS, show } from './fuzz-run';

/** FINSAM_FUZZ_SEED replays a failing run; otherwise a fresh seed, printed with any failure. */
export const SEED = Number(process.env.FINSAM_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

/** `count` cases from `arbitrary`, reproducible from SEED. */
export function cases<T>(arbitrary: fc.Arbitrary<T>, count = RUNS): T[] {
  return fc.sample(arbitrary, { numRuns: count, seed: SEED });
}

/** Runs `body`; a failure names the seed that replays it. */
export function seeded(body: () => void): void {
  try {
    body();
  } catch (thrown) {
    const error = thrown instanceof Error ? thrown : new Error(String(thrown));
    error.message = `FINSAM_FUZZ_SEED=${SEED} replays this run.\n${error.message}`;
    throw error;
  }
}

/** Disagreements collected over all cases, so one failure shows the first few cases at once. */
export class Disagreements {
  private readonly found: string[] = [];
  private count = 0;

  note(what: string, ...details: unknown[]): void {
    this.count += 1;
    if (this.found.length < 5) this.found.push(`${what}: ${details.map(show).join(' | ')}`);
  }

  /** Throws with the first disagreements when there was any. */
  done(): void {
    if (this.count > 0) throw new Error(`${this.count} disagreement(s); the first:\n${this.found.join('\n')}`);
  }
}

/** A computed cell as plain data: an error as its code. */
export type EngineValue = number | string | boolean | null | { readonly error: string };

export function valueOf(cell: unknown): EngineValue {
  if (cell instanceof DetailedCellError) return { error: cell.value };
  return typeof cell === 'number' || typeof cell === 'string' || typeof cell === 'boolean' ? cell : null;
}

/** The native export of one FINSAM formula (a scalar one), as the export writes it. */
export function nativeOf(formula: string): string {
  const translation = translateFormula(formula);
  if (translation.kind === 'formula') return translation.formula;
  throw new Error(`no native formula for ${formula}: ${JSON.stringify(translation)}`);
}

/** One sheet "Data" in a fresh engine, computed once: its values row by row. */
export function computeSheet(rows: readonly (readonly RawCellContent[])[]): EngineValue[][] {
  const engine = createEngine({ Data: rows.map((row) => Array.from(row, (cell) => cell ?? null)) });
  const values = engine.getSheetValues(engine.getSheetId('Data') ?? 0).map((row) => row.map(valueOf));
  engine.destroy();
  return values;
}

/** A formula with its cell references and numbers blanked: "=IF(ISNUMBER(R),ROUND(ABS(R-R),N)<=R,FALSE)". */
export function shapeOf(formula: string): string {
  return formula
    .replace(/(?:'[^']*'|[A-Za-zÅÄÖåäö][\wÅÄÖåäö-]*)!/g, '')
    .replace(/\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?/g, 'R')
    .replace(/\b\d+(?:\.\d+)?\b/g, 'N');
}

/** "A1"-style address from 0-based row and column (columns up to Z). */
export const at = (row: number, col: number): string => `${String.fromCharCode(65 + col)}${row + 1}`;

/**
 * A sheet plan as a grid without computing it: the written values, and the formulas (their cells'
 * values blank). The sheet validators read what a person typed, so they need no engine for it.
 */
export function gridOfPlan(plan: SheetPlan): Grid {
  const values: CellContent[][] = [];
  const formulas: (string | null)[][] = [];
  for (const cell of plan.cells) {
    (values[cell.row] ??= [])[cell.col] = cell.value ?? null;
    (formulas[cell.row] ??= [])[cell.col] = cell.formula ?? null;
  }
  const dense = <T>(rows: T[][]) => Array.from(rows, (row) => Array.from(row ?? [], (cell) => cell ?? null));
  return { sheet: plan.name, values: dense(values), formulas: dense(formulas) };
}
