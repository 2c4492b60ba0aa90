import { useCallback, useEffect, useState } from 'react';
import { EngineWorkbook } from '../../workbook/engine/engine-workbook';

/** What changes what the grid shows: values, sheets and names. */
const CHANGES = ['valuesUpdated', 'sheetAdded', 'sheetRemoved', 'sheetRenamed', 'namedExpressionAdded', 'namedExpressionRemoved'] as const;

type Listener = () => void;
type Subscribe = (event: (typeof CHANGES)[number], listener: Listener) => void;

/**
 * A number that grows with every change the engine reports (a typed cell, a build through the
 * task pane, a recalculation), so the grid redraws; and whether anything changed since the
 * workbook was opened or saved, so opening another never drops unsaved work without asking.
 */
export function useEngineVersion(workbook: EngineWorkbook) {
  const [version, setVersion] = useState(0);
  const [dirty, setDirty] = useState(false);
  useEffect(() => {
    setDirty(false);
    const engine = workbook.engine;
    const changed = () => {
      setVersion((old) => old + 1);
      setDirty(true);
    };
    CHANGES.forEach((event) => (engine.on as Subscribe)(event, changed));
    return () => CHANGES.forEach((event) => (engine.off as Subscribe)(event, changed));
  }, [workbook]);
  const markSaved = useCallback(() => setDirty(false), []);
  return { version, dirty, markSaved };
}
