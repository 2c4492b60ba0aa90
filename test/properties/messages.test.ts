/**
 * Error messages name the offending value as the board papers print numbers (FUNCTIONS.md,
 * "Errors"): a message never shows a JavaScript value in its place.
 */
import fc from 'fast-check';
import { catalogEntry, check, ensure, isExcelError, TIMEOUT } from '../support/fuzz';

const IMPORTANCE = catalogEntry('IMPORTANCE');
const FYESHARE = catalogEntry('FYESHARE');

/** Finite numbers far out of any allowed range, up to Number.MAX_VALUE. */
const huge = fc.oneof(fc.double({ min: 1e300, max: Number.MAX_VALUE, noNaN: true }), fc.constantFrom(Number.MAX_VALUE, 1.8e302, 1e305));

describe('a rejected number is shown as a number in the message', () => {
  test(
    'numbers up to 1e300 are never shown as "Infinity" or "NaN"',
    () => {
      check(fc.double({ min: -1e300, max: 1e300, noNaN: true }), (value) => {
        const answer = FYESHARE.implementation(-Math.abs(value) - 1, 10);
        ensure(isExcelError(answer) && answer.code === '#VALUE!' && !/Infinity|NaN/.test(answer.message ?? ''), 'message shows a JavaScript number', answer, value);
      });
    },
    TIMEOUT,
  );

  // formatSwedishNumber once rounded through 10^6 × value and back, which overflowed to
  // Infinity from about 1.8e302 (IMPORTANCE(1e305; 1) said "Intresset är Infinity").
  test(
    'numbers between 1e300 and Number.MAX_VALUE are not shown as "Infinity"',
    () => {
      check(huge, (value) => {
        const answer = IMPORTANCE.implementation(value, 1);
        ensure(isExcelError(answer) && answer.code === '#VALUE!' && !(answer.message ?? '').includes('Infinity'), 'message shows "Infinity"', answer, value);
      });
    },
    TIMEOUT,
  );
});
