/**
 * Shared by the tests of the follow-up, participants, FYE and stakeholder sheets: recalculating
 * a plan in the engine, editing a grid as a person would, and the shape every finding must have.
 */
import fc from 'fast-check';
import { defaultRuleSet } from '../../../src/domain';
import { cellAddress, parseCellAddress } from '../../../src/sheets/address';
import { Finding } from '../../../src/sheets/findings';
import { findRow, Grid } from '../../../src/sheets/grid';
import { CellContent, SheetPlan } from '../../../src/sheets/plan';
import { ReadContext } from '../../../src/sheets/sheet-kind';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';

/** The plan written to the engine and read back with computed values. */
export function recalculated(plan: SheetPlan): Grid {
  return gridOf(engineFromPlan({ sheets: [plan] }), plan.name);
}

export function contextOf(grid: Grid, year = 2022): ReadContext {
  return { rules: defaultRuleSet(year), grids: [grid] };
}

/** The cell right of (or `offset` columns from) the first cell in column `col` labelled `label`. */
export function valueBeside(grid: Grid, label: string, offset = 1, col = 0): CellContent {
  const row = findRow(grid, label, col);
  if (row === undefined) throw new Error(`no row "${label}"`);
  return grid.values[row][col + offset] ?? null;
}

/** "B58" for the cell `offset` columns right of the label's cell in column A. */
export function addressBeside(grid: Grid, label: string, offset = 1): string {
  const row = findRow(grid, label);
  if (row === undefined) throw new Error(`no row "${label}"`);
  return cellAddress(row, offset);
}

// Edits a person makes; each returns a new grid.

const copy = (grid: Grid): CellContent[][] => grid.values.map((row) => [...row]);

export function withCell(grid: Grid, address: string, value: CellContent): Grid {
  const at = parseCellAddress(address);
  if (!at) throw new Error(address);
  const values = copy(grid);
  while (values.length <= at.row) values.push([]);
  values[at.row][at.col] = value;
  return { sheet: grid.sheet, values };
}

export function withBlankRowAt(grid: Grid, row: number): Grid {
  const values = copy(grid);
  values.splice(row, 0, []);
  return { sheet: grid.sheet, values };
}

export function withColumnAt(grid: Grid, col: number, header = 'Kommentar'): Grid {
  const values = copy(grid).map((row, index) => {
    const cells = [...row];
    while (cells.length < col) cells.push(null);
    cells.splice(col, 0, index % 3 === 0 ? header : null);
    return cells;
  });
  return { sheet: grid.sheet, values };
}

export function withRowsSwapped(grid: Grid, a: number, b: number): Grid {
  const values = copy(grid);
  [values[a], values[b]] = [values[b], values[a]];
  return { sheet: grid.sheet, values };
}

/** Numbers typed as a Swedish person types them: "2 845", "85,5 %". */
export function typedAsText(value: CellContent, percent = false): CellContent {
  if (typeof value !== 'number') return value;
  const text = (percent ? value * 100 : value).toLocaleString('sv-SE', { maximumFractionDigits: 6 }).replace(/\u00a0/g, ' ').replace(/\u2212/g, '-');
  return percent ? `${text} %` : text;
}

// The shape every finding has.

const RULES = new Set(['municipal-parts', 'stated-total', 'stated-maximum', 'impossible-rate', 'equity-staircase', 'area-weighting', 'weight-scale', 'unexplained-deviation', 'opening-equity', 'population-shares', 'unreadable']);

export function checkFinding(finding: Finding, sheet: string): void {
  const problem =
    (!RULES.has(finding.rule) && 'rule') ||
    (!['error', 'warning'].includes(finding.severity) && 'severity') ||
    ((typeof finding.message !== 'string' || finding.message.trim() === '') && 'message') ||
    (/NaN|undefined|\[object|Infinity/.test(finding.message.replace(/"[^"]*"/g, '')) && 'message leaks a JavaScript value') ||
    (finding.where.sheet !== sheet && 'sheet') ||
    (!/^[A-Z]{1,3}[1-9]\d*$/.test(finding.where.cell) && 'cell');
  if (problem) throw new Error(`finding with a bad ${problem}: ${JSON.stringify(finding)}`);
}

// Hostile grids for the property tests.

/** How many runs a property gets; `npm run fuzz` raises it. */
export const RUNS = Math.min(Number(process.env.FINSAM_FUZZ_RUNS ?? 300), 20000);

const hostileCell: fc.Arbitrary<CellContent> = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 100 }),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0.855, 1e300, -1e300, 1e-300, 2 ** 53 + 2, 100001, 0.1 + 0.2),
  fc.constantFrom('', ' ', 'abc', '2 845', '85,5 %', '−1 146', '#VALUE!', '#DIV/0!', '=1+1', 'Summa', 'Kvinnor', 'pp', 'x'),
  fc.string({ maxLength: 5 }),
);

/** A grid whose cells are hostile, sprinkled with the sheet's own words so readers go deep. */
export function hostileGrid(sheet: string, words: readonly string[]): fc.Arbitrary<Grid> {
  const cell = fc.oneof({ weight: 3, arbitrary: hostileCell }, { weight: 2, arbitrary: fc.constantFrom(...words) });
  return fc.array(fc.array(cell, { maxLength: 10 }), { maxLength: 40 }).map((values) => ({ sheet, values }));
}

/** A real grid with a few cells replaced, rows deleted or duplicated: near-valid sheets. */
export function damagedGrid(grid: Grid): fc.Arbitrary<Grid> {
  const edit = fc.oneof(
    fc.tuple(fc.constant('cell' as const), fc.nat(grid.values.length), fc.nat(10), hostileCell),
    fc.tuple(fc.constant('delete' as const), fc.nat(grid.values.length), fc.nat(0), fc.constant(null)),
    fc.tuple(fc.constant('duplicate' as const), fc.nat(grid.values.length), fc.nat(0), fc.constant(null)),
  );
  return fc.array(edit, { minLength: 1, maxLength: 6 }).map((edits) => {
    const values = copy(grid);
    for (const [kind, row, col, value] of edits) {
      if (kind === 'cell') {
        while (values.length <= row) values.push([]);
        values[row][col] = value;
      } else if (kind === 'delete') values.splice(row, 1);
      else values.splice(row, 0, [...(values[row] ?? [])]);
    }
    return { sheet: grid.sheet, values };
  });
}
