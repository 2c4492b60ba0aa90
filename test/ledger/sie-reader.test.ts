import { encode } from 'iconv-lite';
import { readSie, readSieText, linesOf, splitFields } from '../../src/domain/ledger';
import { sie2022 } from './sie-2022';

const pc8 = (text: string) => new Uint8Array(encode(text, 'cp437'));
const errors = (read: ReturnType<typeof readSie>) => read.findings.filter((f) => f.severity === 'error');

describe('SIE fields', () => {
  it('splits words, quoted text with \\" and \\\\, and object lists', () => {
    const split = splitFields('#TRANS 4020 {1 "Umeå" 6 "P 1"} -1234.50 20220331 "Hyra \\"kv 1\\" C:\\\\x"');
    expect(split).toEqual({ ok: true, fields: ['#TRANS', '4020', '1 "Umeå" 6 "P 1"', '-1234.50', '20220331', 'Hyra "kv 1" C:\\x'] });
  });

  it('says which was never closed', () => {
    expect(splitFields('#KONTO 3010 "Försäkringskassan')).toEqual({ ok: false, problem: 'quote' });
    expect(splitFields('#TRANS 3010 {1 "a" 100')).toEqual({ ok: false, problem: 'brace' });
  });
});

describe('readSie on the hand-made 2022 file', () => {
  const read = readSie(pc8(sie2022()));

  it('decodes code page 437 and reads the records', () => {
    if (!read.ok) throw new Error(JSON.stringify(read.findings));
    const { file } = read;
    expect(file.encoding).toBe('cp437');
    expect(file.type).toBe(4);
    expect(file.companyName).toBe('Samordningsförbundet "Umeåregionen"');
    expect(file.orgNumber).toBe('222000-1800');
    expect(file.years.get(0)).toEqual({ start: '20220101', end: '20221231' });
    expect(file.accounts.get('3011')).toBe('Umeå kommun');
    expect(file.accounts.get('6990')).toBe('Övrigt kontor och adm.');
    expect(file.opening.get('1930')).toBe(180000000);
    // 77 vouchers written in sie-2022.ts (27 income, 50 costs), two transactions each.
    expect(file.vouchers).toBe(77);
    expect(file.transactions).toHaveLength(154);
    expect(file.result.get('4020')).toBe(185000000);
    expect(file.transactions[0]).toEqual({ account: '3010', amount: -189666700, date: '20220215', line: 47 });
  });

  it('ignores labels it does not need, and says so once', () => {
    expect(read.findings).toEqual([{ severity: 'warning', message: expect.stringContaining('#ADRESS (rad 7), #KPTYP (rad 8)') }]);
  });
});

describe('readSie refuses what it does not understand, with the line', () => {
  it('Latin-1 bytes under #FORMAT PC8', () => {
    const bytes = new Uint8Array(encode(sie2022(), 'latin1'));
    const read = readSie(bytes);
    expect(read.ok).toBe(false);
    expect(errors(read)[0]).toMatchObject({ line: 5, message: expect.stringContaining('Latin-1') });
  });

  it('invalid UTF-8 under #FORMAT UTF-8', () => {
    const text = sie2022().replace('#FORMAT PC8', '#FORMAT UTF-8');
    const read = readSie(new Uint8Array(encode(text, 'latin1')));
    expect(read.ok).toBe(false);
    expect(errors(read)[0]).toMatchObject({ line: 5, message: expect.stringContaining('inte giltig UTF-8') });
  });

  it('UTF-16 (NUL bytes) and text that is not SIE', () => {
    expect(errors(readSie(new Uint8Array(encode(sie2022(), 'utf16le'))))[0].message).toContain('nolltecken');
    const notSie = readSie(pc8('Konto;Belopp\r\n3010;100\r\n'));
    expect(errors(notSie)[0]).toMatchObject({ line: 1, message: expect.stringContaining('inte en SIE-fil') });
  });

  it('an unbalanced voucher, and nothing of the file is kept', () => {
    const text = sie2022({ extraVouchers: '#VER A 900 20220505 "Fel"\r\n{\r\n#TRANS 4020 {} 100.00\r\n#TRANS 1930 {} -99.00\r\n}' });
    const read = readSie(pc8(text));
    expect(read.ok).toBe(false);
    expect(errors(read)[0].message).toMatch(/^Verifikationen på rad \d+ balanserar inte: transaktionerna summerar till 1,00 kr/);
    expect(errors(read).at(-1)?.message).toContain('inget utfall hämtades');
  });

  it('a voucher whose brace never closes, a stray brace, a bad amount and date', () => {
    expect(errors(readSieText(linesOf('#FLAGGA 0\n#VER A 1 20220101\n{\n#TRANS 3010 {} 5\n')))[0].message).toBe('Verifikationen på rad 2 avslutas aldrig med }.');
    expect(errors(readSieText(linesOf('#FLAGGA 0\n}\n')))[0].message).toContain('} på rad 2');
    const bad = readSieText(linesOf('#FLAGGA 0\n#VER A 1 20220230\n{\n#TRANS 3010 {} 5,00\n}\n'));
    expect(errors(bad).map((f) => f.line)).toEqual([2, 4, undefined]);
  });

  it('UTF-8 under PC8 is read as UTF-8, with a warning', () => {
    const read = readSie(new TextEncoder().encode(sie2022()));
    expect(read.ok && read.file.accounts.get('3011')).toBe('Umeå kommun');
    expect(read.findings[0].message).toContain('UTF-8');
  });
});
