import { defaultRuleSet, RuleSet } from '../domain';
import { LedgerFinding, OutcomePeriod, SieFile } from '../domain/ledger';
import { formatSwedishNumber } from '../domain';
import { planFollowUp } from '../sheets/follow-up/plan';
import { Grid } from '../sheets/grid';
import { SheetPlan, WorkbookPlan } from '../sheets/plan';
import { SHEET_KINDS } from '../sheets/registry';
import { planRules } from '../sheets/rules';
import { withAccountMap } from '../sheets/rules/account-map';
import { ReadContext } from '../sheets/sheet-kind';
import { classifySheets } from '../sheets/validate-workbook';
import { FilledFollowUp, fillFollowUp } from './fill-outcome';
import { fillMessages as m } from '../text/ledger-fill';

export type OutcomeWorkbook = { readonly ok: true; readonly plan: WorkbookPlan; readonly filled: FilledFollowUp; readonly findings: readonly LedgerFinding[] } | { readonly ok: false; readonly findings: readonly LedgerFinding[] };

/**
 * The whole workbook again with the follow-up's outcome from the ledger: every sheet is read
 * into its model and planned anew (the follow-up filled, FINSAM-regler with its Kontoplan), so
 * the new file's formulas and cached values agree. A sheet FINSAM cannot read again would be
 * lost, so it stops the fill; so do typed values the outcome would change, unless `force`.
 */
export function outcomeWorkbook(grids: readonly Grid[], file: string, sie: SieFile, period: OutcomePeriod, force: boolean): OutcomeWorkbook {
  const sheets = classifySheets(grids, SHEET_KINDS);
  const followUp = sheets.find((sheet) => sheet.kind?.kind === 'followUp');
  if (!followUp) return fail(m.noFollowUp(file));
  const rulesSheet = sheets.find((sheet) => sheet.kind?.kind === 'rules');
  const filled = fillFollowUp(followUp.grid, rulesSheet?.grid, sie, period);
  if (!filled.ok) return filled;
  const { typed } = filled.filled;
  if (typed.length > 0 && !force) {
    const shown = (n: number) => formatSwedishNumber(Math.round(n));
    return fail(m.typed(typed.map((t) => m.typedOne(t.cell, t.label, shown(t.typed), shown(t.outcome))).join(', ')), filled.filled.findings);
  }
  const fallback = defaultRuleSet(filled.filled.model.year);
  const context: ReadContext = { rules: fallback, grids };
  const rules = rulesSheet?.kind ? rulesSheet.kind.read(rulesSheet.grid, context) : undefined;
  const ruleSet = rules?.ok ? (rules.model as RuleSet) : fallback;
  const plans: SheetPlan[] = [];
  const problems: LedgerFinding[] = [];
  for (const { grid, kind } of sheets) {
    if (grid === followUp.grid) plans.push(planFollowUp(filled.filled.model, grid.sheet));
    else if (grid === rulesSheet?.grid) {
      if (!rules?.ok) problems.push({ severity: 'error', message: m.unreadableSheet(grid.sheet) });
      else plans.push(withAccountMap(planRules(ruleSet, grid.sheet), filled.filled.accountMap));
    } else if (!kind) problems.push({ severity: 'error', message: m.unknownSheet(grid.sheet) });
    else {
      const read = kind.read(grid, { rules: ruleSet, grids });
      if (read.ok) plans.push(kind.plan(read.model, grid.sheet));
      else problems.push({ severity: 'error', message: m.unreadableSheet(grid.sheet) });
    }
  }
  if (!rulesSheet) plans.unshift(withAccountMap(planRules(ruleSet), filled.filled.accountMap));
  if (problems.length > 0) return fail(undefined, [...filled.filled.findings, ...problems]);
  return { ok: true, plan: { sheets: plans }, filled: filled.filled, findings: filled.filled.findings };
}

function fail(message: string | undefined, findings: readonly LedgerFinding[] = []): OutcomeWorkbook {
  return { ok: false, findings: message ? [...findings, { severity: 'error', message }] : findings };
}
