import { ChangeMode, parseChangeMode } from '../../domain';
import { findingMessages } from '../../text/findings';
import { messages } from '../../text/errors';
import { cellOf, Grid, readLabel, sameLabel } from '../grid';
import { fyeLabels as labels } from '../../text/sheet-labels';
import { findingAt, findLabel, isBlankIn, readNotes, requiredNumber, settingNumber, settingText, SheetReader, sheetReader } from '../reading';
import { yearIn } from './layout';
import { FyePeriod, FyeRow, FyeModel } from '../../domain/models/fye';

/** The FYE table's columns as found; the derived ones may have been deleted. */
export interface FyeColumns {
  readonly municipality: number;
  readonly previous: { readonly fye: number; readonly population: number; readonly share?: number };
  readonly current: { readonly fye: number; readonly population: number; readonly share?: number };
  readonly change?: number;
  readonly met?: number;
}

export interface FyeHeader {
  readonly row: number;
  readonly previousYear: number;
  readonly year: number;
  readonly columns: FyeColumns;
}

export interface FyeScan {
  readonly model: FyeModel;
  readonly rowsAt: readonly number[];
  readonly columns: FyeColumns;
}

export type FyeScanResult = { ok: true; scan: FyeScan } | { ok: false; reader: SheetReader };

/** The column whose text passes `test`, or undefined. */
function columnWhere(texts: readonly string[], test: (text: string) => boolean): number | undefined {
  const col = texts.findIndex(test);
  return col < 0 ? undefined : col;
}

/** The header row: "Kommun" and "Helårsekvivalenter <year>" for two years, wherever they are. */
export function fyeHeader(grid: Grid): FyeHeader | undefined {
  for (let row = 0; row < Math.min(grid.values.length, 200); row += 1) {
    // Array.from fills the holes a sparse row (an .xlsx read) may have.
    const texts = Array.from(grid.values[row] ?? [], (cell) => readLabel(cell ?? null));
    const municipality = columnWhere(texts, (text) => sameLabel(text, labels.municipality));
    const years = [...new Set(texts.map((text) => yearIn(text, labels.fye)).filter((year): year is number => year !== undefined))].sort((a, b) => a - b);
    if (municipality === undefined || years.length < 2) continue;
    const [previousYear, year] = years.slice(-2);
    const period = (y: number) => ({
      fye: columnWhere(texts, (text) => yearIn(text, labels.fye) === y),
      population: columnWhere(texts, (text) => yearIn(text, labels.population) === y),
      share: columnWhere(texts, (text) => yearIn(text, labels.share) === y),
    });
    const previous = period(previousYear);
    const current = period(year);
    if (previous.fye === undefined || previous.population === undefined || current.fye === undefined || current.population === undefined) continue;
    const change = columnWhere(texts, (text) => sameLabel(text, labels.change));
    const met = columnWhere(texts, (text) => sameLabel(text, labels.met));
    return { row, previousYear, year, columns: { municipality, previous: previous as FyeColumns['previous'], current: current as FyeColumns['current'], change, met } };
  }
  return undefined;
}

export function scanFye(grid: Grid): FyeScanResult {
  const reader = sheetReader(grid);
  const header = fyeHeader(grid);
  if (!header) {
    reader.findings.push(findingAt(grid, 'unreadable', 'error', findingMessages.fyeHeaderMissing(), 0, 0));
    return { ok: false, reader };
  }
  const table = readRows(reader, header);
  const goal = settingNumber(reader, labels.goal, findingMessages.fyeLabelMissing(labels.goal));
  const mode = readMode(reader);
  if (reader.findings.length > 0 || goal === undefined || mode === undefined) return { ok: false, reader };
  const { source, notes } = readNotes(grid, labels.source, labels.note);
  const period = settingText(grid, labels.period);
  const model: FyeModel = { period, previousYear: header.previousYear, year: header.year, goal, mode, rows: table.rows, source, notes };
  return { ok: true, scan: { model, rowsAt: table.rowsAt, columns: header.columns } };
}

function readRows(reader: SheetReader, header: FyeHeader) {
  const rows: FyeRow[] = [];
  const rowsAt: number[] = [];
  const { columns } = header;
  for (let row = header.row + 1; row < reader.grid.values.length; row += 1) {
    const municipality = readLabel(cellOf(reader.grid, row, columns.municipality));
    if (sameLabel(municipality, labels.total) || municipality.startsWith(`${labels.source}:`) || municipality.startsWith(`${labels.note}:`)) break;
    const known = [columns.municipality, columns.previous.fye, columns.previous.population, columns.current.fye, columns.current.population];
    if (isBlankIn(reader.grid, row, known)) continue;
    const name = municipality || `rad ${row + 1}`;
    const read = (col: number, label: string, year: number) => amount(reader, row, col, `${labels.withYear(label, year)} (${name})`);
    const period = (year: number, at: FyeColumns['previous']): FyePeriod | undefined => {
      const fye = read(at.fye, labels.fye, year);
      const population = read(at.population, labels.population, year);
      return fye === undefined || population === undefined ? undefined : { fye, population };
    };
    const previous = period(header.previousYear, columns.previous);
    const current = period(header.year, columns.current);
    if (municipality === '') reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.fyeMunicipalityMissing(row + 1), row, columns.municipality));
    if (municipality === '' || !previous || !current) continue;
    rows.push({ municipality, previous, current });
    rowsAt.push(row);
  }
  return { rows, rowsAt };
}

/** A count of people or FYE: a number, zero or more. */
function amount(reader: SheetReader, row: number, col: number, what: string): number | undefined {
  const value = requiredNumber(reader, row, col, what);
  if (value === undefined || value >= 0) return value;
  reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', messages.negative(what, value), row, col));
  return undefined;
}

function readMode(reader: SheetReader): ChangeMode | undefined {
  const found = findLabel(reader.grid, labels.mode);
  if (!found) {
    reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.fyeLabelMissing(labels.mode), 0, 0));
    return undefined;
  }
  const text = settingText(reader.grid, labels.mode);
  const mode = parseChangeMode(text);
  if (!mode) reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', messages.modeUnknown(text), found.row, found.col + 1));
  return mode;
}
