import { cellContentOf, editTextOf, typedNumber } from '../../src/workbench/grid/cell-input';

describe('what a person types into a grid cell', () => {
  test('a formula stays a formula, FINSAM functions included', () => {
    expect(cellContentOf('=FINSAM.SHARES(2990,{83.42;5.31},0)')).toBe('=FINSAM.SHARES(2990,{83.42;5.31},0)');
  });

  test('numbers as a Swedish treasurer types them: 2 845, 2845,5, -1 146, 85 %', () => {
    expect(cellContentOf('2 845')).toBe(2845);
    expect(cellContentOf('2845,5')).toBe(2845.5);
    expect(cellContentOf('2845.5')).toBe(2845.5);
    expect(cellContentOf('\u22121 146')).toBe(-1146);
    expect(cellContentOf('85 %')).toBeCloseTo(0.85, 12);
    expect(typedNumber('12 365 tkr')).toBeUndefined();
  });

  test('SANT and FALSKT (or TRUE and FALSE) are truth values', () => {
    expect(cellContentOf('SANT')).toBe(true);
    expect(cellContentOf('falskt')).toBe(false);
    expect(cellContentOf('TRUE')).toBe(true);
  });

  test('other text is stored as text, never as a date or a formula', () => {
    expect(cellContentOf('Summa intäkter')).toBe("'Summa intäkter");
    expect(cellContentOf('2022-01-01')).toBe("'2022-01-01");
    expect(cellContentOf("'=HYPERLINK(x)")).toBe("'=HYPERLINK(x)");
    expect(cellContentOf('=')).toBe("'=");
  });

  test('blank empties the cell', () => {
    expect(cellContentOf('')).toBeNull();
    expect(cellContentOf('   ')).toBeNull();
  });

  test('the formula bar shows what, typed back unchanged, gives the same cell', () => {
    for (const raw of ['=SUM(A1:A3)', "'Summa intäkter", "'=text", "'2845", "'SANT", 2845.5, 0.1 + 0.2, -1146, true, false, null]) {
      expect(cellContentOf(editTextOf(raw))).toEqual(raw);
    }
    expect(editTextOf("'Summa intäkter")).toBe('Summa intäkter');
    expect(editTextOf("'2845")).toBe("'2845");
    expect(editTextOf(2845.5)).toBe('2845,5');
  });
});

describe('formulas in the chosen syntax (the workbench follows a locale, sv-SE by default)', () => {
  test('a Swedish formula is stored as the engine and Excel store it (en-US)', () => {
    expect(cellContentOf('=SUMMA(B1;C1)*0,5', 'sv-SE')).toBe('=SUM(B1,C1)*0.5');
    expect(cellContentOf('=OM(A1;SANT;FALSKT)', 'sv-SE')).toBe('=IF(A1,TRUE,FALSE)');
  });

  test('numbers typed are the same in both', () => {
    expect(cellContentOf('2845,5', 'sv-SE')).toBe(2845.5);
    expect(cellContentOf('2845,5', 'en-US')).toBe(2845.5);
  });

  test('a stored formula is shown in the chosen syntax and commits back unchanged', () => {
    const stored = '=FINSAM.SHARES(2990,{83.42;5.31},0)';
    expect(editTextOf(stored, 'sv-SE')).toBe('=FINSAM.SHARES(2990;{83,42;5,31};0)');
    expect(editTextOf(stored, 'en-US')).toBe(stored);
    expect(cellContentOf(editTextOf(stored, 'sv-SE'), 'sv-SE')).toBe(stored);
  });
});
