import { Caption1 } from '@fluentui/react-components';
import { memo } from 'react';
import { sameProblems } from '../forms/memo';
import { RemoveButton } from '../forms/RemoveButton';
import { SelectField } from '../forms/SelectField';
import { TextField } from '../forms/TextField';
import { useFormStyles } from '../forms/styles';
import { texts } from '../../text/pane';
import { AchievedText, ComparisonText, IndicatorDraft } from './social-draft';

export interface IndicatorFieldsProps {
  readonly indicator: IndicatorDraft;
  readonly problems: Readonly<Record<string, string>>;
  readonly weightScale: number;
  readonly onChange: (change: Partial<IndicatorDraft>) => void;
  readonly onRemove: () => void;
}

const COMPARISONS: readonly (readonly [ComparisonText, string])[] = [
  ['', texts.socialBudget.comparisonDefault],
  ...(Object.entries(texts.socialBudget.comparisonOptions) as [ComparisonText, string][]),
];
const ACHIEVED = Object.entries(texts.socialBudget.achievedOptions) as [AchievedText, string][];

function IndicatorFieldsView({ indicator, problems, weightScale, onChange, onRemove }: IndicatorFieldsProps) {
  const styles = useFormStyles();
  const key = (field: string) => `indicator.${indicator.id}.${field}`;
  return (
    <div role="group" aria-label={texts.socialBudget.indicator(indicator.code || indicator.text || texts.fields.unnamed)} className={styles.group}>
      <div className={styles.years}>
        <TextField label={texts.socialBudget.code} value={indicator.code} onChange={(code) => onChange({ code })} />
        <TextField label={texts.socialBudget.weightOf(weightScale)} value={indicator.weight} onChange={(weight) => onChange({ weight })} problem={problems[key('weight')]} numeric />
      </div>
      <TextField label={texts.socialBudget.indicatorText} value={indicator.text} onChange={(text) => onChange({ text })} problem={problems[key('text')]} />
      {indicator.invented && <Caption1 className={styles.note}>{texts.socialBudget.invented}</Caption1>}
      <div className={styles.years}>
        <TextField label={texts.socialBudget.target} value={indicator.target} onChange={(target) => onChange({ target })} />
        <SelectField label={texts.socialBudget.comparison} value={indicator.comparison} options={COMPARISONS} onChange={(comparison) => onChange({ comparison })} />
      </div>
      <div className={styles.years}>
        <TextField label={texts.socialBudget.outcome} value={indicator.outcome} onChange={(outcome) => onChange({ outcome })} />
        <SelectField label={texts.socialBudget.achieved} value={indicator.achieved} options={ACHIEVED} onChange={(achieved) => onChange({ achieved })} />
      </div>
      <div className={styles.actions}>
        <RemoveButton what={texts.socialBudget.indicator(indicator.code || texts.fields.unnamed)} onRemove={onRemove} />
      </div>
    </div>
  );
}

/** One indicator: code, weight (1–10), text, target and comparison, outcome and achieved; re-rendered only when it changes. */
export const IndicatorFields = memo(
  IndicatorFieldsView,
  (before, after) =>
    before.indicator === after.indicator && before.weightScale === after.weightScale && sameProblems(before.problems, after.problems, `indicator.${after.indicator.id}.`),
);
