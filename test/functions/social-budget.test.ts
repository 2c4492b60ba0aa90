import { achieved, areashare, impactindex, impactvalue, status, weightcheck, weightsok } from '../../src/functions/social-budget';
import { excelError } from '../../src/functions/excel-error';
import { answer, column, omitted, weightsSumming } from '../support/excel';

const AREAS = ['Samhälls- och medlemsnytta', 'Jämlik samverkan', 'Deltagarnyttan', 'Samordning', 'Medarbetarnöjdhet'];
const TARGETS = column(0.4, 0.25, 0.15, 0.1, 0.1);

/** Weights and areas giving the area sums, as two columns. */
function tableWithSums(sums: number[]): { weights: unknown[][]; areas: unknown[][] } {
  const rows = sums.flatMap((sum, index) => weightsSumming(sum).map((weight) => [weight, AREAS[index]]));
  return { weights: rows.map(([weight]) => [weight]), areas: rows.map(([, area]) => [area]) };
}

describe('IMPACTINDEX and IMPACTVALUE (FUNCTIONS.md)', () => {
  const achievedWeights = weightsSumming(134);
  const missedWeights = weightsSumming(42);
  const weights = column(...achievedWeights, ...missedWeights);
  const marks = column(...achievedWeights.map(() => true), ...missedWeights.map(() => false));

  test('weights summing to 176 with 134 achieved → 76,136… and impact value 134 (seed 003)', () => {
    expect(impactindex(weights, marks)).toBeCloseTo(76.13636363636364, 12);
    expect(impactvalue(weights, marks)).toBe(134);
  });

  test('the done-when example {10;10;6}, {TRUE;FALSE;TRUE} → 61,538…', () => {
    expect(impactindex(column(10, 10, 6), column(true, false, true))).toBe(61.53846153846154);
  });

  test('achieved cells take TRUE/FALSE, 1/0 and ja/nej-like text; empty is not achieved', () => {
    expect(impactindex(column(1, 1, 1, 1, 1, 1, 1, 1), column(true, 1, 'ja', ' X ', 'Uppnådd', 'nej', 0, null))).toBe(62.5);
  });

  test('a row with neither weight nor achieved is skipped, so tables may have blank rows', () => {
    expect(impactindex(column(5, null, 5, ''), column(true, null, false, ''))).toBe(50);
  });

  test('per area, with an area that has no row → #N/A', () => {
    const areas = column('A', 'B', 'a');
    expect(impactindex(column(4, 6, 6), column(true, true, false), areas, ' A ')).toBe(40);
    expect(answer(impactindex(column(4, 6, 6), column(true, true, false), areas, 'C'))).toEqual({
      error: '#N/A',
      message: 'Målområdet "C" finns inte bland målområdena.',
    });
  });

  test.each([
    ['a weight of 12', column(5, 5, 12), column(true, true, true), '#VALUE!', 'Vikt nr 3 är 12; en vikt ska vara ett heltal 1–10.'],
    ['a weight of 2,5', column(2.5), column(true), '#VALUE!', 'Vikt nr 1 är 2,5; en vikt ska vara ett heltal 1–10.'],
    ['a weight as text', column(5, 'tio'), column(true, true), '#VALUE!', 'Vikt nr 2 är "tio"; en vikt ska vara ett heltal 1–10.'],
    ['an achieved word it does not know', column(5, 5), column(true, 'kanske'), '#VALUE!', 'Uppnådd nr 2 är "kanske"; skriv ja/nej, SANT/FALSKT eller 1/0.'],
    ['an achieved mark without weight', column(5, null), column(true, true), '#VALUE!', 'Vikt nr 2 saknas men raden har ett värde i Uppnådd; fyll i vikten eller töm raden.'],
    ['ranges of unequal size', column(5, 5, 5), column(true, true), '#VALUE!', 'Vikt har 3 celler men Uppnådd har 2 celler; områdena ska vara lika stora.'],
    ['no weights at all', column(null, null), column(null, null), '#DIV/0!', 'Det finns ingen vikt att räkna med (maximalt Impactvärde 0); Impactindex kan inte beräknas.'],
  ])('%s → %s with the position', (_, weights, marks, error, message) => {
    expect(answer(impactindex(weights, marks))).toEqual({ error, message });
  });

  test('an area without the areas beside it is #VALUE!', () => {
    expect(answer(impactindex(column(5), column(true), omitted, 'A'))).toMatchObject({ error: '#VALUE!' });
  });

  test('an error in an input cell comes back unchanged', () => {
    const error = excelError('#N/A', 'från cellen');
    expect(answer(impactindex(column(5, error), column(true, true)))).toEqual({ error: '#N/A', message: 'från cellen' });
  });
});

