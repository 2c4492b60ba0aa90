import { Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';
import { FUNCTION_CATALOG } from '../functions/catalog';
import { FunctionList } from './FunctionList';
import { texts } from './texts';
import { ADDIN_VERSION } from './version';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
  },
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  version: {
    color: tokens.colorNeutralForeground3,
  },
});

/** The task pane: title, version and the list of FINSAM formulas. */
export function App() {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{texts.title}</Title3>
        <Caption1 className={styles.version}>{texts.version(ADDIN_VERSION)}</Caption1>
      </header>
      <FunctionList functions={FUNCTION_CATALOG} />
    </main>
  );
}
