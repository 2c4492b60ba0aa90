import { findRow } from '../../../src/sheets/grid';
import { EngineWorkbook, Selection } from '../../../src/workbook/engine/engine-workbook';
import { budgetPlan, HOSTILE_LABELS, hostilePlan } from '../office/plans';

/** The Workbook port on the embedded engine: the local workbench's workbook (issue 7). */
describe('the engine workbook', () => {
  test('the seed 003 budget computes: "Summa intäkter" 11 489, 11 493, 11 496', async () => {
    const workbook = new EngineWorkbook();
    expect(await workbook.applyPlan(budgetPlan(), { existing: 'fail' })).toEqual({ ok: true, sheet: 'Budget' });
    expect(await workbook.sheetNames()).toEqual(['Blad1', 'Budget']);
    const [grid] = await workbook.readGrids(['Budget']);
    const income = findRow(grid, 'Summa intäkter')!;
    expect(grid.values[income].slice(1, 4)).toEqual([11489, 11493, 11496]);
    expect(grid.formulas?.[income][1]).toMatch(/^=SUM\(B\d+:B\d+\)$/);
  });

  test('a rebuild keeps the old sheet as "Budget (gammal)" with what the user typed', async () => {
    const workbook = new EngineWorkbook();
    await workbook.applyPlan(budgetPlan(), { existing: 'keepCopy' });
    const engine = workbook.engine;
    engine.setCellContents({ sheet: engine.getSheetId('Budget')!, row: 4, col: 1 }, 9999);
    const result = await workbook.applyPlan(budgetPlan(), { existing: 'keepCopy' });
    expect(result).toEqual({ ok: true, sheet: 'Budget', keptCopy: 'Budget (gammal)' });
    expect(await workbook.sheetNames()).toEqual(['Blad1', 'Budget (gammal)', 'Budget']);
    const [old, fresh] = await workbook.readGrids(['Budget (gammal)', 'Budget']);
    expect(old.values[4][1]).toBe(9999);
    expect(fresh.values[4][1]).not.toBe(9999);
    expect(workbook.cellFormat('Budget (gammal)', 0, 0)).toEqual({ style: 'title' });
    await workbook.applyPlan(budgetPlan(), { existing: 'keepCopy' });
    expect(await workbook.sheetNames()).toEqual(['Blad1', 'Budget (gammal)', 'Budget (gammal 2)', 'Budget']);
  });

  test("with existing: 'fail' an existing sheet is refused and nothing changes", async () => {
    const workbook = new EngineWorkbook();
    await workbook.applyPlan(budgetPlan(), { existing: 'fail' });
    const result = await workbook.applyPlan(budgetPlan(), { existing: 'fail' });
    expect(result).toEqual({ ok: false, reason: 'exists', message: expect.stringContaining('Bladet "Budget" finns redan') });
    expect(await workbook.sheetNames()).toEqual(['Blad1', 'Budget']);
  });

  test('hostile labels stay text: values are the literal, no formula', async () => {
    const workbook = new EngineWorkbook();
    await workbook.applyPlan(hostilePlan(), { existing: 'fail' });
    const [grid] = await workbook.readGrids(['Etiketter']);
    expect(grid.values.map((row) => row[0])).toEqual(HOSTILE_LABELS);
    expect(grid.formulas?.map((row) => row[0])).toEqual(HOSTILE_LABELS.map(() => null));
    expect(grid.values[0][2]).toBe(10);
  });

  test('a build that fails part-way leaves the workbook as it was and says why', async () => {
    const workbook = new EngineWorkbook();
    await workbook.applyPlan(budgetPlan(), { existing: 'keepCopy' });
    const before = await workbook.readGrids();
    // "A1" cannot be a defined name: the engine refuses it after the sheets were swapped.
    const result = await workbook.applyPlan({ ...budgetPlan(), names: [{ name: 'A1', row: 0, col: 0 }] }, { existing: 'keepCopy' });
    expect(result).toMatchObject({ ok: false, reason: 'failed', message: expect.stringContaining('Arbetsboken är som den var före försöket') });
    expect(await workbook.readGrids()).toEqual(before);
    expect(workbook.cellFormat('Budget', 0, 0)).toEqual({ style: 'title' });
  });

  test('defined names follow the built sheet', async () => {
    const workbook = new EngineWorkbook();
    await workbook.applyPlan({ ...hostilePlan(), names: [{ name: 'Dubbelt', row: 0, col: 2 }] }, { existing: 'keepCopy' });
    expect(workbook.engine.calculateFormula('=Dubbelt+1', workbook.engine.getSheetId('Etiketter')!)).toBe(11);
  });

  test('formats and layout are kept beside the engine for the grid', async () => {
    const workbook = new EngineWorkbook();
    const plan = budgetPlan();
    await workbook.applyPlan(plan, { existing: 'fail' });
    const stated = plan.cells.find((cell) => cell.style === 'input')!;
    expect(workbook.cellFormat('Budget', stated.row, stated.col)).toEqual({ numberFormat: stated.numberFormat, style: 'input' });
    expect(workbook.sheetLayout('Budget')).toEqual({ columnWidths: plan.columnWidths, frozenRows: plan.frozenRows, tables: plan.tables });
  });

  test('selectCell tells the grid which cell to show; a build shows its sheet', async () => {
    const workbook = new EngineWorkbook();
    const seen: Selection[] = [];
    const stop = workbook.onSelect((selection) => seen.push(selection));
    await workbook.applyPlan(budgetPlan(), { existing: 'fail' });
    await workbook.selectCell('budget', 'c12');
    stop();
    await workbook.selectCell('Blad1', 'A1');
    expect(seen).toEqual([
      { sheet: 'Budget', row: 0, col: 0, cell: 'A1' },
      { sheet: 'Budget', row: 11, col: 2, cell: 'C12' },
    ]);
    expect(workbook.selection()).toEqual({ sheet: 'Blad1', row: 0, col: 0, cell: 'A1' });
    await expect(workbook.selectCell('Saknas', 'A1')).rejects.toThrow('Bladet "Saknas" finns inte');
  });
});