describe('AREASHARE, WEIGHTCHECK and WEIGHTSOK (FUNCTIONS.md)', () => {
  test("Samhälls- och medlemsnytta's share of the 2022 weighting 39/24/15/10/12 is 0,39 (seed 003)", () => {
    const { weights, areas } = tableWithSums([39, 24, 15, 10, 12]);
    expect(areashare(weights, areas, 'Samhälls- och medlemsnytta')).toBe(0.39);
    expect(answer(areashare(weights, areas, 'Okänt'))).toMatchObject({ error: '#N/A' });
  });

  test('39/24/15/12/10 against 40/25/15/10/10: a spilled table, every row within 0,05', () => {
    const { weights, areas } = tableWithSums([39, 24, 15, 12, 10]);
    const table = weightcheck(weights, areas, column(...AREAS), TARGETS);
    expect(table.map((row) => row[0])).toEqual(AREAS);
    expect(table.map((row) => row[1])).toEqual([39, 24, 15, 12, 10]);
    expect(table[3][2]).toBeCloseTo(0.12, 12);
    expect(table[3][3]).toBe(0.1);
    expect(table[3][4]).toBeCloseTo(0.02, 12);
    expect(table.map((row) => row[5])).toEqual([true, true, true, true, true]);
    expect(weightsok(weights, areas, column(...AREAS), TARGETS)).toBe(true);
  });

  test('Medarbetarnöjdhet at 16 and Samhälls- och medlemsnytta at 33 → two rows FALSE', () => {
    const { weights, areas } = tableWithSums([33, 24, 15, 12, 16]);
    const table = weightcheck(weights, areas, column(...AREAS), TARGETS);
    expect(table.map((row) => row[5])).toEqual([false, true, true, true, false]);
    expect(weightsok(weights, areas, column(...AREAS), TARGETS)).toBe(false);
  });

  test('a tolerance of 0,02 makes the 12 % area fail', () => {
    const { weights, areas } = tableWithSums([39, 24, 15, 12, 10]);
    expect(weightsok(weights, areas, column(...AREAS), TARGETS, 0.019)).toBe(false);
  });

  test('target shares that do not sum to 1, or an area without a target, spill one #VALUE!', () => {
    const { weights, areas } = tableWithSums([39, 24, 15, 12, 10]);
    expect(answer(weightcheck(weights, areas, column(...AREAS), column(40, 25, 15, 10, 10)))).toMatchObject({ error: '#VALUE!' });
    expect(answer(weightcheck(weights, areas, column(...AREAS.slice(0, 4)), column(0.4, 0.3, 0.2, 0.1)))).toEqual({
      error: '#VALUE!',
      message: expect.stringMatching(/^Målområde nr \d+ "Medarbetarnöjdhet" saknar målandel/),
    });
  });
});

describe('ACHIEVED (FUNCTIONS.md)', () => {
  test('at least by default; the other comparisons by name', () => {
    expect(achieved(0.8, 0.8)).toBe(true);
    expect(achieved(9.1, 9, '<=')).toBe(false);
    expect(achieved(120, 125, '<')).toBe(true);
  });

  test('an empty outcome is empty text, not yet reported', () => {
    expect(achieved(null, 0.8)).toBe('');
  });

  test('an unknown comparison or a text outcome is #VALUE!', () => {
    expect(answer(achieved(5, 4, '=>'))).toEqual({ error: '#VALUE!', message: 'Jämförelsen är "=>"; använd >=, >, <=, < eller =.' });
    expect(answer(achieved('80 %', 0.8))).toEqual({ error: '#VALUE!', message: 'Utfallet är "80 %"; det ska vara ett tal.' });
  });
});

describe('STATUS (FUNCTIONS.md)', () => {
  test("FUNCTIONS.md's examples: 0,79 of 0,8 near, 0,85 achieved, 0,66 not", () => {
    expect(status(0.79, 0.8)).toBe('Nära målet');
    expect(status(0.85, 0.8)).toBe('Uppnått');
    expect(status(0.66, 0.8)).toBe('Ej uppnått');
  });

  test('at most: near up to target / near; "=" is never near; a factor of its own', () => {
    expect(status(9.4, 9, '<=')).toBe('Nära målet');
    expect(status(9.5, 9, ' <= ')).toBe('Ej uppnått');
    expect(status(0.79, 0.8, '=')).toBe('Ej uppnått');
    expect(status(0.73, 0.8, '>=', 0.9)).toBe('Nära målet');
    expect(status(0.73, 0.8, null, null)).toBe('Ej uppnått');
  });

  test('an empty outcome is empty text, whatever the factor', () => {
    expect(status(null, 0.8)).toBe('');
    expect(status('  ', 0.8, '>=', 7)).toBe('');
  });

  test.each([
    [0, 'Nära målet-faktorn är 0; den ska vara en andel större än 0 och högst 1 (t.ex. 0,95 för inom 5 % av målvärdet).'],
    [1.2, 'Nära målet-faktorn är 1,2; den ska vara en andel större än 0 och högst 1 (t.ex. 0,95 för inom 5 % av målvärdet).'],
    [-0.95, 'Nära målet-faktorn är -0,95; den ska vara en andel större än 0 och högst 1 (t.ex. 0,95 för inom 5 % av målvärdet).'],
    ['nära', 'Nära målet-faktorn är "nära"; det ska vara ett tal.'],
  ])('a factor of %p is #VALUE!', (near, message) => {
    expect(answer(status(0.79, 0.8, '>=', near))).toEqual({ error: '#VALUE!', message });
  });

  test('an unknown comparison, a text outcome or a missing target is #VALUE!', () => {
    expect(answer(status(0.79, 0.8, '=>'))).toEqual({ error: '#VALUE!', message: 'Jämförelsen är "=>"; använd >=, >, <=, < eller =.' });
    expect(answer(status('79 %', 0.8))).toEqual({ error: '#VALUE!', message: 'Utfallet är "79 %"; det ska vara ett tal.' });
    expect(answer(status(0.79, null))).toEqual({ error: '#VALUE!', message: 'Målvärdet saknas; fyll i ett värde.' });
  });
});
