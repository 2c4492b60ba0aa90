/**
 * The largest-remainder split (DOMAIN.md §1) as one native formula per share, so SHARE, SHARES
 * and CONTRIBUTION need no add-in. For a part x of parts P, total T and d decimals:
 *
 *   A = |ROUND(ROUND(T,d)·10^d, 0)|  the whole units to split (the inner ROUND is Excel's
 *                                     decimal rounding, the outer removes the ·10^d noise)
 *   floor(x) = INT(A·x/ΣP),  rest(x) = ROUND(A·x − floor(x)·ΣP, 6)
 *   leftover = A − Σ floor(P)
 *   rank(x)  = 1 + #{rest(P) > rest(x)} + #{rest(P) = rest(x) and P > x} + #{earlier cells = x}
 *   share(x) = SIGN(ROUND(T,d)·10^d) · (floor(x) + (rank(x) ≤ leftover)) / 10^d
 *
 * rest is the remainder times ΣP, exact for whole parts (populations) and, through the ROUND to
 * six places, for parts typed with up to six decimals (83.42 %). When A·x/ΣP is a whole number
 * that floating point puts a hair below, floor is one short and rest equals ΣP, larger than any
 * true remainder: that part ranks first among the leftover units and gets its unit back, so the
 * shares still match the exact split. Parts equal in value have equal rests, so "earlier cells
 * equal to x" is the input-order tie-break the domain uses after the larger part.
 */
import { Argument, atom, isBlankText, isNumberLiteral, native, Native, notNative } from './native-text';
import { Block, elementOf, rangesBefore } from './references';
import { exportMessages } from '../text/export-messages';

export interface Split {
  /** The amount to split, as formula text. */
  readonly total: string;
  /** All parts, as formula text (a range, constant or any expression for SHARE). */
  readonly parts: string;
  /** Places to round to: undefined for the exact proportion. */
  readonly decimals: Argument | undefined;
}

function units(split: Split, decimals: string): string {
  if (decimals === '0') return `ROUND(${split.total},0)`;
  return `ROUND(ROUND(${atom(split.total)},${decimals})*10^${atom(decimals)},0)`;
}

/** Units back to an amount: a negative literal d multiplies, so 10^-3 never divides inexactly. */
function scaledBack(amount: string, decimals: string): string {
  if (decimals === '0') return amount;
  if (isNumberLiteral(decimals) && Number(decimals) < 0) return `${amount}*10^${-Number(decimals)}`;
  return `${amount}/10^${atom(decimals)}`;
}

/** The rounded share of `part`; `earlier` counts cells before it equal to it ("0" for SHARE). */
function roundedShare(split: Split, part: string, earlier: string, decimals: string): string {
  const whole = units(split, decimals);
  const a = `ABS(${whole})`;
  const sum = `SUM(${split.parts})`;
  const x = atom(part);
  const parts = atom(split.parts);
  const floor = (value: string) => `INT(${a}*${value}/${sum})`;
  const rest = (value: string) => `ROUND(${a}*${value}-${floor(value)}*${sum},6)`;
  const leftover = `(${a}-SUMPRODUCT(${floor(parts)}))`;
  const ahead = `SUMPRODUCT((${rest(parts)}>${rest(x)})+(${rest(parts)}=${rest(x)})*(${parts}>${x}))`;
  const rank = `1+${ahead}${earlier === '0' ? '' : `+${earlier}`}`;
  return scaledBack(`SIGN(${whole})*(${floor(x)}+(${rank}<=${leftover}))`, decimals);
}

/** The exact proportion, in the domain's order: total × (part / Σ parts). */
function proportion(split: Split, part: string): string {
  return `${atom(split.total)}*(${atom(part)}/SUM(${split.parts}))`;
}

function shareOfPart(split: Split, part: string, earlier: string): string {
  const decimals = split.decimals;
  if (!decimals || decimals.omitted) return proportion(split, part);
  if (isNumberLiteral(decimals.text)) return roundedShare(split, part, earlier, decimals.text);
  // Places from a cell: a blank cell means no rounding, as the reader has it.
  return `IF(${isBlankText(decimals.text)},${proportion(split, part)},${roundedShare(split, part, earlier, decimals.text)})`;
}

/**
 * SHARE: the share of a value among the parts. The first copy of the value is taken, so where
 * the domain answers #VALUE! (copies that round differently) this gives the first copy's share.
 */
export function shareFormula(split: Split, part: string): string {
  return shareOfPart(split, part, '0');
}

/** How many cells before the i-th are equal to it: an input-order tie-break, always exact. */
function earlierEqual(parts: Block, index: number): string {
  const cell = elementOf(parts, index);
  if (parts.kind === 'range') {
    const before = rangesBefore(parts, index).map((range) => `SUMPRODUCT(--(${range}=${cell}))`);
    return before.length ? before.join('+') : '0';
  }
  const equal = Array.from({ length: index }, (_, earlier) => elementOf(parts, earlier)).filter((value) => Number(value) === Number(cell));
  return String(equal.length);
}

/** One cell of SHARES: the i-th part's share, "" where the part is blank. */
export function sharesCell(split: Split, parts: Block, index: number): Native {
  const part = elementOf(parts, index);
  if (parts.kind === 'array' && !isNumberLiteral(part)) return notNative(exportMessages.partNotNumber(part));
  const share = shareOfPart(split, part, earlierEqual(parts, index));
  return native(parts.kind === 'range' ? `IF(${isBlankText(part)},"",${share})` : share);
}
