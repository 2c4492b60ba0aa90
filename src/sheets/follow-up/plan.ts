import { columnLetters } from '../address';
import { followUpLabels as labels } from '../../text/sheet-labels';
import { columnRangeA1, stackedPlaces } from '../charts';
import { formats, PlanColumnChart, SheetPlan } from '../plan';
import { COLUMNS as C, followUpLayout, FollowUpLayout } from './layout';
import { mustExplain } from '../../domain';
import { FollowUpLine, FollowUpModel } from '../../domain/models/follow-up';
import { writeEquityBlock, writeStatedBlock, writeSteps } from './plan-blocks';
import { CellWriter, cellWriter, fixed, ref, writeNotes } from '../writing';
import { tableSheetPlan, writeSetting, writeTitle } from '../plan-helpers';

export const FOLLOW_UP_SHEET = 'Uppföljning';

/**
 * The follow-up sheet (seed 004): per budget line budget, forecast, deviation, a live
 * FINSAM.DEVIATES and the explanation the validator asks for; sums are native formulas; then
 * the report's stated figures beside the computed ones, and equity against the staircase.
 */
export function planFollowUp(model: FollowUpModel, sheetName = FOLLOW_UP_SHEET): SheetPlan {
  const layout = followUpLayout(model);
  const w = cellWriter();
  writeHead(w, model, layout);
  const share = model.budgetShare === undefined ? '' : `*${fixed(layout.budgetShare, 1)}`;
  const outcome = hasOutcomes(model);
  const lines = (first: number, of: readonly FollowUpLine[], sign: 1 | -1) => writeLines(w, layout, first, of, sign, share, model, outcome);
  const sum = (row: number, label: string, template: string, style: 'sum' | 'total') => sumRow(w, row, label, template, style, share, outcome);
  lines(layout.incomeFirst, model.income, 1);
  sum(layout.incomeSum, labels.incomeSum, `SUM(#${layout.incomeFirst + 1}:#${layout.incomeSum})`, 'sum');
  w.text(layout.costsTitle, C.line, labels.costs, 'subtitle');
  model.costSections.forEach((section, index) => {
    const rows = layout.sections[index];
    w.text(rows.title, C.line, section.title, 'label');
    lines(rows.first, section.lines, -1);
    sum(rows.sum, labels.sectionSum(section.title), `SUM(#${rows.first + 1}:#${rows.sum})`, 'sum');
  });
  const sectionSums = layout.sections.map((rows) => `#${rows.sum + 1}`).join('+') || '0';
  sum(layout.costSum, labels.costSum, sectionSums, 'total');
  sum(layout.result, labels.result, `#${layout.incomeSum + 1}+#${layout.costSum + 1}`, 'total');
  writeStatedBlock(w, model, layout);
  writeEquityBlock(w, model, layout);
  writeSteps(w, model, layout);
  writeNotes(w, layout.notes, labels, model.source, model.notes);
  return tableSheetPlan({
    name: sheetName,
    kind: 'followUp',
    writer: w,
    header: layout.header,
    columns: headerLabels(model),
    bodyRows: layout.result - layout.header,
    columnWidths: [46, 12, 12, 12, 14, 60, ...(outcome ? [12] : [])],
    charts: lineCharts(model, layout),
  });
}

function writeHead(w: CellWriter, model: FollowUpModel, layout: FollowUpLayout): void {
  writeTitle(w, labels.title(model.period, model.year), labels.subtitle);
  writeSetting(w, layout.year, labels.year, model.year, formats.whole);
  writeSetting(w, layout.period, labels.period, model.period, formats.text);
  writeSetting(w, layout.thresholdShare, labels.thresholdShare, model.thresholds.share, formats.percent);
  writeSetting(w, layout.thresholdAmount, labels.thresholdAmount, model.thresholds.amount, formats.tkr);
  if (model.budgetShare !== undefined) writeSetting(w, layout.budgetShare, labels.budgetShare, model.budgetShare, formats.percentOne);
  headerLabels(model).forEach((text, col) => w.text(layout.header, col, text, 'header'));
  w.text(layout.incomeTitle, C.line, labels.income, 'subtitle');
}

