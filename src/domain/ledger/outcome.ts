import { sameLabel } from './labels';
import { AccountRule, BudgetLineRef, ruleFor } from './account-map';
import { ledgerMessages as m } from '../../text/ledger-import';
import { LedgerFinding, SieFile } from './types';

export type OutcomePeriod = 'T1' | 'T2' | 'år';

/** Months from the start of the financial year (#RAR 0) that each period covers (DOMAIN.md §8). */
export const PERIOD_MONTHS: Readonly<Record<OutcomePeriod, number>> = { T1: 4, T2: 8, år: 12 };
export const PERIOD_NAMES: Readonly<Record<OutcomePeriod, string>> = { T1: 'tertial 1', T2: 'tertial 2', år: 'helår' };

export interface LedgerOutcome {
  readonly period: OutcomePeriod;
  /** YYYYMMDD, both inclusive. */
  readonly start: string;
  readonly end: string;
  /** Per budget line label, in tkr, as the follow-up model keeps it: income and costs positive. */
  readonly outcomes: ReadonlyMap<string, number>;
  /** Per account with an amount in the period, in öre (debit positive, as SIE writes it). */
  readonly accounts: ReadonlyMap<string, number>;
  readonly fromResult: boolean;
}

export type OutcomeResult = { readonly ok: true; readonly outcome: LedgerOutcome; readonly findings: LedgerFinding[] } | { readonly ok: false; readonly findings: LedgerFinding[] };

/** Result accounts (BAS classes 3–8): the ones a budget line can hold. */
const isResultAccount = (account: string) => account.length >= 4 && account[0] >= '3' && account[0] <= '8';

/**
 * Outcome per budget line for the period (DOMAIN.md §8): Σ of the accounts mapped to each line
 * over the period's dated transactions, or #RES 0 for the year of a file without vouchers;
 * income turned positive (credit), costs positive (debit) as the follow-up model keeps them.
 * Errors (nothing is filled): no #RAR 0, a period without vouchers, an account with an amount
 * and no line, a rule to a line not on the sheet, vouchers that do not sum to #RES.
 */
export function ledgerOutcome(file: SieFile, rules: readonly AccountRule[], lines: readonly BudgetLineRef[], period: OutcomePeriod): OutcomeResult {
  const year = file.years.get(0);
  if (!year) return { ok: false, findings: [error(m.noYear())] };
  const end = minDate(addMonths(year.start, PERIOD_MONTHS[period]), year.end);
  const findings: LedgerFinding[] = [];
  const hasVouchers = file.transactions.length > 0 || file.vouchers > 0;
  let accounts: Map<string, number>;
  if (hasVouchers) {
    accounts = periodSums(file, year.start, end, year.end, findings);
    findings.push(...resultCheck(file, year.start, year.end));
  } else if (period === 'år' && file.result.size > 0) {
    accounts = new Map(file.result);
  } else {
    return { ok: false, findings: [error(period === 'år' ? m.noResult() : m.noVouchers(PERIOD_NAMES[period]))] };
  }
  const ore = new Map<string, number>(lines.map((line) => [line.label, 0]));
  findings.push(...ambiguous(lines));
  const reported = new Set<AccountRule>();
  for (const [account, amount] of [...accounts].sort(([a], [b]) => a.localeCompare(b))) {
    if (!isResultAccount(account) || amount === 0) continue;
    const rule = ruleFor(rules, account);
    if (!rule) {
      findings.push(error(m.unmapped(account, file.accounts.get(account) ?? '', amount)));
      continue;
    }
    const line = lines.find((candidate) => sameLabel(candidate.label, rule.line));
    if (!line) {
      if (!reported.has(rule)) findings.push(error(m.unknownLine(rule.line, rule.accounts)));
      reported.add(rule);
      continue;
    }
    ore.set(line.label, (ore.get(line.label) ?? 0) + (line.part === 'income' ? -amount : amount));
  }
  // Öre to tkr once per line, so the sums stay exact integers until the one division.
  const outcomes = new Map([...ore].map(([label, sum]) => [label, sum / 100000 || 0]));
  for (const line of lines) {
    if (!rules.some((rule) => sameLabel(rule.line, line.label))) findings.push({ severity: 'warning', message: m.lineWithoutAccount(line.label) });
  }
  if (findings.some((finding) => finding.severity === 'error')) return { ok: false, findings };
  return { ok: true, outcome: { period, start: year.start, end, outcomes, accounts, fromResult: !hasVouchers }, findings };
}

const error = (message: string, line?: number): LedgerFinding => ({ severity: 'error', message, line });

/** Σ per account of the transactions dated in [start, end]; those outside the year are findings. */
function periodSums(file: SieFile, start: string, end: string, yearEnd: string, findings: LedgerFinding[]): Map<string, number> {
  const sums = new Map<string, number>();
  for (const t of file.transactions) {
    if (t.date < start || t.date > yearEnd) {
      if (isResultAccount(t.account)) findings.push({ severity: 'warning', message: m.outsideYear(t.date, t.line, start, yearEnd), line: t.line });
      continue;
    }
    if (t.date > end) continue;
    sums.set(t.account, (sums.get(t.account) ?? 0) + t.amount);
  }
  return sums;
}

/** The year's vouchers per result account against #RES 0, when the file has both. */
function resultCheck(file: SieFile, start: string, end: string): LedgerFinding[] {
  if (file.result.size === 0) return [];
  const year = new Map<string, number>();
  for (const t of file.transactions) {
    if (t.date >= start && t.date <= end && isResultAccount(t.account)) year.set(t.account, (year.get(t.account) ?? 0) + t.amount);
  }
  const accounts = new Set([...year.keys(), ...[...file.result.keys()].filter(isResultAccount)]);
  return [...accounts]
    .sort()
    .filter((account) => (year.get(account) ?? 0) !== (file.result.get(account) ?? 0))
    .map((account) => error(m.resMismatch(account, year.get(account) ?? 0, file.result.get(account) ?? 0)));
}

function ambiguous(lines: readonly BudgetLineRef[]): LedgerFinding[] {
  const income = lines.filter((line) => line.part === 'income');
  return lines
    .filter((line) => line.part === 'costs' && income.some((other) => sameLabel(other.label, line.label)))
    .map((line) => error(m.ambiguousLine(line.label)));
}

/** The day before the same date `months` later: 20220101 + 8 → 20220831. */
export function addMonths(start: string, months: number): string {
  const date = new Date(Date.UTC(Number(start.slice(0, 4)), Number(start.slice(4, 6)) - 1 + months, Number(start.slice(6, 8)) - 1));
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}`;
}

const minDate = (a: string, b: string) => (a < b ? a : b);
