import { Body1, Button, Caption1, Field, Subtitle1, Textarea } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { stakeholderSheet } from '../../sheets/stakeholders';
import { WorkbookPort } from '../../workbook/port';
import { BuildBar } from '../build/BuildBar';
import { useFormBuild } from '../build/useFormBuild';
import { removeById, updateById } from '../forms/lists';
import { RemoveButton } from '../forms/RemoveButton';
import { useFormStyles } from '../forms/styles';
import { TextField } from '../forms/TextField';
import { SelectField } from '../forms/SelectField';
import { texts } from '../../text/pane';
import { rowStanding, stakeholderModelOf, stakeholderProblems, StakeholderRowDraft, stakeholderRowDraft, StakeholdersDraft } from './stakeholders-draft';

export interface StakeholdersFormProps {
  readonly draft: StakeholdersDraft;
  readonly onDraftChange: (edit: (draft: StakeholdersDraft) => StakeholdersDraft) => void;
  readonly port?: WorkbookPort;
  readonly onBuilt?: () => void;
}

const t = texts.stakeholdersForm;
/** The highest rating: 5 in seed 002; any whole scale from 3 to 10. */
const SCALES = [3, 4, 5, 6, 7, 8, 9, 10].map((scale) => [String(scale), String(scale)] as const);

/** The stakeholder analysis (seed 002): interest and influence per stakeholder, then "Bygg bladet". */
export function StakeholdersForm({ draft, onDraftChange, port, onBuilt }: StakeholdersFormProps) {
  const styles = useFormStyles();
  const problems = useMemo(() => stakeholderProblems(draft), [draft]);
  const { build, formRef, onBuild } = useFormBuild(problems, () => stakeholderSheet.plan(stakeholderModelOf(draft)), { port, onBuilt });

  const editRow = useCallback(
    (id: string, change: Partial<Omit<StakeholderRowDraft, 'id'>>) => onDraftChange((old) => ({ ...old, rows: updateById(old.rows, id, (row) => ({ ...row, ...change })) })),
    [onDraftChange],
  );


  return (
    <form ref={formRef} className={styles.form} aria-labelledby="stakeholders-heading" noValidate onSubmit={(event) => event.preventDefault()}>
      <Subtitle1 as="h2" id="stakeholders-heading">
        {t.heading}
      </Subtitle1>
      <Body1>{t.intro(draft.scale)}</Body1>
      <div className={styles.years}>
        <TextField label={t.year} value={draft.year} problem={problems.year} numeric onChange={(year) => onDraftChange((old) => ({ ...old, year }))} />
        <SelectField label={t.scale} value={String(draft.scale)} options={SCALES} onChange={(scale) => onDraftChange((old) => ({ ...old, scale: Number(scale) }))} />
      </div>
      {draft.rows.map((row, index) => {
        const standing = rowStanding(row, draft.scale);
        const legend = row.name.trim() || t.unnamed(index + 1);
        return (
          <fieldset key={row.id} className={styles.section} aria-label={legend}>
            <div className={styles.group}>
              <div className={styles.row}>
                <TextField className={styles.grow} label={t.name} value={row.name} problem={problems[`${row.id}.name`]} onChange={(name) => editRow(row.id, { name })} />
                <RemoveButton what={t.removeWhat(legend)} onRemove={() => onDraftChange((old) => ({ ...old, rows: removeById(old.rows, row.id) }))} />
              </div>
              <div className={styles.years}>
                <TextField label={t.interest(draft.scale)} value={row.interest} problem={problems[`${row.id}.interest`]} numeric onChange={(interest) => editRow(row.id, { interest })} />
                <TextField label={t.influence(draft.scale)} value={row.influence} problem={problems[`${row.id}.influence`]} numeric onChange={(influence) => editRow(row.id, { influence })} />
              </div>
              <Caption1 className={styles.note}>{standing ? t.standing(standing.importance, standing.quadrant) : t.noStanding}</Caption1>
              <Field label={t.expectation} size="small">
                <Textarea size="small" resize="vertical" value={row.expectation} onChange={(_event, data) => editRow(row.id, { expectation: data.value })} />
              </Field>
            </div>
          </fieldset>
        );
      })}
      <div className={styles.actions}>
        <Button size="small" onClick={() => onDraftChange((old) => ({ ...old, rows: [...old.rows, stakeholderRowDraft()] }))}>
          {t.add}
        </Button>
      </div>
      <BuildBar build={build} onBuild={onBuild} />
    </form>
  );
}
