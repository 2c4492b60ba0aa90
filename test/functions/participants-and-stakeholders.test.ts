import { fye, fyechange, fyeshare, rate } from '../../src/functions/participants';
import { importanceIndex, quadrantOf } from '../../src/functions/stakeholders';
import { answer, column, omitted } from '../support/excel';

describe('RATE (FUNCTIONS.md)', () => {
  test('pooled: 9 of 10 and 1 of 4 → 10/14, blank rows skipped', () => {
    expect(rate(column(9, null, 1), column(10, null, 4))).toBeCloseTo(10 / 14, 15);
  });

  test.each([
    ['more positive than finished', column(5), column(4), '#VALUE!', 'Rad nr 1: 5 med positivt resultat är fler än 4 avslutade.'],
    ['a negative count', column(1, -1), column(2, 2), '#VALUE!', 'Antal med positivt resultat nr 2 är -1; det får inte vara negativt.'],
    ['a part without its whole', column(1, 2), column(2, null), '#VALUE!', 'Antal avslutade nr 2 saknas men raden har ett värde i det andra området; fyll i båda eller töm raden.'],
    ['no one finished', column(0), column(0), '#DIV/0!', 'Summan av avslutade är 0; andelen kan inte beräknas (division med noll).'],
    ['unequal ranges', column(1, 2), column(2), '#VALUE!', 'Antal med positivt resultat har 2 celler men Antal avslutade har 1 cell; områdena ska vara lika stora.'],
  ])('%s → %s', (_, parts, wholes, error, message) => {
    expect(answer(rate(parts, wholes))).toEqual({ error, message });
  });

  test('a row of parts against a column of wholes pairs the cells in reading order: (1+2+3)/(2+4+8)', () => {
    expect(rate([[1, 2, 3]], column(2, 4, 8))).toBeCloseTo(6 / 14, 15);
    expect(rate([[1, 2], [3, null]], [[2, 4, 8, null]])).toBeCloseTo(6 / 14, 15);
  });

  test('a cell of the wrong kind further down is named before an earlier row with too many positive', () => {
    expect(answer(rate(column(5, 'x'), column(4, 4)))).toEqual({
      error: '#VALUE!',
      message: expect.stringContaining('nr 2'),
    });
  });
});

describe('FYE, FYESHARE and FYECHANGE (FUNCTIONS.md)', () => {
  test('two half years make one FYE; a degree for all rows or per row', () => {
    expect(fye(column(182.5, 182.5))).toBe(1);
    expect(fye(column(365, 365), [[0.5]])).toBe(1);
    expect(fye(column(365, 365), column(0.5, 0.25))).toBe(0.75);
    expect(fye(column(181), omitted, 181)).toBe(1);
  });

  test('a degree of 50 or 0 days per year are errors', () => {
    expect(answer(fye(column(10), column(50)))).toMatchObject({ error: '#VALUE!' });
    expect(answer(fye(column(10), omitted, 0))).toMatchObject({ error: '#DIV/0!' });
  });

  test('share of population, relative change and percentage points', () => {
    expect(fyeshare(1000, 20000)).toBe(0.05);
    expect(fyechange(0.05, 0.0495)).toBeCloseTo(-0.01, 15);
    expect(fyechange(0.05, 0.045, 'pp')).toBeCloseTo(-0.005, 15);
    expect(answer(fyeshare(1000, 0))).toMatchObject({ error: '#DIV/0!' });
    expect(answer(fyechange(0.05, 0.04, 'procent'))).toEqual({
      error: '#VALUE!',
      message: 'Läget är "procent"; skriv "relativ" (standard) eller "pp" (procentenheter).',
    });
  });
});

describe('IMPORTANCE and QUADRANT (FUNCTIONS.md; seed 002)', () => {
  test('betydelseindex and the four quadrants', () => {
    expect(importanceIndex(5, 4)).toBe(9);
    expect([quadrantOf(5, 4), quadrantOf(2, 5), quadrantOf(5, 2), quadrantOf(1, 1)]).toEqual([
      'Nyckelintressent',
      'Håll nöjd',
      'Håll informerad',
      'Bevaka',
    ]);
  });

  test('a rating outside 1–5 or as text is #VALUE!', () => {
    expect(answer(importanceIndex(0, 4))).toEqual({ error: '#VALUE!', message: 'Intresset är 0; det ska vara ett heltal 1–5.' });
    expect(answer(quadrantOf(3, 'hög'))).toEqual({ error: '#VALUE!', message: 'Inflytandet är "hög"; det ska vara ett tal.' });
  });
});
