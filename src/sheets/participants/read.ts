import { VaravBase } from '../../domain';
import { findingMessages } from '../../text/findings';
import { cellOf, findRow, Grid, readLabel, sameLabel } from '../grid';
import { participantLabels as labels } from '../../text/sheet-labels';
import { findHeader, findingAt, isBlankIn, readNotes, requiredNumber, settingNumber, settingText, SheetReader, sheetReader } from '../reading';
import { Gender, ParticipantRow, ParticipantsModel, ParticipantTargets, StatedRate } from '../../domain/models/participants';
import { RATES_HEADER, STATED_HEADER, TABLE_HEADER } from './plan';

/** The model and the rows it came from, for findings that point at cells. */
export interface ParticipantsScan {
  readonly model: ParticipantsModel;
  readonly rowsAt: readonly number[];
  readonly columns: ReadonlyMap<string, number>;
  readonly statedAt: readonly { readonly row: number; readonly finishedCol: number; readonly rateCol: number }[];
}

export type ParticipantsScanResult = { ok: true; scan: ParticipantsScan } | { ok: false; reader: SheetReader };

export const participantsHeader = (grid: Grid) => findHeader(grid, TABLE_HEADER);

/** Labels that end the table when a person has removed its sum row. */
const TABLE_ENDS = [labels.sum, labels.ratesTitle, labels.platformRates, labels.statedTitle];

export function scanParticipants(grid: Grid): ParticipantsScanResult {
  const reader = sheetReader(grid);
  const header = participantsHeader(grid);
  if (!header) {
    reader.findings.push(findingAt(grid, 'unreadable', 'error', findingMessages.participantsHeaderMissing(), 0, 0));
    return { ok: false, reader };
  }
  const table = readTable(reader, header.row, header.columns);
  const year = settingNumber(reader, labels.year, findingMessages.participantsLabelMissing(labels.year));
  const varavBase = readVaravBase(reader);
  const targets = readTargets(reader);
  const stated = readStated(reader);
  if (reader.findings.length > 0 || year === undefined || !varavBase || !targets) return { ok: false, reader };
  const { source, notes } = readNotes(grid, labels.source, labels.note);
  const period = settingText(grid, labels.period);
  const model: ParticipantsModel = { year, period, rows: table.rows, targets, varavBase, stated: stated.rates, source, notes };
  return { ok: true, scan: { model, rowsAt: table.rowsAt, columns: header.columns, statedAt: stated.at } };
}

function readTable(reader: SheetReader, headerRow: number, columns: ReadonlyMap<string, number>) {
  const col = (label: string) => columns.get(label) as number;
  const rows: ParticipantRow[] = [];
  const rowsAt: number[] = [];
  for (let row = headerRow + 1; row < reader.grid.values.length; row += 1) {
    const platform = readLabel(cellOf(reader.grid, row, col(labels.platform)));
    if (TABLE_ENDS.some((end) => sameLabel(end, platform)) || platform.startsWith(`${labels.source}:`)) break;
    if (isBlankIn(reader.grid, row, [...columns.values()])) continue;
    const gender = readGender(reader, row, col(labels.gender));
    const counts = [labels.finished, labels.positive, labels.work, labels.studies].map((label) => count(reader, row, col(label), `${label} (${platform || `rad ${row + 1}`})`));
    if (platform === '') reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.participantsPlatformMissing(row + 1), row, col(labels.platform)));
    const [finished, positive, work, studies] = counts;
    if (platform === '' || !gender || finished === undefined || positive === undefined || work === undefined || studies === undefined) continue;
    rows.push({ platform, gender, finished, positive, work, studies });
    rowsAt.push(row);
  }
  return { rows, rowsAt };
}

/** A count: a whole number, zero or more. */
function count(reader: SheetReader, row: number, col: number, what: string): number | undefined {
  const value = requiredNumber(reader, row, col, what);
  if (value === undefined || (Number.isInteger(value) && value >= 0)) return value;
  reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.participantsCountNotWhole(what, value), row, col));
  return undefined;
}

const GENDERS: readonly [Gender, RegExp][] = [
  ['women', /^(kvinnor|kvinna|k|women|woman|f)$/],
  ['men', /^(män|man|m|men)$/],
];

function readGender(reader: SheetReader, row: number, col: number): Gender | undefined {
  const text = readLabel(cellOf(reader.grid, row, col)).toLocaleLowerCase('sv-SE');
  const gender = GENDERS.find(([, pattern]) => pattern.test(text))?.[0];
  if (!gender) reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.participantsGenderUnknown(cellOf(reader.grid, row, col)), row, col));
  return gender;
}

function readVaravBase(reader: SheetReader): VaravBase | undefined {
  const text = settingText(reader.grid, labels.varavBase);
  if (sameLabel(text, labels.basePositive)) return 'positive';
  if (sameLabel(text, labels.baseFinished) || sameLabel(text, labels.baseFinishedShort)) return 'finished';
  reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.participantsVaravBaseUnknown(text), 0, 0));
  return undefined;
}

/** The targets in the "Mål" column of the rates block, by their row labels. */
function readTargets(reader: SheetReader): ParticipantTargets | undefined {
  const header = findHeader(reader.grid, [RATES_HEADER[0], RATES_HEADER[2]]);
  if (!header) {
    reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.participantsLabelMissing(RATES_HEADER[0]), 0, 0));
    return undefined;
  }
  const labelCol = header.columns.get(RATES_HEADER[0]) as number;
  const target = (label: string) => {
    const row = findRow(reader.grid, label, labelCol, header.row + 1);
    if (row !== undefined) return requiredNumber(reader, row, header.columns.get(RATES_HEADER[2]) as number, `${labels.target} (${label})`);
    reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.participantsLabelMissing(label), header.row, labelCol));
    return undefined;
  };
  const [positive, work, studies] = [labels.positiveRate, labels.workRate, labels.studiesRate].map(target);
  return positive === undefined || work === undefined || studies === undefined ? undefined : { positive, work, studies };
}

/** The report's stated rates, down to the first blank row (the block is optional). */
function readStated(reader: SheetReader) {
  const rates: StatedRate[] = [];
  const at: { row: number; finishedCol: number; rateCol: number }[] = [];
  const header = findHeader(reader.grid, STATED_HEADER.slice(0, 3));
  if (!header) return { rates, at };
  const [labelCol, finishedCol, rateCol] = STATED_HEADER.slice(0, 3).map((label) => header.columns.get(label) as number);
  for (let row = header.row + 1; row < reader.grid.values.length && !isBlankIn(reader.grid, row, [labelCol, finishedCol, rateCol]); row += 1) {
    const platform = readLabel(cellOf(reader.grid, row, labelCol));
    const finished = count(reader, row, finishedCol, `${labels.statedFinished} (${platform})`);
    const rate = requiredNumber(reader, row, rateCol, `${labels.statedRate} (${platform})`);
    if (finished === undefined || rate === undefined) continue;
    rates.push({ platform, finished, rate });
    at.push({ row, finishedCol, rateCol });
  }
  return { rates, at };
}
