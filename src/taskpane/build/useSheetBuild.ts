import { useCallback, useRef, useState } from 'react';
import { SheetPlan } from '../../sheets/plan';
import { ApplyOptions, ApplyResult, WorkbookPort } from '../../workbook/port';
import { useAnnounce } from '../announce/announce';
import { texts } from '../../text/pane';

export type BuildIntent = 'success' | 'error' | 'info';

export type BuildStatus =
  | { readonly kind: 'idle' }
  | { readonly kind: 'building' }
  | { readonly kind: 'confirm'; readonly sheet: string }
  | { readonly kind: 'done'; readonly intent: BuildIntent; readonly message: string };

export interface SheetBuild {
  readonly status: BuildStatus;
  /** Writes the plan; asks first when its sheet exists. */
  build(plan: SheetPlan): Promise<void>;
  /** The user said yes to replacing: keep the old sheet as a copy and write the new one. */
  confirm(): Promise<void>;
  cancel(): void;
  /** Says something without building (the form has problems). */
  report(intent: BuildIntent, message: string): void;
}

export interface SheetBuildOptions {
  readonly port?: WorkbookPort;
  /** After a sheet was written, e.g. to check the workbook again. */
  readonly onBuilt?: () => void;
}

/**
 * Building a sheet without losing anything (issue 6 §4): a sheet that exists is never replaced
 * without a yes, and then the port keeps the old one as a renamed copy. Every outcome is shown
 * and announced in Swedish.
 */
export function useSheetBuild({ port, onBuilt }: SheetBuildOptions): SheetBuild {
  const announce = useAnnounce();
  const [status, setStatus] = useState<BuildStatus>({ kind: 'idle' });
  const pending = useRef<SheetPlan | undefined>(undefined);

  const report = useCallback(
    (intent: BuildIntent, message: string) => {
      setStatus({ kind: 'done', intent, message });
      announce(message);
    },
    [announce],
  );

  const apply = useCallback(
    async (plan: SheetPlan, existing: ApplyOptions['existing']) => {
      if (!port) return report('error', texts.build.noWorkbook);
      setStatus({ kind: 'building' });
      const result = await applySafely(port, plan, existing);
      if (!result.ok && result.reason === 'exists') {
        pending.current = plan;
        setStatus({ kind: 'confirm', sheet: plan.name });
        return;
      }
      pending.current = undefined;
      if (!result.ok) return report('error', texts.build.failed(plan.name, result.message));
      report('success', result.keptCopy ? texts.build.builtKeptCopy(result.sheet, result.keptCopy) : texts.build.built(result.sheet));
      onBuilt?.();
    },
    [port, report, onBuilt],
  );

  const build = useCallback(
    async (plan: SheetPlan) => {
      if (!port) return report('error', texts.build.noWorkbook);
      setStatus({ kind: 'building' });
      const names = await port.sheetNames().catch(() => [] as string[]);
      if (names.includes(plan.name)) {
        pending.current = plan;
        setStatus({ kind: 'confirm', sheet: plan.name });
        return;
      }
      await apply(plan, 'fail');
    },
    [port, apply, report],
  );

  const confirm = useCallback(async () => {
    const plan = pending.current;
    if (plan) await apply(plan, 'keepCopy');
  }, [apply]);

  const cancel = useCallback(() => {
    const plan = pending.current;
    pending.current = undefined;
    report('info', texts.build.cancelled(plan?.name ?? ''));
  }, [report]);

  return { status, build, confirm, cancel, report };
}

/** A port that throws (Excel gone, a bug) answers like one that failed: the user is told why. */
async function applySafely(port: WorkbookPort, plan: SheetPlan, existing: ApplyOptions['existing']): Promise<ApplyResult> {
  try {
    return await port.applyPlan(plan, { existing });
  } catch (thrown) {
    const message = thrown instanceof Error && thrown.message !== '' ? thrown.message : texts.build.unexpected;
    return { ok: false, reason: 'failed', message };
  }
}
