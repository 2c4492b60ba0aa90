import fc from 'fast-check';
import { followUpSheet, followUpTertial2of2022 } from '../../../src/sheets/follow-up';
import { Grid } from '../../../src/sheets/grid';
import { followUpLabels } from '../../../src/text/sheet-labels';
import { checkFinding, contextOf, damagedGrid, hostileGrid, recalculated, RUNS } from './support';

const grid = recalculated(followUpSheet.plan(followUpTertial2of2022()));
const words = [...Object.values(followUpLabels).flatMap((word) => (typeof word === 'string' ? [word] : [])), 'Ungdomstorget', 'Summa verksamheter'];

/** read() and validate() answer with a model or findings of the right shape, and never throw. */
function answersWell(sheet: Grid): void {
  const context = contextOf(sheet);
  const read = followUpSheet.read(sheet, context);
  if (!read.ok && read.findings.length === 0) throw new Error('a failed read without a finding');
  read.findings.forEach((finding) => checkFinding(finding, sheet.sheet));
  followUpSheet.validate(sheet, context).forEach((finding) => checkFinding(finding, sheet.sheet));
  followUpSheet.detect(sheet);
}

describe('the follow-up reader and checks on any grid (fast-check)', () => {
  test('random grids: findings or a model, never an exception', () => {
    fc.assert(fc.property(hostileGrid('Uppföljning', words), answersWell), { numRuns: RUNS });
  });

  test('the seed sheet with cells replaced, rows deleted or duplicated: findings or a model, never an exception', () => {
    fc.assert(fc.property(damagedGrid(grid), answersWell), { numRuns: RUNS });
  });
});
