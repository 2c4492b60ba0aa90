/**
 * Properties of the stakeholder functions (FUNCTIONS.md, "Stakeholders"; DOMAIN.md §6):
 * IMPORTANCE and QUADRANT.
 */
import fc from 'fast-check';
import { catalogEntry, check, checkAnswer, ensure, isExcelError, mostly, optional, robustness, TIMEOUT } from '../support/fuzz';

const IMPORTANCE = catalogEntry('IMPORTANCE');
const QUADRANT = catalogEntry('QUADRANT');

const QUADRANTS = ['Nyckelintressent', 'Håll nöjd', 'Håll informerad', 'Bevaka'];

/** A rating on a scale: whole numbers 1–scale, the scale left out (5) or 2–10. */
const rating = fc
  .option(fc.integer({ min: 2, max: 10 }), { nil: null })
  .chain((scale) => fc.tuple(fc.integer({ min: 1, max: scale ?? 5 }), fc.integer({ min: 1, max: scale ?? 5 }), fc.constant(scale)));

const hostileRating = fc.tuple(
  mostly(fc.integer({ min: 0, max: 11 })),
  mostly(fc.integer({ min: 0, max: 11 })),
  optional(mostly(fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(2.5, 1, -3)))),
);

describe('stakeholder functions never throw, never answer NaN or ±Infinity, and answer errors as FUNCTIONS.md says', () => {
  test('IMPORTANCE', () => robustness(IMPORTANCE, fc.oneof(rating, hostileRating)), TIMEOUT);
  test('QUADRANT', () => robustness(QUADRANT, fc.oneof(rating, hostileRating)), TIMEOUT);
});

describe('the dialogue matrix (DOMAIN.md §6: betydelseindex = interest + influence)', () => {
  test(
    'QUADRANT answers one of the four quadrant names or an error, whatever the input',
    () => {
      check(fc.oneof(rating, hostileRating), (args) => {
        const answer = QUADRANT.implementation(...args);
        checkAnswer(QUADRANT, answer, args);
        ensure(typeof answer === 'string' ? QUADRANTS.includes(answer) : isExcelError(answer), 'not a quadrant name', answer);
      });
    },
    TIMEOUT,
  );

  test(
    'for valid ratings QUADRANT is a quadrant name and IMPORTANCE is interest + influence, 2–2 × scale',
    () => {
      check(rating, ([interest, influence, scale]) => {
        const quadrant = QUADRANT.implementation(interest, influence, scale);
        ensure(typeof quadrant === 'string' && QUADRANTS.includes(quadrant), 'not a quadrant name', quadrant);
        const importance = IMPORTANCE.implementation(interest, influence, scale);
        ensure(importance === interest + influence && importance <= 2 * (scale ?? 5), 'IMPORTANCE ≠ interest + influence', importance, interest, influence);
      });
    },
    TIMEOUT,
  );
});
