import { useCallback, useMemo, useState } from 'react';
import { useAnnounce } from '../announce/announce';
import { texts } from '../../text/pane';
import { parsePastedIndicators, PastedRow } from './paste';
import { mergePastedRows } from './paste-merge';
import { SocialBudgetFormState } from './useSocialBudgetForm';
import { socialEdits } from './social-edits';

export interface PasteIndicators {
  readonly text: string;
  readonly setText: (text: string) => void;
  readonly rows: readonly PastedRow[];
  readonly errorRows: number;
  /** Rows can be used: some rows and none with errors. */
  readonly usable: boolean;
  readonly apply: (mode: 'replace' | 'append') => void;
  readonly message?: string;
}

/** The paste box: what was pasted, its rows as read, and putting them into the form. */
export function usePasteIndicators(form: SocialBudgetFormState): PasteIndicators {
  const announce = useAnnounce();
  const [text, setRawText] = useState('');
  const [message, setMessage] = useState<string | undefined>(undefined);
  const rows = useMemo(() => parsePastedIndicators(text, form.weightScale), [text, form.weightScale]);
  const errorRows = rows.filter((row) => row.problems.length > 0).length;
  const usable = rows.length > 0 && errorRows === 0;
  const { draft, edit } = form;

  const setText = useCallback((value: string) => {
    setRawText(value);
    setMessage(undefined);
  }, []);

  const apply = useCallback(
    (mode: 'replace' | 'append') => {
      const parsed = rows.flatMap((row) => (row.parsed ? [row.parsed] : []));
      if (!usable) return;
      edit(socialEdits.areas(mergePastedRows(draft, parsed, mode)));
      const done = texts.paste.applied(parsed.length);
      setRawText('');
      setMessage(done);
      announce(done);
    },
    [rows, usable, draft, edit, announce],
  );

  return { text, setText, rows, errorRows, usable, apply, message };
}
