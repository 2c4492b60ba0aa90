import { defaultRuleSet } from '../../../src/domain';
import { Grid } from '../../../src/sheets/grid';
import { CellContent, PlanCell, SheetPlan } from '../../../src/sheets/plan';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';

/** A row as a treasurer types it: text, numbers, or a formula starting with "=". */
export type TypedRow = readonly CellContent[];

export const context = (grid: Grid) => ({ rules: defaultRuleSet(2022), grids: [grid] });

/** The rows as a sheet plan of literals and formulas, not written by `finsam build`. */
export function typedPlan(name: string, rows: readonly TypedRow[]): SheetPlan {
  const cells: PlanCell[] = [];
  rows.forEach((cellsOfRow, row) =>
    cellsOfRow.forEach((value, col) => {
      if (value === null) return;
      cells.push(typeof value === 'string' && value.startsWith('=') ? { row, col, formula: value } : { row, col, value });
    }),
  );
  return { name, kind: 'budget', cells, tables: [], names: [], columnWidths: [], frozenRows: 0 };
}

/** The typed rows as the engine computes them (formulas recalculated), the way check reads a file. */
export function typedGrid(name: string, rows: readonly TypedRow[]): Grid {
  const plan = typedPlan(name, rows);
  return gridOf(engineFromPlan({ sheets: [plan] }), name);
}

/**
 * Seed 003 §13 as the board paper prints it: title "13. Budget", an empty corner, the years in
 * their own row, bullets, amounts as text with spaces, the 2021 municipal column summing to
 * 2 844 and "Reserv HFE" with one amount.
 */
export function paperRows(): TypedRow[] {
  return [
    ['13. Budget'],
    [],
    [null, '2021', '2022', '2023'],
    ['Intäkter'],
    [' - Försäkringskassan', '5 690', '5 690', '5 690'],
    [' - Umeå kommun, 82,9% av  arb-bef.', '2 359', '2 353', '2 353'],
    [' - Vännäs kommun, 5,1% av arb-bef.', '146', '148', '148'],
    [' - Nordmaling kommun, 4,0% av arb-bef.', '113', '114', '114'],
    [' - Vindeln kommun, 2,9% av arb-bef', '83', '85', '85'],
    [' - Robertsfors kommun, 3,7 % av arb-bef.', '106', '108', '108'],
    [' - Bjurholms kommun, 1,3 % av arb-bef.', '37', '37', '37'],
    [' - Region Västerbotten', '2 845', '2 845', '2 845'],
    [' - Anställningsstöd, AF', '110', '113', '116'],
    ['Summa intäkter', '11 489', '11 493', '11 496'],
    ['Kostnader'],
    ['Kansli och styrelse'],
    [' - Arvoden till styrelsen', '-200', '-205', '-210'],
    [' - Arvoden till revisorer', '-50', '-55', '-60'],
    [' - Kanslipersonal', '-1 580', '-1 620', '-1 660'],
    [' - Ekonomihantering', '-370', '-375', '-380'],
    [' - Lokalhyra', '-85', '-90', '-95'],
    [' - Konferens och utbildning', '-55', '-55', '-55'],
    [' - Resor och Logi', '-55', '-55', '-55'],
    [' - Övrigt kontor och adm.', '-125', '-140', '-155'],
    ['Summa kansli och styrelse', '-2 520', '-2 595', '-2 670'],
    ['Verksamhetsnära kostnader'],
    [' - Social redovisning', '-35', '-25', '0'],
    [' - Hemsidor', '-40', '-25', '-25'],
    [' - Analys', '-150', '-50', '-50'],
    [' - Kompetensutveckling och möteplatser', '-260', '-350', '-450'],
    ['Summa verksamhetsnära kostnader', '-485', '-450', '-525'],
    ['Verksamheter'],
    [' - Vännäs', '-420', '-430', '-440'],
    [' - Nordmaling', '-420', '-430', '-440'],
    [' - Vindeln', '-420', '-430', '-440'],
    [' - Robertsfors', '-420', '-430', '-440'],
    [' - Bjurholm', '-420', '-430', '-440'],
    [' - Ungdomstorget', '-3 200', '-2 800', '-2 700'],
    [' - De sammanhållna insatserna för unga', '-950', '-800', '-700'],
    [' - Vuxentorget', '-2 625', '-2 400', '-2 300'],
    [' - Insats NAFS', '-395', '-400', '-410'],
    [' - Processledare integration', '-310', '0', '0'],
    [' - Reserv HFE', '-50', null, null],
    ['Summa verksamheter', '-9 630', '-8 550', '-8 310'],
    ['Summa kostnader', '-12 635', '-11 595', '-11 505'],
    ['Resultat', '−1 146', '−102', '−9'],
    ['Eget kapital vid årets början', '2 040', '894', '792'],
    ['Eget kapital vid årets slut', '894', '792', '783'],
  ];
}

/** The row whose label (in any of the first columns) starts with `start`. */
export function rowOf(rows: readonly TypedRow[], start: string): number {
  const index = rows.findIndex((cells) => cells.some((cell) => typeof cell === 'string' && cell.trim().replace(/^- /, '').startsWith(start)));
  if (index < 0) throw new Error(`no row ${start}`);
  return index;
}
