/** Results as the help shows them (src/help/shown.ts), held to computed values. */
import { matchesShown, parseShown } from '../../src/help/shown';

describe('a number cut short ("…") shows its own leading digits; otherwise it is exact', () => {
  test('76,136… is Impactindex 134/176 (seed 003), 76,14 is not', () => {
    expect(matchesShown(134 / 176 * 100, parseShown('76,136…'))).toBe(true);
    expect(matchesShown(134 / 176 * 100, parseShown('76,137…'))).toBe(false);
    expect(matchesShown(134 / 176 * 100, parseShown('76,14'))).toBe(false);
  });

  test('negative numbers truncate toward zero; "…" on an exact value is wrong', () => {
    expect(matchesShown(-0.0459517, parseShown('-0,0459…'))).toBe(true);
    expect(matchesShown(-0.0459517, parseShown('-0,046…'))).toBe(false);
    expect(matchesShown(0.375, parseShown('0,375…'))).toBe(false);
    expect(matchesShown(-0.01000000000000001, parseShown('-0,01'))).toBe(true);
  });
});

test('SANT/FALSKT, text with and without quotes, empty text', () => {
  expect([matchesShown(true, parseShown('SANT')), matchesShown(false, parseShown('FALSKT')), matchesShown('SANT', parseShown('SANT'))]).toEqual([true, true, false]);
  expect([matchesShown('Håll nöjd', parseShown('Håll nöjd')), matchesShown('A "b"', parseShown('"A ""b"""')), matchesShown('', parseShown('""'))]).toEqual([true, true, true]);
});

test('a spilled result {a\\b;c\\d}: rows by ";", columns by "\\", quotes may hold both', () => {
  const shown = parseShown('{"a;b"\\1,5;"c\\d"\\SANT}');
  expect(shown.kind === 'array' && shown.rows.map((row) => row.map((cell) => cell.text))).toEqual([
    ['"a;b"', '1,5'],
    ['"c\\d"', 'SANT'],
  ]);
  expect(matchesShown([['a;b', 1.5], ['c\\d', true]], shown)).toBe(true);
  expect(matchesShown([['a;b', 1.5]], shown)).toBe(false);
  expect(matchesShown([[2494], [159]], parseShown('{2494;159}'))).toBe(true);
});
