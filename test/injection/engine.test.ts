/**
 * Formula injection (OWASP CSV injection), issue 8 item 5: user text that looks like a formula
 * ("=HYPERLINK(…)", "@SUM(A1)", "+cmd|…", "-1+1", "=1+1" behind a tab or CR) lands in the
 * embedded engine as text, never as a formula, and reads back into the same model.
 */
import { engineFromGrids, engineFromPlan, gridOf, gridsOf } from '../../src/workbook/engine/plan-to-engine';
import { expectedRead, HOSTILE } from './hostile-models';
import { cellOf, contextOf, HOSTILE_SHEETS, hostileCells, hostilePlan, kindOf } from './support';

const plan = hostilePlan();
const engine = engineFromPlan(plan);
const grids = gridsOf(engine);

test('every payload is in the workbook, on every sheet kind', () => {
  const texts = plan.sheets.flatMap(hostileCells).map((cell) => String(cell.value));
  for (const payload of HOSTILE) expect(texts.some((text) => text.startsWith(payload))).toBe(true);
  for (const sheet of plan.sheets.slice(0, HOSTILE_SHEETS.length)) expect({ sheet: sheet.name, count: hostileCells(sheet).length > 0 }).toEqual({ sheet: sheet.name, count: true });
});

describe.each(plan.sheets.slice(0, HOSTILE_SHEETS.length).map((sheet) => [sheet.name, sheet] as const))('%s in the engine', (name, sheet) => {
  test('each hostile label is its own text, with no formula', () => {
    const grid = gridOf(engine, name);
    for (const cell of hostileCells(sheet)) expect({ at: [cell.row, cell.col], ...cellOf(grid, cell) }).toEqual({ at: [cell.row, cell.col], value: cell.value, formula: null });
  });

  test('the only formulas are the plan’s own', () => {
    const grid = gridOf(engine, name);
    const planned = new Set(sheet.cells.filter((cell) => cell.formula !== undefined).map((cell) => `${cell.row},${cell.col}`));
    const found = (grid.formulas ?? []).flatMap((cells, row) => cells.flatMap((formula, col) => (formula === null ? [] : [`${row},${col}`])));
    expect(found.filter((at) => !planned.has(at))).toEqual([]);
  });
});

describe.each(HOSTILE_SHEETS.map((entry, index) => [entry.kind, entry, index] as const))('%s read back from the engine', (_kind, entry, index) => {
  test('gives the model back: the labels as text, as the reader means them (expectedRead)', () => {
    const read = kindOf(entry.kind).read(grids[index], contextOf(grids));
    expect(read.ok && read.model).toEqual(expectedRead(entry.kind, entry.model));
  });

  test('and so does a workbook read from grids (engineFromGrids keeps text as text)', () => {
    const again = gridsOf(engineFromGrids(grids));
    for (const cell of hostileCells(plan.sheets[index])) expect(cellOf(again[index], cell)).toEqual({ value: cell.value, formula: null });
    const read = kindOf(entry.kind).read(again[index], contextOf(again));
    expect(read.ok && read.model).toEqual(expectedRead(entry.kind, entry.model));
  });
});
