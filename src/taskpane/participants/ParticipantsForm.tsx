import { Body1, Button, Subtitle1, Subtitle2 } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { formatSwedishPercentFixed } from '../../domain';
import { participantsSheet } from '../../sheets/participants';
import { Gender, StatedRate } from '../../domain/models/participants';
import { WorkbookPort } from '../../workbook/port';
import { BuildBar } from '../build/BuildBar';
import { useFormBuild } from '../build/useFormBuild';
import { removeById, updateById } from '../forms/lists';
import { RemoveButton } from '../forms/RemoveButton';
import { SelectField } from '../forms/SelectField';
import { useFormStyles } from '../forms/styles';
import { TextField } from '../forms/TextField';
import { NumberSetting } from '../forms/NumberSetting';
import { texts } from '../../text/pane';
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
      <StatedRates draft={draft} onDraftChange={onDraftChange} />
      <Body1 role="status">{pooled ? t.pooled(formatSwedishPercentFixed(pooled.rate, 1), pooled.positive, pooled.finished) : t.noPooled}</Body1>
      <BuildBar build={build} onBuild={onBuild} />
    </form>
  );
}

type StatedChange = (index: number, change: Partial<StatedRate>) => void;

/** The rates the report states in words (seed 004: 85,5 % of 14), each checked on the sheet against the rows. */
function StatedRates({ draft, onDraftChange }: Pick<ParticipantsFormProps, 'draft' | 'onDraftChange'>) {
  const styles = useFormStyles();
  const edit: StatedChange = (index, change) => onDraftChange((old) => ({ ...old, stated: old.stated.map((rate, i) => (i === index ? { ...rate, ...change } : rate)) }));
  const remove = (index: number) => onDraftChange((old) => ({ ...old, stated: old.stated.filter((_, i) => i !== index) }));
  const add = () => onDraftChange((old) => ({ ...old, stated: [...old.stated, { platform: old.rows[0]?.platform ?? '', finished: 0, rate: 0 }] }));
  return (
    <section className={styles.section} aria-labelledby="participants-stated-heading">
      <Subtitle2 as="h3" id="participants-stated-heading">
        {t.statedHeading}
      </Subtitle2>
      <Body1>{t.statedIntro}</Body1>
      {draft.stated.map((stated, index) => (
        // Keyed by position and count: removing a rate redraws the rest from their values.
        <div key={`${index}-${draft.stated.length}`} role="group" aria-label={t.statedWhat(index + 1)} className={styles.group}>
          <div className={styles.row}>
            <TextField className={styles.grow} label={t.statedPlatform} value={stated.platform} onChange={(platform) => edit(index, { platform })} />
            <RemoveButton what={t.statedWhat(index + 1)} onRemove={() => remove(index)} />
          </div>
          <div className={styles.years}>
            <NumberSetting label={t.statedFinished} value={stated.finished} rule={{ whole: true, min: 0 }} onChange={(finished) => edit(index, { finished })} />
            <NumberSetting label={t.statedRate} value={stated.rate} scale={100} rule={{ min: 0, max: 100 }} onChange={(rate) => edit(index, { rate })} />
          </div>
        </div>
      ))}
      <div className={styles.actions}>
        <Button size="small" onClick={add}>
          {t.addStated}
        </Button>
      </div>
    </section>
  );
}
