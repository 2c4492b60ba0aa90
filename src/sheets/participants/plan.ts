import { participantLabels as labels } from '../../text/sheet-labels';
import { formats, SheetPlan } from '../plan';
import { CellWriter, cellWriter, columnRange, fixed, ref, writeNotes } from '../writing';
import { tableSheetPlan, writeSetting, writeTitle } from '../plan-helpers';
import { COLUMNS as C, participantsLayout, ParticipantsLayout, PlatformRows } from './layout';
import { ParticipantsModel } from '../../domain/models/participants';
import { percentFormat } from './stated-rate';

export const PARTICIPANTS_SHEET = 'Deltagare';

export const TABLE_HEADER = [labels.platform, labels.gender, labels.finished, labels.positive, labels.work, labels.studies];
export const RATES_HEADER = [labels.ratesTitle, labels.outcome, labels.target, labels.met];
export const PLATFORM_HEADER = [labels.platformRates, labels.positive, labels.work, labels.studies];
export const STATED_HEADER = [labels.statedTitle, labels.statedFinished, labels.statedRate, labels.tableFinished, labels.computedRate];

/**
 * The participants sheet (seeds 003, 004): counts by platform and gender, pooled rates with
 * live FINSAM.RATE against the rule set's targets, and the rates a report states beside what
 * the counts give, so "85,5 % of 14" meets 12/14 = 85,7 % in view.
 */
export function planParticipants(model: ParticipantsModel, sheetName = PARTICIPANTS_SHEET): SheetPlan {
  const layout = participantsLayout(model);
  const w = cellWriter();
  writeHead(w, model, layout);
  layout.rows.forEach((row, index) => {
    const at = layout.first + index;
    w.text(at, C.platform, row.platform, 'label');
    w.text(at, C.gender, row.gender === 'women' ? labels.women : labels.men, 'label');
    [row.finished, row.positive, row.work, row.studies].forEach((count, offset) => w.value(at, C.finished + offset, count, formats.whole));
  });
  w.text(layout.sum, C.platform, labels.sum, 'sum');
  for (let col = C.finished; col <= C.studies; col += 1) w.formula(layout.sum, col, `=SUM(${columnRange(layout.first, Math.max(layout.first, layout.sum - 1), col)})`, formats.whole, 'sum');
  writeRates(w, model, layout);
  writePlatformRates(w, model, layout);
  writeStated(w, model, layout);
  writeNotes(w, layout.notes, labels, model.source, model.notes);
  return tableSheetPlan({
    name: sheetName,
    kind: 'participants',
    writer: w,
    header: layout.header,
    columns: TABLE_HEADER,
    bodyRows: layout.rows.length,
    columnWidths: [40, 22, 26, 30, 22, 16],
  });
}

function writeHead(w: CellWriter, model: ParticipantsModel, layout: ParticipantsLayout): void {
  writeTitle(w, labels.title(model.period, model.year), labels.subtitle);
  writeSetting(w, layout.year, labels.year, model.year, formats.whole);
  writeSetting(w, layout.period, labels.period, model.period, formats.text);
  writeSetting(w, layout.varavBase, labels.varavBase, model.varavBase === 'positive' ? labels.basePositive : labels.baseFinished, formats.text);
  TABLE_HEADER.forEach((text, col) => w.text(layout.header, col, text, 'header'));
}

/** A pooled-rate formula over rows first..last: part column over whole column. */
function rate(first: number, last: number, part: number, whole: number): string {
  return `=FINSAM.RATE(${columnRange(first, last, part)},${columnRange(first, last, whole)})`;
}

/** The base of the "varav" rates (seed 003 §7.3: of those with a positive solution; choice). */
const varavWhole = (model: ParticipantsModel) => (model.varavBase === 'positive' ? C.positive : C.finished);

function writeRates(w: CellWriter, model: ParticipantsModel, layout: ParticipantsLayout): void {
  RATES_HEADER.forEach((text, col) => w.text(layout.ratesHeader, col, text, 'header'));
  const last = Math.max(layout.first, layout.sum - 1);
  const rows: [string, string, number][] = [
    [labels.positiveRate, rate(layout.first, last, C.positive, C.finished), model.targets.positive],
    [labels.workRate, rate(layout.first, last, C.work, varavWhole(model)), model.targets.work],
    [labels.studiesRate, rate(layout.first, last, C.studies, varavWhole(model)), model.targets.studies],
  ];
  rows.forEach(([label, formula, target], index) => {
    const row = layout.ratesHeader + 1 + index;
    w.text(row, 0, label, 'label');
    w.formula(row, 1, formula, formats.percentOne);
    w.value(row, 2, target, formats.percent);
    w.formula(row, 3, `=${ref(row, 1)}>=${ref(row, 2)}`, undefined, 'check');
  });
}

function writePlatformRates(w: CellWriter, model: ParticipantsModel, layout: ParticipantsLayout): void {
  PLATFORM_HEADER.forEach((text, col) => w.text(layout.platformHeader, col, text, 'header'));
  layout.platforms.forEach(({ platform, first, last }, index) => {
    const row = layout.platformHeader + 1 + index;
    w.text(row, 0, platform, 'label');
    w.formula(row, 1, rate(first, last, C.positive, C.finished), formats.percentOne);
    w.formula(row, 2, rate(first, last, C.work, varavWhole(model)), formats.percentOne);
    w.formula(row, 3, rate(first, last, C.studies, varavWhole(model)), formats.percentOne);
  });
}

/** The report's rates beside the table's counts (SUMIF) and the pooled rate they give. */
function writeStated(w: CellWriter, model: ParticipantsModel, layout: ParticipantsLayout): void {
  STATED_HEADER.forEach((text, col) => w.text(layout.statedHeader, col, text, 'header'));
  const last = Math.max(layout.first, layout.sum - 1);
  const platforms = `${fixed(layout.first, C.platform)}:${fixed(last, C.platform)}`;
  const finished = `${fixed(layout.first, C.finished)}:${fixed(last, C.finished)}`;
  model.stated.forEach((stated, index) => {
    const row = layout.statedHeader + 1 + index;
    w.text(row, 0, stated.platform, 'label');
    w.value(row, 1, stated.finished, formats.whole);
    w.value(row, 2, stated.rate, percentFormat(stated.rate));
    w.formula(row, 3, `=SUMIF(${platforms},${ref(row, 0)},${finished})`, formats.whole);
    const block: PlatformRows | undefined = layout.platforms.find((candidate) => candidate.platform === stated.platform);
    if (block) w.formula(row, 4, rate(block.first, block.last, C.positive, C.finished), formats.percentOne);
  });
}
