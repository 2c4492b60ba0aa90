import { PlanCell, SheetPlan } from '../../sheets/plan';
import { isTaken } from '../../workbook/office/sheet-names';
import { caseSize, FUNCTION_CASES, FunctionCase, TEXT_CASES } from './cases';

/**
 * The sheets Självtest builds through the pane's own write path (WorkbookPort.applyPlan): one
 * with the text cases and one FINSAM formula per function, and one that must fail half way.
 * Each gets a name no sheet has, and is removed afterwards.
 */
export interface ScratchLayout {
  readonly plan: SheetPlan;
  /** Row of each text case, in column B. */
  readonly textRows: readonly number[];
  /** Row of each function case's formula, in column B. */
  readonly caseRows: readonly { readonly testCase: FunctionCase; readonly row: number }[];
}

export const VALUE_COLUMN = 1;

/** "FINSAM självtest", or with " 2", " 3" … when that name is taken (Excel ignores case). */
export function freeSheetName(base: string, taken: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const name = n === 1 ? base : `${base} ${n}`;
    if (!isTaken(name, taken)) return name;
  }
}

export function scratchLayout(name: string): ScratchLayout {
  const cells: PlanCell[] = [{ row: 0, col: 0, value: 'FINSAM självtest: det här bladet tas bort när testet är klart.' }];
  const label = (row: number, text: string) => cells.push({ row, col: 0, value: text });
  const textRows = TEXT_CASES.map((text, index) => {
    const row = 2 + index;
    label(row, 'Text');
    cells.push({ row, col: VALUE_COLUMN, value: text });
    return row;
  });
  let row = textRows[textRows.length - 1] + 2;
  const caseRows = FUNCTION_CASES.map((testCase) => {
    const at = row;
    label(at, testCase.name);
    cells.push({ row: at, col: VALUE_COLUMN, formula: testCase.formula });
    // A spilled answer needs empty cells below it, or Excel shows #SPILL!.
    row += caseSize(testCase.expected).rows;
    return { testCase, row: at };
  });
  const plan: SheetPlan = { name, kind: 'rules', cells, tables: [], names: [], columnWidths: [14, 30], frozenRows: 0 };
  return { plan, textRows, caseRows };
}

/**
 * A sheet whose build Excel must refuse after it has begun: a table and a valid cell, then a
 * defined name with a space, which Excel (and the engine) reject only when the name is added,
 * the last step before the sheet is shown. The workbook must then be as it was.
 */
export function failingPlan(name: string, tableName: string): SheetPlan {
  return {
    name,
    kind: 'rules',
    cells: [
      { row: 0, col: 0, value: 'Namn' },
      { row: 1, col: 0, value: 'FINSAM självtest' },
    ],
    tables: [{ name: tableName, top: 0, left: 0, columns: ['Namn'], bodyRows: 1 }],
    names: [{ name: INVALID_NAME, row: 1, col: 0 }],
    columnWidths: [],
    frozenRows: 0,
  };
}

export const INVALID_NAME = 'FINSAM självtest';

/** "FINSAM_Sjalvtest", or "FINSAM_Sjalvtest2" … : a table name no table or defined name has. */
export function freeTableName(taken: readonly string[]): string {
  for (let n = 1; ; n += 1) {
    const name = `FINSAM_Sjalvtest${n === 1 ? '' : n}`;
    if (!isTaken(name, taken)) return name;
  }
}
