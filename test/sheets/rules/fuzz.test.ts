import fc from 'fast-check';
import { defaultRuleSet } from '../../../src/domain';
import { Grid } from '../../../src/sheets/grid';
import { rulesSheet } from '../../../src/sheets/rules';
import { planRules } from '../../../src/sheets/rules/plan';
import { engineFromPlan, gridOf } from '../../../src/workbook/engine/plan-to-engine';
import { cell, randomGrid } from '../social-budget/fuzz-cells';

/**
 * Nothing crashes on a fuzzed FINSAM-regler (issue 5): random grids, and the default sheet with
 * random cells changed, into read() and validate(): findings or a rule set, never an exception.
 */
const RULE_WORDS = fc.constantFrom('Inställning', 'Värde', 'Målområde', 'Målandel', 'Tilldelning från (tkr)', 'Högsta andel', 'Summa', 'Tolerans för viktregeln',
  'Högsta vikt', 'Förändringen mäts', 'Bas för varav', 'pp', 'relativ', 'alla avslutade', 'positiv lösning', '5 %', '0,05', 'FINSAM-regler 2022');
const anyCell = fc.oneof(cell, RULE_WORDS);

const example = gridOf(engineFromPlan({ sheets: [planRules(defaultRuleSet(2022))] }), 'FINSAM-regler');
const mutated: fc.Arbitrary<Grid> = fc.array(fc.tuple(fc.nat(example.values.length + 2), fc.nat(4), anyCell), { maxLength: 20 }).map((changes) => {
  const values = example.values.map((row) => [...row]);
  for (const [row, col, value] of changes) (values[row] ??= [])[col] = value;
  return { sheet: 'FINSAM-regler', values: Array.from(values, (row) => Array.from(row ?? [], (value) => value ?? null)) };
});

const context = { rules: defaultRuleSet(2022), grids: [] };

function robust(grid: Grid): void {
  const read = rulesSheet.read(grid, context);
  if (!read.ok && read.findings.length === 0) throw new Error('unreadable without a finding');
  for (const finding of [...read.findings, ...rulesSheet.validate(grid, context)]) {
    if (!/^[A-Z]{1,3}\d+(?::[A-Z]{1,3}\d+)?$/.test(finding.where.cell) || finding.message.trim() === '') throw new Error(JSON.stringify(finding));
  }
  rulesSheet.detect(grid);
}

describe('the FINSAM-regler reader and validator on fuzzed grids', () => {
  test('random grids: findings or a rule set, never an exception', () => {
    fc.assert(fc.property(randomGrid, robust), { numRuns: 1000 });
  });

  test('the default sheet with random cells changed: findings or a rule set, never an exception', () => {
    fc.assert(fc.property(mutated, robust), { numRuns: 1000 });
  });
});
