/**
 * Properties of the participant and full-year-equivalent functions (FUNCTIONS.md,
 * "Participants and full-year equivalents"): RATE, FYE, FYESHARE and FYECHANGE.
 */
import fc from 'fast-check';
import { anyNumber, catalogEntry, Cell, check, checkAnswer, ensure, isExcelError, layout, mostly, optional, robustness, shaped, TIMEOUT } from '../support/fuzz';

const RATE = catalogEntry('RATE');
const FYE = catalogEntry('FYE');
const FYESHARE = catalogEntry('FYESHARE');
const FYECHANGE = catalogEntry('FYECHANGE');

/** Finished participants and how many of them had a positive result, blank rows between. */
function countRows(hostile: boolean) {
  const row = fc.oneof(
    { weight: 8, arbitrary: fc.integer({ min: 0, max: 50 }).chain((whole) => fc.tuple(fc.integer({ min: 0, max: whole }), fc.constant(whole))) },
    { weight: 1, arbitrary: fc.constant<[number | null, number | null]>([null, null]) },
    { weight: hostile ? 1 : 0, arbitrary: fc.tuple(fc.integer({ min: -5, max: 60 }), fc.integer({ min: -5, max: 60 })) },
  );
  const cell = <T>(value: T) => (hostile ? mostly(fc.constant(value), 1, 20) : fc.constant(value));
  return fc
    .tuple(fc.array(row, { maxLength: 15 }), layout, layout)
    .chain(([rows, first, second]) =>
      fc.tuple(fc.tuple(...rows.map((r) => cell(r[0]))), fc.tuple(...rows.map((r) => cell(r[1])))).map(([parts, wholes]) => [shaped(parts, first), shaped(wholes, second)]),
    );
}

const fraction = fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0, 0.5, 1, 0.25, 0.75));
const count = fc.oneof(fc.integer({ min: 0, max: 100000 }), fc.double({ min: 0, max: 1e6, noNaN: true }), anyNumber);

describe('participant functions never throw, never answer NaN or ±Infinity, and answer errors as FUNCTIONS.md says', () => {
  test('RATE', () => robustness(RATE, countRows(true)), TIMEOUT);
  test(
    'FYE',
    () =>
      robustness(
        FYE,
        fc.integer({ min: 0, max: 15 }).chain((rows) =>
          fc.tuple(
            fc.tuple(fc.array(mostly(fc.oneof(fc.integer({ min: 0, max: 366 }), fc.constant(null), fc.constant(182.5))), { minLength: rows, maxLength: rows }), layout).map(([c, how]) => shaped(c, how)),
            optional(
              fc.oneof(
                fc.tuple(fc.array(mostly(fc.oneof(fraction, fc.constant(null))), { minLength: rows, maxLength: rows }), layout).map(([c, how]) => shaped(c, how)),
                mostly(fraction).map((degree): Cell[][] => [[degree]]),
              ),
            ),
            optional(mostly(fc.oneof(fc.constantFrom(365, 366, 181, 184, 0), count))),
          ),
        ),
      ),
    TIMEOUT,
  );
  test('FYESHARE', () => robustness(FYESHARE, fc.tuple(mostly(count), mostly(count))), TIMEOUT);
  test(
    'FYECHANGE',
    () => robustness(FYECHANGE, fc.tuple(mostly(fc.oneof(fraction, count)), mostly(fc.oneof(fraction, count)), optional(mostly(fc.constantFrom('pp', 'PP', 'relativ', 'relative', 'procentenheter', ''))))),
    TIMEOUT,
  );
});

describe('RATE pools the rows: Σ parts / Σ wholes (DOMAIN.md §4)', () => {
  test(
    'for valid counts RATE is a fraction in [0, 1], or #DIV/0! when no one finished',
    () => {
      check(countRows(false), ([parts, wholes]) => {
        const answer = RATE.implementation(parts, wholes);
        checkAnswer(RATE, answer, []);
        const finished = (wholes.flat() as (number | null)[]).reduce<number>((sum, whole) => sum + (whole ?? 0), 0);
        if (finished === 0) {
          ensure(isExcelError(answer) && answer.code === '#DIV/0!', 'no one finished gives #DIV/0!', answer);
          return;
        }
        ensure(typeof answer === 'number' && answer >= 0 && answer <= 1, 'RATE outside [0, 1]', answer, parts, wholes);
      });
    },
    TIMEOUT,
  );

  test(
    'any number answer of RATE, whatever the input, lies in [0, 1]',
    () => {
      check(countRows(true), ([parts, wholes]) => {
        const answer = RATE.implementation(parts, wholes);
        if (typeof answer === 'number') ensure(answer >= 0 && answer <= 1, 'RATE outside [0, 1]', answer, parts, wholes);
      });
    },
    TIMEOUT,
  );
});
