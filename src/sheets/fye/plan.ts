import { fyeLabels as labels } from '../../text/sheet-labels';
import { formats, SheetPlan } from '../plan';
import { CellWriter, cellWriter, columnRange, fixed, ref, writeNotes } from '../writing';
import { tableSheetPlan, writeSetting, writeTitle } from '../plan-helpers';
import { COLUMNS as C, headerLabels, ROWS } from './layout';
import { FyeModel } from '../../domain/models/fye';

export const FYE_SHEET = 'Helårsekvivalenter';

/**
 * The full-year-equivalents sheet (DOMAIN.md §5, seeds 001, 003): per municipality FYE and
 * working-age population in two periods, the share with FINSAM.FYESHARE, its change with
 * FINSAM.FYECHANGE in the rule set's mode, and whether the change meets the goal (−1 %).
 */
export function planFye(model: FyeModel, sheetName = FYE_SHEET): SheetPlan {
  const w = cellWriter();
  writeHead(w, model);
  model.rows.forEach((row, index) => {
    const at = ROWS.first + index;
    w.text(at, C.municipality, row.municipality, 'label');
    w.value(at, C.previousFye, row.previous.fye, formats.whole);
    w.value(at, C.previousPopulation, row.previous.population, formats.whole);
    w.value(at, C.currentFye, row.current.fye, formats.whole);
    w.value(at, C.currentPopulation, row.current.population, formats.whole);
    writeDerived(w, at);
  });
  const total = ROWS.first + model.rows.length;
  w.text(total, C.municipality, labels.total, 'total');
  for (const col of [C.previousFye, C.previousPopulation, C.currentFye, C.currentPopulation]) {
    w.formula(total, col, `=SUM(${columnRange(ROWS.first, Math.max(ROWS.first, total - 1), col)})`, formats.whole, 'total');
  }
  writeDerived(w, total);
  writeNotes(w, total + 2, labels, model.source, model.notes);
  return tableSheetPlan({
    name: sheetName,
    kind: 'fullYearEquivalents',
    writer: w,
    header: ROWS.header,
    columns: headerLabels(model),
    bodyRows: model.rows.length,
    columnWidths: [36, 14, 14, 10, 14, 14, 10, 12, 12],
  });
}

function writeHead(w: CellWriter, model: FyeModel): void {
  writeTitle(w, labels.title(model.period, model.previousYear, model.year), labels.subtitle);
  writeSetting(w, ROWS.period, labels.period, model.period, formats.text);
  writeSetting(w, ROWS.goal, labels.goal, model.goal, formats.percentOne);
  writeSetting(w, ROWS.mode, labels.mode, model.mode === 'pp' ? labels.percentagePoints : labels.relative, formats.text);
  headerLabels(model).forEach((text, col) => w.text(ROWS.header, col, text, 'header'));
}

/** Shares, change and goal of one row, all live FINSAM formulas. */
function writeDerived(w: CellWriter, row: number): void {
  const share = (fye: number, population: number) => `=FINSAM.FYESHARE(${ref(row, fye)},${ref(row, population)})`;
  w.formula(row, C.previousShare, share(C.previousFye, C.previousPopulation), formats.percentOne);
  w.formula(row, C.currentShare, share(C.currentFye, C.currentPopulation), formats.percentOne);
  w.formula(row, C.change, `=FINSAM.FYECHANGE(${ref(row, C.previousShare)},${ref(row, C.currentShare)},${fixed(ROWS.mode, 1)})`, formats.percentOne);
  w.formula(row, C.met, `=${ref(row, C.change)}<=${fixed(ROWS.goal, 1)}`, undefined, 'check');
}
