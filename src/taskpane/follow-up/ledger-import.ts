import { AccountRule, BudgetLineRef, LedgerFinding, ledgerOutcome, OutcomePeriod, proposeAccountMap, readSie } from '../../domain/ledger';
import { Grid } from '../../sheets/grid';
import { readAccountMap } from '../../sheets/rules/account-map';
import { formatTypedNumber, parseTypedNumber } from '../forms/numbers';
import { FollowUpDraft, FollowUpLineDraft } from './follow-up-draft';

/** One line of the preview: what the form holds now and what the ledger gives (as the form shows: costs positive). */
export interface LedgerPreviewLine {
  readonly id: string;
  readonly label: string;
  readonly current: string;
  readonly outcome: number;
  /** The form already holds another number here: replaced only when the treasurer says so. */
  readonly typed: boolean;
}

export interface LedgerPreview {
  readonly period: OutcomePeriod;
  readonly lines: readonly LedgerPreviewLine[];
  /** The Kontoplan used: the workbook's, or FINSAM's proposal for the treasurer to confirm. */
  readonly mapping: readonly { readonly accounts: string; readonly name: string; readonly line: string }[];
  readonly proposed: boolean;
  readonly findings: readonly LedgerFinding[];
}

export type LedgerPreviewResult = { readonly ok: true; readonly preview: LedgerPreview; readonly findings: readonly LedgerFinding[] } | { readonly ok: false; readonly findings: readonly LedgerFinding[] };

/**
 * "Hämta utfall från bokföringen (SIE)": the SIE bytes read whole or refused, the outcome per
 * line of the form for the period, with the Kontoplan of FINSAM-regler when the workbook has one.
 */
export function previewLedger(draft: FollowUpDraft, bytes: Uint8Array, period: OutcomePeriod, rulesGrid?: Grid): LedgerPreviewResult {
  const read = readSie(bytes);
  if (!read.ok) return read;
  const lines: (BudgetLineRef & { draft: FollowUpLineDraft })[] = [
    ...draft.income.map((line) => ({ label: line.label, part: 'income' as const, draft: line })),
    ...draft.sections.flatMap((section) => section.lines.map((line) => ({ label: line.label, part: 'costs' as const, draft: line }))),
  ];
  const table = rulesGrid ? readAccountMap(rulesGrid) : undefined;
  const accounts = new Map([...new Set([...read.file.transactions.map((t) => t.account), ...read.file.result.keys()])].sort().map((a) => [a, read.file.accounts.get(a) ?? '']));
  const fromTable = table?.found && table.rules.length > 0;
  const rules: AccountRule[] = fromTable ? table.rules : proposeAccountMap(accounts, lines).rules;
  const outcome = ledgerOutcome(read.file, rules, lines, period);
  const findings = [...read.findings, ...(table?.findings ?? []), ...outcome.findings];
  if (!outcome.ok) return { ok: false, findings };
  const previewLines = lines.map(({ label, draft: line }) => {
    const value = outcome.outcome.outcomes.get(label) ?? 0;
    const current = parseTypedNumber(line.outcome);
    return { id: line.id, label, current: line.outcome, outcome: value, typed: current !== undefined && current !== 0 && Math.abs(current - value) > 0.0005 };
  });
  const mapping = rules.map((rule) => ({ accounts: rule.accounts, name: read.file.accounts.get(rule.accounts) ?? '', line: rule.line }));
  return { ok: true, preview: { period, lines: previewLines, mapping, proposed: !fromTable, findings }, findings };
}

/** The form with the period's outcomes in; lines the treasurer had typed stay unless `replaceTyped`. */
export function applyLedger(draft: FollowUpDraft, preview: LedgerPreview, replaceTyped: boolean): FollowUpDraft {
  const byId = new Map(preview.lines.map((line) => [line.id, line]));
  const set = (line: FollowUpLineDraft): FollowUpLineDraft => {
    const found = byId.get(line.id);
    if (!found || (found.typed && !replaceTyped)) return line;
    return { ...line, outcome: formatTypedNumber(Math.round(found.outcome * 1000) / 1000) };
  };
  return {
    ...draft,
    period: preview.period,
    income: draft.income.map(set),
    sections: draft.sections.map((section) => ({ ...section, lines: section.lines.map(set) })),
  };
}
