import { Body1, Button, Field, Subtitle1, Subtitle2, Textarea } from '@fluentui/react-components';
import { useCallback, useMemo, useState } from 'react';
import { followUpSheet } from '../../sheets/follow-up';
import { WorkbookPort } from '../../workbook/port';
import { BuildBar } from '../build/BuildBar';
import { useFormBuild } from '../build/useFormBuild';
import { updateById } from '../forms/lists';
import { useFormStyles } from '../forms/styles';
import { TextField } from '../forms/TextField';
import { texts } from '../texts';
import { LedgerImport } from './LedgerImport';
import { FollowUpDraft, FollowUpLineDraft, followUpModelOf, followUpProblems, FollowUpProblems, pasteForecasts } from './follow-up-draft';

export interface FollowUpFormProps {
  readonly draft: FollowUpDraft;
  readonly onDraftChange: (edit: (draft: FollowUpDraft) => FollowUpDraft) => void;
  readonly port?: WorkbookPort;
  readonly onBuilt?: () => void;
}

const t = texts.followUpForm;

type LineChange = Partial<Pick<FollowUpLineDraft, 'budget' | 'forecast' | 'explanation'>>;

/** Budget against forecast per line (seed 004), a pasted forecast column, then "Bygg bladet". */
export function FollowUpForm({ draft, onDraftChange, port, onBuilt }: FollowUpFormProps) {
  const styles = useFormStyles();
  const problems = useMemo(() => followUpProblems(draft), [draft]);
  const { build, formRef, onBuild } = useFormBuild(problems, () => followUpSheet.plan(followUpModelOf(draft)), { port, onBuilt });
  const [pasted, setPasted] = useState('');
  const [pasteReport, setPasteReport] = useState<readonly string[]>([]);

  const editLine = useCallback(
    (id: string, change: LineChange) =>
      onDraftChange((old) => ({
        ...old,
        income: updateById(old.income, id, (line) => ({ ...line, ...change })),
        sections: old.sections.map((section) => ({ ...section, lines: updateById(section.lines, id, (line) => ({ ...line, ...change })) })),
      })),
    [onDraftChange],
  );

  const onPaste = useCallback(() => {
    const result = pasteForecasts(draft, pasted);
    onDraftChange(() => result.draft);
    setPasteReport([
      t.pasteUpdated(result.updated),
      ...(result.unmatched.length > 0 ? [t.pasteUnmatched(result.unmatched.join(', '))] : []),
      ...(result.notNumbers.length > 0 ? [t.pasteNotNumbers(result.notNumbers.join(', '))] : []),
    ]);
  }, [draft, pasted, onDraftChange]);


  const forecastLabel = draft.carried.basis === 'outcome' ? t.outcome : t.forecast;
  return (
    <form ref={formRef} className={styles.form} aria-labelledby="follow-up-heading" noValidate onSubmit={(event) => event.preventDefault()}>
      <Subtitle1 as="h2" id="follow-up-heading">
        {t.heading}
      </Subtitle1>
      <Body1>{t.intro(draft.carried.year, draft.carried.period)}</Body1>
      <section className={styles.section} aria-labelledby="follow-up-paste-heading">
        <Subtitle2 as="h3" id="follow-up-paste-heading">
          {t.pasteHeading}
        </Subtitle2>
        <Field label={t.pasteLabel} hint={t.pasteHint} size="small">
          <Textarea size="small" resize="vertical" value={pasted} onChange={(_event, data) => setPasted(data.value)} />
        </Field>
        <div className={styles.actions}>
          <Button size="small" onClick={onPaste} disabled={pasted.trim() === ''}>
            {t.pasteApply}
          </Button>
        </div>
        <div role="status">
          {pasteReport.map((line) => (
            <Body1 as="p" key={line}>
              {line}
            </Body1>
          ))}
        </div>
      </section>
      <LedgerImport draft={draft} onDraftChange={onDraftChange} port={port} />
      <LineGroup title={t.income} lines={draft.income} problems={problems} forecastLabel={forecastLabel} onEdit={editLine} />
      {draft.sections.map((section) => (
        <LineGroup key={section.id} title={section.title} lines={section.lines} problems={problems} forecastLabel={forecastLabel} onEdit={editLine} />
      ))}
      <BuildBar build={build} onBuild={onBuild} />
    </form>
  );
}

interface LineGroupProps {
  readonly title: string;
  readonly lines: readonly FollowUpLineDraft[];
  readonly problems: FollowUpProblems;
  readonly forecastLabel: string;
  readonly onEdit: (id: string, change: LineChange) => void;
}

function LineGroup({ title, lines, problems, forecastLabel, onEdit }: LineGroupProps) {
  const styles = useFormStyles();
  return (
    <fieldset className={styles.section} aria-label={title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {lines.map((line) => (
        <div key={line.id} role="group" aria-label={line.label} className={styles.group}>
          <Body1>{line.label}</Body1>
          <div className={styles.years}>
            <TextField label={t.budget} value={line.budget} problem={problems[`${line.id}.budget`]} numeric onChange={(budget) => onEdit(line.id, { budget })} />
            <TextField label={forecastLabel} value={line.forecast} problem={problems[`${line.id}.forecast`]} numeric onChange={(forecast) => onEdit(line.id, { forecast })} />
          </div>
          <TextField label={t.explanation} value={line.explanation} onChange={(explanation) => onEdit(line.id, { explanation })} />
        </div>
      ))}
    </fieldset>
  );
}
