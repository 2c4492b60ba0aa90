import { EXAMPLES } from '../sheets/registry';
import { Grid } from '../sheets/grid';
import { WorkbookPlan } from '../sheets/plan';
import { EngineWorkbook } from '../workbook/engine/engine-workbook';
import { createEngine } from '../workbook/engine/engine';
import { engineFromGrids } from '../workbook/engine/plan-to-engine';

/** The example the workbench opens when the address names none (issue 7: a budget and its rules). */
export const DEFAULT_EXAMPLE = 'budget-2021-2023';
/** `?example=tom`: a workbook with one empty sheet, as Excel's new workbook. */
export const EMPTY_EXAMPLE = 'tom';

export const exampleNames = (): string[] => Object.keys(EXAMPLES);

/**
 * A workbook built sheet by sheet through the port, exactly as the task pane builds one, so the
 * engine adapter keeps each sheet's number formats, looks and tables (which only a plan carries).
 * A formula naming a sheet that comes later resolves once that sheet is added.
 */
export async function workbookFromPlan(plan: WorkbookPlan): Promise<EngineWorkbook> {
  const workbook = new EngineWorkbook(createEngine({}));
  for (const sheet of plan.sheets) {
    const result = await workbook.applyPlan(sheet, { existing: 'fail' });
    if (!result.ok) throw new Error(result.message);
  }
  return workbook;
}

/** An example by name; undefined for a name the registry does not have. */
export async function exampleWorkbook(name: string): Promise<EngineWorkbook | undefined> {
  if (name === EMPTY_EXAMPLE) return emptyWorkbook();
  const plan = EXAMPLES[name];
  return plan ? workbookFromPlan(plan()) : undefined;
}

export function emptyWorkbook(): EngineWorkbook {
  return new EngineWorkbook(createEngine({ Blad1: [] }));
}

/** A workbook read from a file: values and formulas recalculate; formats come from xlsx-files.ts. */
export function workbookFromGrids(grids: readonly Grid[]): EngineWorkbook {
  return new EngineWorkbook(engineFromGrids(grids));
}
