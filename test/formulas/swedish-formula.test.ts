import { englishToSwedish, hasEnglishSeparator, swedishToEnglish } from '../../src/formula/swedish-formula';

// The pairs as Excel shows the same formula in a Swedish and in an English installation
// (ADDIN.md §5): argument separator, decimal comma, array columns, function names, truth values.
const PAIRS: readonly (readonly [string, string])[] = [
  ['=SUMMA(B1;C1)', '=SUM(B1,C1)'],
  ['=OM(A1>0,5;"ja, visst";"nej")', '=IF(A1>0.5,"ja, visst","nej")'],
  ['=FINSAM.SHARES(2990;{83,42;5,31;4,15};0)', '=FINSAM.SHARES(2990,{83.42;5.31;4.15},0)'],
  ['=FINSAM.IMPACTINDEX({10;10;12};{SANT;FALSKT;SANT})', '=FINSAM.IMPACTINDEX({10;10;12},{TRUE;FALSE;TRUE})'],
  ['={1\\2;3\\4}', '={1,2;3,4}'],
  ["=SUMMA('Budget 2022, utfall'!B2:B9)", "=SUM('Budget 2022, utfall'!B2:B9)"],
  ['=SUMMA(Indikatorer[[#Data];[Vikt]])', '=SUM(Indikatorer[[#Data],[Vikt]])'],
  ['=AVRUNDA(FINSAM.RATE(B2:B5;C2:C5);3)', '=ROUND(FINSAM.RATE(B2:B5,C2:C5),3)'],
  ['=1,5E3+,5', '=1.5E3+.5'],
];

describe('Swedish ↔ English formula syntax', () => {
  test.each(PAIRS)('%s ↔ %s', (swedish, english) => {
    expect(swedishToEnglish(swedish)).toBe(english);
    expect(englishToSwedish(english)).toBe(swedish);
  });

  test('text in quotes, sheet names and names with digits are left as they are', () => {
    expect(englishToSwedish('=CONCATENATE("1.5, 2",Blad1!A1)')).toBe('=SAMMANFOGA("1.5, 2";Blad1!A1)');
    expect(englishToSwedish('=LOG10(100)')).toBe('=LOG10(100)');
  });

  test('an unclosed quote or bracket ends the translation without a loop', () => {
    expect(englishToSwedish('=SUM("a,b')).toBe('=SUMMA("a,b');
    expect(swedishToEnglish('=SUMMA(Tabell[Vikt')).toBe('=SUM(Tabell[Vikt');
  });

  test('a comma that is no decimal comma marks English syntax in a Swedish formula', () => {
    expect(hasEnglishSeparator('=SUM(B1,C1)')).toBe(true);
    expect(hasEnglishSeparator('=SUMMA(B1;C1)*0,5+,5')).toBe(false);
    expect(hasEnglishSeparator('=OM(A1;"a, b";\'Blad, 2\'!A1)')).toBe(false);
  });
});
