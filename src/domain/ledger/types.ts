/** What the SIE reader, the account map and the period sums say; line is 1-based in the file. */
export interface LedgerFinding {
  readonly severity: 'error' | 'warning';
  readonly message: string;
  readonly line?: number;
}

/** One #TRANS: amounts in öre (integers), so sums of 10^5 transactions stay exact. */
export interface SieTransaction {
  readonly account: string;
  readonly amount: number;
  /** YYYYMMDD: the transaction's own date, else its voucher's. */
  readonly date: string;
  readonly line: number;
}

/** A financial year (#RAR): 0 the current one, −1 the one before … */
export interface SieYear {
  readonly start: string;
  readonly end: string;
}

/** The parts of an SIE file (types 1–4) that the follow-up needs; amounts in öre. */
export interface SieFile {
  readonly type?: number;
  /** The encoding the bytes were read with ("cp437", "utf8", "latin1"). */
  readonly encoding: string;
  readonly program?: string;
  readonly companyName?: string;
  readonly orgNumber?: string;
  readonly years: ReadonlyMap<number, SieYear>;
  readonly accounts: ReadonlyMap<string, string>;
  /** Year 0 only: #IB, #UB and #RES per account. */
  readonly opening: ReadonlyMap<string, number>;
  readonly closing: ReadonlyMap<string, number>;
  readonly result: ReadonlyMap<string, number>;
  readonly vouchers: number;
  readonly transactions: readonly SieTransaction[];
  /** Labels the reader does not use, each with its first line (the SIE rules say: ignore them). */
  readonly ignored: ReadonlyMap<string, number>;
}

export type SieRead = { readonly ok: true; readonly file: SieFile; readonly findings: readonly LedgerFinding[] } | { readonly ok: false; readonly findings: readonly LedgerFinding[] };
