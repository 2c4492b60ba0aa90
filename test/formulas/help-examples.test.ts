/**
 * Every formula of the help pages runs (issue 8, items 3 and 4): the examples with values and
 * every error through `finsam eval --locale sv-SE`, giving the result and the message word for
 * word that the page shows; the examples on FINSAM's tables through the engine on their example
 * workbook, giving what the sheet's own A1 formulas give.
 */
import { swedishToEnglish } from '../../src/formula/swedish-formula';
import { FUNCTION_HELP, HELP_WORKBOOKS } from '../../src/help';
import { matchesShown, parseShown } from '../../src/help/shown';
import { parseCellAddress } from '../../src/sheets/address';
import { WorkbookPlan } from '../../src/sheets/plan';
import { EXAMPLES } from '../../src/sheets/registry';
import { engineFromPlan, gridOf } from '../../src/workbook/engine/plan-to-engine';
import { resolveStructuredReferences, tablesOfPlan } from '../../src/formula/structured-references';
import { runOnTables } from './on-tables';
import { evalSwedish, HELP_WORKBOOK_PLANS } from './support';

const withValues = FUNCTION_HELP.flatMap((help) => help.examples.filter((example) => !example.on).map((example) => [help.name, example] as const));
const onTables = FUNCTION_HELP.flatMap((help) => help.examples.flatMap((example) => (example.on ? [[help.name, example.formula, example.result, example.on] as const] : [])));
const errors = FUNCTION_HELP.flatMap((help) => help.errors.map((error) => [help.name, error] as const));

test('every workbook the help names can be built, and only those', () => {
  expect(Object.keys(HELP_WORKBOOK_PLANS).sort()).toEqual(Object.keys(HELP_WORKBOOKS).sort());
  for (const [, , , on] of onTables) expect(Object.keys(HELP_WORKBOOKS)).toContain(on.workbook);
});

test('every function has an example with values and one on a table, and an error', () => {
  for (const help of FUNCTION_HELP) {
    expect({ name: help.name, values: help.examples.some((e) => !e.on), tables: help.examples.some((e) => e.on), errors: help.errors.length > 0 }).toEqual({
      name: help.name,
      values: true,
      tables: true,
      errors: true,
    });
  }
});

describe.each(withValues)('%s: example with values', (_name, example) => {
  test(`${example.formula} → ${example.result}`, () => {
    const { code, answer } = evalSwedish(example.formula);
    const value = 'value' in answer ? answer.value : answer;
    expect({ code, value, matches: matchesShown(value, parseShown(example.result)) }).toEqual({ code: 0, value, matches: true });
  });
});

describe.each(errors)('%s: error', (_name, error) => {
  test(`${error.formula} → ${error.code} ${error.message}`, () => {
    expect(evalSwedish(error.formula)).toEqual({ code: 1, answer: { error: error.code, message: error.message } });
  });
});

/** "=FINSAM.X('Social budget'!$H$11,…)" as the plan writes it on its own sheet: "=FINSAM.X(H11,…)". */
const onOwnSheet = (formula: string, sheet: string) => formula.split(`'${sheet}'!`).join('').split(`${sheet}!`).join('').replace(/\$/g, '');

describe.each(onTables)('%s on a table', (_name, formula, result, on) => {
  test(`${formula} → ${result} (${on.workbook}, ${on.sheet}${on.cell ? ` ${on.cell}` : ''})`, () => {
    const run = runOnTables(formula, on);
    expect({ value: run.value, matches: matchesShown(run.value, parseShown(result)) }).toEqual({ value: run.value, matches: true });
    if (on.sameAs !== undefined) expect(run.value).toEqual(run.sameAs);
  });

  if (on.cell) {
    test(`in ${on.cell} it stands for the very formula the sheet has there`, () => {
      const cell = parseCellAddress(on.cell ?? '');
      const grid = gridOf(engineFromPlan(HELP_WORKBOOK_PLANS[on.workbook]()), on.sheet);
      const own = cell ? grid.formulas?.[cell.row]?.[cell.col] : undefined;
      const replaced = onOwnSheet(runOnTables(formula, on).resolved, on.sheet);
      // The plan's own formula may pass more arguments (the rules' thresholds); those it shares agree.
      if (own) expect(own.replace(/\$/g, '').startsWith(replaced.replace(/\)$/, ''))).toBe(true);
      else expect(own ?? null).toBeNull();
    });
  }
});

/** A formula with table references in a free cell below `sheet`, its value. */
function runOnTablesOf(plan: WorkbookPlan, formula: string, sheet: string): unknown {
  const engine = engineFromPlan(plan);
  const id = engine.getSheetId(sheet) ?? -1;
  const at = { sheet, row: engine.getSheetDimensions(id).height + 2, col: 0 };
  const resolved = resolveStructuredReferences(swedishToEnglish(formula), tablesOfPlan(plan), at);
  if (!resolved.ok) throw new Error(JSON.stringify(resolved.problem));
  engine.setCellContents({ sheet: id, row: at.row, col: at.col }, resolved.formula);
  return engine.getCellValue({ sheet: id, row: at.row, col: at.col });
}

describe("the registry's social budget example: Indikatorer is Indikatorer_<sheet> there", () => {
  const plan = EXAMPLES['social-budget-2021-2022']();
  const engine = engineFromPlan(plan);
  const sheets = plan.sheets.filter((sheet) => sheet.kind === 'socialBudget');

  test.each(sheets.map((sheet) => [sheet.name, sheet.tables[0].name] as const))('%s (table %s): IMPACTINDEX and IMPACTVALUE as the sheet computes them', (sheetName, table) => {
    const grid = gridOf(engine, sheetName);
    for (const name of ['IMPACTINDEX', 'IMPACTVALUE']) {
      const example = FUNCTION_HELP.find((help) => help.name === name)?.examples.find((e) => e.on && !e.on.cell && !e.formula.includes('Målområde'));
      if (!example) throw new Error(`no whole-table example for ${name}`);
      // The sheet's own cell for the whole table, e.g. =FINSAM.IMPACTINDEX($G$7:$G$40,$I$7:$I$40).
      const own = new RegExp(`^=FINSAM\\.${name}\\(\\$G\\$7:\\$G\\$\\d+,\\$I\\$7:\\$I\\$\\d+\\)$`);
      const places = (grid.formulas ?? []).flatMap((cells, row) => cells.flatMap((cell, col) => (cell !== null && own.test(cell) ? [{ row, col }] : [])));
      expect(places).toHaveLength(1);
      const run = runOnTablesOf(plan, example.formula.split('Indikatorer[').join(`${table}[`), sheetName);
      expect(run).toEqual(grid.values[places[0].row][places[0].col]);
    }
  });
});
