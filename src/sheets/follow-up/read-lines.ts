import { findingMessages } from '../../text/findings';
import { cellOf, readLabel, sameLabel } from '../grid';
import { followUpLabels as labels } from '../../text/sheet-labels';
import { FollowUpLine, FollowUpSection } from '../../domain/models/follow-up';
import { findingAt, isBlank, requiredNumber, SheetReader } from '../reading';

/** The columns of the follow-up table as found on the sheet. */
export interface LineColumns {
  readonly line: number;
  readonly budget: number;
  readonly forecast: number;
  readonly explanation?: number;
}

/** A budget line and the row it was read from (findings point at its cells). */
export interface LocatedLine {
  readonly line: FollowUpLine;
  readonly row: number;
  /** Costs show negative on the sheet, so their deviation there is budget − forecast. */
  readonly part: 'income' | 'costs';
}

export interface ReadLines {
  readonly income: FollowUpLine[];
  readonly costSections: { title: string; lines: FollowUpLine[] }[];
  readonly located: LocatedLine[];
}

type Part = 'none' | 'income' | 'costs';

/**
 * The lines between the header and "Resultat": "Intäkter" opens income, "Kostnader" opens
 * costs, a cost row with neither budget nor forecast is a section title, "Summa …" rows are
 * computed and skipped, blank rows are skipped. Costs come back positive.
 */
export function readLines(reader: SheetReader, columns: LineColumns, first: number, end: number): ReadLines {
  const read: ReadLines = { income: [], costSections: [], located: [] };
  let part: Part = 'none';
  for (let row = first; row < end; row += 1) {
    const label = readLabel(cellOf(reader.grid, row, columns.line));
    const noAmounts = isBlank(reader.grid, row, columns.budget) && isBlank(reader.grid, row, columns.forecast);
    if (sameLabel(label, labels.income)) part = 'income';
    else if (sameLabel(label, labels.costs)) part = 'costs';
    else if (/^summa\b/i.test(label) || (label === '' && noAmounts)) continue;
    else if (label === '') reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.followUpAmountsWithoutLabel(row + 1), row, columns.line));
    else if (part === 'costs' && noAmounts) read.costSections.push({ title: label, lines: [] });
    else if (part === 'none') reader.findings.push(findingAt(reader.grid, 'unreadable', 'error', findingMessages.followUpLineOutsideParts(label), row, columns.line));
    else addLine(reader, read, columns, row, label, part);
  }
  return read;
}

function addLine(reader: SheetReader, read: ReadLines, columns: LineColumns, row: number, label: string, part: 'income' | 'costs'): void {
  const budget = requiredNumber(reader, row, columns.budget, `${labels.budget} för "${label}"`);
  const forecast = requiredNumber(reader, row, columns.forecast, `${labels.forecast} för "${label}"`);
  if (budget === undefined || forecast === undefined) return;
  const explanation = columns.explanation === undefined ? '' : readLabel(cellOf(reader.grid, row, columns.explanation));
  const sign = part === 'costs' ? -1 : 1;
  // −0 is not a cost anyone typed; a zero stays 0 so models compare equal.
  const line: FollowUpLine = { label, budget: sign * budget || 0, forecast: sign * forecast || 0, explanation };
  if (part === 'income') read.income.push(line);
  else {
    if (read.costSections.length === 0) read.costSections.push({ title: labels.costs, lines: [] });
    read.costSections[read.costSections.length - 1].lines.push(line);
  }
  read.located.push({ line, row, part });
}

/** The sections as the model keeps them. */
export function sectionsOf(read: ReadLines): FollowUpSection[] {
  return read.costSections.map((section) => ({ title: section.title, lines: section.lines }));
}
