import { Comparison, CountOutcome, isAchieved, parseAchievedText, parseComparison, parseCountOutcome } from '../../domain';
import { findingMessages } from '../../text/findings';
import { readAmount } from '../grid';
import { socialBudgetLabels as labels } from '../../text/sheet-labels';
import { CellContent } from '../plan';
import { isBlankCell, textOf } from '../grid-search';
import { ColumnKey, ScannedRow } from './scan';

/**
 * One indicator row given meaning: numbers typed as text ("7", "80 %") read as numbers,
 * achieved as ja/nej, SANT/FALSKT or 1/0 (FUNCTIONS.md). What cannot be read is reported with
 * its column, never guessed.
 */
export interface ParsedRow {
  readonly row: number;
  /** The code, or "på rad 12" when the row has none, for messages. */
  readonly name: string;
  readonly code: string;
  readonly area: string;
  readonly goalCode: string;
  readonly goalText: string;
  readonly text: string;
  readonly target: number | string | null;
  readonly comparison: Comparison | null;
  /** Undefined when the cell holds no number (reported). */
  readonly weight: number | undefined;
  readonly outcome: number | string | null;
  /** The outcome as counts: "117 av 133" in Utfall, or the Antal and Av columns; the validator checks a stated rate. */
  readonly counts?: CountOutcome;
  /** Where the counts stand, for the validator's finding. */
  readonly countsColumn?: ColumnKey;
  readonly achieved: boolean | null;
  readonly invented: boolean;
}

export interface RowProblem {
  readonly column: ColumnKey;
  readonly rule: 'weight-scale' | 'unreadable';
  readonly message: string;
}

export function parseRow(scanned: ScannedRow, weightScale: number): { row: ParsedRow; problems: RowProblem[] } {
  const { cells } = scanned;
  const code = textOf(cells.code);
  const name = code === '' ? labels.indicatorWithoutCode(scanned.row + 1) : code;
  const problems: RowProblem[] = [];
  const area = textOf(cells.area);
  if (area === '') problems.push({ column: 'area', rule: 'unreadable', message: findingMessages.indicatorAreaMissing(name) });
  const weight = readAmount(cells.weight);
  if (isBlankCell(cells.weight)) problems.push({ column: 'weight', rule: 'weight-scale', message: findingMessages.indicatorWeightMissing(name, weightScale) });
  else if (weight === undefined) problems.push({ column: 'weight', rule: 'weight-scale', message: findingMessages.indicatorWeightOffScale(name, cells.weight, weightScale) });
  const comparison = comparisonOf(cells.comparison);
  if (comparison === undefined) problems.push({ column: 'comparison', rule: 'unreadable', message: findingMessages.indicatorComparisonUnknown(name, cells.comparison) });
  const outcome = outcomeOf(scanned, name, problems);
  const target = figureOf(cells.target);
  const typedAchieved = achievedOf(cells.achieved);
  const achieved = typedAchieved === undefined ? achievedFromCounts(cells.achieved, outcome, target, comparison) : typedAchieved;
  if (achieved === undefined) problems.push({ column: 'achieved', rule: 'unreadable', message: findingMessages.indicatorAchievedUnknown(name, cells.achieved) });
  const goal = goalOf(textOf(cells.goal), code);
  return {
    row: {
      row: scanned.row,
      name,
      code,
      area,
      goalCode: goal.code,
      goalText: goal.text,
      text: textOf(cells.indicator),
      target,
      comparison: comparison ?? null,
      weight,
      outcome: outcome.outcome,
      ...(outcome.counts === undefined ? {} : { counts: outcome.counts, countsColumn: outcome.column }),
      achieved: achieved ?? null,
      invented: parseAchievedText(textOf(cells.invented)) === true,
    },
    problems,
  };
}

/** A target or outcome: a number when it reads as one, else its words; null when blank. */
function figureOf(cell: CellContent): number | string | null {
  if (isBlankCell(cell)) return null;
  if (typeof cell === 'boolean') return cell ? 'SANT' : 'FALSKT';
  return readAmount(cell) ?? textOf(cell);
}

