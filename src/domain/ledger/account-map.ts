import { ledgerMessages as m } from '../../text/ledger-import';
import { LedgerFinding } from './types';

/** One row of the Kontoplan table: an account or a range of accounts, and its budget line. */
export interface AccountRule {
  /** As the treasurer wrote it: "3010", "3000–3099", "30xx". */
  readonly accounts: string;
  readonly from: number;
  readonly to: number;
  readonly line: string;
}

/** The follow-up's budget lines, with the part each is in (income shows positive, costs negative). */
export interface BudgetLineRef {
  readonly label: string;
  readonly part: 'income' | 'costs';
}

/**
 * "3010" → 3010–3010, "3000–3099" or "3000-3099" → 3000–3099, "30xx" → 3000–3099.
 * Undefined for anything else (a reader reports it with its row).
 */
export function parseAccounts(text: string): { from: number; to: number } | undefined {
  const clean = text.trim().replace(/\s+/g, '');
  const range = /^(\d{1,10})[-–—](\d{1,10})$/.exec(clean);
  if (range) {
    const from = Number(range[1]);
    const to = Number(range[2]);
    return from <= to ? { from, to } : undefined;
  }
  const wild = /^(\d{1,9})([xX]+)$/.exec(clean);
  if (wild) return { from: Number(wild[1] + '0'.repeat(wild[2].length)), to: Number(wild[1] + '9'.repeat(wild[2].length)) };
  return /^\d{1,10}$/.test(clean) ? { from: Number(clean), to: Number(clean) } : undefined;
}

/** A rule from a table row, or a finding naming the row (1-based, of the table). */
export function accountRule(accounts: string, line: string, row: number): AccountRule | LedgerFinding {
  const range = parseAccounts(accounts);
  return range ? { accounts: accounts.trim(), ...range, line: line.trim() } : { severity: 'error', message: m.badRange(accounts, row) };
}

/** The narrowest rule holding the account: "3010" beats "3000–3099", which beats "3xxx". */
export function ruleFor(rules: readonly AccountRule[], account: string): AccountRule | undefined {
  const number = Number(account);
  let best: AccountRule | undefined;
  for (const rule of rules) {
    if (number < rule.from || number > rule.to) continue;
    if (!best || rule.to - rule.from < best.to - best.from) best = rule;
  }
  return best;
}

const normal = (text: string) => text.toLocaleLowerCase('sv-SE').replace(/[^a-zåäöéü0-9]+/g, ' ').trim();
/** Word stems (5 letters) of the words that carry meaning: "revisorer" and "revisor" share "revis". */
const stems = (text: string) => new Set(normal(text).split(' ').filter((word) => word.length >= 5).map((word) => word.slice(0, 5)));

/** BAS classes: 3 income, 4–7 costs (4 activities, 5–6 other external costs, 7 staff); 8 financial items is left to the board. */
function partOf(account: string): 'income' | 'costs' | undefined {
  const first = account[0];
  if (account.length < 4) return undefined;
  if (first === '3') return 'income';
  return first >= '4' && first <= '7' ? 'costs' : undefined;
}

/** The line a class falls back on when no name matches: staff to a "…personal" line, 5–6 to "Övrigt …". */
function classFallback(account: string, lines: readonly BudgetLineRef[]): BudgetLineRef | undefined {
  const pattern = account[0] === '7' ? /personal/i : account[0] === '5' || account[0] === '6' || account[0] === '3' ? /^övrig/i : undefined;
  const found = pattern ? lines.filter((line) => pattern.test(line.label)) : [];
  return found.length === 1 ? found[0] : undefined;
}

/**
 * The default proposal for accounts with amounts (DOMAIN.md §8): per account, the budget line
 * of its BAS class whose label is its name, is inside its name, or shares most word stems with
 * it; else the class's fallback line. Accounts with no proposal are left for the treasurer.
 */
export function proposeAccountMap(accounts: ReadonlyMap<string, string>, lines: readonly BudgetLineRef[]): { rules: AccountRule[]; unproposed: string[] } {
  const rules: AccountRule[] = [];
  const unproposed: string[] = [];
  for (const [account, name] of accounts) {
    const part = partOf(account);
    const candidates = lines.filter((line) => line.part === part);
    const line = part ? byName(name, candidates) ?? classFallback(account, candidates) : undefined;
    if (line) rules.push({ accounts: account, from: Number(account), to: Number(account), line: line.label });
    else unproposed.push(account);
  }
  return { rules, unproposed };
}

function byName(name: string, lines: readonly BudgetLineRef[]): BudgetLineRef | undefined {
  const own = normal(name);
  if (own === '') return undefined;
  const exact = lines.find((line) => normal(line.label) === own);
  if (exact) return exact;
  const inside = lines.filter((line) => normal(line.label) !== '' && ` ${own} `.includes(` ${normal(line.label)} `));
  if (inside.length > 0) return inside.reduce((a, b) => (normal(b.label).length > normal(a.label).length ? b : a));
  const mine = stems(name);
  let best: BudgetLineRef | undefined;
  let bestScore = 0;
  let tie = false;
  for (const line of lines) {
    const score = [...stems(line.label)].filter((stem) => mine.has(stem)).length;
    if (score > bestScore) [best, bestScore, tie] = [line, score, false];
    else if (score === bestScore && score > 0) tie = true;
  }
  return tie ? undefined : best;
}
