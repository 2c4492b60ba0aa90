import { DetailedCellError } from 'hyperformula';
import { findRow } from '../../../src/sheets/grid';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';
import { columnWidthPoints, officeNumberFormat, tableAddress } from '../../../src/workbook/office/cell-blocks';
import { lookOf } from '../../../src/workbook/office/cell-styles';
import { OfficeWorkbook } from '../../../src/workbook/office/office-workbook';
import { budgetPlan } from './plans';
import { FakeExcel } from './fake-excel';
import { parseAddress } from './fake-excel/input';

/**
 * Issue 6, done when: the pane's code against the fake gives the same cells as `finsam build`
 * (same plan). The task pane builds through OfficeWorkbook; `finsam build` writes the same plan
 * and computes it in the engine. So: every plan cell must be in the fake exactly as planned, and
 * what Excel would compute (here the engine, standing in for Excel's calculation) must read back
 * through the adapter as the engine's own grid.
 */
async function built() {
  const plan = budgetPlan();
  const engine = engineFromPlan({ sheets: [plan] });
  const sheetId = engine.getSheetId(plan.name)!;
  const fake = new FakeExcel((_formula, _sheet, row, col) => {
    const value = engine.getCellValue({ sheet: sheetId, row, col });
    return value instanceof DetailedCellError ? value.value : value;
  });
  fake.addSheet('Blad1');
  const port = new OfficeWorkbook(fake.run);
  expect(await port.applyPlan(plan, { existing: 'fail' })).toEqual({ ok: true, sheet: 'Budget' });
  return { plan, engine, fake, port };
}

/** Excel's used range is a rectangle, the engine's rows end at their last cell: compare cells only. */
function trimmed<T>(rows: readonly (readonly T[])[]): (T | null)[][] {
  const cut = rows.map((row) => {
    const cells = row.map((cell) => (cell === undefined || cell === '' ? null : cell));
    while (cells.length > 0 && cells[cells.length - 1] === null) cells.pop();
    return cells;
  });
  while (cut.length > 0 && cut[cut.length - 1].length === 0) cut.pop();
  return cut;
}

describe('the seed 003 budget built through the task pane adapter', () => {
  test('every plan cell holds its value or formula and its number format', async () => {
    const { plan, fake } = await built();
    for (const cell of plan.cells) {
      const held = fake.cellAt('Budget', cell.row, cell.col);
      if (cell.formula !== undefined) expect([cell.row, cell.col, held.formula]).toEqual([cell.row, cell.col, cell.formula]);
      // A zero cost line is -0 in the plan and 0 in Excel (no -0 in JSON): the same cell.
      else expect([cell.row, cell.col, held.value, held.formula]).toEqual([cell.row, cell.col, cell.value === 0 ? 0 : (cell.value ?? null), undefined]);
      expect(held.numberFormat).toBe(officeNumberFormat(cell));
      if (typeof cell.value !== 'string') expect(held.numberFormat).toBe(cell.numberFormat ?? 'General');
    }
    // Nothing the plan does not have.
    const planned = new Set(plan.cells.map((cell) => `${cell.row},${cell.col}`));
    const extra = [...fake.sheet('Budget').cells].filter(([at, cell]) => !planned.has(at) && (cell.value !== null || cell.formula));
    expect(extra).toEqual([]);
  });

  test('looks, table, column widths and frozen rows are the plan’s', async () => {
    const { plan, fake } = await built();
    for (const cell of plan.cells.filter((planned) => planned.style)) {
      const look = lookOf(cell.style!);
      const held = fake.cellAt('Budget', cell.row, cell.col);
      expect({ bold: held.bold, fill: held.fill }).toEqual({ bold: look.bold, fill: look.fill });
    }
    const [table] = fake.document.tables;
    expect(table).toMatchObject({ name: 'Befolkning', box: parseAddress(tableAddress(plan.tables[0])), columns: plan.tables[0].columns });
    expect([...fake.sheet('Budget').columnWidths.values()]).toEqual(plan.columnWidths.map(columnWidthPoints));
    expect(fake.sheet('Budget').frozenRows).toBe(plan.frozenRows);
  });

  test('reads back as the engine computes the same plan: "Summa intäkter" 11 489, 11 493, 11 496', async () => {
    const { engine, port } = await built();
    const [grid] = await port.readGrids(['Budget']);
    const expected = gridOf(engine, 'Budget');
    expect(trimmed(grid.values)).toEqual(trimmed(expected.values));
    expect(trimmed(grid.formulas!)).toEqual(trimmed(expected.formulas!));
    const income = findRow(grid, 'Summa intäkter')!;
    expect(grid.values[income].slice(1, 4)).toEqual([11489, 11493, 11496]);
  });
});
