import { Finding } from './findings';
import { Grid } from './grid';
import { WorkbookPlan } from './plan';
import { SheetKindModule } from './sheet-kind';
import { checkGrids, WorkbookCheckOptions } from './validate-workbook';

/**
 * The sheet kinds FINSAM knows (detect, plan, read, validate), in the order detection tries them.
 * Each kind adds its module here; `finsam build` plans with them and `finsam check` validates.
 */
export const SHEET_KINDS: SheetKindModule<unknown>[] = [];

/** Example workbooks by name, for `finsam build --example <name>` and `npm run examples`. */
export const EXAMPLES: Record<string, () => WorkbookPlan> = {};

/** Every finding of a workbook read as grids, with the registered kinds. */
export function validateWorkbook(grids: readonly Grid[], options: Partial<WorkbookCheckOptions> = {}): Finding[] {
  return checkGrids(grids, { kinds: SHEET_KINDS, ...options });
}
