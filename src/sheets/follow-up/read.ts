import { DeviationThresholds, EquityStep } from '../../domain';
import { findingMessages } from '../../text/findings';
import { findRow, Grid } from '../grid';
import { followUpLabels as labels } from '../../text/sheet-labels';
import { STATED_KEYS, StatedKey } from './layout';
import { FollowUpBasis, FollowUpEquity, FollowUpModel, StatedFigures } from '../../domain/models/follow-up';
import { STATED_LABELS } from './plan-blocks';
import { LineColumns, LocatedLine, readLines, sectionsOf } from './read-lines';
import { findHeader, findingAt, Header, findLabel, isBlankIn, optionalNumber, readNotes, requiredNumber, settingNumber, settingText, SheetReader, sheetReader } from '../reading';

/** The model and where its parts are, for findings that point at cells. */
export interface FollowUpScan {
  readonly model: FollowUpModel;
  readonly lines: readonly LocatedLine[];
  readonly columns: LineColumns;
  readonly stated: ReadonlyMap<StatedKey, { row: number; col: number }>;
  /** The cell of the assumed opening equity and of the year-end equity (or its nearest). */
  readonly assumedCell: { row: number; col: number };
  readonly closingCell: { row: number; col: number };
}

export type FollowUpScanResult = { ok: true; scan: FollowUpScan } | { ok: false; reader: SheetReader };

const OPTIONAL_HEADERS = [labels.forecast, labels.outcome, labels.deviation, labels.mustExplain, labels.explanation];

/** The follow-up table's header row, wherever it was moved. */
export function followUpHeader(grid: Grid) {
  const header = findHeader(grid, [labels.line, labels.budget], OPTIONAL_HEADERS);
  return header && (header.columns.has(labels.forecast) || header.columns.has(labels.outcome)) ? header : undefined;
}

export function scanFollowUp(grid: Grid): FollowUpScanResult {
  const reader = sheetReader(grid);
  const header = followUpHeader(grid);
  if (!header) return fail(reader, findingMessages.followUpHeaderMissing());
  const basis: FollowUpBasis = header.columns.has(labels.forecast) ? 'forecast' : 'outcome';
  const columns = lineColumns(header, basis);
  const resultRow = findRow(grid, labels.result, columns.line, header.row + 1);
  if (resultRow === undefined) return fail(reader, findingMessages.followUpLabelMissing(labels.result));
  const lines = readLines(reader, columns, header.row + 1, resultRow);
  const year = settingNumber(reader, labels.year, findingMessages.followUpLabelMissing(labels.year));
  const thresholds = readThresholds(reader);
  const budgetShare = findLabel(grid, labels.budgetShare) ? settingNumber(reader, labels.budgetShare, '') : undefined;
  const stated = readStated(reader, resultRow);
  const equity = readEquity(reader, resultRow);
  const equitySteps = readSteps(reader, resultRow);
  if (reader.findings.length > 0 || year === undefined || !thresholds || !equity) return { ok: false, reader };
  const { source, notes } = readNotes(grid, labels.source, labels.note);
  const model: FollowUpModel = {
    year,
    period: settingText(grid, labels.period),
    basis,
    income: lines.income,
    costSections: sectionsOf(lines),
    stated: stated.figures,
    equity: equity.figures,
    equitySteps,
    thresholds,
    ...(budgetShare === undefined ? {} : { budgetShare }),
    source,
    notes,
  };
  const closingLabel = findBelowToo(grid, labels.closingEquity, resultRow);
  const closingCell = closingLabel ? { row: closingLabel.row, col: closingLabel.col + 1 } : equity.actualCell;
  return { ok: true, scan: { model, lines: lines.located, columns, stated: stated.cells, assumedCell: equity.assumedCell, closingCell } };
}

function lineColumns(header: Header, basis: FollowUpBasis): LineColumns {
  return {
    line: header.columns.get(labels.line) as number,
    budget: header.columns.get(labels.budget) as number,
    forecast: header.columns.get(basis === 'forecast' ? labels.forecast : labels.outcome) as number,
    explanation: header.columns.get(labels.explanation),
  };
}

function readThresholds(reader: SheetReader): DeviationThresholds | undefined {
  const share = settingNumber(reader, labels.thresholdShare, findingMessages.followUpLabelMissing(labels.thresholdShare));
  const amount = settingNumber(reader, labels.thresholdAmount, findingMessages.followUpLabelMissing(labels.thresholdAmount));
  return share === undefined || amount === undefined ? undefined : { share, amount };
}

function fail(reader: SheetReader, message: string): FollowUpScanResult {
  reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', message, 0, 0));
  return { ok: false, reader };
}

/** The report's stated figures: the "Angivet" column beside each stated label (all optional). */
function readStated(reader: SheetReader, from: number) {
  const figures: { -readonly [K in keyof StatedFigures]: number } = {};
  const cells = new Map<StatedKey, { row: number; col: number }>();
  const header = findHeader(reader.grid, [labels.statedTitle, labels.stated], [], from);
  if (!header) return { figures, cells };
  const col = header.columns.get(labels.stated) as number;
  const labelCol = header.columns.get(labels.statedTitle) as number;
  for (const key of STATED_KEYS) {
    const row = findRow(reader.grid, STATED_LABELS[key], labelCol, header.row + 1);
    const value = row === undefined ? undefined : optionalNumber(reader, row, col, STATED_LABELS[key]);
    if (row === undefined || value === undefined) continue;
    figures[key] = value;
    cells.set(key, { row, col });
  }
  return { figures, cells };
}

/**
 * A label near the top of the sheet, or else below the lines: a follow-up of hundreds of lines has
 * its equity block further down than a search from the top reaches.
 */
function findBelowToo(grid: Grid, label: string, resultRow: number) {
  return findLabel(grid, label) ?? findLabel(grid, label, resultRow);
}

function readEquity(reader: SheetReader, resultRow: number) {
  const value = (label: string) => {
    const found = findBelowToo(reader.grid, label, resultRow);
    if (!found) reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.followUpLabelMissing(label), 0, 0));
    const amount = found && requiredNumber(reader, found.row, found.col + 1, label);
    return { amount, cell: found && { row: found.row, col: found.col + 1 } };
  };
  const assumed = value(labels.assumedOpening);
  const actual = value(labels.actualOpening);
  const allocation = value(labels.allocation);
  if (assumed.amount === undefined || actual.amount === undefined || allocation.amount === undefined) return undefined;
  const figures: FollowUpEquity = { assumedOpening: assumed.amount, actualOpening: actual.amount, allocation: allocation.amount };
  return { figures, assumedCell: assumed.cell as { row: number; col: number }, actualCell: actual.cell as { row: number; col: number } };
}

/** The staircase under its two headers, down to the first blank row. */
function readSteps(reader: SheetReader, resultRow: number): EquityStep[] {
  const header = findHeader(reader.grid, [labels.stepFrom, labels.stepShare]) ?? findHeader(reader.grid, [labels.stepFrom, labels.stepShare], [], resultRow);
  if (!header) return [];
  const fromCol = header.columns.get(labels.stepFrom) as number;
  const shareCol = header.columns.get(labels.stepShare) as number;
  const steps: EquityStep[] = [];
  for (let row = header.row + 1; row < reader.grid.values.length && !isBlankIn(reader.grid, row, [fromCol, shareCol]); row += 1) {
    const from = requiredNumber(reader, row, fromCol, labels.stepFrom);
    const share = requiredNumber(reader, row, shareCol, labels.stepShare);
    if (from !== undefined && share !== undefined) steps.push({ from, share });
  }
  return steps;
}
