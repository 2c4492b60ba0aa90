import { useCallback, useEffect, useState } from 'react';
import { FormStorage } from './storage';
import { loadPaneForms, PaneForms, savePaneForms } from './pane-forms';

export type FormEdit<T> = (value: T) => T;

export interface PaneFormsState {
  readonly forms: PaneForms;
  /** Changes one part of the forms; every change is kept at once (issue 6: never lose work). */
  readonly update: <K extends keyof PaneForms>(key: K, edit: FormEdit<PaneForms[K]>) => void;
}

/** The pane's forms, restored on open and saved on every change. */
export function usePaneForms(storage: FormStorage): PaneFormsState {
  const [forms, setForms] = useState<PaneForms>(() => loadPaneForms(storage));

  useEffect(() => {
    savePaneForms(storage, forms);
  }, [storage, forms]);

  const update = useCallback(<K extends keyof PaneForms>(key: K, edit: FormEdit<PaneForms[K]>) => {
    setForms((old) => ({ ...old, [key]: edit(old[key]) }));
  }, []);

  return { forms, update };
}
