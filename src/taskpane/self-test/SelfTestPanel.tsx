import { Body1, Button, Caption1, makeStyles, Spinner, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useId, useRef, useState } from 'react';
import { SelfTestProbe } from '../../workbook/self-test-probe';
import { CheckResult, SelfTestOptions } from './run-self-test';
import { selfTestTexts as t } from '../../text/self-test';
import { copyText, useSelfTest } from './useSelfTest';

export interface SelfTestPanelProps {
  /** Excel's or the workbench's probe; without one the panel says where the test can run. */
  readonly probe?: SelfTestProbe;
  readonly options?: SelfTestOptions;
}

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: { display: 'flex', flexDirection: 'column' },
  passed: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  failed: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  seen: { color: tokens.colorNeutralForeground2, overflowWrap: 'anywhere' },
  report: { fontFamily: tokens.fontFamilyMonospace },
});

/** Självtest on the Funktioner page: run it, read each check, copy the result for a bug report. */
export function SelfTestPanel({ probe, options }: SelfTestPanelProps) {
  const styles = useStyles();
  const headingId = useId();
  const { state, run } = useSelfTest(probe, options);
  const [copied, setCopied] = useState<boolean | undefined>(undefined);
  const reportRef = useRef<HTMLTextAreaElement>(null);
  const copy = async (text: string) => {
    const fallback = () => {
      reportRef.current?.select();
      return document.execCommand('copy');
    };
    setCopied(await copyText(text, fallback));
  };
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <Subtitle2 as="h2" id={headingId}>
        {t.heading}
      </Subtitle2>
      <Body1>{probe ? t.intro : t.unavailable}</Body1>
      {probe && (
        <div className={styles.actions}>
          <Button appearance="primary" onClick={() => void run()} disabled={state.phase === 'running'}>
            {t.run}
          </Button>
          {state.phase === 'running' && <Spinner size="tiny" label={t.running} />}
          {state.phase === 'done' && <Button onClick={() => void copy(state.text)}>{t.copy}</Button>}
        </div>
      )}
      {state.phase === 'done' && (
        <>
          <Body1>{t.summary(state.report.checks.filter((item) => item.passed).length, state.report.checks.length)}</Body1>
          {copied !== undefined && <Caption1 role="status">{copied ? t.copied : t.copyFailed}</Caption1>}
          <ul className={styles.list}>
            {state.report.checks.map((item) => (
              <CheckItem key={item.id} item={item} />
            ))}
          </ul>
          <Textarea ref={reportRef} className={styles.report} aria-label={t.reportLabel} value={state.text} readOnly resize="vertical" rows={8} />
        </>
      )}
    </section>
  );
}

function CheckItem({ item }: { readonly item: CheckResult }) {
  const styles = useStyles();
  return (
    <li className={styles.item}>
      <Body1>
        <span className={item.passed ? styles.passed : styles.failed}>{item.passed ? t.passed : t.failed}</span> {item.title}
      </Body1>
      <Caption1 className={styles.seen}>{item.seen}</Caption1>
    </li>
  );
}
