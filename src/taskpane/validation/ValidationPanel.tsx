import { Body1, Button, Checkbox, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { Finding } from '../../sheets/findings';
import { Grid } from '../../sheets/grid';
import { texts } from '../../text/pane';
import { BOARD_REPORT_FILE, saveBoardReport } from './board-report';
import { FindingList } from './FindingList';
import { Validation } from './useValidation';
import { groupFindings } from './validator';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
});

/** "Kontroll": check the workbook as it is now, list what is wrong, go to the cell. */
export function ValidationPanel({ validation }: { readonly validation: Validation }) {
  const styles = useStyles();
  const { status, run, select, selectProblem, includeBackups, setIncludeBackups } = validation;
  const running = status.kind === 'running';
  const [report, setReport] = useState<{ readonly ok: boolean; readonly message: string } | undefined>(undefined);
  const saveReport = (grids: readonly Grid[], findings: readonly Finding[]) => {
    try {
      saveBoardReport(grids, findings, texts.validation.reportFile);
      setReport({ ok: true, message: texts.validation.reportSaved(BOARD_REPORT_FILE) });
    } catch (thrown) {
      setReport({ ok: false, message: texts.validation.reportFailed(thrown instanceof Error ? thrown.message : String(thrown)) });
    }
  };
  return (
    <section className={styles.panel} aria-labelledby="validation-heading">
      <Subtitle1 as="h2" id="validation-heading">
        {texts.validation.heading}
      </Subtitle1>
      <Body1>{texts.validation.intro}</Body1>
      <Checkbox label={texts.validation.includeBackups} checked={includeBackups} onChange={(_event, data) => setIncludeBackups(data.checked === true)} />
      <Button appearance="primary" onClick={() => void run()} disabledFocusable={running} icon={running ? <Spinner size="tiny" /> : undefined}>
        {running ? texts.validation.running : texts.validation.run}
      </Button>
      {status.kind === 'idle' && <Body1>{texts.validation.notYet}</Body1>}
      {status.kind === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{status.message}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'done' && status.findings.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{texts.validation.allGood}</MessageBarTitle>
            {texts.validation.allGoodDetail}
          </MessageBarBody>
        </MessageBar>
      )}
      {selectProblem && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{selectProblem}</MessageBarBody>
        </MessageBar>
      )}
      {status.kind === 'done' && <FindingList groups={groupFindings(status.findings)} onSelect={(finding) => void select(finding)} />}
      {status.kind === 'done' && <Button onClick={() => saveReport(status.grids, status.findings)}>{texts.validation.report}</Button>}
      {report && (
        <MessageBar intent={report.ok ? 'success' : 'error'} layout="multiline">
          <MessageBarBody>{report.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
