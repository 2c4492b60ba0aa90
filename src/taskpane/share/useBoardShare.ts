import { useCallback, useRef, useState } from 'react';
import { SHEET_KINDS } from '../../sheets/registry';
import { Grid } from '../../sheets/grid';
import { SheetKind } from '../../sheets/plan';
import { ApplyOptions, WorkbookPort } from '../../workbook/port';
import { useAnnounce } from '../announce/announce';
import { BoardPlans, boardPlans } from './board-plans';
import { shareTexts } from '../../text/share';
import { withoutBackups } from '../build/backup-sheets';

export type ShareIntent = 'success' | 'error' | 'info';

export type ShareStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'working' }
  | { readonly kind: 'confirm'; readonly sheets: readonly string[] }
  | { readonly kind: 'done'; readonly intent: ShareIntent; readonly title: string; readonly message: string };

export interface BoardShare {
  readonly status: ShareStatus;
  share(): Promise<void>;
  /** Yes to replacing the earlier copies: they are kept under new names. */
  confirm(): Promise<void>;
  cancel(): void;
}

/**
 * "Dela med styrelsen": reads the workbook, rewrites its FINSAM formulas natively (the same
 * export as `finsam export`) and writes the board's copies as new sheets. The user's sheets are
 * only read; an earlier copy is replaced only after a yes, and then kept under a new name.
 */
export function useBoardShare(port: WorkbookPort | undefined, includeBackups = false): BoardShare {
  const announce = useAnnounce();
  const [status, setStatus] = useState<ShareStatus>({ kind: 'idle' });
  const pending = useRef<BoardPlans | undefined>(undefined);

  const report = useCallback(
    (intent: ShareIntent, message: string, title = TITLES[intent]) => {
      setStatus({ kind: 'done', intent, title, message });
      announce(message);
    },
    [announce],
  );

  const write = useCallback(
    async (board: BoardPlans, existing: ApplyOptions['existing']) => {
      if (!port) return report('error', shareTexts.noWorkbook);
      setStatus({ kind: 'working' });
      const written: string[] = [];
      const kept: string[] = [];
      for (const plan of board.plans) {
        const result = await port.applyPlan(plan, { existing }).catch((thrown: unknown) => ({ ok: false as const, reason: 'failed' as const, message: messageOf(thrown) }));
        if (!result.ok) return report('error', shareTexts.failed(result.message, written));
        written.push(result.sheet);
        if (result.keptCopy) kept.push(result.keptCopy);
      }
      const message = shareTexts.done(board.copies.size, board.formulas, board.values) + (kept.length > 0 ? shareTexts.keptCopies(kept) : '');
      report('success', message);
    },
    [port, report],
  );

  const share = useCallback(async () => {
    if (!port) return report('error', shareTexts.noWorkbook);
    setStatus({ kind: 'working' });
    try {
      const grids = await port.readGrids();
      // The export needs the calculation engine; it loads only when the button is used.
      const { exportNative } = await import('../../export/export-native');
      const board = boardPlans(withoutBackups(grids, includeBackups), exportNative(grids).conversions, kindOf);
      if (board.plans.length === 0) return report('info', shareTexts.nothing);
      const names = new Set(await port.sheetNames());
      const existing = board.plans.map((plan) => plan.name).filter((name) => names.has(name));
      if (existing.length > 0) {
        pending.current = board;
        setStatus({ kind: 'confirm', sheets: existing });
        return;
      }
      await write(board, 'fail');
    } catch (thrown) {
      report('error', shareTexts.failed(messageOf(thrown), []));
    }
  }, [port, report, write, includeBackups]);

  const confirm = useCallback(async () => {
    const board = pending.current;
    pending.current = undefined;
    if (board) await write(board, 'keepCopy');
  }, [write]);

  const cancel = useCallback(() => {
    pending.current = undefined;
    report('info', shareTexts.cancelled, shareTexts.cancelledTitle);
  }, [report]);

  return { status, share, confirm, cancel };
}

const TITLES: Record<ShareIntent, string> = { success: shareTexts.successTitle, error: shareTexts.errorTitle, info: shareTexts.infoTitle };

function messageOf(thrown: unknown): string {
  return thrown instanceof Error && thrown.message !== '' ? thrown.message : shareTexts.unexpected;
}

/** The copy is recorded as the kind its original looks like (writers do not use the kind). */
function kindOf(grid: Grid): SheetKind {
  for (const kind of SHEET_KINDS) {
    try {
      if (kind.detect(grid)) return kind.kind;
    } catch {
      // A detector that throws on a strange grid only means "not this kind".
    }
  }
  return 'budget';
}