/** Blank is null (the default, ≥); undefined means words the reader does not know. */
function comparisonOf(cell: CellContent): Comparison | null | undefined {
  if (isBlankCell(cell)) return null;
  return typeof cell === 'string' ? parseComparison(cell) : undefined;
}

/** Blank (or the "" of FINSAM.ACHIEVED before an outcome) is null: not reported yet. */
function achievedOf(cell: CellContent): boolean | null | undefined {
  if (cell === null || isBlankCell(cell)) return null;
  if (typeof cell === 'boolean') return cell;
  if (typeof cell === 'number') return cell === 1 ? true : cell === 0 ? false : undefined;
  return parseAchievedText(cell);
}

/** "1.2 Genomströmning" → code 1.2; without a code in the cell, the indicator's code less its last part. */
function goalOf(cell: string, indicatorCode: string): { code: string; text: string } {
  const match = /^(\d+(?:\.\d+)+)\.?(?:\s+([\s\S]*))?$/.exec(cell);
  if (match) return { code: match[1], text: (match[2] ?? '').trim() };
  const parts = indicatorCode.split('.');
  return { code: parts.length > 1 ? parts.slice(0, -1).join('.') : '', text: cell };
}

/** "=117/133": an outcome the plan (or a treasurer) wrote as its counts, so the cell stays a number. */
const COUNTS_FORMULA = /^=\s*(\d{1,15})\s*\/\s*(\d{1,15})\s*$/;

interface Outcome {
  readonly outcome: number | string | null;
  readonly counts?: CountOutcome;
  readonly column?: ColumnKey;
}

/** count / base when the counts give a rate; a count above its base or a base of 0 is the validator's finding. */
const rateOf = ({ count, base }: CountOutcome) => (base > 0 && count <= base ? count / base : undefined);

/**
 * The outcome, and its counts when given as counts (DOMAIN.md §7): "117 av 133", "88 % (117 av 133)" or
 * "66 %, 179 deltagare av de 271" in Utfall gives the rate 117/133; the Antal and Av columns give the
 * counts beside a typed rate (then the stated rate) or a blank Utfall (then the rate).
 */
function outcomeOf({ cells, outcomeFormula }: ScannedRow, name: string, problems: RowProblem[]): Outcome {
  const written = figureOf(cells.outcome);
  const quotient = COUNTS_FORMULA.exec(outcomeFormula ?? '');
  if (typeof written === 'number' && quotient) return { outcome: written, counts: { count: Number(quotient[1]), base: Number(quotient[2]) }, column: 'outcome' };
  if (typeof written === 'string') {
    const counts = parseCountOutcome(written);
    return counts ? { outcome: rateOf(counts) ?? written, counts, column: 'outcome' } : { outcome: written };
  }
  if (isBlankCell(cells.count) && isBlankCell(cells.base)) return { outcome: written };
  const count = wholeCount(cells.count, 'count', name, problems);
  const base = wholeCount(cells.base, 'base', name, problems);
  if (count === undefined || base === undefined) return { outcome: written };
  if (written === null) {
    const counts = { count, base };
    return { outcome: rateOf(counts) ?? null, counts, column: 'count' };
  }
  return { outcome: written, counts: { count, base, statedRate: written }, column: 'outcome' };
}

function wholeCount(cell: CellContent, column: 'count' | 'base', name: string, problems: RowProblem[]): number | undefined {
  const value = readAmount(cell);
  if (value !== undefined && Number.isInteger(value) && value >= 0) return value;
  problems.push({ column, rule: 'unreadable', message: findingMessages.indicatorCountUnreadable(name, labels[column], cell) });
  return undefined;
}

/**
 * Uppnådd's FINSAM.ACHIEVED answers #VALUE! for an outcome pasted as "88 % (117 av 133)" (it takes a
 * number); the counts' rate then decides, as ACHIEVED would on the rate itself.
 */
function achievedFromCounts(cell: CellContent, outcome: Outcome, target: number | string | null, comparison: Comparison | null | undefined): boolean | undefined {
  const isError = typeof cell === 'string' && cell.startsWith('#');
  if (!isError || outcome.column !== 'outcome' || typeof outcome.outcome !== 'number' || typeof target !== 'number' || comparison === undefined) return undefined;
  return isAchieved(outcome.outcome, target, comparison ?? '>=');
}
