import { budgetSheet } from './budget';
import { EXAMPLE_WORKBOOKS } from './examples';
import { Finding } from './findings';
import { followUpSheet } from './follow-up';
import { fyeSheet } from './fye';
import { participantsSheet } from './participants';
import { rulesSheet } from './rules';
import { stakeholderSheet } from './stakeholders';
import { socialBudgetSheet } from './social-budget';
import { socialReportSheet } from './social-report';
import { Grid } from './grid';
import { WorkbookPlan } from './plan';
import { SheetKindModule } from './sheet-kind';
import { checkGrids, WorkbookCheckOptions } from './validate-workbook';

/**
 * The sheet kinds FINSAM knows (detect, plan, read, validate), in the order detection tries them.
 * Each kind adds its module here; `finsam build` plans with them and `finsam check` validates.
 */
export const SHEET_KINDS: SheetKindModule<unknown>[] = [
  rulesSheet as SheetKindModule<unknown>,
  // The follow-up before the budget: it has "Intäkter" and "Summa intäkter" too.
  followUpSheet as SheetKindModule<unknown>,
  budgetSheet as SheetKindModule<unknown>,
  // The report before the social budget: its table has Målområde, Vikt and Uppnådd too.
  socialReportSheet as SheetKindModule<unknown>,
  socialBudgetSheet as SheetKindModule<unknown>,
  participantsSheet as SheetKindModule<unknown>,
  fyeSheet as SheetKindModule<unknown>,
  stakeholderSheet as SheetKindModule<unknown>,
];

/** Example workbooks by name, for `finsam build --example <name>` and `npm run examples`. */
export const EXAMPLES: Record<string, () => WorkbookPlan> = { ...EXAMPLE_WORKBOOKS };

/** Every finding of a workbook read as grids, with the registered kinds. */
export function validateWorkbook(grids: readonly Grid[], options: Partial<WorkbookCheckOptions> = {}): Finding[] {
  return checkGrids(grids, { kinds: SHEET_KINDS, ...options });
}
