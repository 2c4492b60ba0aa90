/**
 * FINSAM functions for participants and full-year equivalents (FUNCTIONS.md).
 */
import {
  BenefitRow,
  checkNonNegative,
  CountRow,
  fullYearEquivalents,
  fyeChange,
  fyeShare,
  parseChangeMode,
  PooledRateSum,
} from '../domain';
import { item, labels, messages } from '../text/errors';
import { Cell, cellCount, CellCursor, cellsOf, isBlank, oneColumn, readNumber, readOptionalNumber, readOptionalText, sameCount, sameSize } from './cells';
import { excelError } from './excel-error';
import { andThen, bad, good, Read, readArgs, respond } from './read';

/**
 * Sammanvägd andel: summan av delarna / summan av helheterna, aldrig medelvärdet av radernas andelar.
 * @customfunction RATE
 * @helpurl https://localhost:3000/help/rate.html
 * @param parts Antal med positivt resultat per rad.
 * @param wholes Antal avslutade per rad, samma storlek som delarna.
 * @returns Andel 0–1.
 */
export function rate(parts: any[][], wholes: any[][]): number | CustomFunctions.Error {
  return respond(sumCountRows(parts, wholes), (sum) => sum.rate());
}

/** One pass over both ranges, in step and without copying them (100 000-row ranges). */
function sumCountRows(parts: Cell, wholes: Cell): Read<PooledRateSum> {
  const count = cellCount(parts);
  const sizes = sameCount(count, labels.positive, cellCount(wholes), labels.finished);
  if (!sizes.ok) return sizes;
  const partColumn = oneColumn(parts);
  const wholeColumn = oneColumn(wholes);
  const partCells = new CellCursor(parts);
  const wholeCells = new CellCursor(wholes);
  const sum = new PooledRateSum();
  for (let position = 1; position <= count; position += 1) {
    // Two columns, the usual shape, are read by index; any other shape through the cursors.
    const partCell = partColumn ? partColumn[position - 1][0] : partCells.next();
    const wholeCell = wholeColumn ? wholeColumn[position - 1][0] : wholeCells.next();
    // The common case first: two numbers, no message built.
    if (typeof partCell === 'number' && typeof wholeCell === 'number' && Number.isFinite(partCell) && Number.isFinite(wholeCell)) {
      sum.add(partCell, wholeCell, position);
      continue;
    }
    const row = readCountRow(partCell, wholeCell, position);
    if (!row.ok) return row;
    if (row.value !== undefined) sum.add(row.value.part, row.value.whole, position);
  }
  return good(sum);
}

/** A row that is not two plain numbers: blank (skipped), half-filled, or of the wrong kind. */
function readCountRow(partCell: Cell, wholeCell: Cell, position: number): Read<CountRow | undefined> {
  if (isBlank(partCell) && isBlank(wholeCell)) return good(undefined);
  if (isBlank(partCell) || isBlank(wholeCell)) {
    const missing = isBlank(partCell) ? labels.positive : labels.finished;
    return bad(excelError('#VALUE!', messages.countMissing(missing, position)));
  }
  return readArgs({
    part: readNumber(partCell, item(labels.positive, position)),
    whole: readNumber(wholeCell, item(labels.finished, position)),
  });
}

/**
 * Helårsekvivalenter: summan av dagar × ersättningsgrad / dagar per år. Två personer med ersättning ett halvår var blir en helårsekvivalent.
 * @customfunction FYE
 * @helpurl https://localhost:3000/help/fye.html
 * @param days Dagar med ersättning per rad.
 * @param [degree] Ersättningsgrad 0–1 per rad, eller ett värde för alla (standard 1).
 * @param [daysPerYear] Dagar i perioden, standard 365.
 * @returns Antal helårsekvivalenter.
 */
export function fye(days: any[][], degree?: any[][], daysPerYear?: any): number | CustomFunctions.Error {
  const args = readArgs({
    rows: readBenefitRows(days, degree),
    period: readOptionalNumber(daysPerYear, labels.daysPerYear, 365),
  });
  return respond(args, (a) => fullYearEquivalents(a.rows, a.period));
}

function readBenefitRows(days: Cell, degree: Cell): Read<BenefitRow[]> {
  const dayCells = cellsOf(days);
  const given = cellsOf(degree);
  // One degree for every row is a convenience; otherwise one per row.
  const degreeCells = given.length === 1 ? dayCells.map(() => given[0]) : given;
  if (given.length > 0) {
    const sizes = sameSize(dayCells, labels.days, degreeCells, labels.degree);
    if (!sizes.ok) return sizes;
  }
  const rows: BenefitRow[] = [];
  for (const [index, dayCell] of dayCells.entries()) {
    const position = index + 1;
    if (isBlank(dayCell)) continue;
    const degreeCell = degreeCells[index];
    const row = readArgs({
      days: readNumber(dayCell, item(labels.days, position)),
      degree: isBlank(degreeCell) ? good(1) : readNumber(degreeCell, item(labels.degree, position)),
    });
    if (!row.ok) return row;
    rows.push({ ...row.value, position });
  }
  return good(rows);
}

/**
 * Helårsekvivalenternas andel av den arbetsföra befolkningen.
 * @customfunction FYESHARE
 * @helpurl https://localhost:3000/help/fyeshare.html
 * @param fye Antal helårsekvivalenter.
 * @param population Arbetsför befolkning (20–64 år).
 * @returns Andel 0–1.
 */
export function fyeshare(fye: any, population: any): number | CustomFunctions.Error {
  const args = readArgs({ fye: readNumber(fye, labels.fye), population: readNumber(population, labels.population) });
  return respond(args, (a) => fyeShare(a.fye, a.population));
}

/**
 * Förändring mot föregående period: relativ (nuvarande − föregående) / föregående, eller skillnaden i procentenheter med "pp".
 * @customfunction FYECHANGE
 * @helpurl https://localhost:3000/help/fyechange.html
 * @param previous Föregående periods andel eller antal.
 * @param current Nuvarande periods andel eller antal.
 * @param [mode] "relativ" (standard) eller "pp" för procentenheter.
 * @returns Förändringen som andel (−0,01 är −1 %).
 */
export function fyechange(previous: any, current: any, mode?: any): number | CustomFunctions.Error {
  const args = readArgs({
    previous: andThen(readNumber(previous, labels.previous), (v) => checkNonNegative(v, labels.previous)),
    current: andThen(readNumber(current, labels.current), (v) => checkNonNegative(v, labels.current)),
    mode: readMode(mode),
  });
  return respond(args, (a) => fyeChange(a.previous, a.current, a.mode));
}

function readMode(cell: Cell) {
  const text = readOptionalText(cell, labels.mode);
  if (!text.ok) return text;
  const mode = parseChangeMode(text.value ?? '');
  return mode ? good(mode) : bad(excelError('#VALUE!', messages.modeUnknown(text.value)));
}
