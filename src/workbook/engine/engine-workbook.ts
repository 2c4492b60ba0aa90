import { HyperFormula } from 'hyperformula';
import { workbookMessages } from '../../text/workbook-messages';
import { cellAddress, parseCellAddress, sheetReference } from '../../sheets/address';
import { Grid } from '../../sheets/grid';
import { CellStyle, PlanChart, PlanTable, SheetPlan } from '../../sheets/plan';
import { isValidSheetName, keptSheetName, sameName, temporarySheetName } from '../office/sheet-names';
import { ApplyOptions, ApplyResult, WorkbookPort } from '../port';
import { createEngine } from './engine';
import { contentsOf, gridOf } from './plan-to-engine';

/** What the engine cannot hold itself: the plan's number format and look of a cell. */
export interface CellFormat {
  readonly numberFormat?: string;
  readonly style?: CellStyle;
}

export interface SheetLayout {
  readonly columnWidths: readonly number[];
  readonly frozenRows: number;
  readonly tables: readonly PlanTable[];
  /** The plan's charts: the workbench draws them from the engine's values and saves them to .xlsx. */
  readonly charts?: readonly PlanChart[];
}

export interface Selection {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  /** "B12" */
  readonly cell: string;
}

type SheetId = number;

/** The sheet a build replaces: its id, its name, and the name it is kept under. */
interface Replaced {
  readonly id: SheetId;
  readonly name: string;
  readonly keptAs: string;
}

/**
 * The Workbook port on the embedded engine: the workbook of the local workbench (issue 7) and
 * of integration tests. Same rules as the Office adapter: a sheet is never overwritten, the
 * replaced one is kept as "… (gammal)", the new sheet is built under a temporary name and
 * swapped in, a failure leaves the workbook as it was, text stays text. Formats and looks,
 * which the engine has no place for, are kept beside it per sheet id (ids survive renames).
 *
 * @example const workbook = new EngineWorkbook(); workbook.onSelect((s) => grid.show(s));
 */
export class EngineWorkbook implements WorkbookPort {
  private readonly formats = new Map<SheetId, Map<string, CellFormat>>();
  private readonly layouts = new Map<SheetId, SheetLayout>();
  private readonly listeners = new Set<(selection: Selection) => void>();
  private selected?: Selection;

  constructor(readonly engine: HyperFormula = createEngine()) {
    // The engine may give a removed sheet's id to a later sheet: forget what the removed one had.
    engine.on('sheetRemoved', () => {
      for (const id of [...this.formats.keys()]) {
        if (engine.getSheetName(id) === undefined) this.formats.delete(id);
      }
      for (const id of [...this.layouts.keys()]) {
        if (engine.getSheetName(id) === undefined) this.layouts.delete(id);
      }
    });
  }

  async sheetNames(): Promise<string[]> {
    return this.engine.getSheetNames();
  }

  async readGrids(sheets?: readonly string[]): Promise<Grid[]> {
    return (sheets ?? this.engine.getSheetNames()).map((sheet) => gridOf(this.engine, sheet));
  }

