import { makeStyles, tokens } from '@fluentui/react-components';

/** Layout the forms share, sized for a pane about 320 px wide: columns of fields, years side by side. */
export const useFormStyles = makeStyles({
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: 'none',
    minWidth: 0,
  },
  group: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingLeft: tokens.spacingHorizontalS,
    paddingBottom: tokens.spacingVerticalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
  },
  years: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(5.5em, 1fr))',
    gap: tokens.spacingHorizontalS,
  },
  row: {
    display: 'flex',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  grow: {
    flexGrow: 1,
    minWidth: 0,
  },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
  },
  plainList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
  problem: {
    color: tokens.colorPaletteRedForeground1,
  },
});
