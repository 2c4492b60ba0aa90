import { Body1Strong, Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { Finding } from '../../sheets/findings';
import { texts } from '../../text/pane';
import { SeverityGroup } from './validator';

export interface FindingListProps {
  readonly groups: readonly SeverityGroup[];
  readonly onSelect: (finding: Finding) => void;
}

const useStyles = makeStyles({
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  finding: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    width: '100%',
    height: 'auto',
    fontWeight: tokens.fontWeightRegular,
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

const HEADINGS = { error: texts.validation.errors, warning: texts.validation.warnings } as const;

/** Findings by severity and sheet; each is a button that selects its cell (click, Enter or Space). */
export function FindingList({ groups, onSelect }: FindingListProps) {
  const styles = useStyles();
  return (
    <>
      {groups.map((group) => (
        <section key={group.severity} className={styles.group} aria-label={`${HEADINGS[group.severity]} (${group.count})`}>
          <Subtitle2 as="h3" className={styles[group.severity]}>{`${HEADINGS[group.severity]} (${group.count})`}</Subtitle2>
          {group.sheets.map(({ sheet, findings }) => (
            <div key={sheet} className={styles.group}>
              <Body1Strong as="h4">{texts.validation.sheet(sheet)}</Body1Strong>
              <ul className={styles.list}>
                {findings.map((finding, index) => (
                  <li key={`${finding.where.cell}-${index}`}>
                    <Button appearance="subtle" className={styles.finding} onClick={() => onSelect(finding)}
                      aria-label={texts.validation.finding(finding.where.cell, finding.message)}
                      title={texts.validation.goTo(sheet, finding.where.cell)}
                    >
                      <span>
                        <span className={styles.cell}>{finding.where.cell}</span>: {finding.message}
                      </span>
                    </Button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </>
  );
}
