import { spawnSync } from 'child_process';
import { boundedRanges } from '../../src/cli/eval-ranges';
import { main, run } from '../../src/cli/main';
import { formulaLength, formulaLimitProblem, nestingDepth } from '../../src/formula/limits';

/**
 * `finsam eval` within and beyond Excel's limits (issue 17, items 4 and 11): 8 192 characters
 * and 64 levels work, more is a Swedish parse error (exit 2) and never a stack trace; huge
 * ranges and texts are bounded. Formulas are generated here, none is committed.
 */
function finsam(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = run(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

async function finsamMain(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

/**
 * The installed command (dist/node, built by `npm ci`): long formulas run there on a thread with a
 * larger stack. The kill timeout only catches a hang, below jest's 180 s, not a slow busy machine.
 */
function bin(...args: string[]) {
  const result = spawnSync('node', ['bin/finsam.js', ...args], { encoding: 'utf8', timeout: 150_000 });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const chain = (terms: number, term = () => '1') => `=${Array.from({ length: terms }, term).join('+')}`;
const nested = (levels: number) => `=${'('.repeat(levels)}1${')'.repeat(levels)}`;

describe('formula limits (src/formula/limits.ts)', () => {
  test('length counts the text after "="', () => {
    expect(formulaLength('=1+1')).toBe(3);
    expect(formulaLength('1+1')).toBe(3);
  });

  test('nesting counts ( and { but not inside "text" or \'sheet names\'', () => {
    expect(nestingDepth('=SUM((1),{1;2})')).toBe(2);
    expect(nestingDepth('="((((("&\'a((b\'!A1')).toBe(0);
    expect(nestingDepth('="say ""(("" twice"&(1)')).toBe(1);
    expect(nestingDepth('=)))((')).toBe(2);
  });

  test('8 192 characters and 64 levels are within; one more is a Swedish message', () => {
    expect(formulaLimitProblem(`=${'1'.repeat(8192)}`)).toBeUndefined();
    expect(formulaLimitProblem(`=${'1'.repeat(8193)}`)).toBe('Formeln har 8 193 tecken; Excel tillåter högst 8 192 tecken i en formel. Dela upp den på flera celler.');
    expect(formulaLimitProblem(nested(64))).toBeUndefined();
    expect(formulaLimitProblem(nested(65))).toBe('Formeln har 65 nivåer av parenteser inuti varandra; Excel tillåter högst 64. Dela upp den på flera celler.');
  });

  test('a million levels are measured without recursion', () => {
    expect(nestingDepth('('.repeat(1_000_000))).toBe(1_000_000);
  });
});

describe('eval ranges on the empty sheet (src/cli/eval-ranges.ts)', () => {
  test('whole columns and whole rows become column and row ranges', () => {
    expect(boundedRanges('=SUM(A1:XFD1048576)')).toEqual({ ok: true, formula: '=SUM(A:XFD)' });
    expect(boundedRanges('=SUM($B$1:$C$1048576)')).toEqual({ ok: true, formula: '=SUM($B:$C)' });
    expect(boundedRanges('=SUM(A3:XFD7)')).toEqual({ ok: true, formula: '=SUM(3:7)' });
    expect(boundedRanges("=SUM('Blad 1'!A1:XFD1048576)")).toEqual({ ok: true, formula: "=SUM('Blad 1'!A:XFD)" });
  });

  test('text in quotes is left as it is', () => {
    expect(boundedRanges('="A1:XFD1048576"')).toEqual({ ok: true, formula: '="A1:XFD1048576"' });
  });

  test('other ranges may hold 1 048 576 cells together', () => {
    expect(boundedRanges('=SUM(B1:B1048575)')).toEqual({ ok: true, formula: '=SUM(B1:B1048575)' });
    expect(boundedRanges('=SUM(B2:C1048576)')).toEqual({ ok: false, range: 'B2:C1048576', cells: 2_097_150, limit: 1_048_576 });
    expect(boundedRanges('=SUM(A1:A600000)+SUM(C1:C600000)')).toMatchObject({ ok: false, range: 'C1:C600000', cells: 1_200_000 });
  });
});

describe('finsam eval within the limits, on this thread', () => {
  test('=SUM(A1:XFD1048576) on the empty sheet is 0 (the whole sheet, read as its columns)', () => {
    expect(finsam('eval', '--json', '=SUM(A1:XFD1048576)')).toEqual({ code: 0, out: ['{"value":0}'], err: [] });
    expect(finsam('eval', '--json', '=ROWS(A1:XFD1048576)*COLUMNS(A1:XFD1048576)')).toEqual({ code: 0, out: [`{"value":${1048576 * 16384}}`], err: [] });
  });

  test('a range beyond the bound is a Swedish parse error with exit 2', () => {
    const result = finsam('eval', '=SUM(B2:XFD1048576)');
    expect(result.code).toBe(2);
    expect(result.err[0]).toMatch(/^Formeln läser 17 178 804 225 celler \(med området B2:XFD1048576\)/);
  });

  test('64 nested parentheses give 1; 65 are a Swedish parse error with exit 2', () => {
    expect(finsam('eval', '--json', nested(64))).toEqual({ code: 0, out: ['{"value":1}'], err: [] });
    const beyond = finsam('eval', nested(65));
    expect(beyond.code).toBe(2);
    expect(beyond.err).toEqual(['Formeln har 65 nivåer av parenteser inuti varandra; Excel tillåter högst 64. Dela upp den på flera celler.']);
  });

  test('10 000 nested parentheses and 20 000 characters: exit 2, a Swedish message, no stack trace', () => {
    const deep = finsam('eval', nested(10_000));
    expect(deep.code).toBe(2);
    expect(deep.err.join('\n')).toMatch(/^Formeln har 20 001 tecken; Excel tillåter högst 8 192/);
    expect(deep.err.join('\n')).not.toMatch(/\bat \S+ \(/);
  });

  test('=REPT("a",1000000000) is #VALUE! (exit 1), not a crash', () => {
    expect(finsam('eval', '=REPT("a",1000000000)')).toEqual({ code: 1, out: ['#VALUE! Texten blir för lång; en cell i Excel rymmer högst 32 767 tecken.'], err: [] });
  });

  test('a text longer than a cell holds is #VALUE!; 32 767 characters are a value', () => {
    expect(finsam('eval', '--json', '=REPT("ab",20000)').out).toEqual(['{"error":"#VALUE!","message":"Texten blir för lång; en cell i Excel rymmer högst 32 767 tecken."}']);
    expect(finsam('eval', '--json', '=REPT("a",32767)').out[0]).toBe(`{"value":"${'a'.repeat(32767)}"}`);
  });

  test('a spill still comes back as its block', () => {
    expect(finsam('eval', '--json', '=FINSAM.SHARES(10,{1;1},0)').out).toEqual(['{"value":[[5],[5]]}']);
  });
});

describe('finsam eval: flags and help', () => {
  test.each([['--foo'], ['--jsn'], ['--locale=sv-SE']])('eval %s is refused with exit 2 in Swedish', async (flag) => {
    const result = await finsamMain('eval', flag, '=1+1');
    expect(result.code).toBe(2);
    expect(result.err[0]).toBe(`Okänd flagga ${flag} för finsam eval; se finsam eval --help.`);
    expect(result.out).toEqual([]);
  });

  test('--locale without a value is refused', async () => {
    expect((await finsamMain('eval', '=1', '--locale')).err[0]).toBe('--locale behöver ett värde.');
  });

  test('"--" ends the flags, so a formula may start with -', async () => {
    expect(await finsamMain('eval', '--json', '--', '--1')).toEqual({ code: 0, out: ['{"value":1}'], err: [] });
  });

  test.each([
    [['--help'], /^Användning: finsam eval/],
    [['-h'], /^Användning: finsam eval/],
    [['eval', '--help'], /Räknar ut en formel i den inbyggda räknemotorn/],
    [['build', '--help'], /--force {2}skriv över <ut\.xlsx>/],
    [['export', '--help'], /Skriver en kopia där FINSAM-formlerna är vanliga Excel-formler/],
    [['check', '--help'], /Kontrollerar FINSAM-bladen/],
  ])('finsam %p prints Swedish help and exits 0', async (args, text) => {
    const result = await finsamMain(...args);
    expect(result.code).toBe(0);
    expect(result.out.join('\n')).toMatch(text);
    expect(result.err).toEqual([]);
  });
});

describe('finsam eval through the installed command (long formulas on a larger stack)', () => {
  test('=1+1+… with 1 500 terms (2 999 characters) is 1 500', () => {
    expect(bin('eval', '--json', chain(1500))).toEqual({ code: 0, out: '{"value":1500}\n', err: '' });
  });

  test('8 192 characters of =1+1+… (4 096 terms) and of =--…-1 work', () => {
    expect(bin('eval', '--json', chain(4096))).toEqual({ code: 0, out: '{"value":4096}\n', err: '' });
    expect(bin('eval', '--json', `=${'-'.repeat(8190)}1`)).toEqual({ code: 0, out: '{"value":1}\n', err: '' });
  });

  test('=B1+B2+…+B1200 (6 093 characters) is 0 on the empty sheet', () => {
    const formula = chain(1200, (() => { let row = 0; return () => `B${(row += 1)}`; })());
    expect(formula.length).toBe(6093);
    expect(bin('eval', formula)).toEqual({ code: 0, out: '0\n', err: '' });
  });

  test('64 levels around 4 000 terms work; 140 levels are a Swedish message, exit 2, no stack trace', () => {
    expect(bin('eval', `=${'('.repeat(64)}${chain(4000).slice(1)}${')'.repeat(64)}`).out).toBe('4 000\n');
    const deep = bin('eval', nested(140));
    expect(deep).toEqual({ code: 2, out: '', err: 'Formeln har 140 nivåer av parenteser inuti varandra; Excel tillåter högst 64. Dela upp den på flera celler.\n' });
  });
});
