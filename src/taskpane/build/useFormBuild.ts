import { useCallback, useRef } from 'react';
import { SheetPlan } from '../../sheets/plan';
import { texts } from '../../text/pane';
import { SheetBuildOptions, useSheetBuild } from './useSheetBuild';

/**
 * "Bygg bladet" for a form: with problems left it says how many and moves focus to the first
 * field in error; otherwise it builds the plan through the shared build (which asks before
 * replacing a sheet).
 */
export function useFormBuild(problems: Readonly<Record<string, unknown>>, planOf: () => SheetPlan, options: SheetBuildOptions) {
  const build = useSheetBuild(options);
  const formRef = useRef<HTMLFormElement>(null);
  // The latest plan without re-creating onBuild on every render (memoised rows receive it).
  const latestPlan = useRef(planOf);
  latestPlan.current = planOf;
  const onBuild = useCallback(() => {
    const count = Object.keys(problems).length;
    if (count > 0) {
      build.report('error', texts.build.formHasProblems(count));
      formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    void build.build(latestPlan.current());
  }, [problems, build]);
  return { build, formRef, onBuild };
}
