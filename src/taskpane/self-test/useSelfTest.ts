import { useCallback, useRef, useState } from 'react';
import { SelfTestProbe } from '../../workbook/self-test-probe';
import { useAnnounce } from '../announce/announce';
import { ADDIN_VERSION } from '../version';
import { reportText } from './report';
import { runSelfTest, SelfTestOptions, SelfTestReport } from './run-self-test';
import { selfTestTexts as t } from '../../text/self-test';

export type SelfTestState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running' }
  | { readonly phase: 'done'; readonly report: SelfTestReport; readonly text: string };

/** Runs Självtest once per click (a second click while it runs is ignored) and keeps its report as text. */
export function useSelfTest(probe: SelfTestProbe | undefined, options: SelfTestOptions = {}) {
  const [state, setState] = useState<SelfTestState>({ phase: 'idle' });
  const running = useRef(false);
  const announce = useAnnounce();
  const run = useCallback(async () => {
    if (!probe || running.current) return;
    running.current = true;
    setState({ phase: 'running' });
    announce(t.running);
    const time = options.now ?? new Date();
    const report = await runSelfTest(probe, { ...options, now: time });
    running.current = false;
    const passed = report.checks.filter((item) => item.passed).length;
    setState({ phase: 'done', report, text: reportText(report, { version: ADDIN_VERSION, time }) });
    announce(t.summary(passed, report.checks.length));
  }, [probe, options, announce]);
  return { state, run };
}

/**
 * Copies text to the clipboard: the async Clipboard API where the web view allows it, else the
 * old copy command on the selected report (Office's web views may refuse the newer API).
 */
export async function copyText(text: string, fallback: () => boolean): Promise<boolean> {
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused: try the fallback.
  }
  try {
    return fallback();
  } catch {
    return false;
  }
}
