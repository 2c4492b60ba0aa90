import { Grid } from '../sheets/grid';
import { SheetPlan } from '../sheets/plan';

/**
 * What the task pane needs of a workbook, whatever holds it: Excel through Office.js
 * (src/workbook/office/) or the embedded engine of the local workbench (src/workbook/engine/).
 * The pane never talks to Excel directly (ARCHITECTURE.md).
 */
export interface WorkbookPort {
  /** The sheets' names, in tab order. */
  sheetNames(): Promise<string[]>;
  /** The named sheets (all when omitted) as grids of computed values and en-US formulas. */
  readGrids(sheets?: readonly string[]): Promise<Grid[]>;
  /**
   * Writes a sheet from its plan. A sheet of that name is never overwritten: with
   * `existing: 'keepCopy'` it is first renamed to a free name ("Budget (gammal)", "Budget (gammal 2)" …)
   * and kept; with 'fail' the call answers `{ ok: false, reason: 'exists' }`. The new sheet is
   * built under a temporary name and only then given its name, so a failed write leaves the
   * workbook as it was.
   */
  applyPlan(plan: SheetPlan, options: ApplyOptions): Promise<ApplyResult>;
  /** Activates the sheet and selects the cell ("B12"), for a click on a finding. */
  selectCell(sheet: string, cell: string): Promise<void>;
}

export interface ApplyOptions {
  readonly existing: 'fail' | 'keepCopy';
}

export type ApplyResult =
  | { readonly ok: true; readonly sheet: string; readonly keptCopy?: string }
  | { readonly ok: false; readonly reason: 'exists' | 'failed'; readonly message: string };
