import { decodeSie } from './decode';
import { splitFields } from './fields';
import { ledgerMessages as m } from '../../text/ledger-import';
import { LedgerFinding, SieFile, SieRead, SieTransaction, SieYear } from './types';

/** Past this many errors the file is plainly not understood; more would only bury the first. */
const MAX_ERRORS = 20;

/** Labels the follow-up uses; every other label is ignored, as the SIE rules ask of readers. */
const KNOWN = new Set(['#FLAGGA', '#FORMAT', '#SIETYP', '#PROGRAM', '#FNAMN', '#ORGNR', '#RAR', '#KONTO', '#IB', '#UB', '#RES', '#VER', '#TRANS']);

/**
 * Reads SIE records one line at a time (`push`), so a year of vouchers never needs more than
 * the sums and the transactions it keeps. `finish` gives the file, or only findings when any
 * line was not understood: a file is used whole or not at all.
 */
export class SieReader {
  private lineNo = 0;
  private sawFlag = false;
  private readonly errors: LedgerFinding[] = [];
  private type?: number;
  private program?: string;
  private companyName?: string;
  private orgNumber?: string;
  private readonly years = new Map<number, SieYear>();
  private readonly accounts = new Map<string, string>();
  private readonly opening = new Map<string, number>();
  private readonly closing = new Map<string, number>();
  private readonly result = new Map<string, number>();
  private readonly transactions: SieTransaction[] = [];
  private readonly ignored = new Map<string, number>();
  private vouchers = 0;
  private stopped = false;
  /** The open voucher: its line, date, running sum; `inside` once its { is read. */
  private voucher?: { line: number; date: string; sum: number; inside: boolean };

  constructor(private readonly encoding: string) {}

  /** Past the first line that is not SIE, or too many errors: nothing more is read. */
  get failed(): boolean {
    return this.stopped || this.errors.length >= MAX_ERRORS;
  }

  push(raw: string): void {
    this.lineNo += 1;
    if (this.failed) return;
    const line = raw.trim();
    if (line === '') return;
    const no = this.lineNo;
    if (!this.sawFlag) {
      if (!line.startsWith('#FLAGGA')) return this.error(m.notSie(no), no, true);
      this.sawFlag = true;
    }
    if (line === '{') return this.openBrace(no);
    if (line === '}') return this.closeBrace(no);
    if (this.voucher && !this.voucher.inside) this.error(m.verWithoutBrace(this.voucher.line), this.voucher.line, false, true);
    const split = splitFields(line);
    if (!split.ok) return this.error(split.problem === 'quote' ? m.unclosedQuote(no) : m.unclosedBrace(no), no);
    const [label, ...fields] = split.fields;
    const upper = label.toUpperCase();
    if (!KNOWN.has(upper)) {
      if (!this.ignored.has(upper)) this.ignored.set(upper, no);
      return;
    }
    this.record(upper, fields, no);
  }

  finish(): SieRead {
    if (this.voucher && !this.failed) this.error(m.verNotClosed(this.voucher.line), this.voucher.line);
    if (!this.sawFlag && this.errors.length === 0) this.error(m.empty(), undefined);
    if (this.errors.length > 0) return { ok: false, findings: [...this.errors, { severity: 'error', message: m.refused(this.errors.length) }] };
    const file: SieFile = {
      type: this.type,
      encoding: this.encoding,
      program: this.program,
      companyName: this.companyName,
      orgNumber: this.orgNumber,
      years: this.years,
      accounts: this.accounts,
      opening: this.opening,
      closing: this.closing,
      result: this.result,
      vouchers: this.vouchers,
      transactions: this.transactions,
      ignored: this.ignored,
    };
    const findings: LedgerFinding[] = [];
    if (this.ignored.size > 0) findings.push({ severity: 'warning', message: m.ignoredLabels([...this.ignored].map(([label, line]) => `${label} (rad ${line})`).join(', ')) });
    return { ok: true, file, findings };
  }

  private error(message: string, line: number | undefined, fatal = false, dropVoucher = false): void {
    this.errors.push({ severity: 'error', message, line });
    if (dropVoucher) this.voucher = undefined;
    if (fatal) this.stopped = true;
  }

  private openBrace(no: number): void {
    if (!this.voucher || this.voucher.inside) return this.error(m.strayBrace('{', no), no);
    this.voucher.inside = true;
  }

  private closeBrace(no: number): void {
    const voucher = this.voucher;
    if (!voucher || !voucher.inside) return this.error(m.strayBrace('}', no), no);
    if (voucher.sum !== 0) this.error(m.unbalanced(voucher.line, voucher.sum), voucher.line);
    this.voucher = undefined;
    this.vouchers += 1;
  }

