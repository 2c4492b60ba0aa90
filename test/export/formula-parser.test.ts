/**
 * The formula reader finds FINSAM calls, nested ones too, and splits their arguments only at
 * commas that separate arguments: not inside strings, quoted sheet names, array constants or
 * structured references.
 */
import { CallNode, finsamFunctionName, parseFormula } from '../../src/formula/formula-parser';
import { arrayConstantOf, rangeOf, rangesBefore } from '../../src/export/references';
import { translateFormula } from '../../src/export/translate-formula';

function calls(formula: string): readonly CallNode[] {
  const parsed = parseFormula(formula);
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.calls;
}

const argsOf = (formula: string, call: CallNode) => call.args.map((span) => formula.slice(span.start, span.end));

describe('parseFormula', () => {
  test('a comma inside a string does not split an argument', () => {
    const formula = '=IF(A1="ja, nej",FINSAM.RATE(A1:A2,B1:B2),"a,b")';
    const [call] = calls(formula);
    expect(call.name).toBe('IF');
    expect(argsOf(formula, call)).toEqual(['A1="ja, nej"', 'FINSAM.RATE(A1:A2,B1:B2)', '"a,b"']);
    expect(argsOf(formula, call.calls[0])).toEqual(['A1:A2', 'B1:B2']);
  });

  test('a doubled quote stays inside its string', () => {
    const formula = '=FINSAM.QUADRANT(A1,B1,"x"",""y")';
    expect(argsOf(formula, calls(formula)[0])).toEqual(['A1', 'B1', '"x"",""y"']);
  });

  test('nested calls: INDEX around WEIGHTCHECK and SUM around SHARES', () => {
    const index = '=INDEX(FINSAM.WEIGHTCHECK(G7:G40,B7:B40,L18:L22,M18:M22),5,2)';
    const [outer] = calls(index);
    expect(argsOf(index, outer)).toEqual(['FINSAM.WEIGHTCHECK(G7:G40,B7:B40,L18:L22,M18:M22)', '5', '2']);
    expect(outer.calls[0].name).toBe('FINSAM.WEIGHTCHECK');
    expect(argsOf(index, outer.calls[0])).toHaveLength(4);
    const sum = '=SUM(FINSAM.SHARES(2845,C2:C7,0))+ROUND(FINSAM.FYE(D2:D5),1)';
    expect(calls(sum).map((call) => call.name)).toEqual(['SUM', 'ROUND']);
  });

  test('sheet names with spaces, commas and doubled apostrophes are one argument', () => {
    const formula = "=FINSAM.IMPACTINDEX('Social budget 2021'!$G$7:$G$40,'Kim''s, (blad)'!I7:I40)";
    expect(argsOf(formula, calls(formula)[0])).toEqual(["'Social budget 2021'!$G$7:$G$40", "'Kim''s, (blad)'!I7:I40"]);
  });

  test('array constants and structured references keep their commas', () => {
    const constant = '=FINSAM.SHARES(2990,{83.42,5.31;4.15,3.08},0)';
    expect(argsOf(constant, calls(constant)[0])).toEqual(['2990', '{83.42,5.31;4.15,3.08}', '0']);
    const table = '=FINSAM.IMPACTINDEX(Indikatorer[Vikt],Indikatorer[[#Data],[Uppnådd]])';
    expect(argsOf(table, calls(table)[0])).toEqual(['Indikatorer[Vikt]', 'Indikatorer[[#Data],[Uppnådd]]']);
  });

  test('left-out arguments are empty, and F() has none', () => {
    const formula = '=FINSAM.CONTRIBUTION(B$5,"region",,,0)';
    expect(argsOf(formula, calls(formula)[0])).toEqual(['B$5', '"region"', '', '', '0']);
    expect(calls('=NA()')[0].args).toEqual([]);
  });

  test('a parenthesis that is not a call groups, and an unbalanced formula is refused', () => {
    const formula = '=(1+FINSAM.FYESHARE(A1,(B1+C1)))*2';
    expect(argsOf(formula, calls(formula)[0])).toEqual(['A1', '(B1+C1)']);
    expect(parseFormula('=SUM(A1').ok).toBe(false);
    expect(parseFormula('=SUM(A1))').ok).toBe(false);
    expect(parseFormula('="open').ok).toBe(false);
  });
});

describe('finsamFunctionName', () => {
  test.each([
    ['FINSAM.SHARES', 'SHARES'],
    ['finsam.impactIndex', 'IMPACTINDEX'],
    ['_xludf.FINSAM.RATE', 'RATE'],
    ['_xldudf_FINSAM_FYE', 'FYE'],
    ['SUM', undefined],
    ['FINSAMX.RATE', undefined],
  ])('%s → %s', (name, expected) => expect(finsamFunctionName(name)).toBe(expected));

  test('a file saved by Excel with the add-in (_xldudf_) is translated as well', () => {
    expect(translateFormula('=_xldudf_FINSAM_RATE(A1:A2,B1:B2)')).toEqual({ kind: 'formula', formula: '=SUM(A1:A2)/SUM(B1:B2)' });
  });
});

describe('references', () => {
  test('ranges with quoted sheet names, and the cells before the i-th', () => {
    const range = rangeOf("'Kim''s tal'!$B$2:C4");
    expect(range).toMatchObject({ prefix: "'Kim''s tal'!", top: 1, left: 1, bottom: 3, right: 2 });
    expect(rangesBefore(range!, 0)).toEqual([]);
    expect(rangesBefore(range!, 3)).toEqual(["'Kim''s tal'!$B$2:$C$2", "'Kim''s tal'!$B$3:$B$3"]);
    expect(rangeOf('A1:B2*2')).toBeUndefined();
  });

  test('array constants by rows, strings kept whole', () => {
    expect(arrayConstantOf('{1,"a;b";3,"x"",y"}')?.rows).toEqual([
      ['1', '"a;b"'],
      ['3', '"x"",y"'],
    ]);
    expect(arrayConstantOf('{1,2;3}')).toBeUndefined();
  });
});

describe('translateFormula', () => {
  test('a formula without FINSAM, or with FINSAM only inside a string, is left alone', () => {
    expect(translateFormula('=SUM(A1:A3)')).toEqual({ kind: 'none' });
    expect(translateFormula('="FINSAM.RATE(A1)"')).toEqual({ kind: 'none' });
  });

  test('the rest of the formula is kept character for character', () => {
    expect(translateFormula('=ROUND(FINSAM.FYESHARE(A1,B1)*100, 1)&" %"')).toEqual({ kind: 'formula', formula: '=ROUND((A1/B1)*100, 1)&" %"' });
  });

  test('a spilled function inside another formula, other than INDEX or SUM, becomes a value', () => {
    expect(translateFormula('=MAX(FINSAM.SHARES(100,A1:A3,0))')).toMatchObject({ kind: 'value' });
    expect(translateFormula('=FINSAM.SHARES(100,A1:A3*2,0)')).toMatchObject({ kind: 'value' });
  });

  test('a missing argument or an unknown member word is a value with its reason', () => {
    expect(translateFormula('=FINSAM.RATE(A1:A2)')).toMatchObject({ kind: 'value', reason: expect.stringContaining('argument nr 2') });
    expect(translateFormula('=FINSAM.CONTRIBUTION(5980,"kyrkan")')).toMatchObject({ kind: 'value', reason: expect.stringContaining('kyrkan') });
  });
});
