/**
 * Robustness of the social budget functions (FUNCTIONS.md, "Social budget and Impactindex"):
 * IMPACTINDEX, IMPACTVALUE, AREASHARE, WEIGHTCHECK, WEIGHTSOK and ACHIEVED. Their invariants
 * are in impact-index.test.ts and weight-rule.test.ts.
 */
import fc from 'fast-check';
import { catalogEntry, Cell, mostly, optional, robustness, shaped, TIMEOUT } from '../support/fuzz';
import { indicatorArguments, indicatorTable, weightRuleArguments } from '../support/indicators';

const IMPACTINDEX = catalogEntry('IMPACTINDEX');
const IMPACTVALUE = catalogEntry('IMPACTVALUE');
const AREASHARE = catalogEntry('AREASHARE');
const WEIGHTCHECK = catalogEntry('WEIGHTCHECK');
const WEIGHTSOK = catalogEntry('WEIGHTSOK');
const ACHIEVED = catalogEntry('ACHIEVED');
const STATUS = catalogEntry('STATUS');

describe('social budget functions never throw, never answer NaN or ±Infinity, and answer errors as FUNCTIONS.md says', () => {
  test('IMPACTINDEX', () => robustness(IMPACTINDEX, indicatorArguments), TIMEOUT);
  test('IMPACTVALUE', () => robustness(IMPACTVALUE, indicatorArguments), TIMEOUT);
  test(
    'AREASHARE',
    () =>
      robustness(
        AREASHARE,
        indicatorTable(true).map((t): Cell[] => [t.weights, t.areas ?? shaped([], 'column'), t.area]),
      ),
    TIMEOUT,
  );
  test('WEIGHTCHECK', () => robustness(WEIGHTCHECK, weightRuleArguments), TIMEOUT);
  test('WEIGHTSOK', () => robustness(WEIGHTSOK, weightRuleArguments), TIMEOUT);
  test(
    'ACHIEVED',
    () =>
      robustness(
        ACHIEVED,
        fc.tuple(
          mostly(fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null))),
          mostly(fc.oneof(fc.integer({ min: -5, max: 100 }), fc.constantFrom(0.8, 0.1 + 0.2, 0.3, 9))),
          optional(mostly(fc.constantFrom('>=', '>', '<=', '<', '=', ' >= ', ''))),
        ),
      ),
    TIMEOUT,
  );
  test(
    'STATUS',
    () =>
      robustness(
        STATUS,
        fc.tuple(
          mostly(fc.oneof(fc.integer({ min: -5, max: 100 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(null))),
          mostly(fc.oneof(fc.integer({ min: -5, max: 100 }), fc.constantFrom(0.8, 0.1 + 0.2, 0.3, 9, 0))),
          optional(mostly(fc.constantFrom('>=', '>', '<=', '<', '=', ' <= ', ''))),
          optional(mostly(fc.oneof(fc.double({ min: 0, max: 1.2, noNaN: true }), fc.constantFrom(0.95, 1, 0, -0.5)))),
        ),
      ),
    TIMEOUT,
  );
});
