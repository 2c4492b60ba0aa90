import { Body1, Button, Field, Radio, RadioGroup, Subtitle1, Subtitle2, Textarea } from '@fluentui/react-components';
import { memo, useCallback, useMemo, useState } from 'react';
import { OutcomePeriod } from '../../domain/ledger';
import { followUpSheet } from '../../sheets/follow-up';
import { WorkbookPort } from '../../workbook/port';
import { BuildBar } from '../build/BuildBar';
import { useFormBuild } from '../build/useFormBuild';
import { removeById, updateById } from '../forms/lists';
import { RemoveButton } from '../forms/RemoveButton';
import { useFormStyles } from '../forms/styles';
import { TextField } from '../forms/TextField';
import { texts } from '../../text/pane';
import { LedgerImport } from './LedgerImport';
import {
  comparesOutcome,
  FOLLOW_UP_PERIODS,
  FollowUpDraft,
  followUpLineDraft,
  FollowUpLineDraft,
  followUpModelOf,
  followUpProblems,
  FollowUpProblems,
  needsExplanation,
  pasteForecasts,
} from './follow-up-draft';
import { followUpFromBudget } from './from-budget';

export interface FollowUpFormProps {
  readonly draft: FollowUpDraft;
  readonly onDraftChange: (edit: (draft: FollowUpDraft) => FollowUpDraft) => void;
  readonly port?: WorkbookPort;
  readonly onBuilt?: () => void;
}

const t = texts.followUpForm;

type LineChange = Partial<Pick<FollowUpLineDraft, 'label' | 'budget' | 'forecast' | 'outcome' | 'explanation'>>;
type HeadField = 'year' | 'budgetOpeningEquity' | 'openingEquity' | 'allocation';

/** A group of lines: the income, or one cost section (by id). */
type GroupId = 'income' | string;

/** Budget against the full-year forecast and the outcome per line (seed 004), from a built budget, then "Bygg bladet". */
export function FollowUpForm({ draft, onDraftChange, port, onBuilt }: FollowUpFormProps) {
  const styles = useFormStyles();
  const problems = useMemo(() => followUpProblems(draft), [draft]);
  const { build, formRef, onBuild } = useFormBuild(problems, () => followUpSheet.plan(followUpModelOf(draft)), { port, onBuilt });
  const [fetchStatus, setFetchStatus] = useState('');

  const editLine = useCallback(
    (id: string, change: LineChange) =>
      onDraftChange((old) => ({
        ...old,
        income: updateById(old.income, id, (line) => ({ ...line, ...change })),
        sections: old.sections.map((section) => ({ ...section, lines: updateById(section.lines, id, (line) => ({ ...line, ...change })) })),
      })),
    [onDraftChange],
  );
  const removeLine = useCallback(
    (id: string) =>
      onDraftChange((old) => ({
        ...old,
        income: removeById(old.income, id),
        sections: old.sections.map((section) => ({ ...section, lines: removeById(section.lines, id) })),
      })),
    [onDraftChange],
  );
  const addLine = useCallback(
    (group: GroupId) =>
      onDraftChange((old) =>
        group === 'income'
          ? { ...old, income: [...old.income, followUpLineDraft()] }
          : { ...old, sections: updateById(old.sections, group, (section) => ({ ...section, lines: [...section.lines, followUpLineDraft()] })) },
      ),
    [onDraftChange],
  );
  const editHead = (field: HeadField, value: string) => onDraftChange((old) => ({ ...old, [field]: value }));

  const fetchBudget = useCallback(async () => {
    if (!port) return setFetchStatus(t.noBudget);
    try {
      const grids = await port.readGrids();
      const result = followUpFromBudget(draft, grids);
      if (result.ok) onDraftChange(() => result.draft);
      setFetchStatus(result.message);
    } catch (thrown) {
      setFetchStatus(t.budgetUnreadable('Budget', thrown instanceof Error ? thrown.message : String(thrown)));
    }
  }, [port, draft, onDraftChange]);

  const outcomeOnly = comparesOutcome(draft);
  return (
    <form ref={formRef} className={styles.form} aria-labelledby="follow-up-heading" noValidate onSubmit={(event) => event.preventDefault()}>
      <Subtitle1 as="h2" id="follow-up-heading">
        {t.heading}
      </Subtitle1>
      <Body1>{t.intro}</Body1>
      <section className={styles.section} aria-label={t.period}>
        <div className={styles.years}>
          <TextField label={t.year} value={draft.year} problem={problems.year} numeric onChange={(value) => editHead('year', value)} />
        </div>
        <Field label={t.period} size="small">
          <RadioGroup layout="horizontal" value={draft.period} onChange={(_event, data) => onDraftChange((old) => ({ ...old, period: data.value as OutcomePeriod }))}>
            {FOLLOW_UP_PERIODS.map((period) => (
              <Radio key={period} value={period} label={t.periods[period]} />
            ))}
          </RadioGroup>
        </Field>
        <div className={styles.actions}>
          <Button size="small" onClick={() => void fetchBudget()}>
            {t.fromBudget}
          </Button>
        </div>
        <Body1 className={styles.note}>{t.fromBudgetHint}</Body1>
        <div role="status">{fetchStatus && <Body1 as="p">{fetchStatus}</Body1>}</div>
        <TextField label={t.budgetOpeningEquity} value={draft.budgetOpeningEquity} problem={problems.budgetOpeningEquity} numeric onChange={(value) => editHead('budgetOpeningEquity', value)} />
        <TextField label={t.openingEquity} value={draft.openingEquity} problem={problems.openingEquity} numeric onChange={(value) => editHead('openingEquity', value)} />
        <TextField label={t.allocation} value={draft.allocation} problem={problems.allocation} numeric onChange={(value) => editHead('allocation', value)} />
      </section>
      <ForecastPaste draft={draft} onDraftChange={onDraftChange} />
      <LedgerImport draft={draft} onDraftChange={onDraftChange} port={port} />
      <LineGroup group="income" title={t.income} draft={draft} lines={draft.income} problems={problems} outcomeOnly={outcomeOnly} onEdit={editLine} onRemove={removeLine} onAdd={addLine} />
      {draft.sections.map((section) => (
        <LineGroup key={section.id} group={section.id} title={section.title} draft={draft} lines={section.lines} problems={problems} outcomeOnly={outcomeOnly} onEdit={editLine} onRemove={removeLine} onAdd={addLine} />
      ))}
      <BuildBar build={build} onBuild={onBuild} />
    </form>
  );
}

