import { CellError, ErrorType, SimpleRangeValue } from 'hyperformula';
import { messages } from '../../text/errors';
import { excelError, ExcelErrorCode, isExcelError } from '../../functions/excel-error';
import { Answer } from '../../functions/read';

/**
 * The two directions between HyperFormula's values and the shapes Excel hands a custom
 * function, so the wrappers that run in Excel run unchanged in the engine.
 */
type EngineValue = unknown;

/** What the plugin gives an optional range argument that was left out or left empty. */
export const OMITTED = '\u0000finsam:omitted';

const TO_ENGINE: Record<string, ErrorType> = {
  '#VALUE!': ErrorType.VALUE,
  '#DIV/0!': ErrorType.DIV_BY_ZERO,
  '#N/A': ErrorType.NA,
  '#NUM!': ErrorType.NUM,
  '#REF!': ErrorType.REF,
  '#NAME?': ErrorType.NAME,
};

const TO_EXCEL: Partial<Record<ErrorType, ExcelErrorCode>> = {
  [ErrorType.VALUE]: '#VALUE!',
  [ErrorType.DIV_BY_ZERO]: '#DIV/0!',
  [ErrorType.NA]: '#N/A',
  [ErrorType.NUM]: '#NUM!',
  [ErrorType.REF]: '#REF!',
  [ErrorType.NAME]: '#NAME?',
};

/** One engine cell as Excel passes it: empty is null, an error keeps its code and message. */
export function toExcelCell(value: EngineValue): unknown {
  if (value instanceof CellError) return excelError(TO_EXCEL[value.type] ?? '#VALUE!', value.message);
  if (typeof value === 'symbol' || value === undefined) return null;
  if (typeof value === 'object' && value !== null && 'val' in value) return (value as { val: unknown }).val;
  return value;
}

/** A range argument: always a 2-D array, rows first. */
export function toExcelRange(value: EngineValue): unknown[][] {
  if (value instanceof SimpleRangeValue) return readCells(value) ?? convertRows(value.data);
  // An omitted or skipped optional range (FINSAM.IMPACTINDEX(w;a;;"A")) is null, as Excel passes it.
  if (value === undefined || value === OMITTED) return null as unknown as unknown[][];
  return [[toExcelCell(value)]];
}

/** What a range over the sheet keeps unpublished (HyperFormula 3.5): the graph it reads its cells from. */
interface SheetRange {
  readonly _data?: unknown;
  readonly dependencyGraph?: { getScalarValue(address: { sheet: number; col: number; row: number }): unknown };
}

/**
 * The cells of a range over the sheet, read and converted in one pass. HyperFormula's own `data`
 * builds the same rows (each cell through getScalarValue) but asks the sheet's size once per
 * cell; for a 100 000-row range that was most of FINSAM.RATE's time beyond SUM/SUM. Undefined
 * when the range holds computed values (an array constant, a spill): `data` has them already.
 */
function readCells(value: SimpleRangeValue): unknown[][] | undefined {
  const { range } = value;
  const graph = (value as unknown as SheetRange).dependencyGraph;
  if (range === undefined || graph === undefined || (value as unknown as SheetRange)._data !== undefined) return undefined;
  const { width, height } = value.size;
  const { sheet, col, row } = range.start;
  const rows = new Array<unknown[]>(height);
  for (let r = 0; r < height; r += 1) {
    const cells = new Array<unknown>(width);
    for (let c = 0; c < width; c += 1) {
      const cell = graph.getScalarValue({ sheet, col: col + c, row: row + r });
      cells[c] = typeof cell === 'number' || typeof cell === 'string' || typeof cell === 'boolean' ? cell : toExcelCell(cell);
    }
    rows[r] = cells;
  }
  return rows;
}

/**
 * Loops rather than map: ranges of 100 000 rows pass through here on every recalculation. A range
 * of plain values (the usual case) is handed over as it is, uncopied: the wrappers only read it.
 */
function convertRows(data: readonly (readonly unknown[])[]): unknown[][] {
  if (allPlain(data)) return data as unknown[][];
  const rows = new Array<unknown[]>(data.length);
  for (let r = 0; r < data.length; r += 1) {
    const source = data[r];
    const row = new Array<unknown>(source.length);
    for (let c = 0; c < source.length; c += 1) {
      const cell = source[c];
      row[c] = typeof cell === 'number' || typeof cell === 'string' || typeof cell === 'boolean' ? cell : toExcelCell(cell);
    }
    rows[r] = row;
  }
  return rows;
}

function allPlain(data: readonly (readonly unknown[])[]): boolean {
  for (let r = 0; r < data.length; r += 1) {
    const row = data[r];
    for (let c = 0; c < row.length; c += 1) {
      const cell = row[c];
      if (typeof cell !== 'number' && typeof cell !== 'string' && typeof cell !== 'boolean') return false;
    }
  }
  return true;
}

/** A scalar argument: one cell, or an error naming the argument when given a bigger range. */
export function toExcelScalar(value: EngineValue, position: number): unknown {
  if (!(value instanceof SimpleRangeValue)) return toExcelCell(value);
  if (value.width() * value.height() === 1) return toExcelCell(value.data[0][0]);
  return excelError('#VALUE!', messages.notASingleValue(position, value.height(), value.width()));
}

/** A wrapper's answer as an engine value; a spill is padded to the size predicted for it. */
export function toEngineValue(answer: Answer | CustomFunctions.Error, size?: { width: number; height: number }): EngineValue {
  if (isExcelError(answer)) return new CellError(TO_ENGINE[answer.code] ?? ErrorType.ERROR, answer.message);
  if (!Array.isArray(answer)) return answer;
  if (answer.length === 1 && answer[0].length === 1 && isExcelError(answer[0][0])) return toEngineValue(answer[0][0]);
  const height = Math.max(size?.height ?? 0, answer.length);
  const width = Math.max(size?.width ?? 0, answer[0]?.length ?? 0);
  const rows = Array.from({ length: height }, (_, r) =>
    Array.from({ length: width }, (_, c) => {
      const cell = answer[r]?.[c];
      return cell === undefined ? '' : (toEngineValue(cell) as number | string | boolean | CellError);
    }),
  );
  return SimpleRangeValue.onlyValues(rows);
}
