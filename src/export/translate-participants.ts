/**
 * Native formulas for participants, full-year equivalents and stakeholders (FUNCTIONS.md):
 * RATE, FYE, FYESHARE, FYECHANGE, IMPORTANCE and QUADRANT.
 */
import { DAYS_PER_YEAR, DEFAULT_STAKEHOLDER_SCALE, parseChangeMode, Quadrant } from '../domain';
import { exportMessages } from '../text/export-messages';
import { Argument, atom, folded, isBlankText, isNumberLiteral, literalText, native, Native, notNative, optionalNumber } from './native-text';
import { blockOf, sizeOf } from './references';

/** Pooled: Σ parts / Σ wholes, never the mean of the rows' rates (DOMAIN.md §4). */
export function rate(args: readonly Argument[]): Native {
  const [parts, wholes] = args;
  return native(`SUM(${parts.text})/SUM(${wholes.text})`);
}

/** A degree that is one value for all rows, rather than one per row. */
function isSingleValue(text: string): boolean {
  const block = blockOf(text);
  return isNumberLiteral(text) || (block !== undefined && sizeOf(block) === 1);
}

/** Σ(days × degree) / days per year; a blank degree is full benefit (1), as the reader has it. */
export function fye(args: readonly Argument[]): Native {
  const [days, degree, daysPerYear] = args;
  const period = atom(optionalNumber(daysPerYear, DAYS_PER_YEAR));
  if (!degree || degree.omitted) return native(`SUM(${days.text})/${period}`);
  if (isSingleValue(degree.text)) {
    const one = isNumberLiteral(degree.text) ? degree.text : `IF(${isBlankText(degree.text)},1,${degree.text})`;
    return native(`SUMPRODUCT(${atom(days.text)}*${atom(one)})/${period}`);
  }
  return native(`SUMPRODUCT(${days.text},${atom(degree.text)}+(${isBlankText(degree.text)}))/${period}`);
}

export function fyeShare(args: readonly Argument[]): Native {
  const [fyes, population] = args;
  return native(`${atom(fyes.text)}/${atom(population.text)}`);
}

/** Relative change, or percentage points with "pp" (DOMAIN.md §5, choice). */
export function fyeChange(args: readonly Argument[]): Native {
  const [previous, current, mode] = args;
  const difference = `${atom(current.text)}-${atom(previous.text)}`;
  const relative = `(${difference})/${atom(previous.text)}`;
  const literal = literalText(mode);
  if (literal !== undefined) {
    const chosen = parseChangeMode(literal);
    if (!chosen) return notNative(exportMessages.modeUnknown(literal));
    return native(chosen === 'pp' ? difference : relative);
  }
  const word = folded(mode.text);
  return native(`IF(OR(${word}="pp",${word}="procentenheter"),${difference},${relative})`);
}

/** Betydelseindex = interest + influence (seed 002). */
export function importance(args: readonly Argument[]): Native {
  const [interest, influence] = args;
  return native(`${atom(interest.text)}+${atom(influence.text)}`);
}

/** The quadrant names, typed against the domain's so a renamed quadrant fails to compile here. */
const QUADRANTS: Record<'key' | 'satisfied' | 'informed' | 'monitor', Quadrant> = {
  key: 'Nyckelintressent',
  satisfied: 'Håll nöjd',
  informed: 'Håll informerad',
  monitor: 'Bevaka',
};

/** Above the midpoint (1 + scale)/2 counts; influence decides first, then interest. */
export function quadrant(args: readonly Argument[]): Native {
  const [interest, influence, scale] = args;
  const midpoint = !scale || scale.omitted ? String((1 + DEFAULT_STAKEHOLDER_SCALE) / 2) : `(1+${atom(optionalNumber(scale, DEFAULT_STAKEHOLDER_SCALE))})/2`;
  const interested = `${atom(interest.text)}>${midpoint}`;
  const influential = `${atom(influence.text)}>${midpoint}`;
  const { key, satisfied, informed, monitor } = QUADRANTS;
  return native(`IF(${influential},IF(${interested},"${key}","${satisfied}"),IF(${interested},"${informed}","${monitor}"))`);
}
