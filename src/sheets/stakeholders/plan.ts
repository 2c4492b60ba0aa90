import { stakeholderLabels as labels } from '../../text/sheet-labels';
import { columnRangeA1 } from '../charts';
import { formats, PlanScatterChart, SheetPlan } from '../plan';
import { cellWriter, fixed, ref, writeNotes } from '../writing';
import { tableSheetPlan, writeSetting, writeTitle } from '../plan-helpers';
import { StakeholderModel } from '../../domain/models/stakeholders';

export const STAKEHOLDER_SHEET = 'Intressentanalys';

/** Columns of the stakeholder table (0-based) and the rows above it. */
export const COLUMNS = { name: 0, interest: 1, influence: 2, importance: 3, quadrant: 4, expectation: 5 } as const;
const ROWS = { year: 2, scale: 3, header: 5, first: 6 } as const;

export const TABLE_HEADER = [labels.stakeholder, labels.interest, labels.influence, labels.importance, labels.quadrant, labels.expectation];

/**
 * The stakeholder analysis (seed 002): interest and influence per stakeholder, the importance
 * index and quadrant as live FINSAM formulas on the sheet's scale, and the dialogue matrix as a
 * scatter chart (interest x, influence y, named points).
 */
export function planStakeholders(model: StakeholderModel, sheetName = STAKEHOLDER_SHEET): SheetPlan {
  const w = cellWriter();
  writeTitle(w, labels.title(model.year), labels.subtitle);
  writeSetting(w, ROWS.year, labels.year, model.year, formats.whole);
  writeSetting(w, ROWS.scale, labels.scale, model.scale, formats.whole);
  TABLE_HEADER.forEach((text, col) => w.text(ROWS.header, col, text, 'header'));
  const scale = fixed(ROWS.scale, 1);
  model.stakeholders.forEach((stakeholder, index) => {
    const row = ROWS.first + index;
    const rating = `${ref(row, COLUMNS.interest)},${ref(row, COLUMNS.influence)},${scale}`;
    w.text(row, COLUMNS.name, stakeholder.name, 'label');
    w.value(row, COLUMNS.interest, stakeholder.interest, formats.whole);
    w.value(row, COLUMNS.influence, stakeholder.influence, formats.whole);
    w.formula(row, COLUMNS.importance, `=FINSAM.IMPORTANCE(${rating})`, formats.whole);
    w.formula(row, COLUMNS.quadrant, `=FINSAM.QUADRANT(${rating})`);
    if (stakeholder.expectation !== '') w.text(row, COLUMNS.expectation, stakeholder.expectation, 'input');
  });
  const last = ROWS.first + Math.max(1, model.stakeholders.length) - 1;
  writeNotes(w, last + 2, labels, model.source, model.notes);
  return tableSheetPlan({
    name: sheetName,
    kind: 'stakeholders',
    writer: w,
    header: ROWS.header,
    columns: TABLE_HEADER,
    bodyRows: model.stakeholders.length,
    columnWidths: [34, 10, 12, 16, 18, 70],
    charts: [dialogueMatrix(model.scale, last)],
  });
}

/** The dialogue matrix beside the table: axes 1–scale crossing at the midpoint draw the quadrants. */
function dialogueMatrix(scale: number, last: number): PlanScatterChart {
  return {
    kind: 'scatter',
    title: labels.chartTitle,
    place: { row: ROWS.header, col: COLUMNS.expectation + 1, width: 8, height: 24 },
    xTitle: labels.interest,
    yTitle: labels.influence,
    x: columnRangeA1(COLUMNS.interest, ROWS.first, last),
    y: columnRangeA1(COLUMNS.influence, ROWS.first, last),
    labels: columnRangeA1(COLUMNS.name, ROWS.first, last),
    min: 1,
    max: scale,
    midpoint: (1 + scale) / 2,
  };
}
