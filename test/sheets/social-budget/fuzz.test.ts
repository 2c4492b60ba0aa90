import fc from 'fast-check';
import { defaultRuleSet } from '../../../src/domain';
import { Finding } from '../../../src/sheets/findings';
import { Grid } from '../../../src/sheets/grid';
import { socialBudgetSheet } from '../../../src/sheets/social-budget';
import { socialBudgetExample2021 } from '../../../src/sheets/social-budget/examples';
import { ReadContext } from '../../../src/sheets/sheet-kind';
import { cell, randomGrid, tableGrid } from './fuzz-cells';
import { recalculated } from './support';

/**
 * Nothing crashes on a fuzzed grid (issue 5): random cells of text, numbers, blanks and
 * booleans, random sizes, and the example sheet with random cells changed, into read() and
 * validate(): findings or a model, never an exception.
 */
const example = recalculated(socialBudgetExample2021(1));
const mutatedExample: fc.Arbitrary<Grid> = fc
  .array(fc.tuple(fc.nat(example.values.length + 2), fc.nat(22), cell), { maxLength: 25 })
  .map((changes) => {
    const values = example.values.map((row) => [...row]);
    for (const [row, col, value] of changes) (values[row] ??= [])[col] = value;
    return { sheet: 'Social budget', values: Array.from(values, (row) => Array.from(row ?? [], (value) => value ?? null)) };
  });

const context: ReadContext = { rules: defaultRuleSet(2021), grids: [] };
const ADDRESS = /^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$/;

/** A JavaScript value leaking into a message, unless a person typed those very letters. */
function leaks(message: string, grid: Grid): boolean {
  const found = /NaN|undefined|\[object/.exec(message.replace(/"[^"]*"/g, ''));
  return found !== null && !grid.values.some((row) => row.some((value) => typeof value === 'string' && value.includes(found[0])));
}

function wellFormed(finding: Finding, grid: Grid): boolean {
  return ADDRESS.test(finding.where.cell) && finding.message.trim() !== '' && !leaks(finding.message, grid);
}

function robust(grid: Grid): void {
  const read = socialBudgetSheet.read(grid, context);
  if (!read.ok && read.findings.length === 0) throw new Error('unreadable without a finding');
  const findings = [...read.findings, ...socialBudgetSheet.validate(grid, context)];
  const bad = findings.find((finding) => !wellFormed(finding, grid));
  if (bad) throw new Error(`malformed finding ${JSON.stringify(bad)}`);
  socialBudgetSheet.detect(grid);
}

describe('the social budget reader and validator on fuzzed grids', () => {
  test('random grids: findings or a model, never an exception', () => {
    fc.assert(fc.property(randomGrid, (grid) => robust(grid)), { numRuns: 1000 });
  });

  test('a table header above random rows: findings or a model, never an exception', () => {
    fc.assert(fc.property(tableGrid, (grid) => robust(grid)), { numRuns: 1000 });
  });

  test('the 2021 example with random cells changed: findings or a model, never an exception', () => {
    fc.assert(fc.property(mutatedExample, (grid) => robust(grid)), { numRuns: 500 });
  });
});
