import {
  Body1, Button, Caption1, createFocusOutlineStyle, Field, makeStyles, MessageBar, MessageBarBody, Subtitle2, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Textarea, tokens,
} from '@fluentui/react-components';
import { figureText } from './social-draft';
import { texts } from '../../text/pane';
import { useFormStyles } from '../forms/styles';
import { PasteIndicators } from './usePasteIndicators';

const useStyles = makeStyles({
  // The preview scrolls, so it takes the focus (keyboard scrolling) and shows Fluent's outline.
  scroll: { overflowX: 'auto', maxHeight: '20em', overflowY: 'auto', ...createFocusOutlineStyle() },
  problem: { color: tokens.colorPaletteRedForeground1 },
});

/** "Klistra in indikatorer": a box for a copied table, a preview with each row's problems, and apply. */
export function PasteIndicatorsBox({ paste }: { readonly paste: PasteIndicators }) {
  const styles = useStyles();
  const formStyles = useFormStyles();
  return (
    <section className={formStyles.section} aria-labelledby="paste-heading">
      <Subtitle2 as="h3" id="paste-heading">
        {texts.paste.heading}
      </Subtitle2>
      <Caption1 className={formStyles.note}>{texts.paste.intro}</Caption1>
      <Field label={texts.paste.label} size="small">
        <Textarea value={paste.text} onChange={(_event, data) => paste.setText(data.value)} resize="vertical" rows={3} />
      </Field>
      {paste.rows.length > 0 && (
        <>
          <Body1>{texts.paste.preview(paste.rows.length)}</Body1>
          <div className={styles.scroll} tabIndex={0} role="region" aria-label={texts.paste.preview(paste.rows.length)}>
            <Table size="extra-small" aria-label={texts.paste.preview(paste.rows.length)}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{texts.paste.lineHeader}</TableHeaderCell>
                  <TableHeaderCell>{texts.socialBudget.code}</TableHeaderCell>
                  <TableHeaderCell>{texts.socialBudget.weight}</TableHeaderCell>
                  <TableHeaderCell>{texts.socialBudget.target}</TableHeaderCell>
                  <TableHeaderCell>{texts.paste.status}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {paste.rows.map((row) => (
                  <TableRow key={row.line}>
                    <TableCell>{row.line}</TableCell>
                    <TableCell>{row.parsed?.code}</TableCell>
                    <TableCell>{row.parsed?.weight}</TableCell>
                    <TableCell>{figureText(row.parsed?.target ?? null)}</TableCell>
                    <TableCell className={row.problems.length > 0 ? styles.problem : undefined}>{row.problems.length > 0 ? row.problems.join(' ') : texts.paste.rowOk}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        </>
      )}
      {paste.errorRows > 0 && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{texts.paste.rowErrors(paste.errorRows)}</MessageBarBody>
        </MessageBar>
      )}
      {paste.message && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>{paste.message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={formStyles.actions}>
        <Button size="small" disabledFocusable={!paste.usable} onClick={() => paste.apply('replace')}>
          {texts.paste.replace}
        </Button>
        <Button size="small" disabledFocusable={!paste.usable} onClick={() => paste.apply('append')}>
          {texts.paste.append}
        </Button>
      </div>
    </section>
  );
}
