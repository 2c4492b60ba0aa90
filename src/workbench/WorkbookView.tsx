import { makeStyles } from '@fluentui/react-components';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { FormulaLocale, hasEnglishSeparator } from '../formula/swedish-formula';
import { cellAddress, parseCellAddress } from '../sheets/address';
import { EngineWorkbook } from '../workbook/engine/engine-workbook';
import { FormulaBar } from './FormulaBar';
import { cellContentOf } from './grid/cell-input';
import { cellElementId } from './grid/GridCell';
import { CellAt } from './grid/moves';
import { SheetGrid } from './grid/SheetGrid';
import { cellDetail, sheetView } from './grid/sheet-view';
import { SheetTabs, sheetTabId } from './SheetTabs';
import { useActiveCell } from './state/useActiveCell';
import { WorkbenchStatus } from './state/useWorkbench';
import { workbenchTexts } from '../text/workbench';

export interface WorkbookViewProps {
  readonly workbook: EngineWorkbook;
  /** The engine's change counter: the view is recomputed when it moves. */
  readonly version: number;
  readonly onStatus: (status: WorkbenchStatus) => void;
  /** The syntax formulas are typed and shown in, as Excel's language setting decides. */
  readonly locale: FormulaLocale;
}

const PANEL_ID = 'finsam-sheet-panel';

// The chart library (and d3) loads only when a sheet with charts is shown.
const SheetCharts = lazy(() => import('./charts/SheetCharts').then((module) => ({ default: module.SheetCharts })));

const useStyles = makeStyles({
  view: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0 },
  panel: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, minWidth: 0 },
  body: { display: 'flex', flexDirection: 'row', flexGrow: 1, minHeight: 0 },
});

/** The formula bar, the grid of the selected sheet with its charts beside it, and the sheet tabs. */
export function WorkbookView({ workbook, version, onStatus, locale }: WorkbookViewProps) {
  const styles = useStyles();
  const { sheets, sheet, cell, selectCell, selectSheet } = useActiveCell(workbook);
  const commit = useCellCommit(workbook, sheet, onStatus, locale);
  // What is being typed in a cell, which the formula bar shows as Excel's does.
  const [cellDraft, setCellDraft] = useState<string | undefined>(undefined);
  // The drawn area grows in steps as the selection goes further, so a move does not redraw it all.
  const reach = { row: Math.floor(cell.row / 20) * 20 + 20, col: Math.floor(cell.col / 5) * 5 + 5 };
  const view = useMemo(() => (sheet === undefined ? undefined : sheetView(workbook, sheet, reach)),
    // The reach by its numbers; the version marks engine changes.
    [workbook, sheet, version, reach.row, reach.col]);
  const detail = useMemo(() => (sheet === undefined ? { editText: '' } : cellDetail(workbook, sheet, cell.row, cell.col, locale)),
    // The version marks engine changes.
    [workbook, sheet, cell.row, cell.col, version, locale]);
  const editTextAt = useCallback((at: CellAt) => (sheet === undefined ? '' : cellDetail(workbook, sheet, at.row, at.col, locale).editText), [workbook, sheet, locale]);
  const goTo = useCallback((typed: string) => {
    const at = parseCellAddress(typed.trim());
    if (at) {
      selectCell(at);
      // The address box lets go after Enter, as Excel's does: typing goes on in the cell.
      requestAnimationFrame(() => document.getElementById(cellElementId(at.row, at.col))?.focus());
    } else onStatus({ intent: 'error', message: workbenchTexts.addressInvalid(typed) });
    return at !== undefined;
  }, [selectCell, onStatus]);

  if (sheet === undefined || view === undefined) return <p>{workbenchTexts.noSheets}</p>;
  const address = cellAddress(cell.row, cell.col);
  return (
    <div className={styles.view}>
      <FormulaBar address={address} detail={cellDraft === undefined ? detail : { editText: cellDraft }} onGoTo={goTo} onCommit={(typed) => commit(cell, typed)} locale={locale} />
      <div className={styles.body}>
        <div role="tabpanel" id={PANEL_ID} aria-labelledby={sheetTabId(sheets.indexOf(sheet))} className={styles.panel}>
          <SheetGrid view={view} selected={cell} onSelect={selectCell} onCommit={commit} onDraft={setCellDraft} editTextAt={editTextAt} />
        </div>
        {(workbook.sheetLayout(sheet)?.charts ?? []).length > 0 && (
          <Suspense fallback={null}>
            <SheetCharts workbook={workbook} sheet={sheet} version={version} />
          </Suspense>
        )}
      </div>
      <SheetTabs sheets={sheets} selected={sheet} onSelect={selectSheet} panelId={PANEL_ID} />
    </div>
  );
}

/**
 * Writes typed text into a cell of the shown sheet; the engine recalculates and reports the change.
 * A formula the engine cannot read in the chosen syntax is refused (false) with a message that
 * names the setting, and the typed text stays where it was typed.
 */
function useCellCommit(workbook: EngineWorkbook, sheet: string | undefined, onStatus: (status: WorkbenchStatus) => void, locale: FormulaLocale) {
  return useCallback((at: CellAt, typed: string): boolean => {
    const id = sheet === undefined ? undefined : workbook.engine.getSheetId(sheet);
    if (id === undefined) return true;
    const content = cellContentOf(typed, locale);
    const formula = typeof content === 'string' && content.startsWith('=');
    if (formula && ((locale === 'sv-SE' && hasEnglishSeparator(typed)) || !workbook.engine.validateFormula(content))) {
      onStatus({ intent: 'error', message: workbenchTexts.formulaUnparsable(cellAddress(at.row, at.col), locale) });
      return false;
    }
    try {
      workbook.engine.setCellContents({ sheet: id, row: at.row, col: at.col }, content);
    } catch (thrown) {
      // The engine refuses some writes (inside a spilled range): the cell keeps what it had.
      onStatus({ intent: 'error', message: workbenchTexts.editFailed(cellAddress(at.row, at.col), thrown instanceof Error ? thrown.message : String(thrown)) });
    }
    return true;
  }, [workbook, sheet, onStatus, locale]);
}
