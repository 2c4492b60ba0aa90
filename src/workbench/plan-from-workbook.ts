import { HyperFormula, RawCellContent } from 'hyperformula';
import { parseCellAddress } from '../sheets/address';
import { PlanCell, PlanName, SheetKind, SheetPlan, WorkbookPlan } from '../sheets/plan';
import { SHEET_KINDS } from '../sheets/registry';
import { EngineWorkbook } from '../workbook/engine/engine-workbook';
import { gridOf } from '../workbook/engine/plan-to-engine';
import { chartProblem } from '../sheets/charts';
import { tableProblem } from '../workbook/xlsx/write/plan-checks';

/** The names every engine carries for Excel's bare TRUE and FALSE (src/workbook/engine/engine.ts). */
const BUILT_IN_NAMES = new Set(['TRUE', 'FALSE']);

/**
 * The workbook as it is now, as a plan the .xlsx writer takes: each sheet's typed values and
 * formulas (not the values a spill put beside its formula), the formats and looks its build
 * gave it, its tables while their headers still match, its charts, and the defined names.
 */
export function planFromWorkbook(workbook: EngineWorkbook): WorkbookPlan {
  const engine = workbook.engine;
  const names = definedNames(engine);
  return {
    sheets: engine.getSheetNames().map((sheet) => sheetPlanOf(workbook, sheet, names.get(sheet) ?? [])),
  };
}

function sheetPlanOf(workbook: EngineWorkbook, sheet: string, names: readonly PlanName[]): SheetPlan {
  const layout = workbook.sheetLayout(sheet);
  const plan: SheetPlan = {
    name: sheet,
    kind: kindOf(workbook.engine, sheet),
    cells: cellsOf(workbook, sheet),
    tables: [],
    names,
    columnWidths: layout?.columnWidths ?? [],
    frozenRows: layout?.frozenRows ?? 0,
  };
  // A table whose header the user has typed over would be "repaired" away by Excel: leave it out.
  const tables = (layout?.tables ?? []).filter((table) => tableProblem(plan, table) === undefined);
  // The build's charts go with the sheet (their ranges follow the cells, not copied values).
  const charts = (layout?.charts ?? []).filter((chart) => chartProblem(plan, chart) === undefined);
  return { ...plan, tables, ...(charts.length > 0 ? { charts } : {}) };
}

function cellsOf(workbook: EngineWorkbook, sheet: string): PlanCell[] {
  const engine = workbook.engine;
  const id = engine.getSheetId(sheet)!;
  const cells: PlanCell[] = [];
  engine.getSheetSerialized(id).forEach((row, r) =>
    row.forEach((raw, c) => {
      const address = { sheet: id, row: r, col: c };
      const content = contentOf(raw);
      // A spilled value is the formula's, not the cell's: it comes back when the formula is computed.
      if (content === undefined || (content.formula === undefined && engine.isCellPartOfArray(address))) return;
      const { numberFormat, style } = workbook.cellFormat(sheet, r, c);
      cells.push({ row: r, col: c, ...content, ...(numberFormat ? { numberFormat } : {}), ...(style ? { style } : {}) });
    }),
  );
  return cells;
}

function contentOf(raw: RawCellContent): Pick<PlanCell, 'value' | 'formula'> | undefined {
  if (raw === null || raw === undefined || raw === '') return undefined;
  if (typeof raw === 'string' && raw.startsWith('=')) return { formula: raw };
  if (typeof raw === 'string') return { value: raw.startsWith("'") ? raw.slice(1) : raw };
  if (typeof raw === 'number' || typeof raw === 'boolean') return { value: raw };
  return { value: String(raw) };
}

/** Workbook names that point at one cell ("=Budget!$B$5"), by the sheet they point into. */
function definedNames(engine: HyperFormula): Map<string, PlanName[]> {
  const bySheet = new Map<string, PlanName[]>();
  for (const name of engine.listNamedExpressions()) {
    if (BUILT_IN_NAMES.has(name.toUpperCase())) continue;
    const expression = engine.getNamedExpression(name)?.expression;
    const match = typeof expression === 'string' ? /^='?(.+?)'?!(\$?[A-Z]+\$?\d+)$/.exec(expression) : null;
    const at = match ? parseCellAddress(match[2]) : undefined;
    if (!match || !at) continue;
    const sheet = match[1].replace(/''/g, "'");
    bySheet.set(sheet, [...(bySheet.get(sheet) ?? []), { name, row: at.row, col: at.col }]);
  }
  return bySheet;
}

/** The writer does not use the kind; it is recorded as the sheet looks, for whoever reads the plan. */
function kindOf(engine: HyperFormula, sheet: string): SheetKind {
  const grid = gridOf(engine, sheet);
  for (const kind of SHEET_KINDS) {
    try {
      if (kind.detect(grid)) return kind.kind;
    } catch {
      // A detector that throws on a strange grid only means "not this kind".
    }
  }
  return 'budget';
}
