import { parseCellAddress } from '../../../src/sheets/address';
import { CellContent } from '../../../src/sheets/plan';
import { ExcelRun } from '../../../src/workbook/office/office-workbook';
import { parseAddress, writeInput } from './fake-excel/input';
import { FakeOf } from './fake-excel/office-types';
import { FakeOfficeError, Host, Queue, Statement } from './fake-excel/proxy';
import { Calculator } from './fake-excel/range';
import { blankCell, FakeCell, FakeDocument, FakeSheet, isUsed, key } from './fake-excel/state';
import { FakeContext } from './fake-excel/workbook';

export { FakeOfficeError } from './fake-excel/proxy';
export type { FakeCell, FakeSheet } from './fake-excel/state';

/**
 * A fake of the part of the Excel JavaScript API that src/workbook/office/ uses, faithful to
 * its batch model: statements queue on proxies and run, in order, at `context.sync()`, which is
 * counted; properties read only after load + sync; text written to `values` becomes a formula
 * unless the cell is "@". office-addin-mock (ADDIN.md §6) has no collections and no Excel
 * semantics, so this is written by hand.
 *
 * A failing batch: Excel runs a batch's statements one by one and stops at the first that fails;
 * nothing documents a rollback, and OfficeExtension.DebugInfo names "the statement that caused
 * the error", so the statements before it are taken to have happened. `failSync` models that
 * (`afterStatements` run, then the error; 0 = nothing happens); `editMode` refuses every batch
 * that writes, before any statement runs, as Excel on the web answers
 * InvalidOperationInCellEditMode.
 */
export class FakeExcel implements Host {
  readonly document: FakeDocument;
  syncs = 0;
  /** Every statement that ran, in order ("Range.numberFormat", "Worksheet.name = …" …). */
  readonly log: { sync: number; text: string; sheet?: string }[] = [];
  editMode = false;
  private readonly failures = new Map<number, { afterStatements: number; code: string; message: string }>();
  /** Set when an injected failure fired (a test loops until a build runs past every statement). */
  failureFired = false;

  constructor(
    private readonly calculate: Calculator = () => 0,
    document?: FakeDocument,
  ) {
    this.document = document ?? new FakeDocument();
  }

  /** A fresh fake (no syncs, no log) on a copy of this one's workbook. */
  clone(): FakeExcel {
    return new FakeExcel(this.calculate, this.document.clone());
  }

  /** Excel.run: a fresh context per batch; statements still queued at the end are a bug in the caller. */
  readonly run: ExcelRun = async (batch) => {
    const queue = new Queue(this);
    // The one cast: FakeContext implements only the members the adapter uses, each checked
    // against @types/office-js (fake-excel/office-types.ts), while the adapter is typed against
    // the whole Excel.RequestContext. A member the fake lacks fails at run time in the tests.
    const context: FakeOf<Excel.RequestContext, 'sync'> = new FakeContext(queue, this.calculate);
    const result = await batch(context as Excel.RequestContext);
    if (queue.statements.length > 0) throw new Error(`fake: ${queue.statements.length} statements queued but never synced`);
    return result;
  };

  /**
   * The `nth` sync from now (1 = the next) runs `afterStatements` of its statements, then fails
   * with `code`; with more statements allowed than the batch has, it does not fail.
   */
  failSync(nth: number, code: string, afterStatements = 0, message = `Fake ${code}`): void {
    this.failures.set(this.syncs + nth, { afterStatements, code, message });
  }

  sync(statements: Statement[]): void {
    this.syncs += 1;
    const failure = this.failures.get(this.syncs);
    if (this.editMode && statements.some((statement) => statement.writes)) {
      throw new FakeOfficeError('InvalidOperationInCellEditMode', 'The operation isn\'t available while Excel is in Edit cell mode.');
    }
    statements.forEach((statement, index) => {
      if (failure && index === failure.afterStatements) {
        this.failureFired = true;
        throw new FakeOfficeError(failure.code, failure.message, statement.text);
      }
      try {
        statement.run();
      } catch (error) {
        if (error instanceof FakeOfficeError) error.debugInfo.statement = statement.text;
        throw error;
      }
      const sheetId = statement.sheetId?.();
      this.log.push({ sync: this.syncs, text: statement.text, sheet: sheetId ? this.document.sheetById(sheetId)?.name : undefined });
    });
  }

  // -- setting up a workbook, as a user would have it --

  /** A sheet typed in by hand: text starting with "=" is a formula, as when typed. */
  addSheet(name: string, rows: CellContent[][] = []): FakeSheet {
    const sheet = this.document.addSheet(name);
    rows.forEach((row, r) =>
      row.forEach((input, c) => {
        const cell = blankCell();
        writeInput(cell, input);
        if (isUsed(cell)) sheet.cells.set(key(r, c), cell);
      }),
    );
    return sheet;
  }

  addTable(sheet: string, name: string, address: string): void {
    const owner = this.sheet(sheet);
    const box = parseAddress(address);
    const columns = Array.from({ length: box.right - box.left + 1 }, (_, c) => String(owner.cells.get(key(box.top, box.left + c))?.value ?? `Kolumn${c + 1}`));
    this.document.tables.push({ id: this.document.newId('table'), name, sheetId: owner.id, box, columns });
  }

  // -- reading the document --

  sheetNames(): string[] {
    return this.document.sheets.map((sheet) => sheet.name);
  }

  sheet(name: string): FakeSheet {
    const sheet = this.document.sheetByName(name);
    if (!sheet) throw new Error(`fake: no sheet ${name}`);
    return sheet;
  }

  cell(sheet: string, address: string): FakeCell {
    const at = parseCellAddress(address)!;
    return this.cellAt(sheet, at.row, at.col);
  }

  cellAt(sheet: string, row: number, col: number): FakeCell {
    return this.sheet(sheet).cells.get(key(row, col)) ?? blankCell();
  }

  activeSheet(): string | undefined {
    return this.document.sheets.find((sheet) => sheet.id === this.document.activeSheetId)?.name;
  }
}
