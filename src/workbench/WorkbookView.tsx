import { makeStyles } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { cellAddress, parseCellAddress } from '../sheets/address';
import { EngineWorkbook } from '../workbook/engine/engine-workbook';
import { SheetCharts } from './charts/SheetCharts';
import { FormulaBar } from './FormulaBar';
import { cellContentOf } from './grid/cell-input';
import { CellAt } from './grid/moves';
import { SheetGrid } from './grid/SheetGrid';
import { cellDetail, sheetView } from './grid/sheet-view';
import { SheetTabs, sheetTabId } from './SheetTabs';
import { useActiveCell } from './state/useActiveCell';
import { WorkbenchStatus } from './state/useWorkbench';
import { workbenchTexts } from './texts';

export interface WorkbookViewProps {
  readonly workbook: EngineWorkbook;
  /** The engine's change counter: the view is recomputed when it moves. */
  readonly version: number;
  readonly onStatus: (status: WorkbenchStatus) => void;
}

const PANEL_ID = 'finsam-sheet-panel';

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  panel: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, minWidth: 0 },
  body: { display: 'flex', flexDirection: 'row', flexGrow: 1, minHeight: 0 },
});

/** The formula bar, the grid of the selected sheet with its charts beside it, and the sheet tabs. */
export function WorkbookView({ workbook, version, onStatus }: WorkbookViewProps) {
  const styles = useStyles();
  const { sheets, sheet, cell, selectCell, selectSheet } = useActiveCell(workbook);
  const commit = useCellCommit(workbook, sheet, onStatus);
  // The drawn area grows in steps as the selection goes further, so a move does not redraw it all.
  const reach = { row: Math.floor(cell.row / 20) * 20 + 20, col: Math.floor(cell.col / 5) * 5 + 5 };
  const view = useMemo(() => (sheet === undefined ? undefined : sheetView(workbook, sheet, reach)),
    // The reach by its numbers; the version marks engine changes.
    [workbook, sheet, version, reach.row, reach.col]);
  const detail = useMemo(() => (sheet === undefined ? { editText: '' } : cellDetail(workbook, sheet, cell.row, cell.col)),
    // The version marks engine changes.
    [workbook, sheet, cell.row, cell.col, version]);
  const editTextAt = useCallback((at: CellAt) => (sheet === undefined ? '' : cellDetail(workbook, sheet, at.row, at.col).editText), [workbook, sheet]);
  const goTo = useCallback((typed: string) => {
    const at = parseCellAddress(typed.trim());
    if (at) selectCell(at);
    else onStatus({ intent: 'error', message: workbenchTexts.addressInvalid(typed) });
    return at !== undefined;
  }, [selectCell, onStatus]);

  if (sheet === undefined || view === undefined) return <p>{workbenchTexts.noSheets}</p>;
  const address = cellAddress(cell.row, cell.col);
  return (
    <div className={styles.view}>
      <FormulaBar address={address} detail={detail} onGoTo={goTo} onCommit={(typed) => commit(cell, typed)} />
      <div className={styles.body}>
        <div role="tabpanel" id={PANEL_ID} aria-labelledby={sheetTabId(sheets.indexOf(sheet))} className={styles.panel}>
          <SheetGrid view={view} selected={cell} onSelect={selectCell} onCommit={commit} editTextAt={editTextAt} />
        </div>
        <SheetCharts workbook={workbook} sheet={sheet} version={version} />
      </div>
      <SheetTabs sheets={sheets} selected={sheet} onSelect={selectSheet} panelId={PANEL_ID} />
    </div>
  );
}

/** Writes typed text into a cell of the shown sheet; the engine recalculates and reports the change. */
function useCellCommit(workbook: EngineWorkbook, sheet: string | undefined, onStatus: (status: WorkbenchStatus) => void) {
  return useCallback((at: CellAt, typed: string) => {
    const id = sheet === undefined ? undefined : workbook.engine.getSheetId(sheet);
    if (id === undefined) return;
    try {
      workbook.engine.setCellContents({ sheet: id, row: at.row, col: at.col }, cellContentOf(typed));
    } catch (thrown) {
      // The engine refuses some writes (inside a spilled range): the cell keeps what it had.
      onStatus({ intent: 'error', message: workbenchTexts.editFailed(cellAddress(at.row, at.col), thrown instanceof Error ? thrown.message : String(thrown)) });
    }
  }, [workbook, sheet, onStatus]);
}