  async applyPlan(plan: SheetPlan, options: ApplyOptions): Promise<ApplyResult> {
    if (!isValidSheetName(plan.name)) return { ok: false, reason: 'failed', message: workbookMessages.sheetNameInvalid(plan.name) };
    const names = this.engine.getSheetNames();
    const existing = names.find((name) => sameName(name, plan.name));
    if (existing && options.existing === 'fail') return { ok: false, reason: 'exists', message: workbookMessages.sheetExists(existing) };
    const temporary = temporarySheetName(names);
    const namesBefore = this.namedExpressions(plan);
    // By id: once the swap has begun, "Budget" may name the new sheet.
    const replaced = existing === undefined ? undefined : { id: this.engine.getSheetId(existing)!, name: existing, keptAs: keptSheetName(existing, [...names, temporary]) };
    this.engine.suspendEvaluation();
    try {
      const id = this.build(plan, temporary, replaced);
      this.formats.set(id, new Map(plan.cells.map((cell) => [`${cell.row},${cell.col}`, { numberFormat: cell.numberFormat, style: cell.style }])));
      this.layouts.set(id, { columnWidths: plan.columnWidths, frozenRows: plan.frozenRows, tables: plan.tables, ...(plan.charts ? { charts: plan.charts } : {}) });
    } catch (error) {
      this.rollBack(plan, temporary, replaced, namesBefore);
      const reason = workbookMessages.engineError(error instanceof Error ? error.message : String(error));
      return { ok: false, reason: 'failed', message: workbookMessages.buildFailed(plan.name, reason) };
    } finally {
      this.engine.resumeEvaluation();
    }
    this.select({ sheet: plan.name, row: 0, col: 0, cell: 'A1' });
    return { ok: true, sheet: plan.name, ...(replaced ? { keptCopy: replaced.keptAs } : {}) };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    const name = this.engine.getSheetNames().find((candidate) => sameName(candidate, sheet));
    if (name === undefined) throw new Error(workbookMessages.sheetMissing(sheet));
    const at = parseCellAddress(cell);
    if (!at) throw new Error(workbookMessages.cellInvalid(cell));
    this.select({ sheet: name, row: at.row, col: at.col, cell: cellAddress(at.row, at.col) });
  }

  /** Follows selectCell (and the sheet a build shows); returns the unsubscribe. */
  onSelect(listener: (selection: Selection) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  selection(): Selection | undefined {
    return this.selected;
  }

  cellFormat(sheet: string, row: number, col: number): CellFormat {
    const id = this.engine.getSheetId(sheet);
    return (id !== undefined && this.formats.get(id)?.get(`${row},${col}`)) || {};
  }

  sheetLayout(sheet: string): SheetLayout | undefined {
    const id = this.engine.getSheetId(sheet);
    return id === undefined ? undefined : this.layouts.get(id);
  }

  /** Builds under the temporary name, then swaps; returns the new sheet's id. */
  private build(plan: SheetPlan, temporary: string, replaced: Replaced | undefined): SheetId {
    const id = this.engine.getSheetId(this.engine.addSheet(temporary))!;
    this.engine.setSheetContent(id, contentsOf(plan));
    if (replaced) this.engine.renameSheet(replaced.id, replaced.keptAs);
    this.engine.renameSheet(id, plan.name);
    for (const name of plan.names) {
      const expression = `=${sheetReference(plan.name)}!${cellAddress(name.row, name.col, true)}`;
      if (this.engine.getNamedExpression(name.name)) this.engine.changeNamedExpression(name.name, expression);
      else this.engine.addNamedExpression(name.name, expression);
    }
    return id;
  }

  /** Puts back whatever part of a build happened: the new sheet goes, the old one gets its name. */
  private rollBack(plan: SheetPlan, temporary: string, replaced: Replaced | undefined, namesBefore: Map<string, string | undefined>): void {
    const engine = this.engine;
    for (const name of [temporary, plan.name]) {
      const id = engine.getSheetId(name);
      if (id !== undefined && id !== replaced?.id) engine.removeSheet(id);
    }
    if (replaced && engine.getSheetName(replaced.id) !== replaced.name) engine.renameSheet(replaced.id, replaced.name);
    for (const [name, before] of namesBefore) {
      const now = engine.getNamedExpression(name);
      if (before === undefined && now) engine.removeNamedExpression(name);
      else if (before !== undefined && now?.expression !== before) engine.changeNamedExpression(name, before);
    }
  }

  private namedExpressions(plan: SheetPlan): Map<string, string | undefined> {
    return new Map(plan.names.map((name) => [name.name, this.engine.getNamedExpression(name.name)?.expression as string | undefined]));
  }

  private select(selection: Selection): void {
    this.selected = selection;
    for (const listener of this.listeners) listener(selection);
  }
}
