/**
 * The cells a hostile workbook can hand a custom function (FUNCTIONS.md: ranges are read row by
 * row; an empty cell or omitted argument is null; an error cell is an error value), and ways to
 * shape them into ranges.
 */
import fc from 'fast-check';
import { FunctionInfo, ParameterInfo } from '../../src/functions/catalog';
import { excelError } from '../../src/functions/excel-error';

export type Cell = unknown;
export type Range = Cell[][];

/** Numbers that break naive code, none of them NaN or infinite (Excel has neither). */
export const weirdNumber: fc.Arbitrary<number> = fc.constantFrom(
  1e300,
  -1e300,
  1e-300,
  -1e-300,
  -0,
  0,
  0.1 + 0.2,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.EPSILON,
  2 ** 53 + 2,
  1e21,
  0.5,
  2.5,
  -2.5,
  1.005,
  1 / 3,
  83.42,
  -1,
  1,
  2,
  5,
  10,
  11,
  365,
);

export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  { weight: 3, arbitrary: weirdNumber },
  { weight: 2, arbitrary: fc.integer({ min: -20, max: 20 }) },
  { weight: 2, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
);

/** Text a treasurer (or a careless paste) may leave in a cell. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      'abc',
      'ja',
      'nej',
      '  X ',
      '=1+1',
      '',
      '   ',
      'TRUE',
      'sant',
      '1',
      '0,5',
      '#VALUE!',
      'stat',
      'kommun',
      'pp',
      '>=',
      '<',
      'Samordning',
      ' samordning ',
      'NaN',
      'Infinity',
      'undefined',
      '__proto__',
      'constructor',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);

export const ERROR_CODES = ['#VALUE!', '#DIV/0!', '#N/A', '#NUM!', '#REF!', '#NAME?', '#NULL!'] as const;

/** An error value in a cell, as Excel (or the engine adapter) hands it over; a fresh object each time. */
export const errorCell: fc.Arbitrary<CustomFunctions.Error> = fc
  .tuple(fc.constantFrom(...ERROR_CODES), fc.constantFrom(undefined, 'Fel i en annan cell.'))
  .map(([code, message]) => excelError(code as never, message));

export const hostileCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 4, arbitrary: anyNumber },
  { weight: 3, arbitrary: hostileText },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 2, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: errorCell },
);

/** A rows × columns matrix of cells from `cell`. */
export function matrix<T>(cell: fc.Arbitrary<T>, rows: number, columns: number): fc.Arbitrary<T[][]> {
  return fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: rows, maxLength: rows });
}

/** Any range: empty ([] and [[]]), 1 × 1, a column, a row or a block, up to 5 × 4. */
export function rangeOf(cell: fc.Arbitrary<Cell>): fc.Arbitrary<Range> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constantFrom<Range[]>([], [[]]) },
    { weight: 2, arbitrary: cell.map((value) => [[value]]) },
    { weight: 6, arbitrary: fc.tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 })).chain(([rows, columns]) => matrix(cell, rows, columns)) },
  );
}

export const hostileRange: fc.Arbitrary<Range> = rangeOf(hostileCell);

/** Cells laid out as Excel may hand them: a column, a row, or two columns when the count allows. */
export type Layout = 'column' | 'row' | 'block';
export const layout: fc.Arbitrary<Layout> = fc.constantFrom<Layout[]>('column', 'row', 'block');

export function shaped<T>(cells: readonly T[], how: Layout): T[][] {
  if (how === 'row') return [[...cells]];
  if (how === 'block' && cells.length % 2 === 0 && cells.length > 0) {
    return Array.from({ length: cells.length / 2 }, (_, index) => [cells[2 * index], cells[2 * index + 1]]);
  }
  return cells.map((cell) => [cell]);
}

/** Mostly `valid`, now and then any hostile cell. */
export function mostly<T>(valid: fc.Arbitrary<T>, hostileWeight = 1, validWeight = 9): fc.Arbitrary<T | Cell> {
  return fc.oneof({ weight: validWeight, arbitrary: valid as fc.Arbitrary<T | Cell> }, { weight: hostileWeight, arbitrary: hostileCell });
}

/** An optional argument: left out (null) or given. */
export function optional<T>(given: fc.Arbitrary<T>): fc.Arbitrary<T | null> {
  return fc.oneof({ weight: 1, arbitrary: fc.constant(null) }, { weight: 2, arbitrary: given });
}

/** Arguments of any kind, shaped only by the catalog (range or single value, optional or not). */
export function hostileArguments(info: FunctionInfo): fc.Arbitrary<Cell[]> {
  const argument = (parameter: ParameterInfo) => {
    const given = parameter.shape === 'range' ? hostileRange : hostileCell;
    return parameter.optional ? optional<Cell>(given) : given;
  };
  return fc.tuple(...info.parameters.map(argument));
}
