import { useCallback, useEffect, useRef, useState } from 'react';
import { WorkbookPort } from '../../workbook/port';
import { formsFromWorkbook } from './from-workbook';
import { FormStorage } from './storage';
import { FormKey, loadPaneFormsState, PaneForms, savePaneForms } from './pane-forms';

export type FormEdit<T> = (value: T) => T;

export interface PaneFormsState {
  readonly forms: PaneForms;
  /** Changes one part of the forms; every change is kept at once (issue 6: never lose work). */
  readonly update: <K extends keyof PaneForms>(key: K, edit: FormEdit<PaneForms[K]>) => void;
}

/**
 * The pane's forms, restored on open and saved on every change. A form with no stored draft
 * starts from the workbook's own sheet of its kind when there is one (issue 13), else empty;
 * a form the user has started typing in meanwhile is left alone.
 */
export function usePaneForms(storage: FormStorage, port?: WorkbookPort): PaneFormsState {
  const [loaded] = useState(() => loadPaneFormsState(storage));
  const [forms, setForms] = useState<PaneForms>(loaded.forms);
  const initial = useRef(loaded);

  useEffect(() => {
    savePaneForms(storage, forms);
  }, [storage, forms]);

  useEffect(() => {
    const { fresh, forms: start } = initial.current;
    if (!port || fresh.size === 0) return;
    let live = true;
    port.readGrids().then(
      (grids) => {
        if (!live) return;
        const found = formsFromWorkbook(grids);
        setForms((old) => {
          let next = old;
          for (const key of Object.keys(found) as FormKey[]) {
            if (fresh.has(key) && old[key] === start[key]) next = { ...next, [key]: found[key] };
          }
          return next;
        });
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [port]);

  const update = useCallback(<K extends keyof PaneForms>(key: K, edit: FormEdit<PaneForms[K]>) => {
    setForms((old) => ({ ...old, [key]: edit(old[key]) }));
  }, []);

  return { forms, update };
}
