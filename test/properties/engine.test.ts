/**
 * The embedded engine runs the very wrapper Excel runs (ARCHITECTURE.md, src/workbook/engine):
 * a formula in a sheet gives what the wrapper gives for the same cells, errors and their
 * Swedish messages included (FUNCTIONS.md: the engine shows the message for every error).
 */
import fc from 'fast-check';
import { DetailedCellError, RawCellContent } from 'hyperformula';
import { impactindex } from '../../src/functions/social-budget';
import { excelError } from '../../src/functions/excel-error';
import { createEngine } from '../../src/workbook/engine/engine';
import { check, ensure, isExcelError, RUNS, show, TIMEOUT } from '../support/fuzz';

/** Building an engine takes about 14 ms, so one engine is refilled per run, and the runs are N/20. */
const ENGINE_RUNS = Math.max(1, Math.ceil(RUNS / 20));
const ROWS = 20;

/** A formula cell that is an error in the engine (#DIV/0!), to see an error cell pass through. */
const DIVISION_BY_ZERO = '=1/0';

const weight: fc.Arbitrary<RawCellContent> = fc.oneof(
  { weight: 60, arbitrary: fc.integer({ min: 1, max: 10 }) },
  { weight: 1, arbitrary: fc.constantFrom<RawCellContent[]>(0, 11, 2.5, -1, 1e300, 'abc', true, DIVISION_BY_ZERO) },
);
// Only text the engine keeps as text: it reads "TRUE", "1" or "=…" typed into a cell as a value.
const achieved: fc.Arbitrary<RawCellContent> = fc.oneof(
  { weight: 60, arbitrary: fc.constantFrom<RawCellContent[]>(true, false, 1, 0, 'ja', 'nej', 'x', ' X ', 'uppnådd', 'Ej uppnådd', null) },
  { weight: 1, arbitrary: fc.constantFrom<RawCellContent[]>('abc', 2, DIVISION_BY_ZERO) },
);
const row = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(weight, achieved) },
  { weight: 2, arbitrary: fc.constant<[RawCellContent, RawCellContent]>([null, null]) },
);
/** Hostile cells are rare (1 in 61), so that most tables reach the arithmetic and some fail. */
const table = fc.array(row, { minLength: ROWS, maxLength: ROWS });

describe('FINSAM.IMPACTINDEX in the engine equals the wrapper on the same cells', () => {
  test(
    `=FINSAM.IMPACTINDEX(A1:A20,B1:B20) over random weights, achieved cells and blank rows (${ENGINE_RUNS} runs)`,
    () => {
      const engine = createEngine({ Blad1: [] });
      const sheet = engine.getSheetId('Blad1');
      if (sheet === undefined) throw new Error('no sheet Blad1');
      const formula = `=FINSAM.IMPACTINDEX(A1:A${ROWS},B1:B${ROWS})`;
      check(
        table,
        (rows) => {
          engine.setSheetContent(
            sheet,
            rows.map(([w, a], index) => (index === 0 ? [w, a, formula] : [w, a])),
          );
          // The cells as the engine holds them, which is what Excel would hand the wrapper.
          const asExcel = (column: number) =>
            rows.map((cells, index) => {
              const written = cells[column];
              const held = engine.getCellValue({ sheet, row: index, col: column });
              if (written === DIVISION_BY_ZERO) {
                ensure(held instanceof DetailedCellError && held.value === '#DIV/0!', 'the formula cell is #DIV/0!', held);
                return [excelError('#DIV/0!', held.message)];
              }
              // getCellValue rounds numbers to 15 digits (1e300 shows as 9.999999999999999e+299).
              const same = typeof written === 'number' && typeof held === 'number' ? Math.abs(held - written) <= 1e-14 * Math.abs(written) : held === written;
              ensure(same, 'the engine changed a written cell', written, held);
              return [written];
            });
          const direct = impactindex(asExcel(0), asExcel(1));
          const viaEngine = engine.getCellValue({ sheet, row: 0, col: 2 });
          if (isExcelError(direct)) {
            ensure(
              viaEngine instanceof DetailedCellError && viaEngine.value === direct.code && viaEngine.message === (direct.message ?? ''),
              'the engine shows another error than the wrapper',
              show(direct),
              viaEngine instanceof DetailedCellError ? { value: viaEngine.value, message: viaEngine.message } : viaEngine,
            );
            return;
          }
          // The engine rounds what it shows to 15 significant digits (precisionRounding, as Excel displays).
          ensure(
            typeof viaEngine === 'number' && Math.abs(viaEngine - direct) <= 1e-14 * Math.max(1, Math.abs(direct)),
            'the engine shows another number than the wrapper',
            direct,
            viaEngine,
          );
        },
        ENGINE_RUNS,
      );
    },
    TIMEOUT,
  );
});