export function headerLabels(model: Pick<FollowUpModel, 'basis' | 'income' | 'costSections'>): string[] {
  const forecast = model.basis === 'outcome' ? labels.outcome : labels.forecast;
  return [labels.line, labels.budget, forecast, labels.deviation, labels.mustExplain, labels.explanation, ...(hasOutcomes(model) ? [labels.outcome] : [])];
}

/** A forecast sheet shows the outcome so far in its own column when any line has one (issue 13). */
function hasOutcomes(model: Pick<FollowUpModel, 'basis' | 'income' | 'costSections'>): boolean {
  const lines = [...model.income, ...model.costSections.flatMap((section) => section.lines)];
  return model.basis === 'forecast' && lines.some((line) => line.outcome !== undefined);
}

/**
 * Budget lines from `first`; `sign` −1 shows costs negative; `share` ("*$B$7") scales the budget
 * to the period. An explanation the deviation rule asks for but nobody gave yet is an empty input
 * cell, so it shows as one to fill in.
 */
function writeLines(w: CellWriter, layout: FollowUpLayout, first: number, lines: readonly FollowUpLine[], sign: 1 | -1, share: string, model: FollowUpModel, outcome: boolean): void {
  const thresholdShare = fixed(layout.thresholdShare, 1);
  const amount = fixed(layout.thresholdAmount, 1);
  lines.forEach((line, index) => {
    const row = first + index;
    const budget = ref(row, C.budget) + share;
    const forecast = ref(row, C.forecast);
    w.text(row, C.line, line.label, 'label');
    w.value(row, C.budget, signed(sign, line.budget), formats.tkr);
    w.value(row, C.forecast, signed(sign, line.forecast), formats.tkr);
    w.formula(row, C.deviation, `=${forecast}-${budget}`, formats.tkr);
    w.formula(row, C.mustExplain, `=FINSAM.DEVIATES(${forecast},${budget},${thresholdShare},${amount})`, undefined, 'check');
    const scaled = line.budget * (model.budgetShare ?? 1);
    if (line.explanation !== '') w.text(row, C.explanation, line.explanation, 'input');
    else if (mustExplain(line.forecast, scaled, model.thresholds)) w.text(row, C.explanation, '', 'input');
    if (outcome && line.outcome !== undefined) w.value(row, C.outcome, signed(sign, line.outcome), formats.tkr);
  });
}

/** −0 would print as "-0" in some viewers; a zero cost is plain 0. */
const signed = (sign: 1 | -1, amount: number) => sign * amount || 0;

/** A sum row in budget and forecast ("#" stands for the column letter) and its deviation. */
function sumRow(w: CellWriter, row: number, label: string, template: string, style: 'sum' | 'total', share: string, outcome: boolean): void {
  w.text(row, C.line, label, style);
  for (const col of outcome ? [C.budget, C.forecast, C.outcome] : [C.budget, C.forecast]) {
    const letter = columnLetters(col);
    w.formula(row, col, `=${template.replace(/#/g, letter)}`, formats.tkr, style);
  }
  w.formula(row, C.deviation, `=${ref(row, C.forecast)}-${ref(row, C.budget)}${share}`, formats.tkr, style);
}

/**
 * Budget against forecast per line, one clustered column chart per block of lines (income, then
 * each cost section), stacked beside the table. A block is one contiguous range, so its chart
 * follows the sheet; the sum rows between blocks would dwarf the lines, so they stay out.
 */
function lineCharts(model: FollowUpModel, layout: FollowUpLayout): PlanColumnChart[] {
  const [, budget, forecast] = headerLabels(model);
  const blocks = [
    { title: labels.income, first: layout.incomeFirst, lines: model.income.length },
    ...model.costSections.map((section, index) => ({ title: section.title, first: layout.sections[index].first, lines: section.lines.length })),
  ].filter((block) => block.lines > 0);
  const places = stackedPlaces(layout.header, C.explanation + 1, blocks.length, 8, 20);
  return blocks.map((block, index) => {
    const last = block.first + block.lines - 1;
    return {
      kind: 'column',
      title: labels.chartTitle(block.title, forecast),
      place: places[index],
      categories: columnRangeA1(C.line, block.first, last),
      series: [
        { name: budget, values: columnRangeA1(C.budget, block.first, last) },
        { name: forecast, values: columnRangeA1(C.forecast, block.first, last) },
      ],
      valueTitle: labels.chartValues,
    };
  });
}
