import { Body1, Button, Checkbox, Field, Subtitle2 } from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState } from 'react';
import { formatSwedishNumber } from '../../domain';
import { LedgerFinding, OutcomePeriod } from '../../domain/ledger';
import { WorkbookPort } from '../../workbook/port';
import { useFormStyles } from '../forms/styles';
import { FollowUpDraft } from './follow-up-draft';
import { applyLedger, LedgerPreview, previewLedger } from './ledger-import';

export interface LedgerImportProps {
  readonly draft: FollowUpDraft;
  readonly onDraftChange: (edit: (draft: FollowUpDraft) => FollowUpDraft) => void;
  readonly port?: WorkbookPort;
}

const t = {
  heading: 'Hämta utfall från bokföringen (SIE)',
  hint: 'SIE-filen som bokföringsprogrammet exporterar (typ 4 för tertialen). Utfallet hämtas för perioden som är vald ovan. Filen läses hel eller inte alls; inget skrivs förrän du bekräftar.',
  file: 'SIE-fil',
  proposed: 'Kontoplanen är FINSAM:s förslag från kontoklass och kontonamn; kontrollera den:',
  fromSheet: 'Kontoplanen från FINSAM-regler:',
  replace: (n: number) => `Ersätt även ${n} värden som redan står ifyllda`,
  apply: 'Fyll i utfallen',
  applied: (n: number) => `Utfallet är ifyllt på ${n} rader. Bygg bladet för att föra in det.`,
  line: (label: string, current: string, outcome: string, typed: boolean) => `${label}: ${current || '–'} → ${outcome}${typed ? ' (ifyllt värde)' : ''}`,
};

const shown = (finding: LedgerFinding) => `${finding.severity === 'error' ? 'Fel' : 'Obs'}${finding.line ? ` (rad ${finding.line})` : ''}: ${finding.message}`;

/** The follow-up page's SIE action: file, period, preview, then confirm (never over a typed value without asking). */
export function LedgerImport({ draft, onDraftChange, port }: LedgerImportProps) {
  const styles = useFormStyles();
  // The follow-up form's own period (T1, T2, helår) is the ledger's too: one choice, not two.
  const period: OutcomePeriod = draft.period;
  const [bytes, setBytes] = useState<Uint8Array>();
  const [preview, setPreview] = useState<LedgerPreview>();
  const [findings, setFindings] = useState<readonly LedgerFinding[]>([]);
  const [replaceTyped, setReplaceTyped] = useState(false);
  const [status, setStatus] = useState('');

  const run = useCallback(
    async (file: Uint8Array, chosen: OutcomePeriod) => {
      setStatus('');
      const rules = port ? await port.readGrids(['FINSAM-regler']).then((grids) => grids[0], () => undefined) : undefined;
      const result = previewLedger(draft, file, chosen, rules);
      setFindings(result.findings);
      setPreview(result.ok ? result.preview : undefined);
    },
    [draft, port],
  );

  // Another period chosen above: the same file is read again for it.
  const latestRun = useRef(run);
  latestRun.current = run;
  useEffect(() => {
    if (bytes) void latestRun.current(bytes, period);
  }, [bytes, period]);

  const onFile = useCallback(
    async (file: File | undefined) => {
      if (!file) return;
      const read = new Uint8Array(await file.arrayBuffer());
      setBytes(read);
    },
    [],
  );

  const onApply = useCallback(() => {
    if (!preview) return;
    onDraftChange((old) => applyLedger(old, preview, replaceTyped));
    const filled = preview.lines.filter((line) => replaceTyped || !line.typed).length;
    setStatus(t.applied(filled));
    setPreview(undefined);
  }, [preview, replaceTyped, onDraftChange]);

  const typed = preview?.lines.filter((line) => line.typed).length ?? 0;
  return (
    <section className={styles.section} aria-labelledby="follow-up-ledger-heading">
      <Subtitle2 as="h3" id="follow-up-ledger-heading">
        {t.heading}
      </Subtitle2>
      <Body1>{t.hint}</Body1>
      <Field label={t.file} size="small">
        <input type="file" accept=".se,.si,.sie,.txt" onChange={(event) => void onFile(event.target.files?.[0])} />
      </Field>
      <div role="status">
        {findings.map((finding, index) => (
          <Body1 as="p" key={index}>
            {shown(finding)}
          </Body1>
        ))}
        {status && <Body1 as="p">{status}</Body1>}
      </div>
      {preview && (
        <div>
          <Body1 as="p">{preview.proposed ? t.proposed : t.fromSheet}</Body1>
          <ul aria-label="Kontoplan">
            {preview.mapping.map((row) => (
              <li key={row.accounts}>{`${row.accounts} ${row.name} → ${row.line}`}</li>
            ))}
          </ul>
          <ul aria-label="Utfall per rad">
            {preview.lines.map((line) => (
              <li key={line.id}>{t.line(line.label, line.current, formatSwedishNumber(Math.round(line.outcome)), line.typed)}</li>
            ))}
          </ul>
          {typed > 0 && <Checkbox checked={replaceTyped} onChange={(_event, data) => setReplaceTyped(data.checked === true)} label={t.replace(typed)} />}
          <div className={styles.actions}>
            <Button size="small" appearance="primary" onClick={onApply}>
              {t.apply}
            </Button>
          </div>
        </div>
      )}
    </section>
  );
}
