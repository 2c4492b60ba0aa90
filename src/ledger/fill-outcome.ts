import { AccountRule, BudgetLineRef, LedgerFinding, ledgerOutcome, LedgerOutcome, OutcomePeriod, PERIOD_MONTHS, PERIOD_NAMES, proposeAccountMap, SieFile } from '../domain/ledger';
import { cellAddress } from '../sheets/address';
import { FollowUpLine, FollowUpModel } from '../domain/models/follow-up';
import { scanFollowUp } from '../sheets/follow-up/read';
import { Grid } from '../sheets/grid';
import { AccountMapRow, readAccountMap } from '../sheets/rules/account-map';
import { fillMessages as m } from '../text/ledger-fill';

/** A line whose outcome cell already holds a number the fill would change: the user typed it. */
export interface TypedValue {
  readonly label: string;
  /** "Uppföljning!C12". */
  readonly cell: string;
  /** As the sheet shows it: costs negative. */
  readonly typed: number;
  readonly outcome: number;
}

export interface FilledFollowUp {
  readonly model: FollowUpModel;
  readonly outcome: LedgerOutcome;
  /** The Kontoplan as used, for the rules sheet (proposed rows marked). */
  readonly accountMap: readonly AccountMapRow[];
  /** Whether any row of it is still FINSAM's proposal. */
  readonly proposed: boolean;
  readonly typed: readonly TypedValue[];
  readonly findings: readonly LedgerFinding[];
}

export type FillResult = { readonly ok: true; readonly filled: FilledFollowUp } | { readonly ok: false; readonly findings: readonly LedgerFinding[] };

/**
 * The follow-up sheet's outcome per line from an SIE file (DOMAIN.md §8), as a new model: the
 * Kontoplan of the rules sheet when it has one, else a proposal from account classes and names;
 * T1/T2 are compared with 4/12 or 8/12 of the annual budget. Lines whose cell holds a number the
 * outcome would change are listed in `typed`: the caller asks (pane) or needs --force (CLI).
 */
export function fillFollowUp(followUp: Grid, rulesGrid: Grid | undefined, sie: SieFile, period: OutcomePeriod): FillResult {
  const scanned = scanFollowUp(followUp);
  if (!scanned.ok) return { ok: false, findings: scanned.reader.findings.map((finding) => ({ severity: 'error', message: `${finding.where.sheet}!${finding.where.cell}: ${finding.message}` })) };
  const { model, lines: located, columns } = scanned.scan;
  const lines: BudgetLineRef[] = located.map(({ line, part }) => ({ label: line.label, part }));
  const map = accountMapFor(rulesGrid, sie, lines);
  if (map.findings.some((finding) => finding.severity === 'error')) return { ok: false, findings: map.findings };
  const computed = ledgerOutcome(sie, map.rules, lines, period);
  const findings = [...map.findings, ...computed.findings];
  if (!computed.ok) return { ok: false, findings };
  const outcome = computed.outcome;
  const value = (line: FollowUpLine) => outcome.outcomes.get(line.label) ?? 0;
  const typed = located
    .filter(({ line }) => line.forecast !== 0 && Math.abs(line.forecast - value(line)) > 0.000005)
    .map(({ line, row, part }): TypedValue => {
      const sign = part === 'costs' ? -1 : 1;
      return { label: line.label, cell: `${followUp.sheet}!${cellAddress(row, columns.forecast)}`, typed: sign * line.forecast, outcome: sign * value(line) || 0 };
    });
  const fill = (line: FollowUpLine): FollowUpLine => ({ ...line, forecast: value(line) });
  const share = PERIOD_MONTHS[period] / 12;
  const filledModel: FollowUpModel = {
    ...model,
    period: PERIOD_NAMES[period],
    basis: 'outcome',
    income: model.income.map(fill),
    costSections: model.costSections.map((section) => ({ ...section, lines: section.lines.map(fill) })),
    // The report's forecast result and year-end equity are prose about the forecast, not the books.
    stated: { costs: model.stated.costs, income: model.stated.income, deficit: model.stated.deficit },
    notes: [...model.notes.filter((note) => !note.startsWith(m.notePrefix)), m.note(sie, outcome, PERIOD_MONTHS[period])],
  };
  const { budgetShare: _old, ...rest } = filledModel;
  const withShare: FollowUpModel = share < 1 ? { ...rest, budgetShare: share } : rest;
  return { ok: true, filled: { model: withShare, outcome, accountMap: map.rows, proposed: map.proposed, typed, findings } };
}

/** The accounts with amounts (vouchers or #RES), with their names, for the proposal. */
function accountsWithAmounts(sie: SieFile): Map<string, string> {
  const accounts = new Set<string>([...sie.transactions.map((t) => t.account), ...sie.result.keys()]);
  return new Map([...accounts].sort().map((account) => [account, sie.accounts.get(account) ?? '']));
}

function accountMapFor(rulesGrid: Grid | undefined, sie: SieFile, lines: readonly BudgetLineRef[]) {
  const read = rulesGrid ? readAccountMap(rulesGrid) : undefined;
  if (read?.found && read.rows.length > 0) {
    const proposed = read.rows.some((row) => row.proposed);
    const findings = proposed ? [...read.findings, { severity: 'warning' as const, message: m.stillProposed() }] : read.findings;
    return { rules: read.rules, rows: read.rows, proposed, findings };
  }
  const proposal = proposeAccountMap(accountsWithAmounts(sie), lines);
  const rules: AccountRule[] = proposal.rules;
  const rows: AccountMapRow[] = rules.map((rule) => ({ accounts: rule.accounts, line: rule.line, name: sie.accounts.get(rule.accounts), proposed: true }));
  return { rules, rows, proposed: true, findings: [{ severity: 'warning' as const, message: m.proposal(rows.length) }] };
}
