import { useCallback, useRef, useState } from 'react';
import { Finding } from '../../sheets/findings';
import { Grid } from '../../sheets/grid';
import { WorkbookPort } from '../../workbook/port';
import { useAnnounce } from '../announce/announce';
import { texts } from '../../text/pane';
import { withoutBackups } from '../build/backup-sheets';
import { countBySeverity, WorkbookValidator } from './validator';

export type ValidationStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'running' }
  | { readonly kind: 'done'; readonly findings: readonly Finding[]; readonly grids: readonly Grid[] }
  | { readonly kind: 'failed'; readonly message: string };

export interface Validation {
  readonly status: ValidationStatus;
  /** Reads the workbook as it is now and checks it; quiet after a build, whose own message is read. */
  run(options?: { readonly quiet?: boolean }): Promise<void>;
  /** Selects a finding's cell in the workbook. */
  select(finding: Finding): Promise<void>;
  /** Why the last selection failed, if it did. */
  readonly selectProblem?: string;
  /** Whether "(gammal)" backups are checked and shared too; off unless the user asks. */
  readonly includeBackups: boolean;
  setIncludeBackups(include: boolean): void;
}

/**
 * The validation panel's state, kept at the pane's top so it survives switching tabs and a build
 * can run it again. Every outcome is announced (issue 6 §5).
 */
export function useValidation(port: WorkbookPort | undefined, validate: WorkbookValidator): Validation {
  const announce = useAnnounce();
  const [status, setStatus] = useState<ValidationStatus>({ kind: 'idle' });
  const [selectProblem, setSelectProblem] = useState<string | undefined>(undefined);
  const runs = useRef(0);
  const [includeBackups, setIncludeBackups] = useState(false);

  const run = useCallback(async ({ quiet = false }: { readonly quiet?: boolean } = {}) => {
    const own = (runs.current += 1);
    setSelectProblem(undefined);
    if (!port) return fail(texts.build.noWorkbook);
    setStatus({ kind: 'running' });
    try {
      const grids = withoutBackups(await port.readGrids(), includeBackups);
      const findings = validate(grids);
      if (own !== runs.current) return;
      setStatus({ kind: 'done', findings, grids });
      const { errors, warnings } = countBySeverity(findings);
      if (!quiet) announce(findings.length === 0 ? texts.validation.allGood : texts.validation.counted(errors, warnings));
    } catch (thrown) {
      if (own === runs.current) fail(texts.validation.failed(thrown instanceof Error ? thrown.message : String(thrown)));
    }

    function fail(message: string) {
      setStatus({ kind: 'failed', message });
      announce(message);
    }
  }, [port, validate, announce, includeBackups]);

  const select = useCallback(
    async ({ where }: Finding) => {
      setSelectProblem(undefined);
      try {
        if (!port) throw new Error(texts.build.noWorkbook);
        await port.selectCell(where.sheet, where.cell);
      } catch {
        const message = texts.validation.selectFailed(where.sheet, where.cell);
        setSelectProblem(message);
        announce(message);
      }
    },
    [port, announce],
  );

  return { status, run, select, selectProblem, includeBackups, setIncludeBackups };
}
