import { formatSwedishNumber, roundHalfAwayFromZero, toDecimal } from '../../src/domain';

describe('numbers as the board papers print them', () => {
  test('thousands with a space, decimals with a comma: 2 845, 85,5, -1 146', () => {
    expect(formatSwedishNumber(2845)).toBe('2 845');
    expect(formatSwedishNumber(85.5)).toBe('85,5');
    expect(formatSwedishNumber(-1146)).toBe('-1 146');
    expect(formatSwedishNumber(1234567.125)).toBe('1 234 567,125');
  });

  test('numbers past 15 digits print with an exponent, never as Infinity', () => {
    expect(formatSwedishNumber(1e305)).toBe('1e+305');
    expect(formatSwedishNumber(-2.5e20)).toBe('-2,5e+20');
  });

  test("Excel's ROUND: halves away from zero, on the decimal the user typed", () => {
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(roundHalfAwayFromZero(1.005, 2)).toBe(1.01);
    expect(roundHalfAwayFromZero(1234, -2)).toBe(1200);
  });

  test('a number read as its shortest decimal: 83.42 is 8 342 hundredths, 1e21 is whole', () => {
    expect(toDecimal(83.42)).toEqual({ units: 8342n, scale: 2 });
    expect(toDecimal(1e21)).toEqual({ units: 10n ** 21n, scale: 0 });
    expect(toDecimal(1.5e-7)).toEqual({ units: 15n, scale: 8 });
  });
});
