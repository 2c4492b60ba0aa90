import { execFileSync } from 'child_process';
import { run } from '../../src/cli/main';

function finsam(...args: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

describe('finsam eval (issue: foundation, done-when)', () => {
  test('--json IMPACTINDEX prints {"value":61.53846153846154} and exits 0', () => {
    expect(finsam('eval', '--json', '=FINSAM.IMPACTINDEX({10;10;6},{TRUE;FALSE;TRUE})')).toEqual({
      code: 0,
      out: ['{"value":61.53846153846154}'],
      err: [],
    });
  });

  test('--json SHARES prints the 2018 column 2494/159/124/92/121 (seed 001)', () => {
    expect(finsam('eval', '--json', '=FINSAM.SHARES(2990,{83.42;5.31;4.15;3.08;4.04},0)').out).toEqual([
      '{"value":[[2494],[159],[124],[92],[121]]}',
    ]);
  });

  test('a row array constant spills as a row', () => {
    expect(finsam('eval', '--json', '=FINSAM.SHARES(10,{1,1},0)').out).toEqual(['{"value":[[5,5]]}']);
  });

  test('INDEX over WEIGHTCHECK reads one cell', () => {
    const formula = '=INDEX(FINSAM.WEIGHTCHECK({10;10;10;9;10;10;4;10;5;10;2;10},{"S";"S";"S";"S";"J";"J";"J";"D";"D";"Sa";"Sa";"M"},{"S";"J";"D";"Sa";"M"},{0.4;0.25;0.15;0.1;0.1}),1,2)';
    expect(finsam('eval', '--json', formula).out).toEqual(['{"value":39}']);
  });

  test('an Excel error prints the error and its Swedish message and exits 1', () => {
    expect(finsam('eval', '--json', '=FINSAM.IMPACTINDEX({5;12},{TRUE;TRUE})')).toEqual({
      code: 1,
      out: ['{"error":"#VALUE!","message":"Vikt nr 2 är 12; en vikt ska vara ett heltal 1–10."}'],
      err: [],
    });
    expect(finsam('eval', '=FINSAM.RATE({0},{0})')).toEqual({
      code: 1,
      out: ['#DIV/0! Summan av avslutade är 0; andelen kan inte beräknas (division med noll).'],
      err: [],
    });
  });

  test('a formula that does not parse exits 2 with a message', () => {
    const result = finsam('eval', '=FINSAM.IMPACTINDEX({1;2}');
    expect(result.code).toBe(2);
    expect(result.err.join('\n')).toMatch(/går inte att tolka/);
  });

  test('a formula in the other syntax is told which --locale reads it', () => {
    const swedish = finsam('eval', '=SUMMA(1;2)');
    expect(swedish.code).toBe(2);
    expect(swedish.err.join('\n')).toMatch(/=SUMMA\(1;2\)\. Den läses som i engelsk Excel .* --locale sv-SE/);
    const english = finsam('eval', '--locale', 'sv-SE', '=SUM(1,5,2)');
    expect(english.out).toEqual([]);
    expect(english.err.join('\n')).toMatch(/Den läses som i svensk Excel .*utan --locale/);
  });

  test('Swedish syntax: semicolons, decimal comma, SANT/FALSKT, SUMMA, \\ between columns', () => {
    expect(finsam('eval', '--json', '--locale', 'sv-SE', '=FINSAM.IMPACTINDEX({10;10;6};{SANT;FALSKT;SANT})').out).toEqual(['{"value":61.53846153846154}']);
    expect(finsam('eval', '--json', '--locale', 'sv-SE', '=SUMMA(FINSAM.SHARES(2845;{82,9\\5,1\\4,0\\2,9\\3,7\\1,3};0))').out).toEqual(['{"value":2845}']);
    expect(finsam('eval', '--json', '--locale', 'sv-SE', '=FINSAM.CONTRIBUTION(5980;"kommun";8342;{8342;531;415;308;404};0)').out).toEqual(['{"value":2494}']);
    expect(finsam('eval', '--json', '--locale', 'sv-SE', '=FINSAM.DEVIATES(540;500;0,05;20)').out).toEqual(['{"value":true}']);
  });

  test('for a person: Swedish number format and SANT/FALSKT', () => {
    expect(finsam('eval', '=FINSAM.EQUITYCAP(11380)').out).toEqual(['1 707']);
    expect(finsam('eval', '=FINSAM.WEIGHTSOK({10},{"A"},{"A"},{1})').out).toEqual(['SANT']);
  });

  test('wrong use exits 2 with the usage', () => {
    expect(finsam().code).toBe(2);
    expect(finsam('evaluate', '=1').code).toBe(2);
    expect(finsam('eval', '--locale', 'de-DE', '=1').code).toBe(2);
  });

  test('the installed bin prints the done-when line (npx finsam)', () => {
    const printed = execFileSync('node', ['bin/finsam.js', 'eval', '--json', '=FINSAM.IMPACTINDEX({10;10;6},{TRUE;FALSE;TRUE})'], { encoding: 'utf8' });
    expect(printed).toBe('{"value":61.53846153846154}\n');
  });
});
