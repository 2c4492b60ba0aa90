/**
 * The area weighting rule (DOMAIN.md §3; FUNCTIONS.md, WEIGHTCHECK and WEIGHTSOK): the TRUE/FALSE
 * answer agrees with the table it summarises.
 */
import { catalogEntry, check, ensure, isExcelError, TIMEOUT } from '../support/fuzz';
import { weightRuleArguments } from '../support/indicators';

const WEIGHTCHECK = catalogEntry('WEIGHTCHECK');
const WEIGHTSOK = catalogEntry('WEIGHTSOK');

describe('WEIGHTSOK is TRUE exactly when every row of WEIGHTCHECK is within tolerance (FUNCTIONS.md)', () => {
  test(
    'WEIGHTSOK equals every row of the last WEIGHTCHECK column being TRUE, and both fail alike',
    () => {
      check(weightRuleArguments, (args) => {
        const table = WEIGHTCHECK.implementation(...args) as unknown[][];
        const ok = WEIGHTSOK.implementation(...args);
        const only = table[0][0];
        if (table.length === 1 && table[0].length === 1 && isExcelError(only)) {
          ensure(isExcelError(ok) && ok.code === only.code && ok.message === only.message, 'WEIGHTSOK fails as WEIGHTCHECK does', ok, only);
          return;
        }
        ensure(table.every((row) => row.length === 6), 'WEIGHTCHECK has six columns', table);
        ensure(ok === table.every((row) => row[5] === true), 'WEIGHTSOK ≠ every row within tolerance', ok, table);
      });
    },
    TIMEOUT,
  );
});
