/**
 * Robustness of the financing functions (FUNCTIONS.md, "Financing"): SHARE, SHARES,
 * CONTRIBUTION, EQUITYCAP and DEVIATES. The split's invariants are in largest-remainder.test.ts.
 */
import fc from 'fast-check';
import {
  anyNumber,
  catalogEntry,
  Cell,
  hostileCell,
  hostileRange,
  layout,
  mostly,
  optional,
  robustness,
  shaped,
  TIMEOUT,
} from '../support/fuzz';
import { part } from '../support/splits';

const SHARE = catalogEntry('SHARE');
const SHARES = catalogEntry('SHARES');
const CONTRIBUTION = catalogEntry('CONTRIBUTION');
const EQUITYCAP = catalogEntry('EQUITYCAP');
const DEVIATES = catalogEntry('DEVIATES');

const decimals: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(0, 1, 2) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 11 }) },
  { weight: 1, arbitrary: fc.constantFrom(2.5, -0, '2', true) },
);

const total: fc.Arbitrary<number> = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -1e6, max: 1e7 }) },
  { weight: 2, arbitrary: fc.double({ min: -1e9, max: 1e9, noNaN: true }) },
  { weight: 1, arbitrary: anyNumber },
);

const partsRange = fc
  .tuple(fc.array(mostly(fc.oneof({ weight: 9, arbitrary: part }, { weight: 1, arbitrary: fc.constant(null) })), { maxLength: 12 }), layout)
  .map(([cells, how]) => shaped(cells, how));

describe('financing functions never throw, never answer NaN or ±Infinity, and answer errors as FUNCTIONS.md says', () => {
  test(
    'SHARE',
    () =>
      robustness(
        SHARE,
        partsRange.chain((parts) =>
          fc.tuple(
            mostly(total),
            // Usually one of the parts, so the split itself runs.
            parts.flat().length > 0 ? fc.oneof(fc.constantFrom(...parts.flat()), hostileCell) : hostileCell,
            fc.constant(parts),
            optional(decimals),
          ),
        ),
      ),
    TIMEOUT,
  );
  test(
    'SHARES',
    () => robustness(SHARES, fc.tuple(mostly(total), partsRange, optional(decimals))),
    TIMEOUT,
  );
  test(
    'CONTRIBUTION',
    () =>
      robustness(
        CONTRIBUTION,
        partsRange.chain((populations) =>
          fc.tuple(
            mostly(fc.oneof(fc.constantFrom(5980, 5690, 0), total)),
            mostly(fc.constantFrom('stat', 'Staten', ' FK ', 'Försäkringskassan', 'region', 'LANDSTING', 'kommun', 'Kommun ', 'Umeå')),
            optional(populations.flat().length > 0 ? fc.oneof(fc.constantFrom(...populations.flat()), hostileCell) : hostileCell),
            optional(fc.oneof({ weight: 4, arbitrary: fc.constant(populations) }, { weight: 1, arbitrary: hostileRange })),
            optional(decimals),
          ),
        ),
      ),
    TIMEOUT,
  );
  test(
    'EQUITYCAP',
    () => {
      const step = fc.tuple(mostly(fc.oneof(fc.integer({ min: 0, max: 20000 }), fc.constantFrom(0, 5000, 15000))), mostly(fc.double({ min: 0, max: 1, noNaN: true })));
      const steps = fc.oneof(
        { weight: 3, arbitrary: fc.array(step, { minLength: 1, maxLength: 4 }).map((rows) => rows.sort((a, b) => Number(a[0]) - Number(b[0])) as Cell[][]) },
        { weight: 1, arbitrary: fc.array(step, { maxLength: 4 }) as fc.Arbitrary<Cell[][]> },
        { weight: 1, arbitrary: hostileRange },
      );
      robustness(EQUITYCAP, fc.tuple(mostly(fc.oneof(fc.integer({ min: -100, max: 30000 }), total)), optional(steps)));
    },
    TIMEOUT,
  );
  test(
    'DEVIATES',
    () =>
      robustness(
        DEVIATES,
        fc.tuple(
          mostly(fc.oneof(total, fc.constant(null))),
          mostly(fc.oneof(total, fc.constant(null))),
          optional(mostly(fc.oneof(fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom(0.1, 0, 1)))),
          optional(mostly(fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.constantFrom(50, 0)))),
        ),
      ),
    TIMEOUT,
  );
});
