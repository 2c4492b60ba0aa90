import { makeStyles, shorthands, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { FormulaLocale } from '../formula/swedish-formula';
import { App } from '../taskpane/App';
import { FormStorage } from '../taskpane/persistence/storage';
import { EngineWorkbook } from '../workbook/engine/engine-workbook';
import { EngineSelfTestProbe } from '../workbook/engine/self-test-probe';
import { DiscardDialog } from './DiscardDialog';
import { useFormulaLocale } from './state/useFormulaLocale';
import { useWorkbench } from './state/useWorkbench';
import { workbenchTexts } from '../text/workbench';
import { WorkbookToolbar } from './WorkbookToolbar';
import { WorkbookView } from './WorkbookView';
import { EMPTY_EXAMPLE, exampleNames } from './workbooks';

export interface WorkbenchProps {
  readonly workbook: EngineWorkbook;
  readonly fileName: string;
  readonly storage: FormStorage;
  /** The formula syntax the address asked for (?locale=en-US); else the one chosen last, else sv-SE. */
  readonly locale?: FormulaLocale;
}

const useStyles = makeStyles({
  page: {
    display: 'flex',
    height: '100vh',
    '@media (max-width: 900px)': { flexDirection: 'column', height: 'auto' },
  },
  workbook: {
    display: 'flex',
    flexDirection: 'column',
    flexGrow: 1,
    minWidth: 0,
    '@media (max-width: 900px)': { height: '70vh' },
  },
  pane: {
    // Excel's task pane is about this wide; the pane's layout is made for it.
    width: '23rem',
    flexShrink: 0,
    overflowY: 'auto',
    // Holds the pane's visually hidden live region, which would otherwise stretch the page.
    position: 'relative',
    ...shorthands.borderLeft(tokens.strokeWidthThin, 'solid', tokens.colorNeutralStroke1),
    '@media (max-width: 900px)': { width: 'auto' },
  },
});

/**
 * The local workbench (issue 7): the real task pane beside an embedded workbook, so the add-in
 * can be tried without Excel. The pane talks to the workbook through the same port it uses in
 * Excel; a new workbook gives the pane a fresh start (its forms stay in local storage).
 */
export function Workbench({ workbook, fileName, storage, locale: asked }: WorkbenchProps) {
  const styles = useStyles();
  const [locale, setLocale] = useFormulaLocale(asked);
  const bench = useWorkbench({ workbook, fileName });
  const selfTest = useMemo(() => new EngineSelfTestProbe(bench.workbook), [bench.workbook]);
  return (
    <div className={styles.page}>
      <section className={styles.workbook} aria-label={workbenchTexts.workbookRegion}>
        <WorkbookToolbar
          examples={exampleNames()}
          emptyName={EMPTY_EXAMPLE}
          saving={bench.saving}
          status={bench.status}
          onOpenExample={bench.openExample}
          onOpenFile={bench.openFile}
          onSave={() => void bench.save()}
          locale={locale}
          onLocale={setLocale}
        />
        <WorkbookView key={bench.generation} workbook={bench.workbook} version={bench.version} onStatus={bench.setStatus} locale={locale} />
      </section>
      <div className={styles.pane}>
        <App key={bench.generation} port={bench.workbook} storage={storage} selfTest={selfTest} />
      </div>
      <DiscardDialog open={bench.pendingOpen} onAnswer={bench.answerOpen} />
    </div>
  );
}
