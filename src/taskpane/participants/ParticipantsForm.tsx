import { Body1, Button, Subtitle1 } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { formatSwedishPercentFixed } from '../../domain';
import { participantsSheet } from '../../sheets/participants';
import { Gender } from '../../sheets/participants/model';
import { WorkbookPort } from '../../workbook/port';
import { BuildBar } from '../build/BuildBar';
import { useFormBuild } from '../build/useFormBuild';
import { removeById, updateById } from '../forms/lists';
import { RemoveButton } from '../forms/RemoveButton';
import { SelectField } from '../forms/SelectField';
import { useFormStyles } from '../forms/styles';
import { TextField } from '../forms/TextField';
import { texts } from '../texts';
import { COUNT_FIELDS, ParticipantRowDraft, participantRowDraft, ParticipantsDraft, participantProblems, participantsModelOf, pooledPositive } from './participants-draft';

export interface ParticipantsFormProps {
  readonly draft: ParticipantsDraft;
  readonly onDraftChange: (edit: (draft: ParticipantsDraft) => ParticipantsDraft) => void;
  readonly port?: WorkbookPort;
  readonly onBuilt?: () => void;
}

const t = texts.participantsForm;
const GENDERS: readonly (readonly [Gender, string])[] = [
  ['women', t.women],
  ['men', t.men],
];

/** Finished participants per platform and gender (seed 004), the pooled rate, then "Bygg bladet". */
export function ParticipantsForm({ draft, onDraftChange, port, onBuilt }: ParticipantsFormProps) {
  const styles = useFormStyles();
  const problems = useMemo(() => participantProblems(draft), [draft]);
  const pooled = useMemo(() => pooledPositive(draft, problems), [draft, problems]);
  const { build, formRef, onBuild } = useFormBuild(problems, () => participantsSheet.plan(participantsModelOf(draft)), { port, onBuilt });

  const editRow = useCallback(
    (id: string, change: Partial<Omit<ParticipantRowDraft, 'id'>>) => onDraftChange((old) => ({ ...old, rows: updateById(old.rows, id, (row) => ({ ...row, ...change })) })),
    [onDraftChange],
  );


  return (
    <form ref={formRef} className={styles.form} aria-labelledby="participants-heading" noValidate onSubmit={(event) => event.preventDefault()}>
      <Subtitle1 as="h2" id="participants-heading">
        {t.heading}
      </Subtitle1>
      <Body1>{t.intro}</Body1>
      <div className={styles.years}>
        <TextField label={t.year} value={draft.year} problem={problems.year} numeric onChange={(year) => onDraftChange((old) => ({ ...old, year }))} />
        <TextField label={t.period} value={draft.period} problem={problems.period} onChange={(period) => onDraftChange((old) => ({ ...old, period }))} />
      </div>
      {draft.rows.map((row, index) => {
        const legend = t.legend(row.platform.trim() || t.unnamed(index + 1), row.gender === 'women' ? t.women : t.men);
        return (
          <fieldset key={row.id} className={styles.section} aria-label={legend}>
            <div className={styles.group}>
              <div className={styles.row}>
                <TextField className={styles.grow} label={t.platform} value={row.platform} problem={problems[`${row.id}.platform`]} onChange={(platform) => editRow(row.id, { platform })} />
                <SelectField label={t.gender} value={row.gender} options={GENDERS} onChange={(gender) => editRow(row.id, { gender })} />
              </div>
              <div className={styles.years}>
                {COUNT_FIELDS.map((field) => (
                  <TextField key={field} label={t[field]} value={row[field]} problem={problems[`${row.id}.${field}`]} numeric onChange={(value) => editRow(row.id, { [field]: value })} />
                ))}
              </div>
              <div className={styles.actions}>
                <RemoveButton what={t.removeWhat(legend)} onRemove={() => onDraftChange((old) => ({ ...old, rows: removeById(old.rows, row.id) }))} />
              </div>
            </div>
          </fieldset>
        );
      })}
      <div className={styles.actions}>
        <Button size="small" onClick={() => onDraftChange((old) => ({ ...old, rows: [...old.rows, participantRowDraft()] }))}>
          {t.add}
        </Button>
      </div>
      <Body1 role="status">{pooled ? t.pooled(formatSwedishPercentFixed(pooled.rate, 1), pooled.positive, pooled.finished) : t.noPooled}</Body1>
      <BuildBar build={build} onBuild={onBuild} />
    </form>
  );
}