  private record(label: string, f: string[], no: number): void {
    switch (label) {
      case '#FLAGGA':
      case '#FORMAT':
        return;
      case '#SIETYP': {
        const type = Number(f[0]);
        if (!Number.isInteger(type) || type < 1 || type > 4) return this.error(m.badType(f[0] ?? '', no), no);
        this.type = type;
        return;
      }
      case '#PROGRAM':
        this.program = f.join(' ');
        return;
      case '#FNAMN':
        this.companyName = f[0];
        return;
      case '#ORGNR':
        this.orgNumber = f[0];
        return;
      case '#RAR':
        return this.rar(f, no);
      case '#KONTO':
        if (!this.account(f[0], '#KONTO', no)) return;
        this.accounts.set(f[0], f[1] ?? '');
        return;
      case '#IB':
        return this.balance(this.opening, label, f, no);
      case '#UB':
        return this.balance(this.closing, label, f, no);
      case '#RES':
        return this.balance(this.result, label, f, no);
      case '#VER':
        return this.ver(f, no);
      case '#TRANS':
        return this.trans(f, no);
    }
  }

  private rar(f: string[], no: number): void {
    const year = this.yearNumber(f[0], no);
    const start = this.date(f[1], '#RAR', 'startdatum', no);
    const end = this.date(f[2], '#RAR', 'slutdatum', no);
    if (year !== undefined && start && end) this.years.set(year, { start, end });
  }

  /** #IB/#UB/#RES årsnr konto saldo: only year 0 is kept (the follow-up's year). */
  private balance(into: Map<string, number>, label: string, f: string[], no: number): void {
    const year = this.yearNumber(f[0], no);
    const account = this.account(f[1], label, no);
    const amount = this.amount(f[2], label, no);
    if (year === 0 && account && amount !== undefined) into.set(f[1], (into.get(f[1]) ?? 0) + amount);
  }

  /** #VER serie vernr verdatum [vertext] …: a { … } of transactions follows. */
  private ver(f: string[], no: number): void {
    if (this.voucher) return this.error(m.verNotClosed(this.voucher.line), this.voucher.line, false, true);
    const date = this.date(f[2], '#VER', 'datum', no);
    this.voucher = { line: no, date: date ?? '', sum: 0, inside: false };
  }

  /** #TRANS kontonr {objektlista} belopp [transdat] [transtext] …; the date defaults to the voucher's. */
  private trans(f: string[], no: number): void {
    const voucher = this.voucher;
    if (!voucher || !voucher.inside) return this.error(m.transOutsideVer(no), no);
    const account = this.account(f[0], '#TRANS', no);
    const amount = this.amount(f[2], '#TRANS', no);
    const own = f[3] === undefined || f[3] === '' ? voucher.date : this.date(f[3], '#TRANS', 'datum', no);
    if (!account || amount === undefined || !own) return;
    voucher.sum += amount;
    this.transactions.push({ account: f[0], amount, date: own, line: no });
  }

  private account(text: string | undefined, label: string, no: number): boolean {
    if (text === undefined) return this.error(m.missingField(label, 'kontonummer', no), no), false;
    if (!/^\d{1,10}$/.test(text)) return this.error(m.badAccount(text, no), no), false;
    return true;
  }

  /** An amount in öre: "1234.50", "-12", "0.5" (SIE writes a point and at most two decimals). */
  private amount(text: string | undefined, label: string, no: number): number | undefined {
    if (text === undefined) return this.error(m.missingField(label, 'belopp', no), no), undefined;
    const match = /^(-?)(\d{1,13})(?:\.(\d{1,2}))?$/.exec(text);
    if (!match) return this.error(m.badAmount(text, no), no), undefined;
    const ore = Number(match[2]) * 100 + Number((match[3] ?? '0').padEnd(2, '0'));
    return match[1] === '-' ? -ore : ore;
  }

  private date(text: string | undefined, label: string, what: string, no: number): string | undefined {
    if (text === undefined || text === '') return this.error(m.missingField(label, what, no), no), undefined;
    if (!isDate(text)) return this.error(m.badDate(text, no), no), undefined;
    return text;
  }

  private yearNumber(text: string | undefined, no: number): number | undefined {
    if (text === undefined || !/^-?\d{1,2}$/.test(text)) return this.error(m.badYear(text ?? '', no), no), undefined;
    return Number(text);
  }
}

/** YYYYMMDD naming a real day. */
export function isDate(text: string): boolean {
  if (!/^\d{8}$/.test(text)) return false;
  const year = Number(text.slice(0, 4));
  const month = Number(text.slice(4, 6));
  const day = Number(text.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** Every line of a text, without copying the text into an array of lines. */
export function* linesOf(text: string): Generator<string> {
  let start = 0;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end < 0 ? text.length : end;
    yield text.charCodeAt(stop - 1) === 13 ? text.slice(start, stop - 1) : text.slice(start, stop);
    if (end < 0) return;
    start = end + 1;
  }
}

/** Lines of SIE text (already decoded) to a file or findings. */
export function readSieText(lines: Iterable<string>, encoding = 'utf8'): SieRead {
  const reader = new SieReader(encoding);
  for (const line of lines) {
    reader.push(line);
    if (reader.failed) break;
  }
  return reader.finish();
}

/** An SIE file's bytes, decoded by its #FORMAT (iconv-lite), then read line by line. */
export function readSie(bytes: Uint8Array): SieRead {
  const decoded = decodeSie(bytes);
  if (!decoded.ok) return { ok: false, findings: [...decoded.findings, { severity: 'error', message: m.refused(decoded.findings.length) }] };
  const read = readSieText(linesOf(decoded.text), decoded.encoding);
  return read.ok ? { ...read, findings: [...decoded.findings, ...read.findings] } : read;
}
