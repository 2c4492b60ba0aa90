import { useCallback, useEffect, useRef, useState } from 'react';
import { EngineWorkbook } from '../../workbook/engine/engine-workbook';
import { contentFileName } from '../content-file-name';
import { downloadBytes } from '../../taskpane/download';
import { exampleLabel, workbenchTexts } from '../../text/workbench';
import { EMPTY_EXAMPLE, exampleWorkbook } from '../workbooks';
import { useEngineVersion } from './useEngineVersion';

export interface WorkbenchStatus {
  readonly intent: 'success' | 'error' | 'info';
  readonly message: string;
}

/** The open workbook, what it is called, and a counter that changes with each one opened. */
export interface OpenWorkbook {
  readonly workbook: EngineWorkbook;
  /** "budget-2021-2023.xlsx": what Spara .xlsx calls the file. */
  readonly fileName: string;
  /** An example or a new workbook: Spara .xlsx names the file after what it holds (issue 13). */
  readonly namedByContent?: boolean;
  readonly generation: number;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * The workbench's workbook: open an example or a file, save as .xlsx. Opening another workbook
 * while this one has unsaved changes asks first (never lose the user's work); the question is
 * `pendingOpen`, answered with confirmOpen or cancelOpen.
 */
export function useWorkbench(first: { readonly workbook: EngineWorkbook; readonly fileName: string; readonly namedByContent?: boolean }) {
  const [open, setOpen] = useState<OpenWorkbook>({ namedByContent: true, ...first, generation: 0 });
  const [status, setStatus] = useState<WorkbenchStatus | undefined>(undefined);
  const [saving, setSaving] = useState(false);
  const [pendingOpen, setPendingOpen] = useState(false);
  const pending = useRef<(() => Promise<void>) | undefined>(undefined);
  const { version, dirty, markSaved } = useEngineVersion(open.workbook);
  useLeaveGuard(dirty);

  const replace = useCallback((workbook: EngineWorkbook, fileName: string, shownName: string, namedByContent = true) => {
    setOpen((old) => ({ workbook, fileName, namedByContent, generation: old.generation + 1 }));
    setStatus({ intent: 'success', message: workbenchTexts.opened(shownName) });
  }, []);

  const run = useCallback((load: () => Promise<void>) => {
    load().catch((thrown: unknown) => setStatus({ intent: 'error', message: workbenchTexts.openFailed(thrown instanceof Error ? thrown.message : String(thrown)) }));
  }, []);

  const guarded = useCallback((load: () => Promise<void>) => {
    if (!dirty) return run(load);
    pending.current = load;
    setPendingOpen(true);
  }, [dirty, run]);

  const openExample = useCallback((name: string) => guarded(async () => {
    const workbook = await exampleWorkbook(name);
    if (workbook) replace(workbook, `${name === EMPTY_EXAMPLE ? 'finsam-arbetsbok' : name}.xlsx`, name === EMPTY_EXAMPLE ? workbenchTexts.emptyWorkbook : exampleLabel(name));
  }), [guarded, replace]);

  const openFile = useCallback((file: File) => guarded(async () => {
    const { openWorkbookFile } = await import(/* webpackChunkName: "xlsx" */ '../xlsx-files');
    const opened = await openWorkbookFile(file);
    if (opened.ok) replace(opened.value, file.name, file.name, false);
    else setStatus({ intent: 'error', message: workbenchTexts.openFailed(opened.message) });
  }), [guarded, replace]);

  const save = useCallback(async () => {
    setSaving(true);
    try {
      const { workbookFileBytes } = await import(/* webpackChunkName: "xlsx" */ '../xlsx-files');
      const written = await workbookFileBytes(open.workbook);
      if (!written.ok) return setStatus({ intent: 'error', message: workbenchTexts.saveFailed(written.message) });
      const fileName = (open.namedByContent && contentFileName(await open.workbook.readGrids())) || open.fileName;
      downloadBytes(written.value, fileName, XLSX_MIME);
      markSaved();
      setStatus({ intent: 'success', message: workbenchTexts.saved(fileName) });
    } catch (thrown) {
      setStatus({ intent: 'error', message: workbenchTexts.saveFailed(thrown instanceof Error ? thrown.message : String(thrown)) });
    } finally {
      setSaving(false);
    }
  }, [open, markSaved]);

  const answerOpen = useCallback((yes: boolean) => {
    const load = pending.current;
    pending.current = undefined;
    setPendingOpen(false);
    if (yes && load) run(load);
  }, [run]);

  return { ...open, version, dirty, status, setStatus, saving, pendingOpen, openExample, openFile, save, answerOpen };
}

export type Workbench = ReturnType<typeof useWorkbench>;

/** Reloading or closing the tab with unsaved changes asks first (the browser's own question; issue 13). */
function useLeaveGuard(dirty: boolean): void {
  useEffect(() => {
    if (!dirty) return;
    const ask = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [dirty]);
}
