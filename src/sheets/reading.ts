/**
 * Reading helpers shared by the follow-up, participants, full-year-equivalents and stakeholder
 * sheets (written together; they belong in src/sheets/ once the sheet kinds settle). Rows and
 * columns are found by their labels, so moved rows, blank rows and extra columns do not matter,
 * and every cell that cannot be read becomes a finding with its address, never a guess.
 */
import { messages } from '../text/errors';
import { cellAddress } from './address';
import { Finding, RuleId, Severity } from './findings';
import { cellOf, Grid, readAmount, readLabel, sameLabel } from './grid';

/** A grid being read, and what could not be read so far. */
export interface SheetReader {
  readonly grid: Grid;
  readonly findings: Finding[];
}

export function sheetReader(grid: Grid): SheetReader {
  return { grid, findings: [] };
}

export function findingAt(grid: Grid, rule: RuleId, severity: Severity, message: string, row: number, col: number): Finding {
  return { rule, severity, message, where: { sheet: grid.sheet, cell: cellAddress(row, col) } };
}

/** A header row: the column of each label it carries. */
export interface Header {
  readonly row: number;
  readonly columns: ReadonlyMap<string, number>;
}

/** How far down a sheet a header or a labelled setting is looked for. */
const SEARCH_ROWS = 200;
const SEARCH_COLUMNS = 30;

/**
 * The first row at or after `from` that carries every `required` label; the columns of those
 * and of any `optional` labels it also carries.
 */
export function findHeader(grid: Grid, required: readonly string[], optional: readonly string[] = [], from = 0): Header | undefined {
  const last = Math.min(grid.values.length, from + SEARCH_ROWS);
  for (let row = from; row < last; row += 1) {
    const columns = headerColumns(grid, row, [...required, ...optional]);
    if (required.every((label) => columns.has(label))) return { row, columns };
  }
  return undefined;
}

function headerColumns(grid: Grid, row: number, labels: readonly string[]): Map<string, number> {
  const columns = new Map<string, number>();
  const cells = grid.values[row] ?? [];
  cells.forEach((cell, col) => {
    const text = readLabel(cell);
    const label = text ? labels.find((candidate) => sameLabel(candidate, text)) : undefined;
    if (label !== undefined && !columns.has(label)) columns.set(label, col);
  });
  return columns;
}

/** The first cell at or after row `from` whose text is `label` (a setting's name). */
export function findLabel(grid: Grid, label: string, from = 0): { row: number; col: number } | undefined {
  const last = Math.min(grid.values.length, from + SEARCH_ROWS);
  for (let row = from; row < last; row += 1) {
    const cells = grid.values[row] ?? [];
    for (let col = 0; col < Math.min(cells.length, SEARCH_COLUMNS); col += 1) {
      if (sameLabel(readLabel(cells[col]), label)) return { row, col };
    }
  }
  return undefined;
}

export function isBlank(grid: Grid, row: number, col: number): boolean {
  const cell = cellOf(grid, row, col);
  return cell === null || (typeof cell === 'string' && cell.trim() === '');
}

export function isBlankRow(grid: Grid, row: number): boolean {
  return (grid.values[row] ?? []).every((_, col) => isBlank(grid, row, col));
}

/** Blank in the columns a table reads: a comment typed beside an empty row leaves it empty. */
export function isBlankIn(grid: Grid, row: number, columns: readonly number[]): boolean {
  return columns.every((col) => isBlank(grid, row, col));
}

/** A number the cell holds ("2 845", "85,5 %" included); blank is undefined without a finding. */
export function optionalNumber(reader: SheetReader, row: number, col: number, what: string): number | undefined {
  if (isBlank(reader.grid, row, col)) return undefined;
  const value = readAmount(cellOf(reader.grid, row, col));
  if (value === undefined) reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', messages.notANumber(what, cellOf(reader.grid, row, col)), row, col));
  return value;
}

/** A number the sheet must have: blank is a finding too. */
export function requiredNumber(reader: SheetReader, row: number, col: number, what: string): number | undefined {
  if (isBlank(reader.grid, row, col)) {
    reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', messages.missing(what), row, col));
    return undefined;
  }
  return optionalNumber(reader, row, col, what);
}

/** The number right of a setting's label, e.g. "År | 2022"; a missing label is a finding at A1. */
export function settingNumber(reader: SheetReader, label: string, missing: string): number | undefined {
  const found = findLabel(reader.grid, label);
  if (!found) {
    reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', missing, 0, 0));
    return undefined;
  }
  return requiredNumber(reader, found.row, found.col + 1, label);
}

/** The text right of a setting's label; '' when the label is not there. */
export function settingText(grid: Grid, label: string): string {
  const found = findLabel(grid, label);
  return found ? readLabel(cellOf(grid, found.row, found.col + 1)) : '';
}

/** "Källa: …" and every "Anmärkning: …" in column A, in order. */
export function readNotes(grid: Grid, sourceLabel: string, noteLabel: string): { source: string; notes: string[] } {
  let source = '';
  const notes: string[] = [];
  for (const cells of grid.values) {
    const text = readLabel(cells[0] ?? null);
    const after = (label: string) => (text.startsWith(`${label}:`) ? text.slice(label.length + 1).trim() : undefined);
    const sourceText = after(sourceLabel);
    if (sourceText !== undefined && source === '') source = sourceText;
    const note = after(noteLabel);
    if (note !== undefined) notes.push(note);
  }
  return { source, notes };
}
