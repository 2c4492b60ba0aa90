/**
 * The social budget functions' native translations, computed in the embedded engine beside the
 * FINSAM functions on the same cells, give the same values (FUNCTIONS.md seeds and edge cases).
 */
import { RawCellContent } from 'hyperformula';
import { parseAchievedText } from '../../src/domain';
import { ACHIEVED_WORDS } from '../../src/export/translate-indicators';
import { translateFormula } from '../../src/export/translate-formula';
import { SCALAR_TRANSLATORS, SPILL_TRANSLATORS } from '../../src/export/translators';
import { FUNCTION_CATALOG } from '../../src/functions/catalog';
import { expectSame } from './support';

/** Thirteen achieved 10s and a 4 (134), four 10s and a 2 not achieved: 176 (seed 003, 2021). */
const SEED_2021: RawCellContent[][] = [
  ...Array.from({ length: 13 }, (_, i): RawCellContent[] => [10, ['ja', true, 1, 'X', ' Uppnådd '][i % 5]]),
  [4, 'sant'],
  [null, null],
  ...Array.from({ length: 4 }, (_, i): RawCellContent[] => [10, ['nej', false, 0, null][i]]),
  [2, 'Ej uppnådd'],
];

describe('social budget translations', () => {
  test('IMPACTINDEX of 134 achieved of 176 is 76.136… natively too (seed 003, 2021)', () => {
    const [[index]] = expectSame(SEED_2021, '=FINSAM.IMPACTINDEX(A1:A20,B1:B20)');
    expect(index).toBeCloseTo(76.136, 3);
    expect(expectSame(SEED_2021, '=FINSAM.IMPACTVALUE(A1:A20,B1:B20)')).toEqual([[134]]);
  });

  test.each([...ACHIEVED_WORDS.filter((word) => word !== '1'), 'nej', 'n', 'ej uppnådd', 'no', 'falskt', 'false', '', ' JA ', 'Ej  Uppnådd'])(
    'the achieved word "%s" counts as FUNCTIONS.md says',
    (word) => {
      const [[value]] = expectSame([[7, word]], '=FINSAM.IMPACTVALUE(A1,B1)');
      expect(value).toBe(parseAchievedText(word) ? 7 : 0);
    },
  );

  test.each([true, false, 1, 0, null])('an achieved cell holding %p counts as in the add-in', (cell) => {
    expectSame([[7, cell]], '=FINSAM.IMPACTVALUE(A1,B1)');
  });

  const areas: RawCellContent[][] = [
    [10, true, 'Samordning'],
    [8, 'ja', ' samordning '],
    [6, false, 'Deltagarnyttan'],
    [null, null, null],
    [4, 'x', 'DELTAGARNYTTAN'],
  ];

  test('IMPACTINDEX and IMPACTVALUE of one area: trimmed, case-insensitive; #N/A for an area without rows', () => {
    expectSame(areas, '=FINSAM.IMPACTINDEX(A1:A5,B1:B5,C1:C5,"deltagarnyttan")', [[40]]);
    expectSame(areas, '=FINSAM.IMPACTVALUE(A1:A5,B1:B5,C1:C5,"Samordning")', [[18]]);
    expectSame(areas, '=FINSAM.IMPACTVALUE(A1:A5,B1:B5,C1:C5,"Finns inte")', [[{ error: '#N/A' }]]);
    expectSame(areas, '=FINSAM.IMPACTINDEX(A1:A5,B1:B5,C1:C5,D1)');
  });

  test('AREASHARE: 39 of 100 is 0.39 (seed 003, 2022)', () => {
    const weights = [10, 10, 10, 9, 10, 10, 10, 10, 10, 10, 1];
    const rows = weights.map((weight, i): RawCellContent[] => [weight, i < 4 ? 'Samhälls- och medlemsnytta' : 'Övrigt']);
    expectSame(rows, '=FINSAM.AREASHARE(A1:A11,B1:B11,"Samhälls- och medlemsnytta")', [[0.39]]);
  });

  const targets = ['Samhälls- och medlemsnytta', 'Jämlik samverkan', 'Deltagarnyttan', 'Samordning', 'Medarbetarnöjdhet'];
  const targetShares = [0.4, 0.25, 0.15, 0.1, 0.1];
  /** Weights of at most 10 (the scale) summing to each area's total, targets in C1:D5. */
  const weighting = (sums: number[]) => {
    const rows: RawCellContent[][] = sums.flatMap((sum, i) =>
      Array.from({ length: Math.ceil(sum / 10) }, (_, k): RawCellContent[] => [Math.min(10, sum - 10 * k), targets[i]]),
    );
    targets.forEach((target, i) => rows[i].push(target, targetShares[i]));
    return rows;
  };

  test('WEIGHTCHECK and WEIGHTSOK on 39/24/15/12/10 against 40/25/15/10/10: all within (seed 003, 2022)', () => {
    const rows = weighting([39, 24, 15, 12, 10]);
    const table = expectSame(rows, '=FINSAM.WEIGHTCHECK(A1:A20,B1:B20,C1:C5,D1:D5)');
    expect(table.map((line) => line[5])).toEqual([true, true, true, true, true]);
    expectSame(rows, '=FINSAM.WEIGHTSOK(A1:A20,B1:B20,C1:C5,D1:D5)', [[true]]);
  });

  test('the same with Medarbetarnöjdhet at 16 and Samhälls- och medlemsnytta at 33: two rows FALSE', () => {
    const rows = weighting([33, 24, 15, 12, 16]);
    const table = expectSame(rows, '=FINSAM.WEIGHTCHECK(A1:A20,B1:B20,C1:C5,D1:D5,0.05)');
    expect(table.map((line) => line[5])).toEqual([false, true, true, true, false]);
    expectSame(rows, '=FINSAM.WEIGHTSOK(A1:A20,B1:B20,C1:C5,D1:D5)', [[false]]);
    expectSame(rows, '=INDEX(FINSAM.WEIGHTCHECK(A1:A20,B1:B20,C1:C5,D1:D5),5,2)', [[16]]);
  });

  test.each([
    ['>=', 80, 80, true],
    ['>', 80, 80, false],
    ['<=', 9, 9.5, true],
    ['<', 9.5, 9, false],
    ['=', 3, 3, true],
    ['', 79, 80, false],
  ])('ACHIEVED with "%s": %p against %p', (comparison, outcome, target, expected) => {
    // "'" keeps a typed "=" text in the engine, as in Excel.
    expectSame([[outcome, target, comparison === '=' ? "'=" : comparison]], '=FINSAM.ACHIEVED(A1,B1,C1)', [[expected]]);
    expectSame([[outcome, target]], `=FINSAM.ACHIEVED(A1,B1,"${comparison}")`, [[expected]]);
  });

  test('ACHIEVED of an outcome not yet reported is empty text', () => {
    expectSame([[null, 80]], '=FINSAM.ACHIEVED(A1,B1)', [['']]);
  });

  test.each([
    ['', 0.79, 0.8, 'Nära målet'],
    ['>=', 0.85, 0.8, 'Uppnått'],
    ['>=', 0.66, 0.8, 'Ej uppnått'],
    ['>=', 0.38, 0.4, 'Nära målet'],
    ['>', 0.8, 0.8, 'Nära målet'],
    ['<=', 9.4, 9, 'Nära målet'],
    ['<=', 9.5, 9, 'Ej uppnått'],
    ['<', 9, 9, 'Nära målet'],
    ['=', 0.79, 0.8, 'Ej uppnått'],
    ['=', 3, 3, 'Uppnått'],
  ])('STATUS with "%s": %p against %p is %s natively too', (comparison, outcome, target, expected) => {
    expectSame([[outcome, target, comparison === '=' ? "'=" : comparison]], '=FINSAM.STATUS(A1,B1,C1)', [[expected]]);
    expectSame([[outcome, target]], `=FINSAM.STATUS(A1,B1,"${comparison}")`, [[expected]]);
  });

  test('STATUS with a factor: literal, from a cell, blank cell as the default, and a bad cell factor #VALUE! in both', () => {
    expectSame([[0.73, 0.8]], '=FINSAM.STATUS(A1,B1,">=",0.9)', [['Nära målet']]);
    expectSame([[0.73, 0.8, '>=', 0.9]], '=FINSAM.STATUS(A1,B1,C1,D1)', [['Nära målet']]);
    expectSame([[0.73, 0.8, '>=', null]], '=FINSAM.STATUS(A1,B1,C1,D1)', [['Ej uppnått']]);
    expectSame([[0.79, 0.8, '>=', 1.2]], '=FINSAM.STATUS(A1,B1,C1,D1)', [[{ error: '#VALUE!' }]]);
    expectSame([[0.79, 0.8, '>=', 0]], '=FINSAM.STATUS(A1,B1,C1,D1)', [[{ error: '#VALUE!' }]]);
  });

  test('STATUS of an outcome not yet reported is empty text; a literal bad factor or comparison is left to the engine check', () => {
    expectSame([[null, 0.8]], '=FINSAM.STATUS(A1,B1)', [['']]);
    expect(translateFormula('=FINSAM.STATUS(A1,B1,">=",1.2)')).toEqual({ kind: 'value', reason: 'nära målet-faktorn 1,2 ska vara större än 0 och högst 1' });
    expect(translateFormula('=FINSAM.STATUS(A1,B1,"=>")')).toEqual({ kind: 'value', reason: 'jämförelsen "=>" är okänd' });
  });
});

describe('the translation tables', () => {
  test('every function of the catalog has a native translation', () => {
    const translated = [...Object.keys(SCALAR_TRANSLATORS), ...Object.keys(SPILL_TRANSLATORS)].sort();
    expect(translated).toEqual(FUNCTION_CATALOG.map((info) => info.name).sort());
    for (const info of FUNCTION_CATALOG) expect(info.spills).toBe(info.name in SPILL_TRANSLATORS);
  });

  test('the achieved words are FUNCTIONS.md\'s, and "1" is how LibreOffice shows TRUE', () => {
    for (const word of ACHIEVED_WORDS.filter((candidate) => candidate !== '1')) expect(parseAchievedText(word)).toBe(true);
    expect(parseAchievedText('1')).toBeUndefined();
  });
});
