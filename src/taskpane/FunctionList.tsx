import { Body1, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { formulaName } from './formula';
import { texts } from '../text/pane';

/** What the list needs of a catalog entry; FUNCTION_CATALOG entries have more. */
export interface FunctionSummary {
  readonly name: string;
  readonly summary: string;
}

export interface FunctionListProps {
  readonly functions: readonly FunctionSummary[];
}

interface FunctionListItem {
  readonly key: string;
  readonly formula: string;
  readonly summary: string;
}

const useStyles = makeStyles({
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorBrandForeground1,
  },
  summary: {
    color: tokens.colorNeutralForeground2,
  },
});

function useFunctionList({ functions }: FunctionListProps): readonly FunctionListItem[] {
  return functions.map(({ name, summary }) => ({ key: name, formula: formulaName(name), summary }));
}

/** The FINSAM formulas as the user types them, each with its one-line Swedish summary. */
export function FunctionList(props: FunctionListProps) {
  const items = useFunctionList(props);
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="finsam-functions-heading">
      <Subtitle2 as="h2" id="finsam-functions-heading">
        {texts.functionsHeading}
      </Subtitle2>
      <Caption1>{texts.functionsIntro}</Caption1>
      {items.length === 0 ? (
        <Body1>{texts.noFunctions}</Body1>
      ) : (
        <ul className={styles.list} aria-label={texts.functionsListLabel}>
          {items.map((item) => (
            <li key={item.key} className={styles.item}>
              <code className={styles.formula}>{item.formula}</code>
              <Body1 className={styles.summary}>{item.summary}</Body1>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
