import { Body1, Button, Caption1, Subtitle1 } from '@fluentui/react-components';
import { useCallback, useMemo } from 'react';
import { formatSwedishPercentFixed } from '../../domain';
import { fyeSheet } from '../../sheets/fye';
import { WorkbookPort } from '../../workbook/port';
import { BuildBar } from '../build/BuildBar';
import { useFormBuild } from '../build/useFormBuild';
import { removeById, updateById } from '../forms/lists';
import { RemoveButton } from '../forms/RemoveButton';
import { useFormStyles } from '../forms/styles';
import { TextField } from '../forms/TextField';
import { NumberSetting } from '../forms/NumberSetting';
import { SelectField } from '../forms/SelectField';
import { ChangeMode } from '../../domain';
import { texts } from '../../text/pane';
import { FyeDraft, fyeModelOf, fyeProblems, FyeRowDraft, fyeRowDraft, rowChange } from './fye-draft';

export interface FyeFormProps {
  readonly draft: FyeDraft;
  readonly onDraftChange: (edit: (draft: FyeDraft) => FyeDraft) => void;
  readonly port?: WorkbookPort;
  readonly onBuilt?: () => void;
}

const t = texts.fyeForm;
const MODES = [['relative', t.modes.relative], ['pp', t.modes.pp]] as const;

/** Full-year equivalents per municipality, last year and this year (DOMAIN.md §5), then "Bygg bladet". */
export function FyeForm({ draft, onDraftChange, port, onBuilt }: FyeFormProps) {
  const styles = useFormStyles();
  const problems = useMemo(() => fyeProblems(draft), [draft]);
  const { build, formRef, onBuild } = useFormBuild(problems, () => fyeSheet.plan(fyeModelOf(draft)), { port, onBuilt });

  const editRow = useCallback(
    (id: string, change: Partial<Omit<FyeRowDraft, 'id'>>) => onDraftChange((old) => ({ ...old, rows: updateById(old.rows, id, (row) => ({ ...row, ...change })) })),
    [onDraftChange],
  );


  const previous = draft.previousYear.trim() || t.previous;
  const current = draft.year.trim() || t.current;
  return (
    <form ref={formRef} className={styles.form} aria-labelledby="fye-heading" noValidate onSubmit={(event) => event.preventDefault()}>
      <Subtitle1 as="h2" id="fye-heading">
        {t.heading}
      </Subtitle1>
      <Body1>{t.intro}</Body1>
      <div className={styles.years}>
        <TextField label={t.period} value={draft.period} problem={problems.period} onChange={(period) => onDraftChange((old) => ({ ...old, period }))} />
        <TextField label={t.previousYear} value={draft.previousYear} problem={problems.previousYear} numeric onChange={(previousYear) => onDraftChange((old) => ({ ...old, previousYear }))} />
        <TextField label={t.year} value={draft.year} problem={problems.year} numeric onChange={(year) => onDraftChange((old) => ({ ...old, year }))} />
      </div>
      <div className={styles.years}>
        <NumberSetting label={t.goal} value={draft.goal} scale={100} rule={{ min: -100, max: 100 }} onChange={(goal) => onDraftChange((old) => ({ ...old, goal }))} />
        <SelectField<ChangeMode> label={t.mode} value={draft.mode} options={MODES} onChange={(mode) => onDraftChange((old) => ({ ...old, mode }))} />
      </div>
      {draft.rows.map((row, index) => {
        const legend = row.municipality.trim() || t.unnamed(index + 1);
        const change = rowChange(draft, row, problems);
        return (
          <fieldset key={row.id} className={styles.section} aria-label={legend}>
            <div className={styles.group}>
              <div className={styles.row}>
                <TextField className={styles.grow} label={t.municipality} value={row.municipality} problem={problems[`${row.id}.municipality`]} onChange={(municipality) => editRow(row.id, { municipality })} />
                <RemoveButton what={t.removeWhat(legend)} onRemove={() => onDraftChange((old) => ({ ...old, rows: removeById(old.rows, row.id) }))} />
              </div>
              <div className={styles.years}>
                <TextField label={t.fye(previous)} value={row.previousFye} problem={problems[`${row.id}.previousFye`]} numeric onChange={(previousFye) => editRow(row.id, { previousFye })} />
                <TextField label={t.population(previous)} value={row.previousPopulation} problem={problems[`${row.id}.previousPopulation`]} numeric onChange={(previousPopulation) => editRow(row.id, { previousPopulation })} />
                <TextField label={t.fye(current)} value={row.currentFye} problem={problems[`${row.id}.currentFye`]} numeric onChange={(currentFye) => editRow(row.id, { currentFye })} />
                <TextField label={t.population(current)} value={row.currentPopulation} problem={problems[`${row.id}.currentPopulation`]} numeric onChange={(currentPopulation) => editRow(row.id, { currentPopulation })} />
              </div>
              <Caption1 className={styles.note}>
                {change ? t.shares(formatSwedishPercentFixed(change.previous, 1), formatSwedishPercentFixed(change.current, 1), change.meets) : t.noShares}
              </Caption1>
            </div>
          </fieldset>
        );
      })}
      <div className={styles.actions}>
        <Button size="small" onClick={() => onDraftChange((old) => ({ ...old, rows: [...old.rows, fyeRowDraft()] }))}>
          {t.add}
        </Button>
      </div>
      <BuildBar build={build} onBuild={onBuild} />
    </form>
  );
}
