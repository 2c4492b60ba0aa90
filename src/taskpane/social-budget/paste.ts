import { isWeightOnScale } from '../../domain';
import { messages as domainMessages } from '../../text/errors';
import { sameLabel } from '../../sheets/grid';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { CellContent } from '../../sheets/plan';
import { parseRow, ParsedRow } from '../../sheets/social-budget/parse';
import { ColumnKey } from '../../sheets/social-budget/scan';
import { texts } from '../../text/pane';

/** The columns in the order a pasted table without headers gives them (issue 6). */
const PASTE_ORDER: readonly ColumnKey[] = ['code', 'area', 'goal', 'indicator', 'target', 'comparison', 'weight', 'outcome', 'achieved', 'invented'];
const ALL_KEYS = PASTE_ORDER;
/** Kod to Vikt: without a weight the row means nothing for the index. */
const MIN_COLUMNS = 7;

export interface PastedRow {
  /** 1-based, as the user counts the lines they pasted. */
  readonly line: number;
  readonly parsed?: ParsedRow;
  readonly problems: readonly string[];
}

/**
 * A tab-separated table from the clipboard (Excel, Word) read the way the sheet's reader reads its
 * table (parse.ts): "80 %" is 0,8, a decimal comma is a decimal, ja/nej is achieved. A first line
 * of headers (Kod, Målområde …) may come in any order; without one the columns are Kod, Målområde,
 * Mål, Indikator, Målvärde, Jämförelse, Vikt, Utfall.
 */
export function parsePastedIndicators(text: string, weightScale: number): PastedRow[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const cells = lines.map((line) => line.split('\t'));
  const headerColumns = headerOf(cells[0] ?? []);
  const order = headerColumns ?? PASTE_ORDER.map((key, index) => [key, index] as const);
  const rows: PastedRow[] = [];
  cells.forEach((row, index) => {
    if ((headerColumns && index === 0) || row.every((cell) => cell.trim() === '')) return;
    rows.push(rowOf(row, index + 1, order, weightScale, headerColumns !== undefined));
  });
  return rows;
}

function rowOf(row: readonly string[], line: number, order: readonly (readonly [ColumnKey, number])[], weightScale: number, hasHeader: boolean): PastedRow {
  if (!hasHeader && row.length < MIN_COLUMNS) return { line, problems: [texts.paste.tooFewColumns(row.length)] };
  const cells = Object.fromEntries(ALL_KEYS.map((key) => [key, null])) as Record<ColumnKey, CellContent>;
  for (const [key, column] of order) cells[key] = cellOf(row[column]);
  const { row: parsed, problems } = parseRow({ row: line - 1, cells }, weightScale);
  const messages = problems.map((problem) => problem.message);
  const weight = parsed.weight;
  if (weight !== undefined && !isWeightOnScale(weight, weightScale)) messages.push(domainMessages.weightOutOfScale(undefined, weight, weightScale));
  if (parsed.text === '') messages.push(texts.paste.indicatorMissing);
  return { line, parsed, problems: messages };
}

function cellOf(text: string | undefined): CellContent {
  const trimmed = (text ?? '').trim();
  return trimmed === '' ? null : trimmed;
}

/** The header line's columns by their labels, when the first line is one (it has Kod and Vikt). */
function headerOf(first: readonly string[]): [ColumnKey, number][] | undefined {
  const found = ALL_KEYS.flatMap((key) => {
    const column = first.findIndex((cell) => sameLabel(cell, labels[key]));
    return column >= 0 ? [[key, column] as [ColumnKey, number]] : [];
  });
  const keys = found.map(([key]) => key);
  return keys.includes('weight') && (keys.includes('code') || keys.includes('indicator')) ? found : undefined;
}
