import { defaultRuleSet, RuleSet } from '../domain';
import { findingMessages } from '../text/findings';
import { Finding } from './findings';
import { Grid } from './grid';
import { ReadContext, SheetKindModule } from './sheet-kind';

/** The sheet kinds a check knows, and the year whose default rules apply without a rules sheet. */
export interface WorkbookCheckOptions {
  readonly kinds: readonly SheetKindModule<unknown>[];
  readonly year?: number;
}

export interface ClassifiedSheet {
  readonly grid: Grid;
  /** The first kind whose detect() recognises the grid; undefined for a sheet FINSAM does not know. */
  readonly kind?: SheetKindModule<unknown>;
  /**
   * For a sheet no kind can read but one resembles (a budget typed in a layout FINSAM does not
   * follow): why it cannot be read, as error findings with the cell where reading stopped.
   */
  readonly unreadable?: readonly Finding[];
}

/** Each sheet with the kind it looks like, whatever it is called. */
export function classifySheets(grids: readonly Grid[], kinds: readonly SheetKindModule<unknown>[]): ClassifiedSheet[] {
  return grids.map((grid) => {
    const kind = kinds.find((candidate) => guarded(() => candidate.detect(grid), false));
    if (kind) return { grid, kind };
    // Only after no kind reads it, so a follow-up (which has "Intäkter" too) is never called an unreadable budget.
    for (const candidate of kinds) {
      const findings = guarded(() => candidate.unreadable?.(grid) ?? [], (reason) => [notChecked(grid.sheet, reason)]);
      if (findings.length > 0) return { grid, unreadable: findings };
    }
    return { grid };
  });
}

/**
 * Every finding of a workbook: the rule set is read from its FINSAM-regler sheet when there is
 * one (the board is judged by the rules it sees, ARCHITECTURE.md), else the defaults of the year;
 * then each recognised sheet runs its kind's checks. A check that throws is a bug in FINSAM; it
 * becomes a finding on that sheet, so one broken check never hides the others.
 */
export function checkGrids(grids: readonly Grid[], options: WorkbookCheckOptions): Finding[] {
  const sheets = classifySheets(grids, options.kinds);
  const context: ReadContext = { rules: ruleSetOf(sheets, grids, options.year ?? new Date().getFullYear()), grids };
  return sheets.flatMap(({ grid, kind, unreadable }) =>
    kind ? guarded(() => kind.validate(grid, context), (reason) => [notChecked(grid.sheet, reason)]) : [...(unreadable ?? [])],
  );
}

function ruleSetOf(sheets: readonly ClassifiedSheet[], grids: readonly Grid[], year: number): RuleSet {
  const defaults = defaultRuleSet(year);
  const rules = sheets.find(({ kind }) => kind?.kind === 'rules');
  if (!rules?.kind) return defaults;
  const read = guarded(() => rules.kind!.read(rules.grid, { rules: defaults, grids }), undefined);
  return read?.ok && isRuleSet(read.model) ? read.model : defaults;
}

function isRuleSet(model: unknown): model is RuleSet {
  return typeof model === 'object' && model !== null && 'year' in model && 'areaTargets' in model && 'equitySteps' in model;
}

function notChecked(sheet: string, reason: string): Finding {
  return { rule: 'unreadable', severity: 'error', message: findingMessages.sheetNotChecked(sheet, reason), where: { sheet, cell: 'A1' } };
}

function guarded<T>(run: () => T, fallback: T | ((reason: string) => T)): T {
  try {
    return run();
  } catch (thrown) {
    const reason = thrown instanceof Error ? thrown.message : String(thrown);
    return typeof fallback === 'function' ? (fallback as (reason: string) => T)(reason) : fallback;
  }
}
