import { useCallback, useEffect, useRef, useState } from 'react';
import { EngineWorkbook } from '../../workbook/engine/engine-workbook';
import { CellAt } from '../grid/moves';

export interface ActiveCell {
  readonly sheet: string | undefined;
  readonly cell: CellAt;
}

const A1: CellAt = { row: 0, col: 0 };

/**
 * The sheet and cell the grid shows as selected. It follows the port: a click on a finding in the
 * task pane (selectCell) and a build (which shows the new sheet) move it, through onSelect. A
 * renamed sheet keeps its selection; each sheet remembers its own cell, as Excel's do.
 */
export function useActiveCell(workbook: EngineWorkbook) {
  const [active, setActive] = useState<ActiveCell>(() => ({ sheet: workbook.engine.getSheetNames()[0], cell: A1 }));
  const remembered = useRef(new Map<string, CellAt>());

  useEffect(
    () => workbook.onSelect((selection) => setActive({ sheet: selection.sheet, cell: { row: selection.row, col: selection.col } })),
    [workbook],
  );
  useEffect(() => {
    const renamed = (before: string, after: string) => setActive((old) => (old.sheet === before ? { ...old, sheet: after } : old));
    workbook.engine.on('sheetRenamed', renamed);
    return () => void workbook.engine.off('sheetRenamed', renamed);
  }, [workbook]);

  // Read on every draw: the caller redraws whenever the engine reports a change.
  const sheets = workbook.engine.getSheetNames();
  const sheet = active.sheet !== undefined && sheets.includes(active.sheet) ? active.sheet : sheets[0];
  const cell = sheet === active.sheet ? active.cell : A1;

  const selectCell = useCallback((at: CellAt) => setActive((old) => ({ ...old, cell: at })), []);
  const selectSheet = useCallback(
    (next: string) => {
      if (sheet !== undefined) remembered.current.set(sheet, cell);
      setActive({ sheet: next, cell: remembered.current.get(next) ?? A1 });
    },
    [sheet, cell],
  );
  return { sheets, sheet, cell, selectCell, selectSheet };
}
