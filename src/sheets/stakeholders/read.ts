import { importance } from '../../domain';
import { findingMessages } from '../../text/findings';
import { messages } from '../../text/errors';
import { cellOf, Grid, readLabel } from '../grid';
import { stakeholderLabels as labels } from '../../text/sheet-labels';
import { findHeader, findingAt, findLabel, Header, isBlankIn, readNotes, requiredNumber, settingNumber, SheetReader, sheetReader } from '../reading';
import { Stakeholder, StakeholderModel } from '../../domain/models/stakeholders';
import { TABLE_HEADER } from './plan';

export interface StakeholderScan {
  readonly model: StakeholderModel;
  readonly rowsAt: readonly number[];
  readonly header: Header;
}

export type StakeholderScanResult = { ok: true; scan: StakeholderScan } | { ok: false; reader: SheetReader };

export const stakeholderHeader = (grid: Grid) => findHeader(grid, TABLE_HEADER.slice(0, 3), TABLE_HEADER.slice(3));

export function scanStakeholders(grid: Grid): StakeholderScanResult {
  const reader = sheetReader(grid);
  const header = stakeholderHeader(grid);
  if (!header) {
    reader.findings.push(findingAt(grid, 'unreadable', 'error', findingMessages.stakeholdersHeaderMissing(), 0, 0));
    return { ok: false, reader };
  }
  const year = settingNumber(reader, labels.year, findingMessages.stakeholdersLabelMissing(labels.year));
  const scale = readScale(reader);
  const table = scale === undefined ? { stakeholders: [], rowsAt: [] } : readRows(reader, header, scale);
  if (reader.findings.length > 0 || year === undefined || scale === undefined) return { ok: false, reader };
  const { source, notes } = readNotes(grid, labels.source, labels.note);
  const model: StakeholderModel = { year, scale, stakeholders: table.stakeholders, source, notes };
  return { ok: true, scan: { model, rowsAt: table.rowsAt, header } };
}

/** The scale: a whole number from 2 (DOMAIN.md §6, choice: 5). */
function readScale(reader: SheetReader): number | undefined {
  const scale = settingNumber(reader, labels.scale, findingMessages.stakeholdersLabelMissing(labels.scale));
  if (scale === undefined || (Number.isInteger(scale) && scale >= 2 && scale <= 100)) return scale;
  const at = findLabel(reader.grid, labels.scale) ?? { row: 0, col: -1 };
  reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', messages.scaleTooSmall(scale), at.row, at.col + 1));
  return undefined;
}

function readRows(reader: SheetReader, header: Header, scale: number) {
  const col = (label: string) => header.columns.get(label);
  const [nameCol, interestCol, influenceCol] = TABLE_HEADER.slice(0, 3).map((label) => col(label) as number);
  const expectationCol = col(labels.expectation);
  const stakeholders: Stakeholder[] = [];
  const rowsAt: number[] = [];
  for (let row = header.row + 1; row < reader.grid.values.length; row += 1) {
    const name = readLabel(cellOf(reader.grid, row, nameCol));
    if (name.startsWith(`${labels.source}:`) || name.startsWith(`${labels.note}:`)) break;
    if (isBlankIn(reader.grid, row, [nameCol, interestCol, influenceCol])) continue;
    const who = name || `rad ${row + 1}`;
    const interest = rating(reader, row, interestCol, `${labels.interest} (${who})`, scale);
    const influence = rating(reader, row, influenceCol, `${labels.influence} (${who})`, scale);
    if (name === '') reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.stakeholdersNameMissing(row + 1), row, nameCol));
    if (name === '' || interest === undefined || influence === undefined) continue;
    const expectation = expectationCol === undefined ? '' : readLabel(cellOf(reader.grid, row, expectationCol));
    stakeholders.push({ name, interest, influence, expectation });
    rowsAt.push(row);
  }
  return { stakeholders, rowsAt };
}

/** A rating: a whole number 1–scale, as FINSAM.IMPORTANCE requires. */
function rating(reader: SheetReader, row: number, col: number, what: string, scale: number): number | undefined {
  const value = requiredNumber(reader, row, col, what);
  if (value === undefined) return undefined;
  const checked = importance({ interest: value, influence: 1 }, scale);
  if (checked.ok) return value;
  reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', messages.notWhole(what, value, 1, scale), row, col));
  return undefined;
}