/** Label-and-amount rows pasted from Excel set the forecasts. */
function ForecastPaste({ draft, onDraftChange }: Pick<FollowUpFormProps, 'draft' | 'onDraftChange'>) {
  const styles = useFormStyles();
  const [pasted, setPasted] = useState('');
  const [report, setReport] = useState<readonly string[]>([]);
  const onPaste = useCallback(() => {
    const result = pasteForecasts(draft, pasted);
    onDraftChange(() => result.draft);
    setReport([
      t.pasteUpdated(result.updated),
      ...(result.unmatched.length > 0 ? [t.pasteUnmatched(result.unmatched.join(', '))] : []),
      ...(result.notNumbers.length > 0 ? [t.pasteNotNumbers(result.notNumbers.join(', '))] : []),
    ]);
  }, [draft, pasted, onDraftChange]);
  return (
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
        {report.map((line) => (
          <Body1 as="p" key={line}>
            {line}
          </Body1>
        ))}
      </div>
    </section>
  );
}

interface LineGroupProps {
  readonly group: GroupId;
  readonly title: string;
  readonly draft: FollowUpDraft;
  readonly lines: readonly FollowUpLineDraft[];
  readonly problems: FollowUpProblems;
  readonly outcomeOnly: boolean;
  readonly onEdit: (id: string, change: LineChange) => void;
  readonly onRemove: (id: string) => void;
  readonly onAdd: (group: GroupId) => void;
}

function LineGroup({ group, title, draft, lines, problems, outcomeOnly, onEdit, onRemove, onAdd }: LineGroupProps) {
  const styles = useFormStyles();
  const outcomeLabel = t.outcomeOf(t.periods[draft.period]);
  return (
    <fieldset className={styles.section} aria-label={title}>
      <Subtitle2 as="h3">{title}</Subtitle2>
      {lines.map((line) => (
        <LineFields
          key={line.id}
          line={line}
          labelProblem={problems[`${line.id}.label`]}
          budgetProblem={problems[`${line.id}.budget`]}
          forecastProblem={problems[`${line.id}.forecast`]}
          outcomeProblem={problems[`${line.id}.outcome`]}
          outcomeOnly={outcomeOnly} outcomeLabel={outcomeLabel} explain={needsExplanation(draft, line)} onEdit={onEdit} onRemove={onRemove} />
      ))}
      <div className={styles.actions}>
        <Button size="small" onClick={() => onAdd(group)} aria-label={`${t.addLine}: ${title}`}>
          {t.addLine}
        </Button>
      </div>
    </fieldset>
  );
}

/** One line's fields; its problems come as plain strings so the memoised row skips re-rendering while another is typed in. */
interface LineFieldsProps {
  readonly line: FollowUpLineDraft;
  readonly labelProblem?: string;
  readonly budgetProblem?: string;
  readonly forecastProblem?: string;
  readonly outcomeProblem?: string;
  readonly outcomeOnly: boolean;
  readonly outcomeLabel: string;
  /** The deviation rule asks for an explanation: an empty one is marked as a field to fill in. */
  readonly explain: boolean;
  readonly onEdit: (id: string, change: LineChange) => void;
  readonly onRemove: (id: string) => void;
}

const LineFields = memo(function LineFields({ line, labelProblem, budgetProblem, forecastProblem, outcomeProblem, outcomeOnly, outcomeLabel, explain, onEdit, onRemove }: LineFieldsProps) {
  const styles = useFormStyles();
  const missing = explain && line.explanation.trim() === '';
  return (
    <div role="group" aria-label={line.label || t.line('')} className={styles.group}>
      <div className={styles.row}>
        <TextField className={styles.grow} label={t.lineLabel} value={line.label} problem={labelProblem} onChange={(label) => onEdit(line.id, { label })} />
        <RemoveButton what={t.line(line.label)} onRemove={() => onRemove(line.id)} />
      </div>
      <div className={styles.years}>
        <TextField label={t.budget} value={line.budget} problem={budgetProblem} numeric onChange={(budget) => onEdit(line.id, { budget })} />
        {!outcomeOnly && <TextField label={t.forecastYear} value={line.forecast} problem={forecastProblem} numeric onChange={(forecast) => onEdit(line.id, { forecast })} />}
        <TextField label={outcomeLabel} value={line.outcome} problem={outcomeProblem} numeric onChange={(outcome) => onEdit(line.id, { outcome })} />
      </div>
      <TextField label={t.explanation} value={line.explanation} hint={missing ? t.mustExplain : undefined} onChange={(explanation) => onEdit(line.id, { explanation })} />
    </div>
  );
});
