import { mergeClasses } from '@fluentui/react-components';
import { columnLetters, cellAddress } from '../../sheets/address';
import { workbenchTexts } from '../../text/workbench';
import { GridCell } from './GridCell';
import { useGridStyles } from './grid-styles';
import { CellAt } from './moves';
import { SheetView } from './sheet-view';
import { SheetGridOptions, useSheetGrid } from './useSheetGrid';

export interface SheetGridProps extends SheetGridOptions {
  readonly view: SheetView;
  readonly labelledBy?: string;
}

/** The sheet as an accessible table (WAI-ARIA grid): lettered columns, numbered rows, one tab stop. */
export function SheetGrid({ view, labelledBy, ...options }: SheetGridProps) {
  const styles = useGridStyles();
  const grid = useSheetGrid(options);
  const { selected } = options;
  // A set width makes the browser use the fixed layout, so a long note cannot widen its column.
  const width = `${ROW_HEADER_WIDTH + view.widths.reduce((sum, each) => sum + each + 1, 0)}ch`;
  return (
    <div className={styles.scroller}>
      <table
        role="grid"
        className={styles.table}
        style={{ width }}
        aria-label={workbenchTexts.gridLabel(view.sheet)}
        aria-describedby={labelledBy}
        aria-rowcount={view.rows + 1}
        aria-colcount={view.cols + 1}
        onKeyDown={grid.onGridKey}
        onMouseDown={grid.onGridMouseDown}
        onDoubleClick={grid.onGridDoubleClick}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEADER_WIDTH}ch` }} />
          {view.widths.map((width, col) => (
            <col key={col} style={{ width: `${width + 1}ch` }} />
          ))}
        </colgroup>
        <thead>
          <tr>
            <td className={styles.corner} aria-hidden="true" />
            {view.widths.map((_, col) => (
              <th key={col} scope="col" className={mergeClasses(styles.columnHeader, col === selected.col && styles.headerOfSelection)}>
                {columnLetters(col)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {view.cells.map((cells, row) => (
            <tr key={row}>
              <th scope="row" className={mergeClasses(styles.rowHeader, row === selected.row && styles.headerOfSelection)}>
                {row + 1}
              </th>
              {cells.map((cell, col) => (
                <GridCell
                  key={col}
                  row={row}
                  col={col}
                  address={cellAddress(row, col)}
                  view={cell}
                  selected={isAt(selected, row, col)}
                  editing={grid.editing && isAt(grid.editing.at, row, col) ? grid.editing.text : undefined}
                  onEditChange={grid.onEditChange}
                  onEditKey={grid.onEditKey}
                  onEditBlur={grid.onEditBlur}
                />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {view.usedRows > view.rows && <p className={styles.notice}>{workbenchTexts.rowsCut(view.rows, view.usedRows)}</p>}
    </div>
  );
}

/** Room for row numbers up to 1 000, in characters. */
const ROW_HEADER_WIDTH = 5;

const isAt = (at: CellAt, row: number, col: number) => at.row === row && at.col === col;
