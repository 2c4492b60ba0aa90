import { displayText, formatFixed, formatGeneral, numberPattern } from '../../src/workbench/grid/number-format';

describe('the grid shows numbers the Swedish way under the plans\' en-US format codes', () => {
  test('tkr with a space between thousands: 11 489, -1 146 (seed 003, 2021)', () => {
    expect(displayText(11489, '#,##0;-#,##0')).toBe('11 489');
    expect(displayText(-1146, '#,##0;-#,##0')).toBe('-1 146');
    expect(displayText(2844.5, '#,##0;-#,##0')).toBe('2 845');
    expect(displayText(1234567, '#,##0;-#,##0')).toBe('1 234 567');
  });

  test('one decimal with a decimal comma: 82,7 and 2 845,0', () => {
    expect(displayText(82.7, '#,##0.0')).toBe('82,7');
    expect(displayText(2845, '#,##0.0')).toBe('2 845,0');
  });

  test('percentages as the board papers print them: 40 %, 85,5 %, -1 %', () => {
    expect(displayText(0.4, '0%')).toBe('40 %');
    expect(displayText(0.855, '0.0%')).toBe('85,5 %');
    expect(displayText(-0.01, '0%')).toBe('-1 %');
  });

  test('whole numbers without grouping, and text as it is', () => {
    expect(displayText(2021, '0')).toBe('2021');
    expect(displayText(76.136, '0')).toBe('76');
    expect(displayText('Summa intäkter', '@')).toBe('Summa intäkter');
  });

  test('a value that rounds to zero shows 0, not -0', () => {
    expect(formatFixed(-0.2, { grouped: true, decimals: 0, percent: false })).toBe('0');
    expect(formatGeneral(-0)).toBe('0');
  });

  test('General: no grouping, a decimal comma, about ten significant digits', () => {
    expect(displayText(11489)).toBe('11489');
    expect(displayText(2418.675)).toBe('2418,675');
    expect(displayText(1 / 3)).toBe('0,333333333');
    expect(displayText(76.13636363636364)).toBe('76,13636364');
    expect(displayText(1e12)).toBe('1E+12');
  });

  test('truth values in Swedish, blanks empty', () => {
    expect(displayText(true)).toBe('SANT');
    expect(displayText(false)).toBe('FALSKT');
    expect(displayText(null)).toBe('');
    expect(displayText('')).toBe('');
  });

  test('codes the grid does not know fall back to General', () => {
    expect(numberPattern('yyyy-mm-dd')).toBeUndefined();
    expect(displayText(0.5, 'yyyy-mm-dd')).toBe('0,5');
  });
});
