import { ConfigParams, HyperFormula, SerializedNamedExpression } from 'hyperformula';
import { mayRecurseDeeply } from './formula-shape';

type Sheets = Record<string, import('hyperformula').RawCellContent[][]>;

/** What a cell the engine cannot take holds instead: HyperFormula's own code for a formula it cannot read. */
export const UNCOMPUTABLE = '#ERROR!';

interface FormulaCell {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
  readonly formula: string;
}

/**
 * The slow way in, after building the whole workbook at once threw: the formulas that fail on
 * their own (deep recursion) become #ERROR!, and if the workbook still does not build, it is
 * built from its values and the formulas put in one at a time, each that throws replaced by
 * #ERROR!. One bad cell never costs the whole workbook. A workbook that fails without any
 * formula (a sheet name taken twice, too many rows) is not a cell's fault: that error is thrown.
 */
export function buildCellByCell(sheets: Sheets, names: readonly SerializedNamedExpression[], original: unknown, config: Partial<ConfigParams>): HyperFormula {
  const formulas = formulaCells(sheets);
  const failing = new Set(formulas.filter((cell) => mayRecurseDeeply(cell.formula) && failsAlone(cell.formula, names, config)));
  if (failing.size > 0) {
    try {
      return HyperFormula.buildFromSheets(replaced(sheets, failing, () => UNCOMPUTABLE), config, [...names]);
    } catch {
      // Something else fails too: go on one formula at a time.
    }
  }
  let engine: HyperFormula;
  try {
    engine = HyperFormula.buildFromSheets(replaced(sheets, new Set(formulas), () => null), config, [...names]);
  } catch {
    throw original;
  }
  for (const cell of formulas) {
    const address = { sheet: engine.getSheetId(cell.sheet) ?? 0, row: cell.row, col: cell.col };
    try {
      engine.setCellContents(address, failing.has(cell) ? UNCOMPUTABLE : cell.formula);
    } catch {
      // The formula went into the graph before its evaluation threw: a value takes its place.
      engine.setCellContents(address, UNCOMPUTABLE);
    }
  }
  return engine;
}

function formulaCells(sheets: Sheets): FormulaCell[] {
  const cells: FormulaCell[] = [];
  for (const [sheet, rows] of Object.entries(sheets)) {
    rows.forEach((row, r) =>
      row?.forEach((content, c) => {
        if (typeof content === 'string' && content.startsWith('=')) cells.push({ sheet, row: r, col: c, formula: content });
      }),
    );
  }
  return cells;
}

function replaced(sheets: Sheets, cells: ReadonlySet<FormulaCell>, content: () => string | null): Sheets {
  const copy: Sheets = Object.fromEntries(Object.entries(sheets).map(([sheet, rows]) => [sheet, rows.map((row) => (row ? [...row] : row))]));
  for (const cell of cells) copy[cell.sheet][cell.row][cell.col] = content();
  return copy;
}

// One engine for trying formulas alone; building an engine costs about 90 ms, so it is kept
// until a formula's failure may have left it half-changed.
let scratch: HyperFormula | undefined;

function failsAlone(formula: string, names: readonly SerializedNamedExpression[], config: Partial<ConfigParams>): boolean {
  try {
    // Only the built-in names: the workbook's own names point at sheets the scratch has not.
    scratch ??= HyperFormula.buildFromSheets({ Blad1: [[null]] }, config, names.filter((name) => name.name === 'TRUE' || name.name === 'FALSE'));
    scratch.setCellContents({ sheet: 0, row: 0, col: 0 }, formula);
    scratch.getCellValue({ sheet: 0, row: 0, col: 0 });
    return false;
  } catch {
    scratch = undefined;
    return true;
  }
}
