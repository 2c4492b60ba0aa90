/**
 * Impactindex against Impactvärde (FUNCTIONS.md, IMPACTINDEX and IMPACTVALUE; DOMAIN.md §3):
 * the two functions are compared with each other, not with the arithmetic inside them.
 */
import { catalogEntry, check, checkAnswer, ensure, isExcelError, shaped, TIMEOUT } from '../support/fuzz';
import { indicatorTable } from '../support/indicators';

const IMPACTINDEX = catalogEntry('IMPACTINDEX');
const IMPACTVALUE = catalogEntry('IMPACTVALUE');

describe('Impactindex is 100 × Impactvärde / Σ weights (FUNCTIONS.md; 134 of 176 → 76.136…)', () => {
  test(
    'for whole weights 1–10 and valid achieved cells, IMPACTINDEX lies in [0, 100] and equals 100 × IMPACTVALUE / IMPACTVALUE with every row achieved',
    () => {
      check(indicatorTable(false), ({ weights, achieved, areas, area }) => {
        // Σ weights is the impact value when every counted row is achieved; blank rows stay blank.
        const everyRowAchieved = shaped(
          weights.flat().map((weight) => (weight === null ? null : true)),
          'column',
        );
        const index = IMPACTINDEX.implementation(weights, achieved, areas, area);
        const value = IMPACTVALUE.implementation(weights, achieved, areas, area);
        const maximum = IMPACTVALUE.implementation(shaped(weights.flat(), 'column'), everyRowAchieved, areas && shaped(areas.flat(), 'column'), area);
        checkAnswer(IMPACTINDEX, index, []);
        if (isExcelError(maximum)) {
          // Only an area with no row can fail here, and then all three say #N/A.
          ensure(maximum.code === '#N/A', 'Σ weights failed with other than #N/A', maximum);
          ensure(isExcelError(index) && index.code === '#N/A' && isExcelError(value) && value.code === '#N/A', 'all three say #N/A', index, value);
          return;
        }
        ensure(typeof value === 'number' && typeof maximum === 'number', 'IMPACTVALUE is a number', value, maximum);
        if (maximum === 0) {
          ensure(value === 0 && isExcelError(index) && index.code === '#DIV/0!', 'no weight gives #DIV/0!', index, value);
          return;
        }
        ensure(typeof index === 'number', 'IMPACTINDEX is a number', index);
        ensure(index >= 0 && index <= 100, 'IMPACTINDEX outside [0, 100]', index);
        ensure(Math.abs(index - (100 * value) / maximum) <= 1e-12, 'IMPACTINDEX ≠ 100 × IMPACTVALUE / Σ weights', index, value, maximum);
        if (area === null) {
          // Without a filter, Σ weights is the plain sum of the weight cells.
          const sum = (weights.flat() as (number | null)[]).reduce<number>((total, weight) => total + (weight ?? 0), 0);
          ensure(maximum === sum, 'Σ weights differs from the sum of the weight cells', maximum, sum);
        }
      });
    },
    TIMEOUT,
  );
});
